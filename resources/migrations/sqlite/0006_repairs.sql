-- Credit repair (信用修复, §17). An application names a negative record or a black-list entry; the
-- office checks the conditions of the rule set in force, collects the materials and a reviewer
-- other than the officer who took it in decides within the time limit (working days, counted from
-- the day the materials are complete).
CREATE TABLE repair_applications (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,
    subject_id            INTEGER NOT NULL REFERENCES subjects(id),
    target_kind           TEXT NOT NULL CHECK (target_kind IN ('record', 'list_entry')),
    target_id             INTEGER NOT NULL,
    filed_on              DATE NOT NULL,
    filed_by              TEXT NOT NULL,
    state                 TEXT NOT NULL CHECK (state IN ('submitted', 'approved', 'rejected')),
    materials_complete_on DATE,
    decision_due          DATE,
    decided_on            DATE,
    decided_by            TEXT,
    decision_reason       TEXT,
    row_version           INTEGER NOT NULL DEFAULT 1,
    CHECK (state = 'submitted' OR (decided_on IS NOT NULL AND decided_on >= filed_on)),
    CHECK (state <> 'rejected' OR length(decision_reason) > 0)
);
CREATE INDEX repair_applications_subject ON repair_applications(subject_id, filed_on);
CREATE INDEX repair_applications_target ON repair_applications(target_kind, target_id);

-- The materials checklist: one row per item received.
CREATE TABLE repair_materials (
    application_id  INTEGER NOT NULL REFERENCES repair_applications(id),
    item            TEXT NOT NULL CHECK (item IN ('application', 'fulfilment', 'commitment', 'training')),
    received_on     DATE NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL,
    PRIMARY KEY (application_id, item)
) WITHOUT ROWID;

-- An approved repair ends the record's publication (终止公示) from this date.
ALTER TABLE credit_records ADD COLUMN repaired_on DATE;
