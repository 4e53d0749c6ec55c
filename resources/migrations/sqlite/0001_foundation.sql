-- Foundation: database identity, departments, users and the audit chain.
-- Users, roles and departments live inside the encrypted database; the key file holds only slots.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    short_name  TEXT,
    kind        TEXT NOT NULL DEFAULT 'government',
    active      BOOLEAN NOT NULL DEFAULT 1,
    created_at  DATETIME NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('officer', 'reviewer', 'supervisor', 'admin')),
    department_id INTEGER REFERENCES departments(id),
    disabled      BOOLEAN NOT NULL DEFAULT 0,
    created_at    DATETIME NOT NULL,
    disabled_at   DATETIME
);

-- The audit chain: hash = SHA-256(previous hash || canonical form of the row).
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         DATETIME NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL DEFAULT '',
    summary    TEXT NOT NULL,
    hash       BLOB NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

-- The program only ever appends. These stop an accidental edit; a deliberate one (someone with the
-- key dropping them) is what the hash chain and the key file's authenticated tail catch.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
