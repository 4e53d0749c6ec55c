-- The desk's long lists (BrowseStore) page along an index for each order they offer, so that a deep
-- scroll is a range scan and never a sort of the whole table.
-- (PostgreSQL dialect of ../sqlite/0010_browse_indexes.sql; the type rules are in 0001.)

-- Cases newest first: cases_state serves a state filter only.
CREATE INDEX cases_drafted_at ON cases(drafted_at);

-- Open measure tasks by deadline (my work: due and overdue). Few of the million tasks are open, and
-- measure_tasks_department_due starts with the department.
CREATE INDEX measure_tasks_open_due ON measure_tasks(due_on) WHERE response IS NULL;
