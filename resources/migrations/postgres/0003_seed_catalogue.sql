-- Seed data from the city's plan: every unit it names, the publicity rule sets of DOMAIN.md and a
-- measure catalogue built from items 1-9 and 12 of the plan. Administrators edit all of it; codes
-- (department, memorandum, measure) are stable identifiers that later seeds and imports refer to.
-- (PostgreSQL dialect of ../sqlite/0003_seed_catalogue.sql. The rows are the same lines as there;
-- where a row holds a 0/1 flag for a boolean column, the rows are read as VALUES and the flag turned
-- into a boolean by the SELECT, so the two files can still be compared line by line.)

INSERT INTO departments (code, name, short_name, kind, created_at) VALUES
    ('XYB',   '市信用办',             '信用办',       'office',     '2019-09-10T00:00:00.000Z'),
    ('FGW',   '市发展改革委',         '发改委',       'government', '2019-09-10T00:00:00.000Z'),
    ('RH',    '市人行',               '人行',         'government', '2019-09-10T00:00:00.000Z'),
    ('XCB',   '市委宣传部',           '宣传部',       'government', '2019-09-10T00:00:00.000Z'),
    ('WMB',   '市文明办',             '文明办',       'government', '2019-09-10T00:00:00.000Z'),
    ('MZJ',   '市民政局',             '民政局',       'government', '2019-09-10T00:00:00.000Z'),
    ('SCJGJ', '市市场监管局',         '市场监管局',   'government', '2019-09-10T00:00:00.000Z'),
    ('JTJ',   '市教育体育局',         '教体局',       'government', '2019-09-10T00:00:00.000Z'),
    ('XZSPJ', '市行政审批局',         '行政审批局',   'government', '2019-09-10T00:00:00.000Z'),
    ('CZJ',   '市财政局',             '财政局',       'government', '2019-09-10T00:00:00.000Z'),
    ('RSJ',   '市人社局',             '人社局',       'government', '2019-09-10T00:00:00.000Z'),
    ('ZRZYJ', '市自然资源局',         '自然资源局',   'government', '2019-09-10T00:00:00.000Z'),
    ('ZJJ',   '市住建局',             '住建局',       'government', '2019-09-10T00:00:00.000Z'),
    ('JTYSJ', '市交通局',             '交通局',       'government', '2019-09-10T00:00:00.000Z'),
    ('SHUIWU', '市水务局',             '水务局',       'government', '2019-09-10T00:00:00.000Z'),
    ('SHANGWU', '市商务局',             '商务局',       'government', '2019-09-10T00:00:00.000Z'),
    ('GGZY',  '市公共资源交易中心',   '公共资源交易中心', 'government', '2019-09-10T00:00:00.000Z'),
    ('YJJ',   '市应急局',             '应急局',       'government', '2019-09-10T00:00:00.000Z'),
    ('JRJ',   '市地方金融监管局',     '地方金融监管局', 'government', '2019-09-10T00:00:00.000Z'),
    ('WGLJ',  '市文广和旅游局',       '文广旅局',     'government', '2019-09-10T00:00:00.000Z'),
    ('FY',    '市法院',               '法院',         'judicial',   '2019-09-10T00:00:00.000Z'),
    ('JCY',   '市检察院',             '检察院',       'judicial',   '2019-09-10T00:00:00.000Z'),
    ('GAJ',   '市公安局',             '公安局',       'government', '2019-09-10T00:00:00.000Z'),
    ('SFJ',   '市司法局',             '司法局',       'government', '2019-09-10T00:00:00.000Z'),
    ('RWB',   '市人武部',             '人武部',       'government', '2019-09-10T00:00:00.000Z'),
    ('CGJ',   '市城管局',             '城管局',       'government', '2019-09-10T00:00:00.000Z'),
    ('STHJJ', '市生态环境局',         '生态环境局',   'government', '2019-09-10T00:00:00.000Z'),
    ('TAX',   '税务局',               '税务局',       'government', '2019-09-10T00:00:00.000Z'),
    ('GSL',   '市工商联',             '工商联',       'association', '2019-09-10T00:00:00.000Z'),
    ('NYNCJ', '市农业农村局',         '农业农村局',   'government', '2019-09-10T00:00:00.000Z'),
    ('TSW',   '团市委',               '团市委',       'association', '2019-09-10T00:00:00.000Z'),
    -- Named in §11, §17, §18 and §20 (its member units answer for those items) and in the closing
    -- part (the city government receives reports on major matters; the 市委 assesses the plan's tasks
    -- in its annual target-responsibility review).
    ('LDXZ',  '市社会信用体系建设领导小组', '信用体系建设领导小组', 'office', '2019-09-10T00:00:00.000Z'),
    ('SZF',   '市政府',               '市政府',       'government', '2019-09-10T00:00:00.000Z'),
    ('SW',    '市委',                 '市委',         'government', '2019-09-10T00:00:00.000Z');

