-- The domain of DOMAIN.md: subjects, credit records, the working-day calendar, publicity rule
-- sets, the measure catalogue, cases and measure tasks. Names follow DOMAIN.md's words.

-- Subjects (主体): organisations keyed by the unified social credit code, persons by citizen ID.
-- Codes are stored normalised (upper-case ASCII), so a prefix is a plain range on subjects_code.
CREATE TABLE subjects (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('legal_person', 'unincorporated', 'individual_business',
                                              'natural_person')),
    code        TEXT NOT NULL CHECK (length(code) = 18),
    name        TEXT NOT NULL,
    division    TEXT NOT NULL DEFAULT '',      -- administrative division from the code (positions 3-8 / 1-6)
    address     TEXT NOT NULL DEFAULT '',
    registered_on DATE,
    created_at  DATETIME NOT NULL,
    updated_at  DATETIME NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX subjects_code ON subjects(code);
CREATE INDEX subjects_name ON subjects(name);

-- Every name a subject has had (the current one too), for search by former names (曾用名).
-- until_date: the day a former name stopped being used; NULL on the current name.
CREATE TABLE subject_names (
    id          INTEGER PRIMARY KEY,
    subject_id  INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    is_current  BOOLEAN NOT NULL DEFAULT 1,
    until_date  DATE,
    UNIQUE (subject_id, name)
);
-- At most one current name per subject.
CREATE UNIQUE INDEX subject_names_current ON subject_names(subject_id) WHERE is_current;

-- Chinese substring search: trigram tokens serve any query of three characters or more.
CREATE VIRTUAL TABLE subject_names_fts USING fts5(name, content='subject_names', content_rowid='id',
                                                  tokenize='trigram');
CREATE TRIGGER subject_names_ai AFTER INSERT ON subject_names BEGIN
    INSERT INTO subject_names_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER subject_names_ad AFTER DELETE ON subject_names BEGIN
    INSERT INTO subject_names_fts(subject_names_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER subject_names_au AFTER UPDATE OF name ON subject_names BEGIN
    INSERT INTO subject_names_fts(subject_names_fts, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO subject_names_fts(rowid, name) VALUES (new.id, new.name);
END;

-- Organisation -> person (§7, §11). Ending a link sets until_date rather than deleting the row:
-- who was the legal representative at the time of a record still matters for §11.
CREATE TABLE subject_links (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('legal_representative', 'principal', 'directly_responsible',
                                                  'director', 'shareholder')),
    since_date      DATE,
    until_date      DATE,
    CHECK (until_date IS NULL OR since_date IS NULL OR until_date >= since_date)
);
-- One open link per organisation, person and role; ended ones stay as history.
CREATE UNIQUE INDEX subject_links_open ON subject_links(organisation_id, person_id, role)
    WHERE until_date IS NULL;
CREATE INDEX subject_links_organisation ON subject_links(organisation_id);
CREATE INDEX subject_links_person ON subject_links(person_id);

-- Publicity and repair rule sets, applied by a record's decision date (DOMAIN.md).
CREATE TABLE rule_sets (
    id              INTEGER PRIMARY KEY,
    effective_from  DATE NOT NULL UNIQUE,
    source          TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rule_periods (
    rule_set_id     INTEGER NOT NULL REFERENCES rule_sets(id) ON DELETE CASCADE,
    severity        TEXT NOT NULL CHECK (severity IN ('minor', 'general', 'serious')),
    publish         BOOLEAN NOT NULL DEFAULT 1,  -- minor records may go unpublished (Order No. 36)
    min_months      INTEGER NOT NULL,
    max_months      INTEGER NOT NULL,
    specific_serious_months INTEGER,             -- 'specific serious': published this long, not repairable
    PRIMARY KEY (rule_set_id, severity)
) WITHOUT ROWID;

-- Credit records (信用信息); identified by providing department + decision number.
CREATE TABLE credit_records (
    id              INTEGER PRIMARY KEY,
    subject_id      INTEGER NOT NULL REFERENCES subjects(id),
    polarity        TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
    category        TEXT NOT NULL,
    severity        TEXT CHECK (severity IN ('minor', 'general', 'serious')),
    specific_serious BOOLEAN NOT NULL DEFAULT 0,
    decision_no     TEXT NOT NULL,
    decision_date   DATE NOT NULL,
    legal_basis     TEXT NOT NULL DEFAULT '',
    content         TEXT NOT NULL DEFAULT '',
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    published_on    DATE,
    withdrawn_on    DATE,                        -- publication withdrawn (objection upheld, repair)
    withdrawn_reason TEXT,
    created_by      TEXT NOT NULL,
    created_at      DATETIME NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (department_id, decision_no)
);
CREATE INDEX credit_records_subject ON credit_records(subject_id, decision_date);
CREATE INDEX credit_records_decision_date ON credit_records(decision_date);

-- The working-day calendar: the years whose State Council notice is known (source: the imported
-- file's name, or 'built-in'), and only their exceptions to "Monday to Friday". A day is kept under
-- the notice that settles it, which may be the next year's (the 2019 notice settles 2018-12-30), so
-- that re-importing one year replaces exactly that notice.
CREATE TABLE calendar_years (
    year   INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT ''
);
CREATE TABLE calendar_days (
    year  INTEGER NOT NULL REFERENCES calendar_years(year) ON DELETE CASCADE,
    day   DATE NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, day)
) WITHOUT ROWID;
CREATE INDEX calendar_days_day ON calendar_days(day);

-- The measure catalogue (§16) under memoranda of cooperation (§12).
CREATE TABLE memoranda (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    title    TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('incentive', 'sanction')),
    basis    TEXT NOT NULL DEFAULT '',
    active   BOOLEAN NOT NULL DEFAULT 1
);
CREATE TABLE measures (
    id              INTEGER PRIMARY KEY,
    memorandum_id   INTEGER NOT NULL REFERENCES memoranda(id),
    code            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('incentive', 'sanction')),
    mandatory       BOOLEAN NOT NULL,
    legal_basis     TEXT NOT NULL DEFAULT '',
    plan_item       TEXT NOT NULL DEFAULT '',    -- the plan's item (§2, §7 …)
    default_months  INTEGER NOT NULL DEFAULT 36,
    active          BOOLEAN NOT NULL DEFAULT 1
);
CREATE INDEX measures_memorandum ON measures(memorandum_id);
CREATE TABLE measure_departments (
    measure_id      INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    PRIMARY KEY (measure_id, department_id)
) WITHOUT ROWID;

