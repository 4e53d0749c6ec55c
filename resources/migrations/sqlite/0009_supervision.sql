-- Supervision (§19, 三.四): the period's tasks are found by push date, and notifications (通报)
-- keep their document numbers (启信用办〔2026〕N号), numbered per year.

-- The metrics read one period's tasks by push date, grouped by department. The index carries every
-- column the figures look at, so a period of a city's million tasks is counted from the index alone
-- and never decrypts a table page.
CREATE INDEX measure_tasks_pushed ON measure_tasks(pushed_on, department_id, due_on, responded_on,
                                                   acknowledged_on, response);

-- One row per notification issued; printing it again reuses its number.
CREATE TABLE notices (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    serial      INTEGER NOT NULL CHECK (serial > 0),
    number      TEXT NOT NULL UNIQUE,
    period      TEXT NOT NULL,               -- ReportPeriod key: 2026Q4, 2026-10, 2026, a..b
    issued_on   DATE NOT NULL,
    issued_by   TEXT NOT NULL,
    created_at  DATETIME NOT NULL,
    UNIQUE (year, serial)
);
