-- Measure packages (信息推送, §14): the spreadsheet of new tasks sent to one implementing department,
-- kept as sent so that a task goes out once and the office can say what each department received.
CREATE TABLE task_packages (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    made_on         DATE NOT NULL,
    made_by         TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    task_count      INTEGER NOT NULL
);
CREATE TABLE package_tasks (
    package_id  INTEGER NOT NULL REFERENCES task_packages(id),
    task_id     INTEGER NOT NULL REFERENCES measure_tasks(id),
    PRIMARY KEY (package_id, task_id)
) WITHOUT ROWID;
CREATE INDEX package_tasks_task ON package_tasks(task_id);