INSERT INTO rule_sets (id, effective_from, source, note) VALUES
    (1, '2019-01-01', '发改办财金〔2019〕527号',
     'Minor records have no separate rule here and follow the general periods. NDRC Order No. 58 (2023-05-01 to 2026-03-31) applied later; its figures were not confirmed, so these periods stand in for that span until an administrator corrects them.'),
    (2, '2026-04-01', '国家发展改革委令第36号《信用修复管理办法》', 'Follows 国办发〔2025〕22号; repeals Order No. 58.');
INSERT INTO rule_periods (rule_set_id, severity, publish, min_months, max_months, specific_serious_months)
SELECT rule_set_id, severity, publish = 1, min_months, max_months, specific_serious_months FROM (VALUES
    (1, 'minor',   1, 3,  12, NULL),
    (1, 'general', 1, 3,  12, NULL),
    (1, 'serious', 1, 6,  36, 36),
    (2, 'minor',   0, 0,  3,  NULL),
    (2, 'general', 1, 3,  12, NULL),
    (2, 'serious', 1, 12, 36, NULL)
) AS v(rule_set_id, severity, publish, min_months, max_months, specific_serious_months);

-- §12: the memoranda the plan tells the city to carry out. Measures keep their memorandum's kind.
INSERT INTO memoranda (id, code, title, kind, basis) VALUES
    (1, 'RED',        '诚信典型（红名单）联合激励',           'incentive', '国发〔2016〕33号；实施方案第1-5条'),
    (2, 'TAX-A',      '纳税信用A级纳税人联合激励',            'incentive', '纳税信用A级纳税人联合激励合作备忘录；实施方案第12条'),
    (3, 'SERIOUS',    '严重失信主体（黑名单）联合惩戒',       'sanction',  '国发〔2016〕33号；失信企业协同监管和联合惩戒合作备忘录；实施方案第6-8、12条'),
    (4, 'JUDGMENT',   '失信被执行人联合惩戒',                 'sanction',  '失信被执行人联合惩戒合作备忘录；实施方案第8、12条'),
    (5, 'LISTED',     '违法失信上市公司相关责任主体联合惩戒', 'sanction',  '违法失信上市公司联合惩戒合作备忘录；实施方案第12条'),
    (6, 'TAX-MAJOR',  '重大税收违法案件当事人联合惩戒',       'sanction',  '重大税收违法案件当事人联合惩戒合作备忘录；实施方案第12条'),
    (7, 'INDUSTRY',   '行业协会商会失信会员惩戒',             'sanction',  '实施方案第9条');

