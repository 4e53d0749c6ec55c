-- Document numbers (联惩〔2026〕0001号 …) come from one counter per series and year. Reading the
-- greatest number back as text stops working past 9999 a year (…10000号 sorts before …9999号), and a
-- city drafts more cases than that.
-- (PostgreSQL dialect of ../sqlite/0011_document_counters.sql; the type rules are in 0001.)
CREATE TABLE document_counters (
    series  text NOT NULL,
    year    bigint NOT NULL,
    last    bigint NOT NULL CHECK (last >= 0),
    PRIMARY KEY (series, year)
);

-- Carry on from the numbers already given. SQLite's CAST reads the leading digits of a text and
-- makes 0 of none, where PostgreSQL's CAST refuses '0001号'; the digits are therefore taken by
-- pattern, none counting as 0 as in the file: the series is what stands before '〔', the year the
-- four characters after it, the serial the digits after '〕'.
INSERT INTO document_counters (series, year, last)
SELECT series, year, MAX(serial) FROM (
    SELECT substr(number, 1, strpos(number, '〔') - 1) AS series,
           coalesce(substring(substr(number, strpos(number, '〔') + 1, 4) FROM '^[0-9]+')::bigint, 0) AS year,
           coalesce(substring(substr(number, strpos(number, '〕') + 1) FROM '^[0-9]+')::bigint, 0) AS serial
    FROM (SELECT number FROM cases UNION ALL SELECT number FROM objections UNION ALL
          SELECT number FROM list_entries UNION ALL SELECT number FROM repair_applications UNION ALL
          SELECT number FROM commitments UNION ALL SELECT number FROM tips UNION ALL
          SELECT number FROM task_packages) AS numbers
    WHERE strpos(number, '〔') > 0 AND strpos(number, '〕') > 0) AS parsed
GROUP BY series, year;
