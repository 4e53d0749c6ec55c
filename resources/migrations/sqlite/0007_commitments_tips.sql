-- Credit commitments (信用承诺, §2): an approval desk grants an eligible subject 容缺受理 on a written
-- commitment to supply missing material by a date. Whether it was kept or broken is computed from
-- the dates; a broken one proposes a negative record that an officer confirms (breach_record_id).
CREATE TABLE commitments (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    subject_id          INTEGER NOT NULL REFERENCES subjects(id),
    department_id       INTEGER NOT NULL REFERENCES departments(id),
    matter              TEXT NOT NULL,
    missing_material    TEXT NOT NULL,
    committed_on        DATE NOT NULL,
    due_on              DATE NOT NULL,
    kept_on             DATE,
    breach_record_id    INTEGER REFERENCES credit_records(id),
    created_by          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1,
    CHECK (due_on >= committed_on),
    CHECK (kept_on IS NULL OR kept_on >= committed_on)
);
CREATE INDEX commitments_subject ON commitments(subject_id);
CREATE INDEX commitments_due ON commitments(due_on) WHERE kept_on IS NULL AND breach_record_id IS NULL;

-- Confidential reports from the public (§10). What was reported is case work; who reported it is
-- kept apart in tip_reporters, read only by the roles that need it, each time audited, and never
-- written to an export, a log, an audit summary, a search result or an error message.
CREATE TABLE tips (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    subject_id      INTEGER REFERENCES subjects(id),
    reported_name   TEXT NOT NULL,
    content         TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('phone', 'letter', 'visit', 'online')),
    received_on     DATE NOT NULL,
    received_by     TEXT NOT NULL,
    closed_on       DATE,
    outcome         TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK ((closed_on IS NULL) = (outcome IS NULL))
);
CREATE INDEX tips_subject ON tips(subject_id);
CREATE TABLE tip_reporters (
    tip_id      INTEGER PRIMARY KEY REFERENCES tips(id),
    name        TEXT NOT NULL,
    contact     TEXT NOT NULL DEFAULT ''
);