-- mandatory = 1: to be applied jointly by law (强制性); 0: recommended (推荐性), applied as the case
-- warrants (§16). default_months: the term a case proposes; the case may set another.
INSERT INTO measures (id, memorandum_id, code, title, kind, mandatory, legal_basis, plan_item, default_months)
SELECT id, memorandum_id, code, title, kind, mandatory = 1, legal_basis, plan_item, default_months FROM (VALUES
    (1,  1, 'I-GREEN',      '行政审批"绿色通道"',                         'incentive', 0, '实施方案第2条', '§2', 36),
    (2,  1, 'I-LENIENT',    '"容缺受理"：材料不齐备的，书面承诺后先行受理', 'incentive', 0, '实施方案第2条', '§2', 36),
    (3,  1, 'I-BONUS',      '公共资源交易信用加分',                       'incentive', 0, '实施方案第3条', '§3', 36),
    (4,  1, 'I-FUNDS',      '财政性资金项目、招商引资优惠政策优先考虑',   'incentive', 0, '实施方案第3条', '§3', 36),
    (5,  1, 'I-INSPECT',    '优化日常检查和专项检查频次',                 'incentive', 0, '实施方案第4条', '§4', 36),
    (6,  1, 'I-PROMOTE',    '门户网站和"启东信用"网站公示推介',            'incentive', 1, '实施方案第5条', '§5', 36),
    (32, 1, 'I-PERSONAL',   '教育、就业、创业、社会保障等领域对诚信个人重点支持和优先便利', 'incentive', 0, '实施方案第3条', '§3', 36),
    (33, 1, 'I-FAIRS',      '会展、银企对接等活动中重点推介',             'incentive', 0, '实施方案第5条', '§5', 36),
    (7,  2, 'I-TAX-GREEN',  '办税绿色通道、简化审批',                     'incentive', 1, '纳税信用A级纳税人联合激励合作备忘录', '§12', 12),
    (8,  2, 'I-TAX-CREDIT', '银行授信优先支持',                           'incentive', 0, '纳税信用A级纳税人联合激励合作备忘录', '§12', 12),
    (34, 2, 'I-TAX-APPROVAL', '行政审批"绿色通道"和"容缺受理"',           'incentive', 0, '纳税信用A级纳税人联合激励合作备忘录；实施方案第2条', '§2', 12),
    (9,  3, 'S-LICENCE',    '从严审核行政许可审批项目',                   'sanction',  1, '实施方案第7条', '§7', 36),
    (35, 3, 'S-PERMIT',     '从严控制生产许可证发放',                     'sanction',  1, '实施方案第7条', '§7', 36),
    (10, 3, 'S-PROJECTS',   '限制新增项目审批、核准',                     'sanction',  0, '实施方案第7条', '§7', 36),
    (11, 3, 'S-FUNDS',      '严格限制申请财政性资金项目',                 'sanction',  1, '实施方案第7条', '§7', 36),
    (12, 3, 'S-TRADING',    '限制参与公共资源交易活动',                   'sanction',  1, '实施方案第7条', '§7', 36),
    (13, 3, 'S-CONCESSION', '限制参与基础设施和公用事业特许经营',         'sanction',  0, '实施方案第7条', '§7', 36),
    (14, 3, 'S-FINANCE',    '限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资企业、互联网融资平台等机构', 'sanction', 0, '实施方案第7条', '§7', 36),
    (36, 3, 'S-INTERNET',   '限制从事互联网信息服务',                     'sanction',  0, '实施方案第7条', '§7', 36),
    (15, 3, 'S-HONOURS',    '撤销荣誉称号，取消评先评优资格',             'sanction',  1, '实施方案第7条', '§7', 36),
    (16, 3, 'S-BAN',        '对企业及其法定代表人、主要负责人和负有直接责任的注册执业人员实施市场和行业禁入', 'sanction', 0, '实施方案第7条', '§7', 36),
    (19, 3, 'S-SUPERVISE',  '列为重点监管对象，增加检查频次',             'sanction',  0, '实施方案第7条', '§7', 36),
    (17, 3, 'S-DISCLOSE',   '在"启东信用"网站公开披露',                   'sanction',  1, '实施方案第8条', '§8', 36),
    (37, 3, 'S-CREDITREPORT', '支持征信机构采集，纳入市场主体信用记录和信用报告', 'sanction', 0, '实施方案第8条', '§8', 36),
    (18, 3, 'S-LOANS',      '提高贷款利率和财产保险费率，或限制贷款、保荐、承销、保险等服务', 'sanction', 0, '实施方案第8条', '§8', 36),
    (20, 4, 'S-TRAVEL',     '限制乘坐飞机、高等级列车和席次',             'sanction',  1, '最高人民法院关于限制被执行人高消费及有关消费的若干规定；失信被执行人联合惩戒合作备忘录；实施方案第8条', '§8', 36),
    (21, 4, 'S-CONSUME',    '限制高消费：购买不动产、旅游度假、入住星级以上宾馆', 'sanction', 1, '最高人民法院关于限制被执行人高消费及有关消费的若干规定；失信被执行人联合惩戒合作备忘录；实施方案第8条', '§8', 36),
    (22, 4, 'S-EXIT',       '限制出境',                                   'sanction',  0, '失信被执行人联合惩戒合作备忘录；实施方案第8条', '§8', 36),
    (23, 4, 'S-JDISCLOSE',  '在"启东信用"网站公开失信被执行人信息',        'sanction',  1, '实施方案第8、13条', '§8', 36),
    (24, 4, 'S-JLOANS',     '限制向其提供贷款、保荐、承销、保险等服务',   'sanction',  0, '实施方案第8条', '§8', 36),
    (38, 4, 'S-J-TRADING',  '限制参与公共资源交易活动和申请财政性资金项目', 'sanction', 0, '失信被执行人联合惩戒合作备忘录；实施方案第7条', '§7', 36),
    (39, 4, 'S-J-HONOURS',  '撤销荣誉称号，取消评先评优资格',             'sanction',  0, '失信被执行人联合惩戒合作备忘录；实施方案第7条', '§7', 36),
    (25, 5, 'S-L-FINANCE',  '限制发行债券、设立金融机构',                 'sanction',  1, '违法失信上市公司联合惩戒合作备忘录', '§12', 36),
    (26, 5, 'S-L-HONOURS',  '取消评先评优资格',                           'sanction',  0, '违法失信上市公司联合惩戒合作备忘录', '§12', 36),
    (27, 6, 'S-T-FUNDS',    '限制政府性资金支持和政府采购',               'sanction',  1, '重大税收违法案件当事人联合惩戒合作备忘录', '§12', 36),
    (28, 6, 'S-T-LAND',     '限制取得政府供应土地',                       'sanction',  0, '重大税收违法案件当事人联合惩戒合作备忘录', '§12', 36),
    (29, 6, 'S-T-SUPERVISE','列为纳税信用D级，加强纳税评估',              'sanction',  1, '重大税收违法案件当事人联合惩戒合作备忘录', '§12', 36),
    (40, 6, 'S-T-EXIT',     '阻止欠缴税款的当事人出境',                   'sanction',  0, '重大税收违法案件当事人联合惩戒合作备忘录；税收征收管理法', '§12', 36),
    (41, 7, 'S-MEMBER-FILE','记录会员严重失信行为，纳入会员信用档案',     'sanction',  0, '实施方案第9条', '§9', 12),
    (30, 7, 'S-REPRIMAND',  '警告、行业内通报批评、公开谴责',             'sanction',  0, '实施方案第9条', '§9', 12),
    (31, 7, 'S-EXPEL',      '不予接纳、劝退',                             'sanction',  0, '实施方案第9条', '§9', 12)
) AS v(id, memorandum_id, code, title, kind, mandatory, legal_basis, plan_item, default_months);

