-- Administrative licensing decisions (行政许可, the licence half of 双公示, §13). A licence is a
-- publication fact, not a credit record: it is neither 守信 nor 失信, so it lives apart from
-- credit_records and nothing that reads credit records (the credit check, the green channel, cases
-- and their measures) can mistake it for one. It must be published within the same 7 working days
-- as a penalty and is counted in the department's publication figure.
CREATE TABLE licences (
    id                  INTEGER PRIMARY KEY,
    subject_id          INTEGER NOT NULL REFERENCES subjects(id),
    legal_representative TEXT NOT NULL DEFAULT '',   -- 法定代表人
    document_name       TEXT NOT NULL DEFAULT '',    -- 行政许可决定文书名称
    decision_no         TEXT NOT NULL,               -- 行政许可决定文书号
    licence_kind        TEXT NOT NULL DEFAULT '',    -- 许可类别: 普通, 特许, 认可, 核准, 登记, 其他
    certificate_name    TEXT NOT NULL DEFAULT '',    -- 许可证书名称
    licence_no          TEXT NOT NULL DEFAULT '',    -- 许可编号
    content             TEXT NOT NULL DEFAULT '',    -- 许可内容
    decision_date       DATE NOT NULL,               -- 许可决定日期
    valid_from          DATE,                        -- 有效期自
    valid_to            DATE,                        -- 有效期至 (none: without end)
    department_id       INTEGER NOT NULL REFERENCES departments(id), -- 许可机关
    source              TEXT NOT NULL DEFAULT '',    -- 数据来源单位, as the file names it
    note                TEXT NOT NULL DEFAULT '',    -- 备注
    revoked             BOOLEAN NOT NULL DEFAULT 0,  -- 当前状态 无效 (revoked, withdrawn, cancelled)
    published_on        DATE,
    created_by          TEXT NOT NULL,
    created_at          DATETIME NOT NULL,
    UNIQUE (department_id, decision_no)
);
CREATE INDEX licences_subject ON licences(subject_id, decision_date);
-- The publication figure reads a period's licences by decision date, department and publication.
CREATE INDEX licences_publication ON licences(decision_date, department_id, published_on);
