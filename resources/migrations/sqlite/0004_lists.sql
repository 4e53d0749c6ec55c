-- Red and black lists (红名单 / 黑名单, §1, §15): one entry per subject, list and domain, with its
-- basis, the department that determined it, the entry date and the planned exit. The exit is
-- computed from dates when the planned exit passes (expiry) and written only for an early exit by
-- repair or revocation, so nothing waits for a person or a timer. An officer proposes an entry; it
-- counts from its entry date once a reviewer other than the proposer approves it.
CREATE TABLE list_entries (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    subject_id      INTEGER NOT NULL REFERENCES subjects(id),
    list_kind       TEXT NOT NULL CHECK (list_kind IN ('red', 'black')),
    domain          TEXT NOT NULL,                -- product quality, environment, tax …
    basis           TEXT NOT NULL,                -- the determination (认定文书) and why
    basis_record_id INTEGER REFERENCES credit_records(id),
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    entry_date      DATE NOT NULL,
    planned_exit    DATE,                         -- end of the publicity period; NULL: until exited
    exit_date       DATE,                         -- an early exit
    exit_reason     TEXT CHECK (exit_reason IN ('repair', 'revocation')),
    exit_note       TEXT,
    created_by      TEXT NOT NULL,
    created_at      DATETIME NOT NULL,
    approved_by     TEXT,                         -- four eyes: an entry counts once a reviewer approves it
    approved_at     DATETIME,
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (planned_exit IS NULL OR planned_exit > entry_date),
    CHECK ((exit_date IS NULL) = (exit_reason IS NULL)),
    CHECK (exit_date IS NULL OR exit_date >= entry_date)
);
CREATE INDEX list_entries_subject ON list_entries(subject_id, entry_date);
CREATE INDEX list_entries_kind ON list_entries(list_kind, domain, entry_date);
CREATE INDEX list_entries_basis_record ON list_entries(basis_record_id);
CREATE INDEX cases_basis_list_entry ON cases(basis_list_entry_id);
