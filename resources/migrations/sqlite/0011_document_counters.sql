-- Document numbers (联惩〔2026〕0001号 …) come from one counter per series and year. Reading the
-- greatest number back as text stops working past 9999 a year (…10000号 sorts before …9999号), and a
-- city drafts more cases than that.
CREATE TABLE document_counters (
    series  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL CHECK (last >= 0),
    PRIMARY KEY (series, year)
) WITHOUT ROWID;

-- Carry on from the numbers already given.
INSERT INTO document_counters (series, year, last)
SELECT series, year, MAX(serial) FROM (
    SELECT substr(number, 1, instr(number, '〔') - 1) AS series,
           CAST(substr(number, instr(number, '〔') + 1, 4) AS INTEGER) AS year,
           CAST(substr(number, instr(number, '〕') + 1) AS INTEGER) AS serial
    FROM (SELECT number FROM cases UNION ALL SELECT number FROM objections UNION ALL
          SELECT number FROM list_entries UNION ALL SELECT number FROM repair_applications UNION ALL
          SELECT number FROM commitments UNION ALL SELECT number FROM tips UNION ALL
          SELECT number FROM task_packages)
    WHERE instr(number, '〔') > 0 AND instr(number, '〕') > 0)
GROUP BY series, year;
