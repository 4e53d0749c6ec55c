-- The §13 publication figure reads a period's records by decision date with their department,
-- severity and publication date. Covering them in the index means a quarter of a city's records is
-- counted from the index alone: no table page is read, so none is decrypted.
-- (PostgreSQL dialect of ../sqlite/0012_publication_index.sql; the type rules are in 0001.)
CREATE INDEX credit_records_publication ON credit_records(decision_date, department_id, severity, published_on);
