-- Objections (异议, §18): filed by a subject or raised by a department, naming a record, a list entry
-- or a case. From acceptance until the decision every measure resting on the disputed information
-- is suspended; the interval stays here for good.
CREATE TABLE objections (
    id                      INTEGER PRIMARY KEY,
    number                  TEXT NOT NULL UNIQUE,
    subject_id              INTEGER NOT NULL REFERENCES subjects(id),
    target_kind             TEXT NOT NULL CHECK (target_kind IN ('record', 'list_entry', 'case')),
    target_id               INTEGER NOT NULL,
    raised_by               TEXT NOT NULL CHECK (raised_by IN ('subject', 'department')),
    raising_department_id   INTEGER REFERENCES departments(id),
    description             TEXT NOT NULL,
    filed_on                DATE NOT NULL,
    filed_by                TEXT NOT NULL,
    state                   TEXT NOT NULL CHECK (state IN ('filed', 'accepted', 'not_accepted', 'decided')),
    accepted_on             DATE,
    accepted_by             TEXT,
    not_accepted_reason     TEXT,
    verifying_department_id INTEGER REFERENCES departments(id),
    verification_due        DATE,
    outcome                 TEXT CHECK (outcome IN ('wrong', 'right')),
    correction              TEXT CHECK (correction IN ('corrected', 'revoked')),
    decided_on              DATE,
    decided_by              TEXT,
    decision_reason         TEXT,
    row_version             INTEGER NOT NULL DEFAULT 1,
    CHECK (state <> 'accepted' OR accepted_on IS NOT NULL),
    CHECK (state <> 'decided' OR (accepted_on IS NOT NULL AND decided_on >= accepted_on AND outcome IS NOT NULL))
);
CREATE INDEX objections_subject ON objections(subject_id);
CREATE INDEX objections_target ON objections(target_kind, target_id);

-- What each department concerned was told: measures suspended, restored (information wrong) or resumed.
CREATE TABLE objection_notices (
    id              INTEGER PRIMARY KEY,
    objection_id    INTEGER NOT NULL REFERENCES objections(id),
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    kind            TEXT NOT NULL CHECK (kind IN ('suspension', 'restoration', 'resumption')),
    issued_on       DATE NOT NULL,
    UNIQUE (objection_id, department_id, kind)
);

-- A case found to rest on wrong information is revoked from this date (its measures with it).
ALTER TABLE cases ADD COLUMN revoked_on DATE;