-- The ids above were given by hand; the identity sequences carry on after the greatest, as SQLite
-- carries on after max(rowid).
SELECT setval(pg_get_serial_sequence('rule_sets', 'id'), (SELECT max(id) FROM rule_sets));
SELECT setval(pg_get_serial_sequence('memoranda', 'id'), (SELECT max(id) FROM memoranda));
SELECT setval(pg_get_serial_sequence('measures', 'id'), (SELECT max(id) FROM measures));

-- Implementing departments (实施单位), by measure and department code: every measure has at least
-- one, taken from the departments the plan's item assigns.
WITH pairs(measure, dept) AS (VALUES
    ('I-GREEN', 'XZSPJ'), ('I-LENIENT', 'XZSPJ'),
    ('I-BONUS', 'GGZY'), ('I-BONUS', 'ZJJ'), ('I-BONUS', 'JTYSJ'), ('I-BONUS', 'SHUIWU'),
    ('I-FUNDS', 'CZJ'), ('I-FUNDS', 'FGW'), ('I-FUNDS', 'SHANGWU'),
    ('I-INSPECT', 'SCJGJ'), ('I-INSPECT', 'YJJ'),
    ('I-PROMOTE', 'FGW'),
    ('I-PERSONAL', 'JTJ'), ('I-PERSONAL', 'RSJ'),
    ('I-FAIRS', 'SHANGWU'), ('I-FAIRS', 'RH'), ('I-FAIRS', 'JRJ'),
    ('I-TAX-GREEN', 'TAX'),
    ('I-TAX-CREDIT', 'RH'), ('I-TAX-CREDIT', 'JRJ'),
    ('I-TAX-APPROVAL', 'XZSPJ'),
    ('S-LICENCE', 'XZSPJ'),
    ('S-PERMIT', 'SCJGJ'),
    ('S-PROJECTS', 'FGW'), ('S-PROJECTS', 'XZSPJ'),
    ('S-FUNDS', 'CZJ'), ('S-FUNDS', 'FGW'),
    ('S-TRADING', 'GGZY'),
    ('S-CONCESSION', 'ZJJ'), ('S-CONCESSION', 'FGW'),
    ('S-FINANCE', 'JRJ'), ('S-FINANCE', 'RH'),
    -- At county level the internet information office sits in the propaganda department.
    ('S-INTERNET', 'XCB'),
    ('S-HONOURS', 'WMB'), ('S-HONOURS', 'XCB'),
    ('S-BAN', 'SCJGJ'), ('S-BAN', 'ZJJ'),
    ('S-SUPERVISE', 'SCJGJ'),
    ('S-DISCLOSE', 'FGW'),
    ('S-CREDITREPORT', 'RH'),
    ('S-LOANS', 'RH'), ('S-LOANS', 'JRJ'),
    ('S-TRAVEL', 'FY'), ('S-TRAVEL', 'JTYSJ'),
    ('S-CONSUME', 'FY'), ('S-CONSUME', 'WGLJ'), ('S-CONSUME', 'ZRZYJ'),
    ('S-EXIT', 'GAJ'),
    ('S-JDISCLOSE', 'FY'), ('S-JDISCLOSE', 'FGW'),
    ('S-JLOANS', 'RH'), ('S-JLOANS', 'JRJ'),
    ('S-J-TRADING', 'GGZY'), ('S-J-TRADING', 'CZJ'),
    ('S-J-HONOURS', 'WMB'),
    ('S-L-FINANCE', 'JRJ'), ('S-L-FINANCE', 'FGW'),
    ('S-L-HONOURS', 'WMB'),
    ('S-T-FUNDS', 'CZJ'), ('S-T-FUNDS', 'GGZY'),
    ('S-T-LAND', 'ZRZYJ'),
    ('S-T-SUPERVISE', 'TAX'),
    ('S-T-EXIT', 'GAJ'), ('S-T-EXIT', 'TAX'),
    ('S-MEMBER-FILE', 'GSL'), ('S-MEMBER-FILE', 'MZJ'),
    ('S-REPRIMAND', 'GSL'), ('S-REPRIMAND', 'MZJ'),
    ('S-EXPEL', 'GSL'), ('S-EXPEL', 'MZJ'))
INSERT INTO measure_departments (measure_id, department_id)
SELECT m.id, d.id FROM pairs
JOIN measures m ON m.code = pairs.measure
JOIN departments d ON d.code = pairs.dept;