-- Cases (联合奖惩案件): draft -> approved (by a reviewer other than the drafter) -> pushed.
CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('incentive', 'sanction')),
    state               TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'pushed', 'rejected', 'withdrawn')),
    subject_id          INTEGER NOT NULL REFERENCES subjects(id),
    initiating_department_id INTEGER NOT NULL REFERENCES departments(id),
    memorandum_id       INTEGER NOT NULL REFERENCES memoranda(id),
    basis_record_id     INTEGER REFERENCES credit_records(id),
    basis_list_entry_id INTEGER,
    term_start          DATE NOT NULL,
    term_end            DATE NOT NULL,
    note                TEXT NOT NULL DEFAULT '',
    drafted_by          TEXT NOT NULL,
    drafted_at          DATETIME NOT NULL,
    decided_by          TEXT,
    decided_at          DATETIME,
    decision_reason     TEXT,
    pushed_by           TEXT,
    pushed_on           DATE,
    row_version         INTEGER NOT NULL DEFAULT 1,
    CHECK (term_end >= term_start)
);
CREATE INDEX cases_subject ON cases(subject_id);
CREATE INDEX cases_state ON cases(state, drafted_at);
CREATE INDEX cases_basis_record ON cases(basis_record_id);

-- Co-subjects: the linked persons of an organisation's serious dishonesty (§11).
CREATE TABLE case_subjects (
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES subjects(id),
    link_role   TEXT NOT NULL,
    PRIMARY KEY (case_id, subject_id)
) WITHOUT ROWID;
CREATE INDEX case_subjects_subject ON case_subjects(subject_id);

-- The memorandum's measures as proposed; a mandatory one dropped carries its written reason.
CREATE TABLE case_measures (
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    measure_id  INTEGER NOT NULL REFERENCES measures(id),
    selected    BOOLEAN NOT NULL,
    drop_reason TEXT,
    PRIMARY KEY (case_id, measure_id),
    CHECK (selected OR drop_reason IS NOT NULL)
) WITHOUT ROWID;

-- One task per measure x implementing department x subject, made when the case is pushed.
CREATE TABLE measure_tasks (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    measure_id      INTEGER NOT NULL REFERENCES measures(id),
    subject_id      INTEGER NOT NULL REFERENCES subjects(id),
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    pushed_on       DATE NOT NULL,
    due_on          DATE NOT NULL,               -- feedback deadline, in working days from pushed_on
    acknowledged_on DATE,
    response        TEXT CHECK (response IN ('applied', 'not_applicable', 'refused')),
    responded_on    DATE,
    applied_on      DATE,
    reference       TEXT,
    reason          TEXT,
    recorded_by     TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (response IS NULL OR responded_on IS NOT NULL),
    CHECK (response <> 'applied' OR applied_on IS NOT NULL),
    CHECK (response NOT IN ('not_applicable', 'refused') OR length(reason) > 0)
);
CREATE INDEX measure_tasks_case ON measure_tasks(case_id);
CREATE INDEX measure_tasks_subject ON measure_tasks(subject_id);
CREATE INDEX measure_tasks_department_due ON measure_tasks(department_id, due_on);

-- Settings in working days and the like (feedback deadline …), editable by an administrator.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings (key, value) VALUES
    ('feedback_working_days', '10'),
    ('publication_working_days', '7'),
    ('verification_working_days', '10'),
    ('objection_acceptance_working_days', '2'),
    ('repair_decision_working_days', '10'),
    ('suspension_extends_term', 'false'),
    -- Order No. 36 lets repeat offenders be barred from repair for some years; 0 until the office
    -- decides on a figure.
    ('repair_bar_years', '0');
