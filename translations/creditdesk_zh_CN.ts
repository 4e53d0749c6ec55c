<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Not permitted: a %1 may not %2.</source>
        <translation>无权操作：%1不得%2。</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查阅审计记录</translation>
    </message>
    <message>
        <source>verify the database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>change the measure catalogue or the publicity rules</source>
        <translation>修改措施清单或公示规则</translation>
    </message>
    <message>
        <source>change the working-day calendar</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <source>change the departments</source>
        <translation>维护部门信息</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <source>look up subjects</source>
        <translation>查询主体</translation>
    </message>
    <message>
        <source>register subjects</source>
        <translation>登记主体</translation>
    </message>
    <message>
        <source>change subjects</source>
        <translation>修改主体信息</translation>
    </message>
    <message>
        <source>see a full citizen ID</source>
        <translation>查看完整身份证号码</translation>
    </message>
    <message>
        <source>add credit records</source>
        <translation>录入信用信息</translation>
    </message>
    <message>
        <source>read credit records</source>
        <translation>查阅信用信息</translation>
    </message>
    <message>
        <source>draft cases</source>
        <translation>起草案件</translation>
    </message>
    <message>
        <source>approve or reject cases</source>
        <translation>批准或驳回案件</translation>
    </message>
    <message>
        <source>push cases to the departments</source>
        <translation>向各部门推送案件</translation>
    </message>
    <message>
        <source>record the departments&apos; feedback</source>
        <translation>登记各部门的执行反馈</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>查阅案件</translation>
    </message>
    <message>
        <source>run a credit check</source>
        <translation>进行信用核查</translation>
    </message>
    <message>
        <source>file or accept objections</source>
        <translation>提出或受理异议</translation>
    </message>
    <message>
        <source>decide objections</source>
        <translation>对异议作出决定</translation>
    </message>
    <message>
        <source>read objections</source>
        <translation>查阅异议</translation>
    </message>
    <message>
        <source>propose list entries</source>
        <translation>提请列入名单</translation>
    </message>
    <message>
        <source>approve or revoke list entries</source>
        <translation>批准或撤销名单记录</translation>
    </message>
    <message>
        <source>read the red and black lists</source>
        <translation>查阅红名单和黑名单</translation>
    </message>
    <message>
        <source>take in repair applications</source>
        <translation>受理信用修复申请</translation>
    </message>
    <message>
        <source>decide repair applications</source>
        <translation>对信用修复申请作出决定</translation>
    </message>
    <message>
        <source>record credit commitments</source>
        <translation>登记信用承诺</translation>
    </message>
    <message>
        <source>take in confidential reports</source>
        <translation>受理举报</translation>
    </message>
    <message>
        <source>read confidential reports</source>
        <translation>查阅举报</translation>
    </message>
    <message>
        <source>see who made a confidential report</source>
        <translation>查看举报人身份信息</translation>
    </message>
    <message>
        <source>read the departments&apos; figures</source>
        <translation>查阅各部门督查数据</translation>
    </message>
    <message>
        <source>issue the notification</source>
        <translation>印发通报</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>An AES-256 key must be 32 bytes, not %1.</source>
        <translation>AES-256 密钥必须为 32 字节，而不是 %1 字节。</translation>
    </message>
    <message>
        <source>The data to encrypt is too large.</source>
        <translation>待加密的数据过大。</translation>
    </message>
    <message>
        <source>The cryptographic library could not encrypt with AES-256-GCM (%1).</source>
        <translation>加密库无法使用 AES-256-GCM 进行加密（%1）。</translation>
    </message>
    <message>
        <source>The cryptographic library does not provide AES-256-GCM (%1).</source>
        <translation>加密库不支持 AES-256-GCM（%1）。</translation>
    </message>
</context>
<context>
    <name>Args</name>
    <message>
        <source>%1
Usage: creditdesk-cli %2</source>
        <translation>%1
用法：creditdesk-cli %2</translation>
    </message>
    <message>
        <source>Passwords are never given as arguments: use CREDITDESK_PASSWORD or the prompt.</source>
        <translation>密码不得作为命令参数提供：请使用 CREDITDESK_PASSWORD 或按提示输入。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要指定值。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--%1: give a whole number of at least 0.</source>
        <translation>--%1：请输入不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Sign in with --user NAME.
Usage: creditdesk-cli %1</source>
        <translation>请使用 --user NAME 登录。
用法：creditdesk-cli %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry must be written inside the change it records.</source>
        <translation>审计记录须在其所记录的更改中一并写入。</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next one is %2)</source>
        <translation>第 %1 条审计记录缺失（其后一条为第 %2 条）</translation>
    </message>
    <message>
        <source>audit entry %1 was altered (its hash does not match its contents and the entry before it)</source>
        <translation>第 %1 条审计记录已被篡改（其哈希值与该条内容及前一条记录不符）</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 已存在，未覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (is the disk full or the folder read-only?).</source>
        <translation>无法将 %1 复制到 %2（请检查磁盘是否已满或文件夹是否为只读）。</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 does not verify: %2</source>
        <translation>备份 %1 未通过校验：%2</translation>
    </message>
    <message>
        <source>The backup was cancelled; no copy was kept.</source>
        <translation>备份已取消，未保留任何副本。</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2</source>
        <translation>%1 未能复制到 %2</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>registering %1 subjects</source>
        <translation>正在登记 %1 个主体</translation>
    </message>
    <message>
        <source>adding %1 credit records</source>
        <translation>正在录入 %1 条信用信息</translation>
    </message>
    <message>
        <source>drafting %1 cases with %2 measure tasks</source>
        <translation>正在起草 %1 件案件（含 %2 项措施任务）</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>scale: 1 (a tenth of a city) to 20.</source>
        <translation>scale：取值须为 1（约相当于一个城市的十分之一）至 20。</translation>
    </message>
    <message>
        <source>No temporary folder to build the benchmark database in.</source>
        <translation>没有可用于建立基准测试数据库的临时文件夹。</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>the line is not UTF-8 text; save the file as UTF-8.</source>
        <translation>该行不是 UTF-8 文本，请将文件另存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>%1: the file declares no year; it needs a line such as &apos;year 2027&apos; before its holidays.</source>
        <translation>%1：文件未声明年份；节假日之前须有“year 2027”这样的年份行。</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>unknown keyword &apos;%1&apos;; a line starts with year, holiday or workday.</source>
        <translation>未知关键字“%1”；每行应以 year、holiday 或 workday 开头。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year; write four digits, as in &apos;year 2027&apos;.</source>
        <translation>“%1”不是年份；请填写四位数字，如“year 2027”。</translation>
    </message>
    <message>
        <source>year %1 is already declared on line %2.</source>
        <translation>年份 %1 已在第 %2 行声明。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes before any year line; the file must declare the year first, as in &apos;year 2027&apos;.</source>
        <translation>“%1”出现在年份行之前；文件须先声明年份，如“year 2027”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a date or a range such as 2019-10-01..2019-10-07.</source>
        <translation>“%1”之后须填写日期或日期范围，如 2019-10-01..2019-10-07。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write dates as YYYY-MM-DD and ranges as 2019-10-01..2019-10-07.</source>
        <translation>“%1”不是日期；日期请写作 YYYY-MM-DD，日期范围请写作 2019-10-01..2019-10-07。</translation>
    </message>
    <message>
        <source>the range ends on %1, before it starts on %2.</source>
        <translation>日期范围的结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>%1 is already listed on line %2.</source>
        <translation>%1 已在第 %2 行列出。</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a make-up working day (see line %2).</source>
        <translation>%1 既是节假日又是调休上班日（见第 %2 行）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) with problems.</source>
        <translation>
            <numerusform>%1：另有 %n 行存在问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>built into CreditDesk</source>
        <translation>CreditDesk 内置</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>A day&apos;s name may have at most 40 characters.</source>
        <translation>日期名称最多 40 个字符。</translation>
    </message>
    <message>
        <source>%1 is already listed in the arrangement for %2; remove it there first.</source>
        <translation>%1 已列入 %2 年的节假日安排，请先从中删除。</translation>
    </message>
    <message>
        <source>%1 is not listed in the arrangement for %2.</source>
        <translation>%1 未列入 %2 年的节假日安排。</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>该日期</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The working-day calendar stored in the database is inconsistent: %1</source>
        <translation>数据库中存储的工作日历不一致：%1</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Not permitted: a %1 may not %2.</source>
        <translation>无权操作：%1不得%2。</translation>
    </message>
    <message>
        <source>Case %1 is %2; only a draft is decided.</source>
        <translation>案件 %1 的状态为“%2”；只有草稿才能审批。</translation>
    </message>
    <message>
        <source>Case %1 is %2; only a case not yet pushed can be withdrawn.</source>
        <translation>案件 %1 的状态为“%2”；只有尚未推送的案件可以撤回。</translation>
    </message>
    <message>
        <source>Not permitted: only %1, who drafted case %2, may withdraw it.</source>
        <translation>无权操作：案件 %2 只能由其起草人 %1 撤回。</translation>
    </message>
    <message>
        <source>Case %1 is %2; only an approved case can be pushed.</source>
        <translation>案件 %1 的状态为“%2”；只有已批准的案件可以推送。</translation>
    </message>
    <message>
        <source>Select a measure task first.</source>
        <translation>请先选择一项措施任务。</translation>
    </message>
    <message>
        <source>The department acknowledged this task on %1.</source>
        <translation>该部门已于 %1 签收此任务。</translation>
    </message>
    <message>
        <source>This task was answered &quot;%1&quot; on %2; an answer is never overwritten.</source>
        <translation>此任务已于 %2 反馈为“%1”，已有的反馈不会被覆盖。</translation>
    </message>
    <message>
        <source>Not permitted: you drafted case %1; another reviewer must decide on it.</source>
        <translation>无权操作：案件 %1 由您起草，须由其他审核人作出决定。</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Case %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>案件 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <source>memorandum: there is no active memorandum %1.</source>
        <translation>合作备忘录：不存在处于启用状态的合作备忘录 %1。</translation>
    </message>
    <message>
        <source>initiating department: unknown department.</source>
        <translation>发起单位：该部门不存在。</translation>
    </message>
    <message>
        <source>basis: a case rests on a credit record or a list entry.</source>
        <translation>依据：案件须以一条信用信息或名单记录为依据。</translation>
    </message>
    <message>
        <source>basis: there is no credit record %1.</source>
        <translation>依据：信用信息 %1 不存在。</translation>
    </message>
    <message>
        <source>basis: credit record %1 belongs to another subject.</source>
        <translation>依据：信用信息 %1 属于其他主体。</translation>
    </message>
    <message>
        <source>basis: a sanction case needs a negative record; record %1 is positive.</source>
        <translation>依据：联合惩戒案件须以失信信息为依据；信用信息 %1 为守信信息。</translation>
    </message>
    <message>
        <source>basis: an incentive case needs a positive record; record %1 is negative.</source>
        <translation>依据：联合激励案件须以守信信息为依据；信用信息 %1 为失信信息。</translation>
    </message>
    <message>
        <source>basis: credit record %1 was withdrawn on %2.</source>
        <translation>依据：信用信息 %1 已于 %2 撤回。</translation>
    </message>
    <message>
        <source>measures: measure %1 is not part of memorandum &quot;%2&quot;.</source>
        <translation>措施：措施 %1 不属于合作备忘录“%2”。</translation>
    </message>
    <message>
        <source>measures: &quot;%1&quot; is mandatory; leaving it out needs a written reason.</source>
        <translation>措施：“%1”为强制性措施，不予选用须书面说明理由。</translation>
    </message>
    <message>
        <source>not selected (recommended measure)</source>
        <translation>未选用（推荐性措施）</translation>
    </message>
    <message>
        <source>measures: select at least one measure.</source>
        <translation>措施：请至少选择一项措施。</translation>
    </message>
    <message>
        <source>term: the end %1 lies before the start %2.</source>
        <translation>期限：截止日期 %1 早于起始日期 %2。</translation>
    </message>
    <message>
        <source>co-subjects: subject %1 is not a person linked to this organisation for a serious record.</source>
        <translation>关联责任人：主体 %1 不是因严重失信信息与该组织关联的自然人。</translation>
    </message>
    <message>
        <source>reason: a rejection needs a written reason.</source>
        <translation>理由：驳回须书面说明理由。</translation>
    </message>
    <message>
        <source>push date: it must be a date not in the future.</source>
        <translation>推送日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>Measure &quot;%1&quot; has no implementing department; an administrator must set one before the case can be pushed.</source>
        <translation>措施“%1”未设置实施单位；须由管理员设置后方可推送该案件。</translation>
    </message>
    <message>
        <source>There is no measure task %1.</source>
        <translation>措施任务 %1 不存在。</translation>
    </message>
    <message>
        <source>date: an acknowledgement lies between the push (%1) and today.</source>
        <translation>日期：签收日期应在推送日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>Task %1 was changed meanwhile; try again.</source>
        <translation>任务 %1 在此期间已被修改，请重试。</translation>
    </message>
    <message>
        <source>response: applied, not_applicable or refused.</source>
        <translation>反馈结果：应为 applied、not_applicable 或 refused。</translation>
    </message>
    <message>
        <source>reference: an applied measure needs its reference (文号).</source>
        <translation>文号：已执行的措施须填写其文号。</translation>
    </message>
    <message>
        <source>reason: &quot;%1&quot; needs a reason.</source>
        <translation>理由：反馈结果“%1”须说明理由。</translation>
    </message>
    <message>
        <source>date: feedback lies between the push (%1) and today.</source>
        <translation>日期：反馈日期应在推送日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>Task %1 was already answered &quot;%2&quot; on %3; the answer is not overwritten.</source>
        <translation>任务 %1 已于 %3 反馈为“%2”，原反馈不予覆盖。</translation>
    </message>
    <message>
        <source>basis: there is no list entry %1.</source>
        <translation>依据：名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>basis: list entry %1 belongs to another subject.</source>
        <translation>依据：名单记录 %1 属于其他主体。</translation>
    </message>
    <message>
        <source>basis: a sanction case needs a black-list entry; %1 is on the red list.</source>
        <translation>依据：联合惩戒案件须以黑名单记录为依据；%1 为红名单记录。</translation>
    </message>
    <message>
        <source>basis: an incentive case needs a red-list entry; %1 is on the black list.</source>
        <translation>依据：联合激励案件须以红名单记录为依据；%1 为黑名单记录。</translation>
    </message>
    <message>
        <source>basis: list entry %1 is not approved yet.</source>
        <translation>依据：名单记录 %1 尚未批准。</translation>
    </message>
    <message>
        <source>basis: list entry %1 is off its list (%2 on %3).</source>
        <translation>依据：名单记录 %1 已移出名单（%3 %2）。</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>joint incentive</source>
        <translation>联合激励</translation>
    </message>
    <message>
        <source>joint sanction</source>
        <translation>联合惩戒</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝执行</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未反馈</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The code &quot;%1&quot; is not valid: use 1 to 32 letters A-Z, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>代码“%1”无效：请使用 1 至 32 个字母 A-Z、数字、&apos;-&apos; 或 &apos;_&apos;，并以字母开头。</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The basis may have at most %1 characters.</source>
        <translation>依据最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The default term must be from 1 to %1 months.</source>
        <translation>默认期限须为 1 至 %1 个月。</translation>
    </message>
    <message>
        <source>There is no memorandum with the id %1.</source>
        <translation>不存在编号为 %1 的合作备忘录。</translation>
    </message>
    <message>
        <source>The memorandum %1 is no longer in use; a new case cannot rest on it.</source>
        <translation>合作备忘录 %1 已停用，新案件不能以其为依据。</translation>
    </message>
    <message>
        <source>A memorandum with the code %1 already exists.</source>
        <translation>代码为 %1 的合作备忘录已存在。</translation>
    </message>
    <message>
        <source>The code of the memorandum %1 cannot be changed; cases refer to it.</source>
        <translation>合作备忘录 %1 已被案件引用，其代码不能更改。</translation>
    </message>
    <message>
        <source>The memorandum %1 has measures, so it stays a %2 memorandum.</source>
        <translation>合作备忘录 %1 下已有措施，因此仍为%2类合作备忘录。</translation>
    </message>
    <message>
        <source>The memorandum %1 is already active.</source>
        <translation>合作备忘录 %1 已处于启用状态。</translation>
    </message>
    <message>
        <source>The memorandum %1 is already inactive.</source>
        <translation>合作备忘录 %1 已处于停用状态。</translation>
    </message>
    <message>
        <source>There is no department with the id %1.</source>
        <translation>不存在编号为 %1 的部门。</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot implement a measure.</source>
        <translation>%1 已停用，不能作为措施的实施单位。</translation>
    </message>
    <message>
        <source>A measure needs at least one implementing department: without one, no task could be pushed.</source>
        <translation>每项措施至少须有一个实施单位，否则无法推送任务。</translation>
    </message>
    <message>
        <source>A measure with the code %1 already exists.</source>
        <translation>代码为 %1 的措施已存在。</translation>
    </message>
    <message>
        <source>There is no measure with the id %1.</source>
        <translation>不存在编号为 %1 的措施。</translation>
    </message>
    <message>
        <source>The code of the measure %1 cannot be changed; cases refer to it.</source>
        <translation>措施 %1 已被案件引用，其代码不能更改。</translation>
    </message>
    <message>
        <source>The measure %1 cannot move to another memorandum; add a new measure there instead.</source>
        <translation>措施 %1 不能移至其他合作备忘录；请在目标合作备忘录下新增措施。</translation>
    </message>
    <message>
        <source>The measure %1 is already active.</source>
        <translation>措施 %1 已处于启用状态。</translation>
    </message>
    <message>
        <source>The measure %1 is already inactive.</source>
        <translation>措施 %1 已处于停用状态。</translation>
    </message>
    <message>
        <source>%1 is the last active measure of the memorandum %2; deactivate the memorandum instead.</source>
        <translation>%1 是合作备忘录 %2 中最后一项启用的措施；请改为停用该合作备忘录。</translation>
    </message>
    <message>
        <source>A rule set in force from %1 already exists.</source>
        <translation>已存在自 %1 起施行的规则版本。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>%1: a chart is saved as .png or .svg.</source>
        <translation>%1：图表只能保存为 .png 或 .svg 格式。</translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>record: %1 %2 of %3, decided %4%5</source>
        <translation>信用信息：%1 %2（%3），决定日期 %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> （%1）</translation>
    </message>
    <message>
        <source>memorandum: %1 (%2)</source>
        <translation>合作备忘录：%1（%2）</translation>
    </message>
    <message>
        <source>measure: %1, %2, implemented by %3</source>
        <translation>措施：%1，%2，实施单位为%3</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>强制性</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐性</translation>
    </message>
    <message>
        <source>legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>case %1, term %2 to %3</source>
        <translation>案件 %1，期限 %2 至 %3</translation>
    </message>
    <message numerus="yes">
        <source>not eligible: %n negative record(s) in the three years before %1</source>
        <translation>
            <numerusform>不符合条件：%1 之前三年内有 %n 条不良信用记录</numerusform>
        </translation>
    </message>
    <message>
        <source>not eligible: registered on %1, less than three years before %2</source>
        <translation>不符合条件：登记日期为 %1，距 %2 不满三年</translation>
    </message>
    <message>
        <source>eligible: no negative record from %1 to %2 (§2)</source>
        <translation>符合条件：%1 至 %2 期间无不良信用记录（实施方案第2条）</translation>
    </message>
    <message>
        <source>as-of date: give a date as YYYY-MM-DD.</source>
        <translation>查询日期：请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>objection %1: measures suspended from %2 while %3 verifies (due %4)</source>
        <translation>异议 %1：自 %2 起措施暂不执行，由%3核实（核实期限 %4）</translation>
    </message>
    <message>
        <source>objection %1: suspended from %2 to %3; the information was found wrong</source>
        <translation>异议 %1：%2 至 %3 期间暂不执行；相关信息经核实有误</translation>
    </message>
    <message>
        <source>objection %1: suspended from %2 to %3; the information was confirmed and the measures resumed</source>
        <translation>异议 %1：%2 至 %3 期间暂不执行；相关信息经核实无误，措施已恢复执行</translation>
    </message>
    <message>
        <source>list entry: %1 %2 (%3), determined by %4, listed from %5%6</source>
        <translation>名单记录：%1 %2（%3），认定单位为%4，自 %5 起列入%6</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>，至 %1 止</translation>
    </message>
    <message>
        <source>eligible: on the red list (%1, %2) since %3 (§2)</source>
        <translation>符合条件：自 %3 起列入红名单（%1，%2）（实施方案第2条）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Warning: no holiday arrangement has been imported for %1; those days were counted as plain Monday-to-Friday weeks.
</source>
        <translation>警告：尚未导入 %1 年的节假日安排，相关日期已按普通的周一至周五工作周计算。
</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026.
Usage: creditdesk-cli %1</source>
        <translation>--year 须为年份，如 2026。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>No holiday arrangement for %1 has been imported: deadlines in %1 count plain Monday-to-Friday weeks until an administrator imports the State Council&apos;s notice.
</source>
        <translation>尚未导入 %1 年的节假日安排：在管理员导入国务院办公厅节假日安排通知之前，%1 年内的期限按普通的周一至周五工作周计算。
</translation>
    </message>
    <message>
        <source>Holidays and make-up working days of %1 (source: %2):
</source>
        <translation>%1 年节假日及调休上班日（来源：%2）：
</translation>
    </message>
    <message>
        <source>day off      %1</source>
        <translation>放假      %1</translation>
    </message>
    <message>
        <source>working day  %1</source>
        <translation>调休上班  %1</translation>
    </message>
    <message>
        <source>Years with an arrangement: %1
</source>
        <translation>已有节假日安排的年份：%1
</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported the holiday arrangement of %1 from %2.
</source>
        <translation>已从 %2 导入 %1 年的节假日安排。
</translation>
    </message>
    <message>
        <source>It replaces the earlier arrangement of %1.
</source>
        <translation>该安排取代了此前 %1 年的安排。
</translation>
    </message>
    <message>
        <source>FROM must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>FROM 须为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>N must be a whole number of working days, not &quot;%1&quot;.</source>
        <translation>N 须为表示工作日天数的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Show the holidays and make-up working days of a year.</source>
        <translation>显示某一年度的节假日和调休上班日。</translation>
    </message>
    <message>
        <source>Lists the days off and the make-up working days (weekend days worked in exchange) that the State Council&apos;s notice for year Y (default: this year) settles, which may reach into the neighbouring December and January, and the years that have an arrangement. Deadlines count working days on this calendar; in a year without an arrangement they count plain Monday-to-Friday weeks.</source>
        <translation>列出国务院办公厅 Y 年度（默认为本年度）节假日安排通知所确定的放假日期和调休上班日（周末调作工作日），其范围可能延伸至相邻的 12 月和 1 月；同时列出已有节假日安排的年份。各项期限均按此日历计算工作日；没有节假日安排的年份按普通的周一至周五工作周计算。</translation>
    </message>
    <message>
        <source>Import a year&apos;s holiday arrangement (administrators only).</source>
        <translation>导入某一年度的节假日安排（仅限管理员）。</translation>
    </message>
    <message>
        <source>FILE is UTF-8 text in the calendar format: &apos;year 2027&apos;, then lines such as &apos;holiday 2027-10-01..2027-10-07 NAME&apos; (days off) and &apos;workday 2027-09-26 NAME&apos; (a weekend day worked in exchange); # starts a comment. Every year the file declares replaces the stored arrangement of that year; the others stay. Prints the years imported. A mistake stops the import with &quot;FILE line N: ...&quot; and exit code 6, and nothing is changed.</source>
        <translation>FILE 为日历格式的 UTF-8 文本：先写“year 2027”，其后各行形如“holiday 2027-10-01..2027-10-07 NAME”（放假日期）和“workday 2027-09-26 NAME”（周末调作工作日）；# 之后为注释。文件所声明的每个年份将取代数据库中该年份已有的安排，其他年份不变。导入后输出所导入的年份。发现错误时停止导入，提示“FILE 第 N 行：……”并以退出码 6 退出，不作任何更改。</translation>
    </message>
    <message>
        <source>Print the date N working days after FROM.</source>
        <translation>输出 FROM 之后第 N 个工作日的日期。</translation>
    </message>
    <message>
        <source>FROM is a date (YYYY-MM-DD), not counted itself; N may be negative to count backwards. This is how every deadline is worked out, so a clerk can check one against a paper calendar. Warns on standard error when the count passes through a year without an imported arrangement. Exit code 6 for a malformed FROM or N.</source>
        <translation>FROM 为日期（YYYY-MM-DD），其本身不计入；N 可为负数，表示向前倒数。所有期限均按此方法计算，经办人可据此与纸质日历核对。计算跨越未导入节假日安排的年份时，在标准错误输出中给出警告。FROM 或 N 格式错误时，退出码为 6。</translation>
    </message>
    <message>
        <source>Case %1 (id %2): %3, %4
</source>
        <translation>案件 %1（编号 %2）：%3，%4
</translation>
    </message>
    <message>
        <source>  subject %1 %2; memorandum %3
</source>
        <translation>  主体 %1 %2；合作备忘录 %3
</translation>
    </message>
    <message>
        <source>  term %1 to %2; drafted by %3%4
</source>
        <translation>  期限 %1 至 %2；起草人 %3%4
</translation>
    </message>
    <message>
        <source>, decided by %1</source>
        <translation>，审批人 %1</translation>
    </message>
    <message>
        <source> — left out: %1</source>
        <translation> — 未选用：%1</translation>
    </message>
    <message>
        <source>  co-subject %1 %2 (%3)
</source>
        <translation>  关联责任人 %1 %2（%3）
</translation>
    </message>
    <message>
        <source>  task %1: %2 → %3, due %4: %5
</source>
        <translation>  任务 %1：%2 → %3，反馈期限 %4：%5
</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>--record takes the number of the credit record the case rests on.
Usage: creditdesk-cli %1</source>
        <translation>--record 须为案件所依据的信用信息编号。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>--memorandum: there is no memorandum &quot;%1&quot;.</source>
        <translation>--memorandum：不存在合作备忘录“%1”。</translation>
    </message>
    <message>
        <source>--measures: %1 is not a measure of this memorandum.</source>
        <translation>--measures：%1 不是该合作备忘录中的措施。</translation>
    </message>
    <message>
        <source>Give exactly one of --ack, --applied, --not-applicable, --refused.
Usage: creditdesk-cli %1</source>
        <translation>请在 --ack、--applied、--not-applicable、--refused 中指定且仅指定一项。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>TASK: a task number.</source>
        <translation>TASK：应为任务编号。</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3): %4
</source>
        <translation>任务 %1（%2，%3）：%4
</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Draft a joint incentive or sanction case (case officers).</source>
        <translation>起草联合激励或联合惩戒案件（经办人）。</translation>
    </message>
    <message>
        <source>The memorandum proposes its measures with the mandatory ones selected; --measures CODE,CODE chooses others, --drop CODE=REASON leaves one out (a mandatory measure needs the reason). --co-subjects linked adds the persons linked to an organisation for a serious record (§11). The term defaults to the longest default duration of the measures, from today.</source>
        <translation>系统按合作备忘录列出其措施，并预先选中强制性措施；--measures CODE,CODE 可另行选择措施，--drop CODE=REASON 可不选用某项措施（不选用强制性措施须说明理由）。--co-subjects linked 将因严重失信信息与该组织关联的自然人一并列入（实施方案第11条）。期限默认自今天起算，取各项措施默认期限中的最长者。</translation>
    </message>
    <message>
        <source>Approve a draft (reviewers; never a case you drafted).</source>
        <translation>批准案件草稿（审核人；不得批准本人起草的案件）。</translation>
    </message>
    <message>
        <source>Reject a draft with a reason (reviewers).</source>
        <translation>驳回案件草稿并说明理由（审核人）。</translation>
    </message>
    <message>
        <source>Withdraw a case that was not pushed yet (case officers).</source>
        <translation>撤回尚未推送的案件（经办人）。</translation>
    </message>
    <message>
        <source>Push an approved case: one measure task per measure and implementing department.</source>
        <translation>推送已批准的案件：按每项措施、每个实施单位各生成一项措施任务。</translation>
    </message>
    <message>
        <source>Each task is due after the feedback period (a setting, in working days).</source>
        <translation>每项任务在反馈期限（按工作日计，可在设置中调整）届满时到期。</translation>
    </message>
    <message>
        <source>Record a department&apos;s acknowledgement or answer for a measure task.</source>
        <translation>登记部门对措施任务的签收或执行反馈。</translation>
    </message>
    <message>
        <source>--on DATE is the date of the acknowledgement or answer (default today); an answer is never overwritten.</source>
        <translation>--on DATE 为签收或反馈的日期（默认为今天）；已有的反馈不会被覆盖。</translation>
    </message>
    <message>
        <source>Show a case with its measures and tasks.</source>
        <translation>显示案件及其措施和任务。</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>强制性</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐性</translation>
    </message>
    <message>
        <source>Implemented by: %1</source>
        <translation>实施单位：%1</translation>
    </message>
    <message>
        <source>* mandatory: applied jointly by law and preselected in a new case.
</source>
        <translation>* 强制性措施：依法必须联合执行，新建案件时预先选中。
</translation>
    </message>
    <message>
        <source>published for at most %1 months</source>
        <translation>最长公示 %1 个月</translation>
    </message>
    <message>
        <source>need not be published (if published, at most %1 months)</source>
        <translation>可不予公示（如公示，最长 %1 个月）</translation>
    </message>
    <message>
        <source>repairable once the obligations are met</source>
        <translation>履行相关义务后即可修复</translation>
    </message>
    <message>
        <source>repair may be applied for after %1 months</source>
        <translation>公示满 %1 个月后可申请信用修复</translation>
    </message>
    <message>
        <source>specific serious: published %1 months and not repairable</source>
        <translation>特定严重失信：公示 %1 个月，不予修复</translation>
    </message>
    <message>
        <source>In force from %1: %2
</source>
        <translation>自 %1 起施行：%2
</translation>
    </message>
    <message>
        <source>A record follows the rule set in force on its decision date; periods run from that date.
</source>
        <translation>信用信息适用其决定日期当日施行的规则版本；各项期限自该日期起算。
</translation>
    </message>
    <message>
        <source>List the memoranda with their measures and implementing departments.</source>
        <translation>列出各合作备忘录及其措施和实施单位。</translation>
    </message>
    <message>
        <source>Each memorandum of cooperation is followed by its measures: code, title, mandatory (*) or recommended, the plan&apos;s item and the departments that implement it. Mandatory measures are preselected when a case is drafted. --all includes inactive memoranda and measures. Every role may read the catalogue.</source>
        <translation>每个合作备忘录之后列出其措施：代码、名称、强制性（*）或推荐性、所依据的实施方案条目以及实施单位。起草案件时预先选中强制性措施。--all 同时列出已停用的合作备忘录和措施。所有角色均可查阅措施清单。</translation>
    </message>
    <message>
        <source>List the departments.</source>
        <translation>列出部门。</translation>
    </message>
    <message>
        <source>Code, full name, short name and kind (office, government, judicial or association) of every active department; --all includes inactive ones. Wherever a department is asked for, its code, full name or short name will do.</source>
        <translation>列出所有启用部门的代码、全称、简称和类型（office 信用办、government 政府部门、judicial 司法机关或 association 人民团体）；--all 同时列出已停用的部门。凡需指定部门之处，均可使用其代码、全称或简称。</translation>
    </message>
    <message>
        <source>List the publicity and repair rule sets.</source>
        <translation>列出公示与信用修复规则版本。</translation>
    </message>
    <message>
        <source>For each rule set, the date from which it is in force, its source and, per severity (minor, general, serious), whether records are published, the months after which repair may be applied for and after which publication ends, and the rule for specific serious records. A record follows the rule set in force on its decision date.</source>
        <translation>对每个规则版本，列出其施行日期、来源文件，并按严重程度（轻微、一般、严重）列出：信用信息是否公示、公示满多少个月后可申请信用修复、满多少个月后终止公示，以及特定严重失信信息的规则。信用信息适用其决定日期当日施行的规则版本。</translation>
    </message>
    <message>
        <source>No subject matches &quot;%1&quot;.
</source>
        <translation>没有与“%1”匹配的主体。
</translation>
    </message>
    <message>
        <source>%1 %2 (%3) — credit check as of %4
</source>
        <translation>%1 %2（%3）— 截至 %4 的信用核查
</translation>
    </message>
    <message>
        <source>  green channel: %1
</source>
        <translation>  绿色通道：%1
</translation>
    </message>
    <message>
        <source>  no joint measures
</source>
        <translation>  无联合奖惩措施
</translation>
    </message>
    <message>
        <source>Credit check (应查必查): what applies to a subject on a date, and why.</source>
        <translation>信用核查（应查必查）：某一日期对主体适用哪些措施及其原因。</translation>
    </message>
    <message>
        <source>QUERY is a code (exact or prefix) or a name substring; at most N subjects (default 20, --limit 0 for all). Each measure has a status — in_force, suspended, pending, expired, lifted_by_repair, revoked — and its reasons (record → list entry → memorandum → measure → legal basis).</source>
        <translation>QUERY 为代码（完整代码或前缀）或名称的一部分；最多显示 N 个主体（默认 20 个，--limit 0 表示全部）。每项措施均显示其状态（in_force 执行中、suspended 暂不执行、pending 待执行、expired 已到期、lifted_by_repair 因信用修复解除、revoked 已撤销）及依据链（信用信息 → 名单记录 → 合作备忘录 → 措施 → 法律依据）。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码： </translation>
    </message>
    <message>
        <source>No password: set CREDITDESK_PASSWORD or run the command in a terminal.</source>
        <translation>未提供密码：请设置 CREDITDESK_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>No new password: set CREDITDESK_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>未提供新密码：请设置 CREDITDESK_NEW_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码： </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>Created %1 with its key file %2.
</source>
        <translation>已创建 %1 及其密钥文件 %2。
</translation>
    </message>
    <message>
        <source>%1 is the administrator.

</source>
        <translation>%1 为管理员。

</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and keep it in the office safe):
</source>
        <translation>恢复密钥（仅此一次显示，请打印并存放于办公室保险柜）：
</translation>
    </message>
    <message>
        <source>Keep the key file with the database and in every backup: without it the database cannot be opened.
</source>
        <translation>请将密钥文件与数据库一同保存，并包含在每一份备份中：缺少密钥文件将无法打开数据库。
</translation>
    </message>
    <message>
        <source>%1 is whole: every page authenticates (SQLCipher %2), the structure and references check out, and the audit trail of %3 entries is unbroken up to the key file&apos;s record.
</source>
        <translation>%1 完整无损：所有页面均通过认证（SQLCipher %2），结构和引用关系检查无误，%3 条审计记录连续完整，直至密钥文件所记载的位置。
</translation>
    </message>
    <message>
        <source>%1 FAILED verification:
</source>
        <translation>%1 未通过校验：
</translation>
    </message>
    <message>
        <source>The database key of %1 was changed and %2 key slots were rewrapped. Copies of the old key file no longer open it.
</source>
        <translation>%1 的数据库密钥已更换，已重新封装 %2 个密钥槽。旧密钥文件的副本已无法打开该数据库。
</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (with its key file %3).
</source>
        <translation>已将 %1 备份至 %2（含密钥文件 %3）。
</translation>
    </message>
    <message>
        <source>Restored %1 to %2; it verified before it was put in place.
</source>
        <translation>已将 %1 恢复至 %2；恢复前已通过校验。
</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--since：“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--limit: give a whole number of at least 0.</source>
        <translation>--limit：请输入不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Create a new encrypted database; NAME becomes its administrator.</source>
        <translation>新建加密数据库；NAME 为其管理员。</translation>
    </message>
    <message>
        <source>Creates DB and its key file DB.keys and prints a recovery key once. Refuses to overwrite any existing file.</source>
        <translation>创建 DB 及其密钥文件 DB.keys，并一次性显示恢复密钥。不会覆盖任何已有文件。</translation>
    </message>
    <message>
        <source>Check every page, the structure and the audit trail.</source>
        <translation>检查所有页面、数据库结构和审计记录。</translation>
    </message>
    <message>
        <source>Checkpoints the write-ahead log, runs SQLCipher&apos;s page authentication check, SQLite&apos;s integrity and foreign-key checks and walks the audit chain up to the authenticated end recorded in the key file. Exit 4 names the first bad page or audit entry.</source>
        <translation>执行预写日志（WAL）检查点，运行 SQLCipher 页面认证检查以及 SQLite 完整性检查和外键检查，并沿审计链核对至密钥文件所记载的已认证末端。退出码为 4 时，指出第一个出错的页面或审计记录。</translation>
    </message>
    <message>
        <source>Change the database key (after a person leaves).</source>
        <translation>更换数据库密钥（人员离岗后使用）。</translation>
    </message>
    <message>
        <source>Re-encrypts the database under a new random key and rewraps every remaining key slot, so a copy of the old key file opens nothing. Administrators only.</source>
        <translation>使用新的随机密钥重新加密数据库，并重新封装其余所有密钥槽，使旧密钥文件的副本无法打开数据库。仅限管理员。</translation>
    </message>
    <message>
        <source>Make an online, consistent, encrypted backup with its key file.</source>
        <translation>在线生成一致的加密备份及其密钥文件。</translation>
    </message>
    <message>
        <source>Copies the database at one consistent moment while others keep working, encrypted under the same key, and writes OUT.keys beside it. Administrators only.</source>
        <translation>在其他人员继续工作的同时，按同一时点复制数据库，使用相同密钥加密，并在其旁写入 OUT.keys。仅限管理员。</translation>
    </message>
    <message>
        <source>Verify a backup and put it in place.</source>
        <translation>校验备份并将其恢复到位。</translation>
    </message>
    <message>
        <source>Verifies BACKUP as NAME (an administrator in the backup) and copies it to DB. An existing DB is only replaced with --replace and is then kept beside it as DB.replaced-TIME.</source>
        <translation>以 NAME（备份中的管理员）身份校验 BACKUP，并将其复制为 DB。已有的 DB 仅在指定 --replace 时才会被替换，原文件保留在同一位置，名为 DB.replaced-TIME。</translation>
    </message>
    <message>
        <source>List the audit trail.</source>
        <translation>列出审计记录。</translation>
    </message>
    <message>
        <source>Lists who did what and when, oldest first. Administrators and supervisors.</source>
        <translation>按时间先后列出何人于何时进行了何种操作。限管理员和分管领导使用。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 须为整数。</translation>
    </message>
    <message>
        <source>Filled %1 with demo data: %2.
</source>
        <translation>已向 %1 填入演示数据：%2。
</translation>
    </message>
    <message>
        <source>Demo users (password for each: %1):
</source>
        <translation>演示用户（密码均为 %1）：
</translation>
    </message>
    <message>
        <source>Fill a database with a demo office (administrators only).</source>
        <translation>向数据库填入一个演示用信用办的数据（仅限管理员）。</translation>
    </message>
    <message>
        <source>Adds the demo users officer, reviewer and supervisor and prints their password. The same seed gives the same data.</source>
        <translation>添加演示用户 officer、reviewer 和 supervisor，并显示其密码。相同的种子（seed）生成相同的数据。</translation>
    </message>
    <message>
        <source>--%1: there is no subject with the code %2.</source>
        <translation>--%1：不存在代码为 %2 的主体。</translation>
    </message>
    <message>
        <source>--%1: there is no department &quot;%2&quot;.</source>
        <translation>--%1：不存在部门“%2”。</translation>
    </message>
    <message>
        <source>Record %1: %2, %3%4
</source>
        <translation>信用信息 %1：%2，%3%4
</translation>
    </message>
    <message>
        <source>  decision %1 of %2, %3
</source>
        <translation>  决定文书号 %1（%2），%3
</translation>
    </message>
    <message>
        <source>  publication due %1: %2
</source>
        <translation>  公示期限 %1：%2
</translation>
    </message>
    <message>
        <source>--polarity is negative or positive.
Usage: creditdesk-cli %1</source>
        <translation>--polarity 须为 negative 或 positive。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>--severity: minor, general or serious.</source>
        <translation>--severity：须为 minor、general 或 serious。</translation>
    </message>
    <message>
        <source>No credit records.
</source>
        <translation>无信用信息。
</translation>
    </message>
    <message>
        <source>ID: a record number.</source>
        <translation>ID：应为信用信息编号。</translation>
    </message>
    <message>
        <source>Add a credit record (case officers).</source>
        <translation>录入信用信息（经办人）。</translation>
    </message>
    <message>
        <source>Options: --severity minor|general|serious (negative records), --specific-serious, --legal-basis, --content, --published DATE. A record is identified by its department and decision number: the same one twice is refused (exit 6).</source>
        <translation>选项：--severity minor|general|serious（失信信息）、--specific-serious、--legal-basis、--content、--published DATE。信用信息以信息提供单位和决定文书号识别：同一条信息重复录入将被拒绝（退出码 6）。</translation>
    </message>
    <message>
        <source>List a subject&apos;s credit records with their publication status.</source>
        <translation>列出主体的信用信息及其公示状态。</translation>
    </message>
    <message>
        <source>Shows for each record its §13 publication deadline (7 working days) and whether it was met, and the publicity window of the rule set in force at its decision.</source>
        <translation>显示每条信用信息按实施方案第13条规定的公示期限（7 个工作日）及是否按期公示，以及其决定日期施行的规则版本所规定的公示期间。</translation>
    </message>
    <message>
        <source>Record the date a record was published.</source>
        <translation>登记信用信息的公示日期。</translation>
    </message>
    <message>
        <source>%1
Usage: creditdesk-cli %2</source>
        <translation>%1
用法：creditdesk-cli %2</translation>
    </message>
    <message>
        <source>--kind must be legal_person, unincorporated, individual_business or natural_person.</source>
        <translation>--kind 须为 legal_person、unincorporated、individual_business 或 natural_person。</translation>
    </message>
    <message>
        <source>--role must be legal_representative, principal, directly_responsible, director or shareholder.</source>
        <translation>--role 须为 legal_representative、principal、directly_responsible、director 或 shareholder。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>No subject has the code %1. Search by name with: creditdesk-cli subject find</source>
        <translation>不存在代码为 %1 的主体。按名称查找请使用：creditdesk-cli subject find</translation>
    </message>
    <message>
        <source>  %1 to %2</source>
        <translation>  %1 至 %2</translation>
    </message>
    <message>
        <source>  until %1</source>
        <translation>  至 %1</translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation>  自 %1 起</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>links</source>
        <translation>关联关系</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2的%1（%3）</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>Registered subject %1.
</source>
        <translation>已登记主体 %1。
</translation>
    </message>
    <message>
        <source>--limit: give a whole number of at least 0 (0: all).</source>
        <translation>--limit：请输入不小于 0 的整数（0 表示全部）。</translation>
    </message>
    <message>
        <source>  (formerly %1)</source>
        <translation>  （曾用名：%1）</translation>
    </message>
    <message>
        <source>No subject matches.
</source>
        <translation>没有匹配的主体。
</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>必须指定 --name。</translation>
    </message>
    <message>
        <source>Subject %1 is now called %2; the former names stay searchable.
</source>
        <translation>主体 %1 已更名为 %2；曾用名仍可检索。
</translation>
    </message>
    <message>
        <source>The link as %1 was ended; it stays in the subject&apos;s history.
</source>
        <translation>以%1身份建立的关联关系已终止，仍保留在该主体的历史记录中。
</translation>
    </message>
    <message>
        <source>Linked %1 (%2) to %3 as %4.
</source>
        <translation>已将 %1（%2）以%4身份关联至 %3。
</translation>
    </message>
    <message>
        <source>Register a subject (officers and administrators).</source>
        <translation>登记主体（经办人、管理员）。</translation>
    </message>
    <message>
        <source>KIND is legal_person, unincorporated, individual_business or natural_person. CODE is the unified social credit code of an organisation or the citizen ID of a natural person; spaces and full-width characters are accepted, the check character is verified and the division is taken from the code. DATE is YYYY-MM-DD. Prints the new subject, citizen ID masked.</source>
        <translation>KIND 为 legal_person（法人）、unincorporated（非法人组织）、individual_business（个体工商户）或 natural_person（自然人）。CODE 为组织的统一社会信用代码或自然人的身份证号码；可含空格和全角字符，系统将核验校验码，并从代码中提取行政区划。DATE 格式为 YYYY-MM-DD。输出新登记的主体，身份证号码脱敏显示。</translation>
    </message>
    <message>
        <source>Show a subject with its former names and links.</source>
        <translation>显示主体及其曾用名和关联关系。</translation>
    </message>
    <message>
        <source>QUERY is the subject&apos;s code or its id. Citizen IDs are masked; --reveal shows the person&apos;s full ID to officers and reviewers and is recorded in the audit trail.</source>
        <translation>QUERY 为主体的代码或编号。身份证号码默认脱敏显示；--reveal 可向经办人和审核人显示完整身份证号码，该操作记入审计记录。</translation>
    </message>
    <message>
        <source>Search subjects by code or by part of a current or former name.</source>
        <translation>按代码或现用名、曾用名的一部分查找主体。</translation>
    </message>
    <message>
        <source>A QUERY of two or more Latin letters and digits only is a code or the start of one; anything else is part of a name, former names (曾用名) included. Subjects found by their current name come first. At most 20 results unless --limit says otherwise; --limit 0 lists all.</source>
        <translation>QUERY 若仅由两个及以上拉丁字母和数字组成，视为代码或代码开头；否则视为名称的一部分，曾用名也在查找范围内。按现用名找到的主体排在前面。除 --limit 另有指定外，最多显示 20 条结果；--limit 0 显示全部。</translation>
    </message>
    <message>
        <source>Give a subject a new name; the old one is kept as a former name.</source>
        <translation>为主体更名；原名称作为曾用名保留。</translation>
    </message>
    <message>
        <source>QUERY is the subject&apos;s code or its id. --until is the last day the old name was used (default: today).</source>
        <translation>QUERY 为主体的代码或编号。--until 为原名称使用的最后一天（默认为今天）。</translation>
    </message>
    <message>
        <source>Link a natural person to an organisation in a role.</source>
        <translation>将自然人以某种身份关联至组织。</translation>
    </message>
    <message>
        <source>ROLE is legal_representative, principal, directly_responsible, director or shareholder. ORG_CODE and PERSON_CODE are codes or subject ids.</source>
        <translation>ROLE 为 legal_representative（法定代表人）、principal（主要负责人）、directly_responsible（直接责任人员）、director（董事）或 shareholder（股东）。ORG_CODE 和 PERSON_CODE 为代码或主体编号。</translation>
    </message>
    <message>
        <source>End a person&apos;s role in an organisation.</source>
        <translation>终止自然人在组织中的身份关联。</translation>
    </message>
    <message>
        <source>The link is ended on --until (default: today) and stays in the history.</source>
        <translation>关联关系于 --until 指定的日期（默认为今天）终止，并保留在历史记录中。</translation>
    </message>
    <message>
        <source>--role must be officer, reviewer, supervisor or admin.
Usage: creditdesk-cli %1</source>
        <translation>--role 须为 officer、reviewer、supervisor 或 admin。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).
</source>
        <translation>已添加 %1（%2）。
</translation>
    </message>
    <message>
        <source>The password of %1 was reset.
</source>
        <translation>已重置 %1 的密码。
</translation>
    </message>
    <message>
        <source>Your password was changed.
</source>
        <translation>您的密码已修改。
</translation>
    </message>
    <message>
        <source>Disabled %1 and removed their key slot. Run rekey so that an old copy of the key file opens nothing.
</source>
        <translation>已停用 %1 并删除其密钥槽。请运行 rekey，使旧密钥文件的副本无法打开数据库。
</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>Add a user (administrators only).</source>
        <translation>添加用户（仅限管理员）。</translation>
    </message>
    <message>
        <source>ROLE is officer, reviewer, supervisor or admin. The new user&apos;s password comes from CREDITDESK_NEW_PASSWORD or is asked twice on the terminal.</source>
        <translation>ROLE 为 officer（经办人）、reviewer（审核人）、supervisor（分管领导）或 admin（管理员）。新用户的密码取自 CREDITDESK_NEW_PASSWORD，或在终端中输入两次。</translation>
    </message>
    <message>
        <source>Change your password, or (administrators) reset another user&apos;s.</source>
        <translation>修改本人密码，或（管理员）重置其他用户的密码。</translation>
    </message>
    <message>
        <source>Your current password comes from CREDITDESK_PASSWORD or the prompt, the new one from CREDITDESK_NEW_PASSWORD or the prompt. Only your key slot is rewrapped.</source>
        <translation>当前密码取自 CREDITDESK_PASSWORD 或按提示输入，新密码取自 CREDITDESK_NEW_PASSWORD 或按提示输入。仅重新封装本人的密钥槽。</translation>
    </message>
    <message>
        <source>Disable a user and remove their key slot.</source>
        <translation>停用用户并删除其密钥槽。</translation>
    </message>
    <message>
        <source>The user&apos;s audit entries stay. Run rekey afterwards.</source>
        <translation>该用户的审计记录予以保留。停用后请运行 rekey。</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>列出用户及其角色。</translation>
    </message>
    <message>
        <source>creditdesk-cli %1: the command line of CreditDesk, case management for joint credit incentives and sanctions.

</source>
        <translation>creditdesk-cli %1：CreditDesk 命令行工具，用于守信联合激励和失信联合惩戒案件管理。

</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli COMMAND [ARGUMENTS]   (creditdesk-cli help COMMAND for details)

</source>
        <translation>用法：creditdesk-cli COMMAND [ARGUMENTS]   （详细说明请运行 creditdesk-cli help COMMAND）

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>命令：
</translation>
    </message>
    <message>
        <source>The password comes from CREDITDESK_PASSWORD, else it is asked on the terminal without echo; it is never an argument. Read commands take --json.
</source>
        <translation>密码取自 CREDITDESK_PASSWORD，否则在终端中以不回显方式提示输入；密码不得作为命令参数。查询类命令支持 --json。
</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 operation failed, 2 usage, 3 sign-in failed, 4 integrity failure, 5 not permitted for your role, 6 invalid input.
</source>
        <translation>退出码：0 成功，1 操作失败，2 用法错误，3 登录失败，4 完整性校验失败，5 当前角色无权操作，6 输入无效。
</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli %1

%2
</source>
        <translation>用法：creditdesk-cli %1

%2
</translation>
    </message>
    <message>
        <source>creditdesk-cli: unknown command &quot;%1&quot;. Run creditdesk-cli --help for the list.
</source>
        <translation>creditdesk-cli：未知命令“%1”。运行 creditdesk-cli --help 查看命令列表。
</translation>
    </message>
    <message>
        <source>unexpected failure: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <source>No terminal to ask on: give the value through its environment variable.</source>
        <translation>没有可用于提示输入的终端：请通过相应的环境变量提供该值。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥： </translation>
    </message>
    <message>
        <source>%1 has a new password. Keep the recovery key in the safe; it still works.
</source>
        <translation>%1 已设置新密码。请将恢复密钥妥善保存在保险柜中，该密钥仍然有效。
</translation>
    </message>
    <message>
        <source>Give a user a new password with the recovery key printed at init.</source>
        <translation>使用初始化时输出的恢复密钥为用户设置新密码。</translation>
    </message>
    <message>
        <source>The recovery key comes from CREDITDESK_RECOVERY_KEY or is asked on the terminal; the new password from CREDITDESK_NEW_PASSWORD or the prompt. A wrong recovery key is exit 3 and changes nothing.</source>
        <translation>恢复密钥取自 CREDITDESK_RECOVERY_KEY 或在终端中提示输入；新密码取自 CREDITDESK_NEW_PASSWORD 或按提示输入。恢复密钥错误时以退出码 3 退出，不作任何更改。</translation>
    </message>
    <message>
        <source>  %1 %2 (%3) from %4: %5
</source>
        <translation>  %1 %2（%3）自 %4 起：%5
</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>在列</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Commitment %1 [%2] %3 %4: %5
</source>
        <translation>信用承诺 %1 [%2] %3 %4：%5
</translation>
    </message>
    <message>
        <source>  %1 granted %2 on %3; %4 due %5%6
</source>
        <translation>  %1于 %3 准予办理%2；应补交材料：%4，期限 %5%6
</translation>
    </message>
    <message>
        <source>, supplied %1</source>
        <translation>，已于 %1 补交</translation>
    </message>
    <message>
        <source>  breach confirmed as record %1
</source>
        <translation>  违诺已确认，已记为信用信息 %1
</translation>
    </message>
    <message>
        <source>  proposed: a negative record for the breach (commitment confirm)
</source>
        <translation>  建议：就违诺行为录入失信信息（commitment confirm）
</translation>
    </message>
    <message>
        <source>No commitments.
</source>
        <translation>无信用承诺。
</translation>
    </message>
    <message>
        <source>Record a written credit commitment (信用承诺) for a green-channel approval.</source>
        <translation>登记主体为通过绿色通道办理审批而作出的书面信用承诺。</translation>
    </message>
    <message>
        <source>Record that the missing material was supplied.</source>
        <translation>登记所缺材料已补交。</translation>
    </message>
    <message>
        <source>Supplied after the due date, the commitment stays broken.</source>
        <translation>逾期补交的，该信用承诺仍视为未履行。</translation>
    </message>
    <message>
        <source>Confirm a broken commitment: its negative record is made (case officers).</source>
        <translation>确认违诺：据此生成相应的失信信息（经办人）。</translation>
    </message>
    <message>
        <source>A subject&apos;s commitments, or the broken ones awaiting confirmation.</source>
        <translation>列出主体的信用承诺，或待确认的违诺信用承诺。</translation>
    </message>
    <message>
        <source>proposed, awaiting a reviewer</source>
        <translation>已提请，待审核</translation>
    </message>
    <message>
        <source>listed from %1</source>
        <translation>自 %1 起列入</translation>
    </message>
    <message>
        <source>%1 [%2] %3 (%4) %5: %6
</source>
        <translation>%1 [%2] %3（%4）%5：%6
</translation>
    </message>
    <message>
        <source>  %1, determined by %2; from %3 to %4
</source>
        <translation>  %1；认定单位：%2；列入期间：%3 至 %4
</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>  basis: %1
</source>
        <translation>  依据：%1
</translation>
    </message>
    <message>
        <source>  exit: %1
</source>
        <translation>  移出说明：%1
</translation>
    </message>
    <message>
        <source>--list: red or black.</source>
        <translation>--list：须为 red 或 black。</translation>
    </message>
    <message>
        <source>--months: a number of months above 0.</source>
        <translation>--months：须为大于 0 的月数。</translation>
    </message>
    <message>
        <source>--reason: an entry expires by itself at its planned exit; nothing to record.</source>
        <translation>--reason：名单记录到计划移出日期时自动期满移出，无需登记。</translation>
    </message>
    <message>
        <source>--reason: an exit by repair follows an approved repair application (repair decide).</source>
        <translation>--reason：修复移出随信用修复申请获批自动办理（repair decide）。</translation>
    </message>
    <message>
        <source>--limit: 0 (all) or more.</source>
        <translation>--limit：请输入不小于 0 的整数（0 表示全部）。</translation>
    </message>
    <message>
        <source>Name a subject or a list (--list red|black).</source>
        <translation>请指定主体或名单（--list red|black）。</translation>
    </message>
    <message>
        <source>No list entries.
</source>
        <translation>无名单记录。
</translation>
    </message>
    <message>
        <source>Propose a red or black list entry (case officers).</source>
        <translation>提请将主体列入红名单或黑名单（经办人）。</translation>
    </message>
    <message>
        <source>Options: --record ID (the credit record it rests on), --entry-date DATE (default today), --planned-exit DATE or --months N (the publicity period). The entry counts once a reviewer other than the proposer approves it (list approve).</source>
        <translation>选项：--record ID（所依据的信用信息）、--entry-date DATE（列入日期，默认为今天）、--planned-exit DATE 或 --months N（公示期限）。名单记录须经提请人以外的审核人批准（list approve）后方才生效。</translation>
    </message>
    <message>
        <source>Approve a proposed list entry (reviewers; never one&apos;s own).</source>
        <translation>批准提请列入名单的记录（审核人；不得批准本人提请的记录）。</translation>
    </message>
    <message>
        <source>Revoke a list entry found wrong (reviewers).</source>
        <translation>撤销经核实有误的名单记录（审核人）。</translation>
    </message>
    <message>
        <source>A subject&apos;s list entries, or who is on a list on a date.</source>
        <translation>列出主体的名单记录，或某一日期在某名单上的主体。</translation>
    </message>
    <message>
        <source>With a subject code: every entry of the subject with its state on the date. With --list: the entries listed on the date, newest first (default 50, --limit 0 all).</source>
        <translation>指定主体代码时：列出该主体的全部名单记录及其在该日期的状态。指定 --list 时：列出该日期在列的名单记录，最新的排在前面（默认 50 条，--limit 0 显示全部）。</translation>
    </message>
    <message>
        <source>Objection %1 [%2] on %3 %4 of %5: %6
</source>
        <translation>异议 %1 [%2]：针对%5的%3 %4（%6）
</translation>
    </message>
    <message>
        <source>  filed %1 by %2 (%3): %4
</source>
        <translation>  %1 由 %2 登记（%3）：%4
</translation>
    </message>
    <message>
        <source>raised by a department</source>
        <translation>部门提出</translation>
    </message>
    <message>
        <source>raised by the subject</source>
        <translation>主体提出</translation>
    </message>
    <message>
        <source>  not accepted: %1
</source>
        <translation>  不予受理：%1
</translation>
    </message>
    <message>
        <source>  accepted %1; %2 verifies by %3%4
</source>
        <translation>  %1 受理；由%2于 %3 前核实%4
</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>  measures suspended from %1%2
</source>
        <translation>  措施自 %1 起暂不执行%2
</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>，至 %1 止</translation>
    </message>
    <message>
        <source> until the decision</source>
        <translation>，直至作出决定</translation>
    </message>
    <message>
        <source>  decided %1 by %2: %3 (%4)
</source>
        <translation>  %1 由 %2 作出决定：%3（%4）
</translation>
    </message>
    <message>
        <source>information wrong, revoked</source>
        <translation>信息有误，已撤销</translation>
    </message>
    <message>
        <source>information wrong, corrected</source>
        <translation>信息有误，已更正</translation>
    </message>
    <message>
        <source>information right, measures resume</source>
        <translation>信息无误，措施恢复执行</translation>
    </message>
    <message>
        <source>Name exactly one of --record, --list-entry and --case.
Usage: creditdesk-cli %1</source>
        <translation>请在 --record、--list-entry、--case 中指定且仅指定一项。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>--information is wrong or right.
Usage: creditdesk-cli %1</source>
        <translation>--information 须为 wrong 或 right。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>Name an objection id or a subject code.</source>
        <translation>请指定异议编号或主体代码。</translation>
    </message>
    <message>
        <source>No objections.
</source>
        <translation>无异议记录。
</translation>
    </message>
    <message>
        <source>File an objection to a record, list entry or case (case officers).</source>
        <translation>登记对信用信息、名单记录或案件提出的异议（经办人）。</translation>
    </message>
    <message>
        <source>Filed for the subject, or with --department D when a department found the information wrong while enforcing it (§18). --on DATE: the filing date (default today).</source>
        <translation>默认由主体提出；部门在执行中发现信息有误的，使用 --department D 以该部门名义提出（实施方案第18条）。--on DATE：提出日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Accept an objection: verification is requested and the measures are suspended.</source>
        <translation>受理异议：提请核实，相关措施暂不执行。</translation>
    </message>
    <message>
        <source>The providing department verifies within the verification period (working days); from the acceptance date until the decision every measure resting on the disputed information is suspended and the departments concerned are told.</source>
        <translation>信息提供单位须在核实期限（工作日）内完成核实；自受理之日起至作出决定前，以异议信息为依据的各项措施均暂不执行，并通知相关部门。</translation>
    </message>
    <message>
        <source>Decide a verified objection (reviewers; not who filed or accepted it).</source>
        <translation>对已核实的异议作出决定（审核人；异议的登记人和受理人除外）。</translation>
    </message>
    <message>
        <source>wrong: the information is corrected (or with --revoke revoked), its publication withdrawn, the measures resting on it revoked and every department told sent a restoration notice. right: the measures resume. The suspension stays in the history.</source>
        <translation>wrong：更正该信息（指定 --revoke 时予以撤销），撤回其公示，撤销以其为依据的措施，并向此前已通知的各部门发送信用恢复通知。right：相关措施恢复执行。暂不执行的情况保留在历史记录中。</translation>
    </message>
    <message>
        <source>Show an objection, or a subject&apos;s objections.</source>
        <translation>显示某项异议，或某一主体的全部异议。</translation>
    </message>
    <message>
        <source>Repair %1 [%2] on %3 %4 of %5: %6
</source>
        <translation>信用修复申请 %1 [%2]：针对%5的%3 %4（%6）
</translation>
    </message>
    <message>
        <source>  taken in %1 by %2
</source>
        <translation>  %1 由 %2 受理
</translation>
    </message>
    <message>
        <source>: received %1</source>
        <translation>：已于 %1 收到</translation>
    </message>
    <message>
        <source>  materials complete %1; decision due %2%3
</source>
        <translation>  材料于 %1 齐全；应于 %2 前作出决定%3
</translation>
    </message>
    <message>
        <source>  decided %1 by %2: %3
</source>
        <translation>  %1 由 %2 作出决定：%3
</translation>
    </message>
    <message>
        <source>--item: application, fulfilment, commitment or training.</source>
        <translation>--item：须为 application、fulfilment、commitment 或 training。</translation>
    </message>
    <message>
        <source>Give one of --approve and --reject.
Usage: creditdesk-cli %1</source>
        <translation>请在 --approve 和 --reject 中指定且仅指定一项。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>Name a repair application id or a subject code.</source>
        <translation>请指定信用修复申请编号或主体代码。</translation>
    </message>
    <message>
        <source>No repair applications.
</source>
        <translation>无信用修复申请。
</translation>
    </message>
    <message>
        <source>Take in a credit repair application (case officers).</source>
        <translation>受理信用修复申请（经办人）。</translation>
    </message>
    <message>
        <source>Refused, with the rule named, when the minimum publicity period of the rule set in force at the decision date is not served, the record is &quot;specific serious&quot;, its publication already ended by itself, another application on it is open, or the subject is barred as a repeat applicant (setting repair_bar_years).</source>
        <translation>有下列情形之一的，不予受理并指明所依据的规则：未满决定日期当日施行的规则版本所规定的最短公示期；该信息属于“特定严重失信”；其公示已期满自动终止；针对同一信息已有尚在办理中的申请；或该主体因重复申请而处于限制期内（设置项 repair_bar_years）。</translation>
    </message>
    <message>
        <source>Tick off a material of the checklist as received.</source>
        <translation>在材料清单中登记某项材料已收到。</translation>
    </message>
    <message>
        <source>Items: application (the form), fulfilment (the conduct corrected, every obligation met), commitment (the public credit commitment), training (training or public service; persons only). The decision is due a number of working days after the last one arrives.</source>
        <translation>材料项：application（信用修复申请表）、fulfilment（已纠正失信行为并履行全部相关义务）、commitment（公开信用承诺书）、training（信用修复培训或公益服务，仅限自然人）。最后一项材料收到后，须在规定的工作日内作出决定。</translation>
    </message>
    <message>
        <source>Approve or reject a repair (reviewers; not who took it in).</source>
        <translation>批准或驳回信用修复申请（审核人；受理人本人除外）。</translation>
    </message>
    <message>
        <source>Approval needs every material; it ends the publication and the list membership and lifts the measures resting on them from the decision date. A rejection states why.</source>
        <translation>批准须以材料齐全为前提；批准后，自决定之日起终止公示、移出名单，并解除以其为依据的措施。驳回须说明理由。</translation>
    </message>
    <message>
        <source>Show a repair application, or a subject&apos;s applications.</source>
        <translation>显示某项信用修复申请，或某一主体的全部信用修复申请。</translation>
    </message>
    <message>
        <source>Confidential report %1 [%2] on %3, %4 %5
</source>
        <translation>举报 %1 [%2]：被举报对象 %3；举报方式：%4；收到日期：%5
</translation>
    </message>
    <message>
        <source>  %1
</source>
        <translation>  %1
</translation>
    </message>
    <message>
        <source>  closed %1: %2
</source>
        <translation>  %1 办结：%2
</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Reporter&apos;s name (kept confidential): </source>
        <translation>举报人姓名（予以保密）： </translation>
    </message>
    <message>
        <source>Reporter&apos;s contact (kept confidential): </source>
        <translation>举报人联系方式（予以保密）： </translation>
    </message>
    <message>
        <source>--channel: phone, letter, visit or online.</source>
        <translation>--channel：须为 phone、letter、visit 或 online。</translation>
    </message>
    <message>
        <source>  reporter (confidential): %1, %2
</source>
        <translation>  举报人（保密）：%1，%2
</translation>
    </message>
    <message>
        <source>No confidential reports.
</source>
        <translation>无举报记录。
</translation>
    </message>
    <message>
        <source>Take in a confidential report of serious dishonesty (case officers).</source>
        <translation>受理严重失信行为举报（经办人）。</translation>
    </message>
    <message>
        <source>The reporter&apos;s name and contact are never arguments: they are asked at the terminal without echo, or read as two lines from standard input with --reporter-stdin. They are kept apart from the report and appear in no list, search, export, log or audit entry.</source>
        <translation>举报人姓名和联系方式不得作为命令参数提供：在终端中以不回显方式提示输入，或指定 --reporter-stdin 从标准输入读取两行。上述信息与举报内容分开保存，不出现在任何列表、检索结果、导出文件、日志或审计记录中。</translation>
    </message>
    <message>
        <source>Show a confidential report; --reveal-reporter (reviewers) is audited.</source>
        <translation>显示举报详情；使用 --reveal-reporter 查看举报人信息（限审核人）的操作将记入审计记录。</translation>
    </message>
    <message>
        <source>The latest confidential reports, without their reporters.</source>
        <translation>列出最近的举报，不显示举报人信息。</translation>
    </message>
    <message>
        <source>Close a confidential report with what the verification found.</source>
        <translation>办结举报，并登记核查结果。</translation>
    </message>
    <message>
        <source>bench: %1
</source>
        <translation>bench：%1
</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>plain p50</source>
        <translation>明文 p50</translation>
    </message>
    <message>
        <source>plain p95</source>
        <translation>明文 p95</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>   (%1 rows/s; plain %2)</source>
        <translation>   （%1 行/秒；明文 %2 行/秒）</translation>
    </message>
    <message>
        <source>Measure what clerks wait for, encrypted against plain SQLite.</source>
        <translation>测量经办人员需要等待的操作耗时，对比加密数据库与明文 SQLite。</translation>
    </message>
    <message>
        <source>Builds an office in a temporary folder (scale 1: 30,000 subjects, 200,000 credit records, 10,000 cases, 100,000 measure tasks; scale 10: a whole city) and times each figure on the encrypted database and on a plaintext copy with the same engine, printing p50, p95 and the ratio encrypted / plain, and the peak memory. Nothing is asserted: machines differ.</source>
        <translation>在临时文件夹中构建一个信用办的数据（规模 1：30,000 个主体、200,000 条信用信息、10,000 件案件、100,000 项措施任务；规模 10：相当于一个城市），分别在加密数据库和使用同一引擎的明文副本上对各项指标计时，输出 p50、p95、加密与明文的耗时比值以及峰值内存。不设达标判定：不同机器的结果各不相同。</translation>
    </message>
    <message>
        <source>%1: a positive whole number, not &quot;%2&quot;.</source>
        <translation>%1：须为正整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>The subject must qualify for the green channel on the commitment date (--on, default today): on the red list, or registered for three years with no negative record in them (§2).</source>
        <translation>主体在承诺日期（--on，默认为今天）须符合绿色通道条件：已列入红名单，或登记满三年且三年内无不良信用记录（实施方案第2条）。</translation>
    </message>
    <message>
        <source>%1 exists already; the error report does not overwrite it.</source>
        <translation>%1 已存在，错误报告不会覆盖该文件。</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 already there, %4 subjects registered
</source>
        <translation>%1：读取 %2 行，其中 %3 条已存在，新登记主体 %4 个
</translation>
    </message>
    <message>
        <source>--strict: nothing was imported because rows were rejected.
</source>
        <translation>--strict：由于存在被拒绝的行，未导入任何数据。
</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4
</source>
        <translation>第 %1 行，%2“%3”：%4
</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows%2
</source>
        <translation>……另有 %1 行被拒绝%2
</translation>
    </message>
    <message>
        <source> (--errors FILE.xlsx lists them all)</source>
        <translation>（使用 --errors FILE.xlsx 可列出全部）</translation>
    </message>
    <message>
        <source>--set FIELD=HEADER, such as --set decisionNo=处罚文书编号.</source>
        <translation>--set 的格式为 FIELD=HEADER，如 --set decisionNo=处罚文书编号。</translation>
    </message>
    <message>
        <source>No header names of its own: the standard ones are used. Fields: %1
</source>
        <translation>该部门未设置自定义表头名称，使用标准表头。字段：%1
</translation>
    </message>
    <message>
        <source>--out FILE.xlsx: where to write the package.</source>
        <translation>--out FILE.xlsx：请指定推送包的保存位置。</translation>
    </message>
    <message>
        <source>Package %1 for %2: %3 tasks written to %4
</source>
        <translation>推送包 %1（%2）：已将 %3 项任务写入 %4
</translation>
    </message>
    <message>
        <source>%1 answers and %2 acknowledgements recorded, %3 already there, %4 rows not filled in, %5 rejected
</source>
        <translation>已登记 %1 条执行反馈和 %2 条签收，%3 条已存在，%4 行未填写，%5 行被拒绝
</translation>
    </message>
    <message>
        <source>--out FILE: .xlsx, .csv or .json.</source>
        <translation>--out FILE：须为 .xlsx、.csv 或 .json 文件。</translation>
    </message>
    <message>
        <source>Show or save a department&apos;s own header names for record imports.</source>
        <translation>显示或保存某部门导入信用信息时使用的自定义表头名称。</translation>
    </message>
    <message>
        <source>Used whenever that department&apos;s files are imported with --department. An empty HEADER removes the field&apos;s own name.</source>
        <translation>使用 --department 导入该部门的文件时，均采用这些表头名称。HEADER 为空时，删除该字段的自定义名称。</translation>
    </message>
    <message>
        <source>Write a department&apos;s new measure tasks as a workbook to send (信息推送).</source>
        <translation>将某部门新的措施任务生成工作簿，用于信息推送。</translation>
    </message>
    <message>
        <source>Each task goes out once; the package is recorded as sent. The feedback columns have drop-down lists. Persons&apos; citizen IDs are masked unless --with-citizen-ids (officers, reviewers; audited).</source>
        <translation>每项任务只推送一次；推送包生成后即登记为已推送。反馈各列设有下拉列表。自然人的身份证号码脱敏显示，指定 --with-citizen-ids 时除外（限经办人、审核人；该操作记入审计记录）。</translation>
    </message>
    <message>
        <source>Record the answers of a returned package (执行反馈).</source>
        <translation>登记回收的推送包中的执行反馈。</translation>
    </message>
    <message>
        <source>Rows are matched by 任务编号; unknown, duplicate and conflicting rows are rejected with their reason, an answer already recorded is never overwritten. Exit 0 when nothing was rejected, 6 when rows were.</source>
        <translation>按“任务编号”匹配各行；任务不存在、重复或相互冲突的行将被拒绝并注明原因，已登记的反馈不会被覆盖。没有被拒绝的行时退出码为 0，有被拒绝的行时为 6。</translation>
    </message>
    <message>
        <source>Export what the credit website publishes: the red and black lists and the penalties.</source>
        <translation>导出信用网站公示的内容：红名单、黑名单和行政处罚信息。</translation>
    </message>
    <message>
        <source>Public fields only: citizen IDs masked, withdrawn and repaired records and entries that left their list left out, penalties past their maximum publicity period left out, confidential reports never.</source>
        <translation>仅导出可公开的字段：身份证号码脱敏显示；已撤回或已修复的信用信息以及已移出名单的名单记录不予导出；已超过最长公示期限的行政处罚不予导出；举报信息一律不导出。</translation>
    </message>
    <message>
        <source>--reason: only a revocation is recorded by hand (--reason revocation).</source>
        <translation>--reason：只有撤销须手工登记（--reason revocation）。</translation>
    </message>
    <message>
        <source>An entry leaves its list by itself at its planned exit (expiry), after an approved repair (repair decide), or here by revocation with a written note; the measures resting on it end with it (expiry), are lifted (repair) or revoked (revocation).</source>
        <translation>名单记录在以下情形移出名单：到计划移出日期时自动期满移出（expiry）；信用修复申请获批后移出（repair decide）；或在此以撤销方式移出，并须附书面说明（revocation）。以其为依据的措施相应地随之终止（expiry）、予以解除（repair）或予以撤销（revocation）。</translation>
    </message>
    <message>
        <source>  %1 to %2 on %3
</source>
        <translation>  %3 向%2发送%1
</translation>
    </message>
    <message>
        <source>Name exactly one of --record and --list-entry.
Usage: creditdesk-cli %1</source>
        <translation>请在 --record 和 --list-entry 中指定且仅指定一项。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>--period is required (2026-10, 2026Q3, 2026 or 2026-01-01..2026-06-30).</source>
        <translation>必须指定 --period（如 2026-10、2026Q3、2026 或 2026-01-01..2026-06-30）。</translation>
    </message>
    <message>
        <source>Supervision figures for %1 (%2 to %3), as of %4

</source>
        <translation>%1（%2 至 %3）督查数据，统计截至 %4

</translation>
    </message>
    <message>
        <source>rank  received  ack  on time  late  overdue  on-time %  applied %  median days  published %  verified %  department
</source>
        <translation>排名  收到任务 签收 按时反馈  迟报 逾期未报 按时反馈率     执行率 中位工作日数   按时公示率  按时核实率  部门
</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>* lagging behind:
</source>
        <translation>* 工作滞后部门：
</translation>
    </message>
    <message>
        <source>--out FILE is required.
Usage: creditdesk-cli %1</source>
        <translation>必须指定 --out FILE。
用法：creditdesk-cli %1</translation>
    </message>
    <message numerus="yes">
        <source>Notification %1 printed again to %2; %n department(s) named as lagging behind.
</source>
        <translation>
            <numerusform>已重新输出通报 %1（文件：%2）；其中通报工作滞后部门 %n 个。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notification %1 issued to %2; %n department(s) named as lagging behind.
</source>
        <translation>
            <numerusform>已印发通报 %1（文件：%2）；其中通报工作滞后部门 %n 个。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit report of %1 as of %2 written to %3.
</source>
        <translation>已将 %1 截至 %2 的信用报告写入 %3。
</translation>
    </message>
    <message>
        <source>How each department carried out the joint measures in a period (§19), ranked.</source>
        <translation>统计期间内各部门落实联合奖惩措施的情况及排名（实施方案第19条）。</translation>
    </message>
    <message>
        <source>PERIOD is a month (2026-10), a quarter (2026Q3), a year (2026) or a date range (2026-01-01..2026-06-30). Figures are taken on the period&apos;s last day, or today while it runs; the README defines each of them.</source>
        <translation>PERIOD 为月份（2026-10）、季度（2026Q3）、年度（2026）或日期范围（2026-01-01..2026-06-30）。各项数据统计截至统计期间的最后一天；统计期间尚未结束的，截至今天。各项指标的定义见 README。</translation>
    </message>
    <message>
        <source>The notification of a period as an official document, a Word document or a spreadsheet.</source>
        <translation>将统计期间的通报输出为公文（PDF）、Word 文档或电子表格。</translation>
    </message>
    <message>
        <source>Takes the year&apos;s next document number; the period&apos;s notification keeps its number in every format and reprint, and --number N prints number N of the year again. The file is written completely or not at all; an existing one is kept unless --force. Supervisors and administrators.</source>
        <translation>取用本年度的下一个文号；同一统计期间的通报无论以何种格式输出或重新输出，均沿用同一文号；--number N 可重新输出本年度第 N 号通报。文件要么完整写入，要么完全不写入；已有文件予以保留，指定 --force 时除外。限分管领导和管理员使用。</translation>
    </message>
    <message>
        <source>The credit report of one subject: the credit check on a date, as a PDF.</source>
        <translation>输出单个主体的信用报告：某一日期的信用核查结果（PDF 格式）。</translation>
    </message>
    <message>
        <source>QUERY must name one subject (its code, or a name only it has). The report lists the green channel, every joint measure with its status and reasons, and the credit records.</source>
        <translation>QUERY 须唯一指定一个主体（其代码，或仅该主体使用的名称）。报告列出绿色通道情况、各项联合奖惩措施及其状态和依据，以及该主体的信用信息。</translation>
    </message>
    <message>
        <source>DATE must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>DATE 须为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give either --holiday or --workday.
Usage: creditdesk-cli %1</source>
        <translation>请指定 --holiday 或 --workday 之一。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>%1 is a make-up working day in the arrangement for %2 now.
</source>
        <translation>%1 现已作为调休上班日列入 %2 年的节假日安排。
</translation>
    </message>
    <message>
        <source>%1 is a day off in the arrangement for %2 now.
</source>
        <translation>%1 现已作为放假日列入 %2 年的节假日安排。
</translation>
    </message>
    <message>
        <source>%1 was taken out of the arrangement for %2; it is an ordinary day of its week now.
</source>
        <translation>已将 %1 从 %2 年的节假日安排中删除，该日按一周中的普通日期计算。
</translation>
    </message>
    <message>
        <source>Add one day off or make-up working day to a year&apos;s arrangement (administrators only).</source>
        <translation>在某一年度的节假日安排中增加一个放假日或调休上班日（仅限管理员）。</translation>
    </message>
    <message>
        <source>DATE (YYYY-MM-DD) becomes a day off (--holiday) or a Saturday or Sunday worked in exchange (--workday) in the arrangement of year Y (default: DATE&apos;s year; a notice may reach into the December before and the January after). A date that an arrangement already lists is refused; a year without an arrangement gets one, recorded as entered by hand. Audited. Exit code 6 names what is wrong.</source>
        <translation>将 DATE（YYYY-MM-DD）作为放假日（--holiday）或调休上班的周六、周日（--workday）列入 Y 年度的节假日安排（默认为 DATE 所在年度；一年的通知可延伸至上一年 12 月和下一年 1 月）。已列入某一节假日安排的日期不予受理；尚无节假日安排的年度将新建一份，来源记为手工录入。操作记入审计记录。退出码 6 并说明错误所在。</translation>
    </message>
    <message>
        <source>Take one day out of a year&apos;s arrangement (administrators only).</source>
        <translation>从某一年度的节假日安排中删除一个日期（仅限管理员）。</translation>
    </message>
    <message>
        <source>DATE is then an ordinary day of its week: a working day from Monday to Friday, a day off on Saturday and Sunday. Y defaults to DATE&apos;s year. Audited; exit code 6 when the arrangement does not list DATE.</source>
        <translation>删除后 DATE 按一周中的普通日期计算：周一至周五为工作日，周六、周日休息。Y 默认为 DATE 所在年度。操作记入审计记录；节假日安排中没有 DATE 时退出码为 6。</translation>
    </message>
    <message>
        <source>--kind is subjects, records or licences.
Usage: creditdesk-cli %1</source>
        <translation>--kind 须为 subjects、records 或 licences。
用法：creditdesk-cli %1</translation>
    </message>
    <message>
        <source>%1: %2 on the red list, %3 on the black list, %4 penalties and %5 licences under publication
</source>
        <translation>%1：红名单 %2 个，黑名单 %3 个，公示中的行政处罚 %4 条、行政许可 %5 条
</translation>
    </message>
    <message>
        <source>Import subjects, credit records or licensing decisions from XLSX, XLS or CSV.</source>
        <translation>从 XLSX、XLS 或 CSV 文件导入主体、信用信息或行政许可决定。</translation>
    </message>
    <message>
        <source>Columns are found by their header: ours (主体代码, 决定文书号, 决定日期, 严重程度 …) or the national publicity headers (行政相对人名称, 统一社会信用代码, 行政处罚决定书文号, 处罚决定日期, 处罚机关 …); licences (--kind licences) by the national licence headers (行政相对人代码_1, 行政许可决定文书号, 许可决定日期, 有效期至, 许可机关, 当前状态 …). Valid rows go in one transaction; rejected rows are listed (row, column, value, reason) and with --errors written to a workbook. --strict imports nothing when a row is rejected. A record already there (same department and decision number) is left as it is, so importing a file twice changes nothing. Exit 0 when nothing was rejected, 6 when rows were.</source>
        <translation>按表头识别各列：本系统的列名（主体代码、决定文书号、决定日期、严重程度等）或全国“双公示”标准列名（行政相对人名称、统一社会信用代码、行政处罚决定书文号、处罚决定日期、处罚机关等）；行政许可（--kind licences）按全国行政许可标准列名识别（行政相对人代码_1、行政许可决定文书号、许可决定日期、有效期至、许可机关、当前状态等）。有效行在同一事务中写入；被拒绝的行逐条列出（行、列、值、原因），使用 --errors 时另存为工作簿。使用 --strict 时，只要有一行被拒绝即不导入任何数据。已有的信息（同一部门、同一文书号）保持不变，同一文件重复导入不会改变任何数据。无拒绝行时退出码为 0，有拒绝行时为 6。</translation>
    </message>
    <message>
        <source>The case list showed nothing.</source>
        <translation>案件列表没有显示任何内容。</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 未能启动：%2</translation>
    </message>
    <message>
        <source>The GUI tour did not finish in 15 minutes.</source>
        <translation>图形界面巡检未在 15 分钟内完成。</translation>
    </message>
    <message>
        <source>The GUI tour failed: %1</source>
        <translation>图形界面巡检失败：%1</translation>
    </message>
    <message>
        <source>the GUI program (creditdesk) is not next to creditdesk-cli</source>
        <translation>图形界面程序（creditdesk）不在 creditdesk-cli 所在目录中</translation>
    </message>
    <message>
        <source>GUI tour skipped: %1</source>
        <translation>已跳过图形界面巡检：%1</translation>
    </message>
    <message>
        <source>CreditDesk bench, scale %1 (%2 subjects, %3 credit records, %4 cases, %5 measure tasks), built in %6 s
</source>
        <translation>CreditDesk 性能基准测试，规模 %1（%2 个主体、%3 条信用信息、%4 件案件、%5 项措施任务），构建用时 %6 秒
</translation>
    </message>
    <message>
        <source>cold ratio</source>
        <translation>首次读取比值</translation>
    </message>
    <message>
        <source>   (peak RSS %1 MB; plain %2 MB)</source>
        <translation>   （峰值内存 %1 MB；明文 %2 MB）</translation>
    </message>
    <message>
        <source>GUI tour skipped: %1.
</source>
        <translation>已跳过图形界面巡检：%1。
</translation>
    </message>
    <message>
        <source>peak RSS: %1 MB (after building %2 MB, after the reads %3 MB)
</source>
        <translation>峰值内存（RSS）：%1 MB（构建数据后 %2 MB，读取类测试后 %3 MB）
</translation>
    </message>
    <message>
        <source>%1 licences already there are now revoked (无效), as the file says.
</source>
        <translation>已有的 %1 项行政许可按文件所载改为无效（已撤销）。
</translation>
    </message>
    <message>
        <source>Licence %1: %2 of %3, %4
</source>
        <translation>行政许可 %1：%3 %2，%4
</translation>
    </message>
    <message>
        <source>  %1%2, valid %3 – %4%5
</source>
        <translation>  %1%2，有效期 %3 至 %4%5
</translation>
    </message>
    <message>
        <source>without end</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>, revoked (无效)</source>
        <translation>，已无效</translation>
    </message>
    <message>
        <source>  publication due %1: %2; %3
</source>
        <translation>  公示期限 %1：%2；%3
</translation>
    </message>
    <message>
        <source>on the credit website</source>
        <translation>在信用网站公示中</translation>
    </message>
    <message>
        <source>not on the credit website</source>
        <translation>未在信用网站公示</translation>
    </message>
    <message>
        <source>No licences.
</source>
        <translation>没有行政许可信息。
</translation>
    </message>
    <message>
        <source>List a subject&apos;s licensing decisions (行政许可) with their publication status.</source>
        <translation>列出主体的行政许可决定及其公示情况。</translation>
    </message>
    <message>
        <source>Licences enter by import (import --kind licences). Shows for each its §13 publication deadline and whether the credit website shows it (published, valid, not revoked).</source>
        <translation>行政许可信息通过导入录入（import --kind licences）。逐项显示第13条规定的公示期限，以及信用网站是否正在公示（已公示、在有效期内且未失效）。</translation>
    </message>
    <message>
        <source>Refuse to accept an objection, with the reason (reviewers; never whoever filed it).</source>
        <translation>不予受理异议并说明理由（由审核人决定，登记人本人不得决定）。</translation>
    </message>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>服务器上用户 %1 的密码：</translation>
    </message>
    <message>
        <source>No server password: set CREDITDESK_SERVER_PASSWORD or run the command in a terminal.</source>
        <translation>没有服务器密码：请设置 CREDITDESK_SERVER_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>The option --%1 is required.
Usage: creditdesk-cli %2</source>
        <translation>必须给出选项 --%1。
用法：creditdesk-cli %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2: %3 tables, %4 rows; every table&apos;s row count and SHA-256 match the file&apos;s, and the audit trail of %5 entries verifies on the server. The file was not changed.
</source>
        <translation>已将 %1 迁移到 %2：%3 张表，%4 行；每张表的行数和 SHA-256 均与文件一致，%5 条审计记录在服务器上校验无误。文件未作任何改动。
</translation>
    </message>
    <message>
        <source>Move a local database to a new database on the office&apos;s PostgreSQL server.</source>
        <translation>将本地数据库迁移到本单位 PostgreSQL 服务器上的一个新数据库。</translation>
    </message>
    <message>
        <source>Copies every table of DB, with its ids, into the server database URL (postgresql://user@host:port/database, TLS checked against the office CA in FILE) in one transaction, then compares each table&apos;s row count and SHA-256 with the file&apos;s and walks the audit trail on the server; any difference rolls everything back. The server database must be new: empty, or migrated and holding nothing but its seed rows. DB is only read. NAME must be an administrator of DB. The server user&apos;s password comes from CREDITDESK_SERVER_PASSWORD, else it is asked on the terminal.</source>
        <translation>在一个事务中将 DB 的每张表连同编号复制到服务器数据库 URL（postgresql://user@host:port/database，TLS 证书按 FILE 中的本单位 CA 核验），然后逐表比对行数和 SHA-256，并在服务器上逐条校验审计记录；任何不一致都会全部回滚。服务器数据库必须是新的：为空，或已完成迁移且只有初始数据。DB 只被读取。NAME 必须是 DB 的管理员。服务器用户的密码取自 CREDITDESK_SERVER_PASSWORD，否则在终端上询问。</translation>
    </message>
</context>
<context>
    <name>CodeValidator</name>
    <message>
        <source>The check character should be &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>校验码应为“%1”，而不是“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>The unified social credit code must have 18 characters; it has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character &apos;%1&apos; at position %2 is not allowed in a unified social credit code.</source>
        <translation>第 %2 位的字符“%1”不能出现在统一社会信用代码中。</translation>
    </message>
    <message numerus="yes">
        <source>The citizen ID must have 18 characters; it has %n.</source>
        <translation>
            <numerusform>身份证号码应为 18 位，当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character &apos;%1&apos; at position %2 is not allowed in a citizen ID.</source>
        <translation>第 %2 位的字符“%1”不能出现在身份证号码中。</translation>
    </message>
    <message>
        <source>The birth date %1 in the citizen ID is not a real date.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the citizen ID is before 1900.</source>
        <translation>身份证号码中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 in the citizen ID is in the future.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天。</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>Row %1 names the same field twice: &quot;%2&quot; and &quot;%3&quot;. Keep one of the columns.</source>
        <translation>第 %1 行中“%2”和“%3”对应同一字段，请只保留其中一列。</translation>
    </message>
    <message>
        <source>Row %1 has the column &quot;%2&quot; twice. Keep one of them.</source>
        <translation>第 %1 行中“%2”列出现了两次，请只保留其中一列。</translation>
    </message>
    <message>
        <source>Row %1 is not a header row: none of its cells names a known column. The first row must name the columns, such as %2.</source>
        <translation>第 %1 行不是表头行：其中没有任何可识别的列名。第一行须为列名，如 %2。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing (also accepted: %2).</source>
        <translation>缺少“%1”列（也可使用：%2）。</translation>
    </message>
</context>
<context>
    <name>CommitmentService</name>
    <message>
        <source>Commitment %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>信用承诺 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>信用承诺 %1 不存在。</translation>
    </message>
    <message>
        <source>matter: name the approval granted on the commitment.</source>
        <translation>办理事项：请填写基于该承诺准予办理的审批事项。</translation>
    </message>
    <message>
        <source>missing material: name what is to be supplied.</source>
        <translation>所缺材料：请填写需补交的材料。</translation>
    </message>
    <message>
        <source>commitment date: a date not in the future.</source>
        <translation>承诺日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>due date: on or after the commitment date (%1).</source>
        <translation>补交期限：不得早于承诺日期（%1）。</translation>
    </message>
    <message>
        <source>department: unknown department %1.</source>
        <translation>审批部门：部门 %1 不存在。</translation>
    </message>
    <message>
        <source>subject: %1 does not qualify for the green channel on %2 (%3).</source>
        <translation>主体：%1 在 %2 不符合绿色通道条件（%3）。</translation>
    </message>
    <message>
        <source>Commitment %1 was recorded as kept on %2 already.</source>
        <translation>信用承诺 %1 已于 %2 登记为已履行。</translation>
    </message>
    <message>
        <source>date supplied: between the commitment (%1) and today.</source>
        <translation>补交日期：应在承诺日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>The breach of commitment %1 was confirmed already (record %2).</source>
        <translation>信用承诺 %1 的违诺已确认（信用信息 %2）。</translation>
    </message>
    <message>
        <source>breach of a credit commitment</source>
        <translation>违反信用承诺</translation>
    </message>
    <message>
        <source>commitment %1: %2 not supplied by %3 (§2)</source>
        <translation>承诺 %1：%2未于 %3 前补交（实施方案第2条）</translation>
    </message>
    <message>
        <source>confirmation date: a date not in the future.</source>
        <translation>确认日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>Commitment %1 was kept on %2; there is no breach to confirm.</source>
        <translation>信用承诺 %1 已于 %2 履行，不存在需确认的违诺。</translation>
    </message>
    <message>
        <source>Commitment %1 is not broken on %2: the material is due by %3.</source>
        <translation>信用承诺 %1 在 %2 尚未构成违诺：材料补交期限为 %3。</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <source>open</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>未履行（违诺）</translation>
    </message>
</context>
<context>
    <name>CreditChecks</name>
    <message>
        <source>in force</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>暂不执行</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>lifted by repair</source>
        <translation>因信用修复解除</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>revoked on %1: the information it rests on was found wrong</source>
        <translation>已于 %1 撤销：所依据的信息经核实有误</translation>
    </message>
    <message>
        <source>lifted on %1 by an approved credit repair</source>
        <translation>已于 %1 因信用修复申请获批而解除</translation>
    </message>
    <message>
        <source>pending: the case awaits approval</source>
        <translation>待执行：案件待审批</translation>
    </message>
    <message>
        <source>pending: the case is approved but not yet pushed to the departments</source>
        <translation>待执行：案件已批准，尚未推送至各实施单位</translation>
    </message>
    <message>
        <source>pending: the term starts on %1</source>
        <translation>待执行：期限自 %1 开始</translation>
    </message>
    <message>
        <source>expired: the term ended on %1</source>
        <translation>已到期：期限已于 %1 届满</translation>
    </message>
    <message>
        <source>suspended since %1 while an objection is verified (§18)</source>
        <translation>自 %1 起暂不执行：异议信息正在核实（实施方案第18条）</translation>
    </message>
    <message>
        <source>in force: within the term %1 to %2</source>
        <translation>执行中：在期限 %1 至 %2 内</translation>
    </message>
</context>
<context>
    <name>CreditRecords</name>
    <message>
        <source>positive (trustworthy)</source>
        <translation>守信（正面）</translation>
    </message>
    <message>
        <source>negative (dishonest)</source>
        <translation>失信（负面）</translation>
    </message>
    <message>
        <source>not yet published, not yet due</source>
        <translation>尚未公示，未到期限</translation>
    </message>
    <message>
        <source>published on time</source>
        <translation>已按期公示</translation>
    </message>
    <message>
        <source>published late</source>
        <translation>逾期公示</translation>
    </message>
    <message>
        <source>still unpublished, overdue</source>
        <translation>尚未公示，已逾期</translation>
    </message>
    <message>
        <source>publication not required</source>
        <translation>无需公示</translation>
    </message>
</context>
<context>
    <name>CreditReportService</name>
    <message>
        <source>QUERY: no subject matches &quot;%1&quot;.</source>
        <translation>QUERY：没有与“%1”匹配的主体。</translation>
    </message>
    <message>
        <source>QUERY: &quot;%1&quot; matches more than one subject; give the full code.</source>
        <translation>QUERY：“%1”匹配到多个主体，请提供完整代码。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be decrypted although its key was accepted: page 1 is damaged or the file was altered or replaced.</source>
        <translation>数据库 %1 的密钥已被接受，但无法解密：第 1 页已损坏，或文件已被篡改或替换。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try again in a moment.</source>
        <translation>数据库 %1 被其他程序锁定，请稍后重试。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation>数据库正在处理其他程序的更改，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation>更改被拒绝：%1</translation>
    </message>
    <message>
        <source>The database %1 is read-only here; nothing was saved.</source>
        <translation>数据库 %1 在此处为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>准备数据库语句</translation>
    </message>
    <message>
        <source>A database statement</source>
        <translation>执行数据库语句</translation>
    </message>
    <message>
        <source>A database script failed: %1</source>
        <translation>数据库脚本执行失败：%1</translation>
    </message>
    <message>
        <source>The copy %1 could not be created: %2</source>
        <translation>无法创建副本 %1：%2</translation>
    </message>
    <message>
        <source>The copy %1 failed: %2</source>
        <translation>副本 %1 创建失败：%2</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation>无法更换数据库密钥：%1</translation>
    </message>
    <message>
        <source>nothing was saved in %1</source>
        <translation>%1 中未保存任何内容</translation>
    </message>
    <message>
        <source>the copy %1 is incomplete and was not kept</source>
        <translation>副本 %1 不完整，未予保留</translation>
    </message>
    <message>
        <source>The database server %1 did not accept the user name or the password.</source>
        <translation>数据库服务器 %1 未接受该用户名或密码。</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 is not trusted: the office CA in %2 did not sign it. Make sure this is the office&apos;s server and the office&apos;s CA file; no password was sent.</source>
        <translation>数据库服务器 %1 的证书不受信任：它不是由 %2 中的本单位 CA 签发的。请确认这是本单位的服务器和本单位的 CA 文件；未发送任何密码。</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 was made for another name than %2: use the host name the certificate names; no password was sent.</source>
        <translation>数据库服务器 %1 的证书是为 %2 以外的名称签发的：请使用证书中写明的主机名；未发送任何密码。</translation>
    </message>
    <message>
        <source>The database server %1 does not let this user in over TLS from this computer (no entry in its pg_hba.conf); ask the server&apos;s administrator.</source>
        <translation>数据库服务器 %1 不允许该用户从这台计算机通过 TLS 连接（其 pg_hba.conf 中没有相应条目）；请联系服务器管理员。</translation>
    </message>
    <message>
        <source>The database server %1 does not offer TLS, and CreditDesk connects to a server only over TLS.</source>
        <translation>数据库服务器 %1 不提供 TLS，而 CreditDesk 只通过 TLS 连接服务器。</translation>
    </message>
    <message>
        <source>The database server %1 has no database &quot;%2&quot;.</source>
        <translation>数据库服务器 %1 上没有数据库“%2”。</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (no PostgreSQL server answers at that host and port): %2</source>
        <translation>无法连接数据库服务器 %1（该主机和端口上没有 PostgreSQL 服务器应答）：%2</translation>
    </message>
    <message>
        <source>Connecting to the database server %1 failed: %2</source>
        <translation>连接数据库服务器 %1 失败：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so the database server %1 cannot be used. On Debian, install the package libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL），因此无法使用数据库服务器 %1。在 Debian 上请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The office CA file &quot;%1&quot; cannot be read, so the certificate of the database server %2 cannot be checked; nothing was sent to it.</source>
        <translation>无法读取本单位 CA 文件“%1”，因此无法核验数据库服务器 %2 的证书；未向其发送任何内容。</translation>
    </message>
    <message>
        <source>The path of the office CA file must not contain &apos;;&apos;: %1</source>
        <translation>本单位 CA 文件的路径不能包含“;”：%1</translation>
    </message>
    <message>
        <source>The database server %1 runs PostgreSQL %2; CreditDesk needs PostgreSQL 15 or newer.</source>
        <translation>数据库服务器 %1 运行的是 PostgreSQL %2；CreditDesk 需要 PostgreSQL 15 或更高版本。</translation>
    </message>
    <message>
        <source>The connection to the database server %1 is not encrypted although TLS was required; it was closed.</source>
        <translation>虽然要求使用 TLS，但与数据库服务器 %1 的连接未加密；该连接已关闭。</translation>
    </message>
    <message>
        <source>%1 is for a local database file only; %2 is a database server.</source>
        <translation>%1仅适用于本地数据库文件；%2 是数据库服务器。</translation>
    </message>
    <message>
        <source>The SQLCipher version</source>
        <translation>查询 SQLCipher 版本</translation>
    </message>
    <message>
        <source>The SQLite handle</source>
        <translation>获取 SQLite 句柄</translation>
    </message>
    <message>
        <source>The database server is busy with another desk&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation>数据库服务器正在处理其他工作台的更改，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The database server %1 has run out of disk space; nothing was saved. Tell the server&apos;s administrator.</source>
        <translation>数据库服务器 %1 的磁盘空间已用尽，未保存任何内容。请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The database server %1 does not allow this to the user signed in: %2</source>
        <translation>数据库服务器 %1 不允许当前登录的用户执行此操作：%2</translation>
    </message>
    <message>
        <source>The database server %1 reports damaged data: %2</source>
        <translation>数据库服务器 %1 报告数据已损坏：%2</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost; nothing more was saved. Sign in again.</source>
        <translation>与数据库服务器 %1 的连接已断开，此后未再保存任何内容。请重新登录。</translation>
    </message>
    <message>
        <source>A database script</source>
        <translation>执行数据库脚本</translation>
    </message>
    <message>
        <source>A WAL checkpoint</source>
        <translation>WAL 检查点</translation>
    </message>
    <message>
        <source>SQLCipher&apos;s page check</source>
        <translation>SQLCipher 页面校验</translation>
    </message>
    <message>
        <source>SQLite&apos;s structural check</source>
        <translation>SQLite 结构检查</translation>
    </message>
    <message>
        <source>Copying the database file</source>
        <translation>复制数据库文件</translation>
    </message>
    <message>
        <source>Changing the file&apos;s key</source>
        <translation>更改文件密钥</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects</source>
        <translation>
            <numerusform>%n 个主体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit records</source>
        <translation>
            <numerusform>%n 条信用信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure tasks</source>
        <translation>
            <numerusform>%n 项措施任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list entries</source>
        <translation>
            <numerusform>%n 条名单记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objections</source>
        <translation>
            <numerusform>%n 件异议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair applications</source>
        <translation>
            <numerusform>%n 件信用修复申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>%n 份信用承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential reports</source>
        <translation>
            <numerusform>%n 件举报</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentService</name>
    <message>
        <source>&quot;%1&quot; is the short name of several departments (%2); use the full name or the code.</source>
        <translation>“%1”是多个部门的简称（%2），请使用全称或代码。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>不存在部门“%1”。</translation>
    </message>
    <message>
        <source>The department code &quot;%1&quot; is not valid: use 1 to 16 letters A-Z, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>部门代码“%1”无效：请使用 1 至 16 个字母 A-Z、数字、&apos;-&apos; 或 &apos;_&apos;，并以字母开头。</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>部门名称不能为空。</translation>
    </message>
    <message>
        <source>A department&apos;s name and short name may have at most %1 characters.</source>
        <translation>部门名称和简称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The department kind &quot;%1&quot; is not one of %2.</source>
        <translation>部门类型“%1”无效，应为以下之一：%2。</translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation>代码 %1 已由 %2 使用。</translation>
    </message>
    <message>
        <source>A department is already called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation>不存在代码为 %1 的部门。</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 已处于启用状态。</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 已处于停用状态。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still implements %n active measure(s) (%2); give them other departments first.</source>
        <translation>
            <numerusform>%1 仍是 %n 项启用措施的实施单位（%2），请先为这些措施另行指定实施单位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>The disk is full: %1. Free some space and try again.</source>
        <translation>磁盘已满：%1。请释放部分空间后重试。</translation>
    </message>
</context>
<context>
    <name>DocxNoticeWriter</name>
    <message>
        <source>Cannot start the Word document (libzip error %1).</source>
        <translation>无法创建 Word 文档（libzip 错误 %1）。</translation>
    </message>
    <message>
        <source>Cannot write the Word document: %1</source>
        <translation>无法写入 Word 文档：%1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export for the credit website</source>
        <translation>导出信用网站公示数据</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 written: red list %2, black list %3, penalties under publication %4.</source>
        <translation>已写入 %1：红名单 %2 条，黑名单 %3 条，公示中的行政处罚 %4 条。</translation>
    </message>
    <message>
        <source>Send measure package</source>
        <translation>生成措施推送包</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2: %n task(s), written to %3.</source>
        <translation>
            <numerusform>推送包 %1（%2）：共 %n 项任务，已写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>credit-website-%1.xlsx</source>
        <translation>信用网站公示-%1.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>Hash</name>
    <message>
        <source>The cryptographic library could not compute a SHA-256 hash (%1).</source>
        <translation>加密库无法计算 SHA-256 哈希值（%1）。</translation>
    </message>
    <message>
        <source>The cryptographic library could not compute an HMAC-SHA-256 (%1).</source>
        <translation>加密库无法计算 HMAC-SHA-256（%1）。</translation>
    </message>
    <message>
        <source>%1 could not be read to its end: %2</source>
        <translation>%1 未能完整读取：%2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有任何数据行。</translation>
    </message>
    <message>
        <source>department: unknown department %1.</source>
        <translation>信息提供单位：部门 %1 不存在。</translation>
    </message>
    <message>
        <source>The file names no providing department (处罚机关 or 数据来源单位): give one for every row.</source>
        <translation>文件中未注明信息提供单位（处罚机关或数据来源单位）：请为每一行填写。</translation>
    </message>
    <message>
        <source>a formula without a computed value: open the file in Excel or WPS, save it, and import again</source>
        <translation>含有未计算结果的公式：请用 Excel 或 WPS 打开该文件，保存后重新导入</translation>
    </message>
    <message>
        <source>not a date (write it as 2026-03-02)</source>
        <translation>不是日期（请按 2026-03-02 的格式填写）</translation>
    </message>
    <message>
        <source>not a department of the office</source>
        <translation>不在本办部门名录中</translation>
    </message>
    <message>
        <source>守信 or 失信</source>
        <translation>应为“守信”或“失信”</translation>
    </message>
    <message>
        <source>轻微, 一般 or 严重</source>
        <translation>应为“轻微”“一般”或“严重”</translation>
    </message>
    <message>
        <source>the same decision number of the same department is on row %1</source>
        <translation>同一部门的同一决定文书号已出现在第 %1 行</translation>
    </message>
    <message>
        <source>the subject is not registered and has no name here</source>
        <translation>该主体尚未登记，且此处未填写名称</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) had no severity column value and were taken as general (一般).</source>
        <translation>
            <numerusform>%n 条信用信息未填写严重程度，已按“一般”处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>the same code is on row %1</source>
        <translation>相同代码已出现在第 %1 行</translation>
    </message>
    <message>
        <source>does not fit the code</source>
        <translation>与代码不符</translation>
    </message>
    <message>
        <source>field: %1 is not one of %2.</source>
        <translation>字段：%1 不是以下字段之一：%2。</translation>
    </message>
    <message>
        <source>%1 exists already; the error report does not overwrite it.</source>
        <translation>%1 已存在，错误报告不会覆盖该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>无法写入 %1（请检查磁盘是否已满）。</translation>
    </message>
    <message>
        <source>%1 has more than %L2 data rows; one import takes at most %L2. Split the file (by year or by department) and import the parts one after another. Nothing was imported.</source>
        <translation>%1 的数据超过 %L2 行，每次导入最多 %L2 行。请按年度或部门拆分文件后逐个导入。本次未导入任何数据。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing (also accepted: %2).</source>
        <translation>缺少“%1”列（也可用：%2）。</translation>
    </message>
    <message>
        <source>Row %1 of %2 names no known column. Either the first row is not a header row (it must name the columns, such as %3), or the file is in another encoding than the %4 it was read as: save it as &quot;CSV UTF-8&quot; or as XLSX.</source>
        <translation>%2 第 %1 行没有可识别的列名：或者首行不是表头行（首行须列明各列名称，如%3），或者文件并非按 %4 编码保存。请另存为“CSV UTF-8”或 XLSX 格式。</translation>
    </message>
    <message>
        <source>The file names no licensing authority (许可机关 or 数据来源单位): give one for every row.</source>
        <translation>文件未列明许可机关（许可机关或数据来源单位列）：请为每一行填写。</translation>
    </message>
    <message>
        <source>有效 (1) or 无效 (2)</source>
        <translation>应为“有效”（1）或“无效”（2）</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was written</source>
        <translation>%1 未能写入，未写入任何内容</translation>
    </message>
    <message>
        <source>%1 could not be read again to record its hash: %2</source>
        <translation>无法再次读取 %1 以记录其哈希值：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) stay revoked although the file says they are valid: a file cannot undo a revocation.</source>
        <translation>
            <numerusform>%n 项行政许可虽在文件中标为有效，仍保持无效：导入文件不能撤销已作出的无效标记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySidecar</name>
    <message>
        <source>The database ID &quot;%1&quot; cannot be used for a key file.</source>
        <translation>数据库 ID“%1”不能用于密钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 is missing; the database cannot be opened without it. Restore it from the backup.</source>
        <translation>密钥文件 %1 缺失，没有密钥文件无法打开数据库。请从备份中恢复该文件。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>无法读取密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: %2.</source>
        <translation>密钥文件 %1 已损坏：%2。</translation>
    </message>
    <message>
        <source>The file %1 is not a CreditDesk key file.</source>
        <translation>文件 %1 不是 CreditDesk 密钥文件。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is larger than any key file can be</source>
        <translation>文件大小超出密钥文件的上限</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>its version number is missing or invalid</source>
        <translation>版本号缺失或无效</translation>
    </message>
    <message>
        <source>The key file %1 has format version %2, which this version of CreditDesk cannot read. Use a newer version of CreditDesk.</source>
        <translation>密钥文件 %1 的格式版本为 %2，当前版本的 CreditDesk 无法读取。请使用更新版本的 CreditDesk。</translation>
    </message>
    <message>
        <source>its database ID is missing or invalid</source>
        <translation>数据库 ID 缺失或无效</translation>
    </message>
    <message>
        <source>its list of key slots is missing</source>
        <translation>缺少密钥槽列表</translation>
    </message>
    <message>
        <source>key slot %1 has a missing or invalid &quot;%2&quot; field</source>
        <translation>密钥槽 %1 的 &quot;%2&quot; 字段缺失或无效</translation>
    </message>
    <message>
        <source>key slot %1 is not an object</source>
        <translation>密钥槽 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>two key slots have the same ID</source>
        <translation>存在两个 ID 相同的密钥槽</translation>
    </message>
    <message>
        <source>it has more than one recovery key slot</source>
        <translation>恢复密钥槽多于一个</translation>
    </message>
    <message>
        <source>key slot %1 has scrypt parameters outside the accepted range</source>
        <translation>密钥槽 %1 的 scrypt 参数超出允许范围</translation>
    </message>
    <message>
        <source>its pending key is invalid</source>
        <translation>待生效密钥无效</translation>
    </message>
    <message>
        <source>its audit tail has a missing or invalid &quot;%1&quot; field</source>
        <translation>审计链末端记录的 &quot;%1&quot; 字段缺失或无效</translation>
    </message>
    <message>
        <source>its audit tail is not an object</source>
        <translation>审计链末端记录不是 JSON 对象</translation>
    </message>
    <message>
        <source>The key file %1 could not be saved: %2. The previous key file, if there was one, is unchanged.</source>
        <translation>无法保存密钥文件 %1：%2。原有密钥文件（如有）保持不变。</translation>
    </message>
    <message>
        <source>the data could not be written through to the disk</source>
        <translation>数据未能写入磁盘</translation>
    </message>
    <message>
        <source>The database key must be %1 bytes.</source>
        <translation>数据库密钥必须为 %1 字节。</translation>
    </message>
    <message>
        <source>The scrypt parameters N=%1, r=%2, p=%3 are outside the accepted range.</source>
        <translation>scrypt 参数 N=%1、r=%2、p=%3 超出允许范围。</translation>
    </message>
    <message>
        <source>A key slot in the key file %1 is damaged or was altered; the password was accepted but the database key it holds cannot be recovered.</source>
        <translation>密钥文件 %1 中的某个密钥槽已损坏或被篡改；密码已通过验证，但无法取出其中保存的数据库密钥。</translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation>密钥槽须指定用户名。</translation>
    </message>
    <message>
        <source>The recovery key is empty.</source>
        <translation>恢复密钥为空。</translation>
    </message>
    <message>
        <source>The audit tail to store is invalid.</source>
        <translation>待保存的审计链末端记录无效。</translation>
    </message>
    <message>
        <source>The audit tail in the key file %1 fails its authentication check (edited or from another database).</source>
        <translation>密钥文件 %1 中的审计链末端记录未通过认证检查（已被编辑或来自其他数据库）。</translation>
    </message>
    <message>
        <source>its seal is invalid</source>
        <translation>其封签无效</translation>
    </message>
    <message>
        <source>the key file %1 could not be saved; the previous key file, if there was one, is unchanged</source>
        <translation>密钥文件 %1 未能保存；原有密钥文件（如有）保持不变</translation>
    </message>
    <message>
        <source>The key file %1 was altered: its seal was removed.</source>
        <translation>密钥文件 %1 已被改动：其封签已被删除。</translation>
    </message>
    <message>
        <source>The key file %1 was altered: its seal does not match its key slots, pending key and audit tail (edited, or parts taken from another key file).</source>
        <translation>密钥文件 %1 已被改动：其封签与密钥槽、待生效密钥和审计链末端不符（内容被编辑，或部分取自另一密钥文件）。</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>subject: required.</source>
        <translation>主体：必填。</translation>
    </message>
    <message>
        <source>licence decision number: required.</source>
        <translation>行政许可决定文书号：必填。</translation>
    </message>
    <message>
        <source>licence decision date: required, as YYYY-MM-DD.</source>
        <translation>许可决定日期：必填，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>licence decision date: %1 lies in the future.</source>
        <translation>许可决定日期：%1 晚于今天。</translation>
    </message>
    <message>
        <source>valid until: it lies before the start of validity.</source>
        <translation>有效期至：早于有效期自。</translation>
    </message>
    <message>
        <source>publication date: it lies between the decision date and today.</source>
        <translation>公示日期：应在决定日期至今天之间。</translation>
    </message>
    <message>
        <source>licensing authority: required.</source>
        <translation>许可机关：必填。</translation>
    </message>
</context>
<context>
    <name>ListEntries</name>
    <message>
        <source>red list</source>
        <translation>红名单</translation>
    </message>
    <message>
        <source>black list</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期满移出</translation>
    </message>
    <message>
        <source>exited by repair</source>
        <translation>修复移出</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ListService</name>
    <message>
        <source>List entry %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>名单记录 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>subject: choose the subject to list.</source>
        <translation>主体：请选择拟列入名单的主体。</translation>
    </message>
    <message>
        <source>domain: name the field of the list (tax, environment …).</source>
        <translation>领域：请填写名单所属领域（如税务、环保等）。</translation>
    </message>
    <message>
        <source>basis: name the determination the entry rests on.</source>
        <translation>依据：请填写列入名单所依据的认定决定。</translation>
    </message>
    <message>
        <source>department: name the department that determined it.</source>
        <translation>认定单位：请填写作出认定的部门。</translation>
    </message>
    <message>
        <source>entry date: a date not in the future.</source>
        <translation>列入日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>planned exit: after the entry date (%1).</source>
        <translation>计划移出日期：须晚于列入日期（%1）。</translation>
    </message>
    <message>
        <source>There is no list entry %1.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>date: give a date as YYYY-MM-DD.</source>
        <translation>日期：请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>department: unknown department %1.</source>
        <translation>认定单位：部门 %1 不存在。</translation>
    </message>
    <message>
        <source>subject: there is no subject %1.</source>
        <translation>主体：主体 %1 不存在。</translation>
    </message>
    <message>
        <source>basis record: record %1 is not a record of this subject.</source>
        <translation>依据信息：信用信息 %1 不属于该主体。</translation>
    </message>
    <message>
        <source>basis record: a black-list entry rests on a negative record; %1 is positive.</source>
        <translation>依据信息：黑名单记录须以失信信息为依据；信用信息 %1 为守信信息。</translation>
    </message>
    <message>
        <source>basis record: a red-list entry rests on a positive record; %1 is negative.</source>
        <translation>依据信息：红名单记录须以守信信息为依据；信用信息 %1 为失信信息。</translation>
    </message>
    <message>
        <source>List entry %1 was approved already by %2.</source>
        <translation>名单记录 %1 已由 %2 批准。</translation>
    </message>
    <message>
        <source>List entry %1 was revoked before approval.</source>
        <translation>名单记录 %1 在批准前已被撤销。</translation>
    </message>
    <message>
        <source>Not permitted: you proposed list entry %1; another reviewer must approve it.</source>
        <translation>无权操作：名单记录 %1 由您提请，须由其他审核人批准。</translation>
    </message>
    <message>
        <source>reason: revoking a list entry needs a written reason.</source>
        <translation>理由：撤销名单记录须书面说明理由。</translation>
    </message>
    <message>
        <source>revocation date: between the entry date (%1) and today.</source>
        <translation>撤销日期：应在列入日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>List entry %1 is off its list already (%2 on %3).</source>
        <translation>名单记录 %1 已移出名单（%3 %2）。</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>This work was started without a database.</source>
        <translation>此项工作启动时未连接数据库。</translation>
    </message>
    <message>
        <source>Other long work is still running; wait for it to end.</source>
        <translation>另一项耗时工作仍在进行，请待其结束后再试。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling: what was done so far is being undone…</source>
        <translation>正在取消：已完成的部分正在撤销…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>The work failed: %1</source>
        <translation>工作未能完成：%1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>MeasureKinds</name>
    <message>
        <source>incentive</source>
        <translation>激励</translation>
    </message>
    <message>
        <source>sanction</source>
        <translation>惩戒</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database %1 was written by a newer CreditDesk (schema %2; this program knows up to %3). Install the newer version; the file was left untouched.</source>
        <translation>数据库 %1 由更新版本的 CreditDesk 写入（数据结构版本 %2；本程序最高支持 %3）。请安装新版本；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CreditDesk (schema %2; this program knows up to %3). Install the newer version; the database was left untouched.</source>
        <translation>数据库 %1 由更新版本的 CreditDesk 写入（数据结构版本 %2；本程序最高支持 %3）。请安装新版本；该数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>NoticeBuilder</name>
    <message>
        <source>%1-%2-%3</source>
        <comment>a document&apos;s date: year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Table 1  Feedback on measure tasks, %1</source>
        <translation>表1  %1各部门措施任务反馈情况</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到任务数</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时反馈</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期反馈</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未反馈</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>按时反馈率</translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation>中位工作日数</translation>
    </message>
    <message>
        <source>Table 2  Measures applied, records published and objections verified, %1</source>
        <translation>表2  %1各部门措施执行、信息公示和异议核实情况</translation>
    </message>
    <message>
        <source>Application and publication</source>
        <translation>执行与公示</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Applied share</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Records due</source>
        <translation>应公示信息数</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>按时公示</translation>
    </message>
    <message>
        <source>Publication share</source>
        <translation>按时公示率</translation>
    </message>
    <message>
        <source>Verifications due</source>
        <translation>应核实异议数</translation>
    </message>
    <message>
        <source>Verified on time</source>
        <translation>按时核实</translation>
    </message>
    <message>
        <source>Verification share</source>
        <translation>按时核实率</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Departments lagging behind, %1</source>
        <translation>%1工作滞后部门情况</translation>
    </message>
    <message>
        <source>Lagging behind</source>
        <translation>工作滞后部门</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Notification on how the departments carried out the joint incentive and sanction measures in %1</source>
        <translation>关于%1各部门落实守信联合激励和失信联合惩戒措施情况的通报</translation>
    </message>
    <message>
        <source>To the member units of the city&apos;s social credit system leading group:</source>
        <translation>市社会信用体系建设领导小组各成员单位：</translation>
    </message>
    <message>
        <source>Under item 19 of the city&apos;s implementation plan for joint incentives for trustworthiness and joint sanctions for dishonesty, the office tracks how each department carries out the joint measures. The figures for %1 (%2 to %3), taken on %4, are hereby notified.</source>
        <translation>根据我市守信联合激励和失信联合惩戒实施方案第十九条的规定，我办对各部门落实联合奖惩措施情况进行跟踪督查。现将%1（%2至%3）有关情况通报如下（数据统计截至%4）：</translation>
    </message>
    <message>
        <source>1. Overall figures</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>In this period %1 departments received %2 measure tasks and acknowledged %3. %4 were fed back on time and %5 late; %6 are still without feedback after the deadline, and %7 are not yet due. Feedback on time: %8; measures applied: %9 of the tasks answered; median time to feedback: %10 working days.</source>
        <translation>本期共有%1个部门收到措施任务%2项，已签收%3项；其中按时反馈%4项，逾期反馈%5项，逾期未反馈%6项，尚未到反馈期限%7项。按时反馈率为%8，已反馈任务的措施执行率为%9，反馈用时中位数为%10个工作日。</translation>
    </message>
    <message>
        <source>Of %1 credit records due for publication, %2 (%3) were published within the deadline of item 13.</source>
        <translation>应公示信用信息%1条，其中在实施方案第十三条规定期限内公示%2条，按时公示率为%3。</translation>
    </message>
    <message>
        <source>Of %1 objection verifications due, %2 (%3) were completed on time.</source>
        <translation>应完成异议核实%1件，其中按时完成%2件，按时核实率为%3。</translation>
    </message>
    <message>
        <source>2. Figures by department</source>
        <translation>二、各部门情况</translation>
    </message>
    <message>
        <source>Departments are ranked by the share of tasks fed back on time, then by fewer tasks still overdue, then by the share of records published on time.</source>
        <translation>各部门排名以按时反馈率为首要依据；按时反馈率相同的，逾期未反馈任务少的排名在前；仍相同的，信用信息按时公示率高的排名在前。</translation>
    </message>
    <message>
        <source>3. Departments lagging behind</source>
        <translation>三、工作滞后部门</translation>
    </message>
    <message>
        <source>No department lags behind in this period.</source>
        <translation>本期无工作滞后部门。</translation>
    </message>
    <message numerus="yes">
        <source>The following %n department(s) lag behind and are hereby notified: %1.</source>
        <translation>
            <numerusform>以下%n个部门工作滞后，予以通报：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (rank %2): %3.</source>
        <translation>%1（排名第%2位）：%3。</translation>
    </message>
    <message>
        <source>4. Rectification</source>
        <translation>四、整改要求</translation>
    </message>
    <message>
        <source>Every department shall keep feeding back on time and publishing records within the deadline.</source>
        <translation>请各部门继续做好措施任务按时反馈和信用信息按期公示工作。</translation>
    </message>
    <message>
        <source>The departments named above shall feed back every overdue measure task, publish every outstanding credit record, find the causes and report in writing to the office on their rectification by %1. The office will check the rectification in the next period&apos;s notification.</source>
        <translation>请上述部门高度重视，认真整改：逾期未反馈的措施任务要全部反馈，尚未公示的信用信息要全部公示，深入查找原因，并于%1前将整改情况书面报送我办。我办将在下期通报中对整改落实情况进行通报。</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>--number: a positive whole number.</source>
        <translation>--number：须为正整数。</translation>
    </message>
    <message>
        <source>--number: %1 was issued for the period %2, not %3.</source>
        <translation>--number：%1 已用于统计期间 %2 的通报，而不是 %3。</translation>
    </message>
</context>
<context>
    <name>ObjectionService</name>
    <message>
        <source>Objection %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>异议 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>There is no objection %1.</source>
        <translation>异议 %1 不存在。</translation>
    </message>
    <message>
        <source>description: say what is disputed and why.</source>
        <translation>异议内容：请说明对何项信息有异议及其理由。</translation>
    </message>
    <message>
        <source>filing date: a date not in the future.</source>
        <translation>提出日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>raising department: unknown department.</source>
        <translation>提出部门：该部门不存在。</translation>
    </message>
    <message>
        <source>target: there is no %1 %2.</source>
        <translation>异议对象：%1 %2 不存在。</translation>
    </message>
    <message>
        <source>Objection %1 is %2; only a filed objection can be accepted.</source>
        <translation>异议 %1 的状态为“%2”；只有待受理的异议才能受理。</translation>
    </message>
    <message>
        <source>acceptance date: between the filing (%1) and today.</source>
        <translation>受理日期：应在提出日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>reason: not accepting an objection needs a written reason.</source>
        <translation>理由：对异议不予受理须书面说明理由。</translation>
    </message>
    <message>
        <source>Objection %1 is %2; only a filed objection can be refused acceptance.</source>
        <translation>异议 %1 的状态为“%2”；只有待受理的异议才能作出不予受理决定。</translation>
    </message>
    <message>
        <source>reason: a decision states what the verification found.</source>
        <translation>理由：作出决定须写明核实结果。</translation>
    </message>
    <message>
        <source>Objection %1 is %2; only an accepted objection is decided.</source>
        <translation>异议 %1 的状态为“%2”；只有已受理的异议才能作出决定。</translation>
    </message>
    <message>
        <source>Not permitted: you filed or accepted objection %1; another reviewer must decide it.</source>
        <translation>无权操作：异议 %1 由您登记或受理，须由其他审核人作出决定。</translation>
    </message>
    <message>
        <source>decision date: between the acceptance (%1) and today.</source>
        <translation>决定日期：应在受理日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>objection %1: information found wrong (%2)</source>
        <translation>异议 %1：信息经核实有误（%2）</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Not permitted: you filed objection %1; another reviewer must decide not to accept it.</source>
        <translation>无权操作：异议 %1 由您登记，是否不予受理须由其他审核人决定。</translation>
    </message>
</context>
<context>
    <name>Objections</name>
    <message>
        <source>filed, awaiting acceptance</source>
        <translation>已提出，待受理</translation>
    </message>
    <message>
        <source>accepted, under verification</source>
        <translation>已受理，核实中</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>credit record</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>suspension notice</source>
        <translation>暂不执行通知</translation>
    </message>
    <message>
        <source>restoration notice</source>
        <translation>信用恢复通知</translation>
    </message>
    <message>
        <source>resumption notice</source>
        <translation>恢复执行通知</translation>
    </message>
</context>
<context>
    <name>PackageService</name>
    <message>
        <source>department: unknown department %1.</source>
        <translation>部门：部门 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 exists already; a package never overwrites a file.</source>
        <translation>%1 已存在；生成推送包时不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>%1 has no new measure tasks to send.</source>
        <translation>%1 没有需要推送的新措施任务。</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有任何数据行。</translation>
    </message>
    <message>
        <source>not a task number</source>
        <translation>不是有效的任务编号</translation>
    </message>
    <message>
        <source>the same task is on row %1</source>
        <translation>同一任务已出现在第 %1 行</translation>
    </message>
    <message>
        <source>there is no such task</source>
        <translation>该任务不存在</translation>
    </message>
    <message>
        <source>not a date (write it as 2026-03-02)</source>
        <translation>不是日期（请按 2026-03-02 的格式填写）</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>task %1 was answered &quot;%2&quot; on %3 already; an answer is never overwritten</source>
        <translation>任务 %1 已于 %3 反馈为“%2”，已有的反馈不会被覆盖</translation>
    </message>
    <message>
        <source>an applied measure needs the date it was applied</source>
        <translation>已执行的措施须填写执行日期</translation>
    </message>
</context>
<context>
    <name>PackageWorkbook</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Choose one of the answers in the list.</source>
        <translation>请从列表中选择一项反馈结果。</translation>
    </message>
    <message>
        <source>Enter a date, such as 2026-03-02.</source>
        <translation>请输入日期，如 2026-03-02。</translation>
    </message>
    <message>
        <source>measure tasks of joint incentives and sanctions</source>
        <translation>联合奖惩措施任务</translation>
    </message>
    <message>
        <source>Fill in one row per task in the yellow columns and send the file back unchanged otherwise.</source>
        <translation>请在黄色列中逐行填写每项任务的反馈情况，其余内容请勿改动，填好后将文件发回。</translation>
    </message>
    <message>
        <source>反馈结果: 已签收 (received), 已执行 (applied: give 执行日期 and 执行文号), 不适用 or 拒绝执行 (give 理由).</source>
        <translation>反馈结果：已签收、已执行（须填写执行日期和执行文号）、不适用或拒绝执行（须填写理由）。</translation>
    </message>
    <message>
        <source>反馈日期 is the day of your answer; it decides whether the answer was on time.</source>
        <translation>反馈日期为作出反馈的日期，据此判断是否按时反馈。</translation>
    </message>
    <message>
        <source>Do not change 任务编号: the office matches your answers by it.</source>
        <translation>请勿修改任务编号：市信用办据此匹配各项反馈。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>无法写入 %1（请检查磁盘是否已满）。</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was written</source>
        <translation>%1 未能写入，未写入任何内容</translation>
    </message>
</context>
<context>
    <name>PdfCreditReportWriter</name>
    <message>
        <source>Credit report: %1</source>
        <translation>信用报告：%1</translation>
    </message>
    <message>
        <source>Credit report</source>
        <translation>信用报告</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主体名称：%1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>代码：%1（%2）</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>查询日期：%1</translation>
    </message>
    <message>
        <source>1. Green channel</source>
        <translation>一、绿色通道</translation>
    </message>
    <message>
        <source>2. Joint measures</source>
        <translation>二、联合奖惩措施</translation>
    </message>
    <message>
        <source>No joint incentive or sanction measure concerns the subject.</source>
        <translation>该主体未涉及任何联合激励或联合惩戒措施。</translation>
    </message>
    <message>
        <source>Table 1  Joint measures as of %1</source>
        <translation>表1  联合奖惩措施（截至 %1）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Implementing departments</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation>（强制性）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why each measure has its status:</source>
        <translation>各项措施状态的依据：</translation>
    </message>
    <message>
        <source>3. Credit records</source>
        <translation>三、信用信息</translation>
    </message>
    <message>
        <source>No credit record of the subject is on file.</source>
        <translation>未查询到该主体的信用信息。</translation>
    </message>
    <message>
        <source>Table 2  Credit records</source>
        <translation>表2  信用信息</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定文书号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Providing department</source>
        <translation>信息提供单位</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示情况</translation>
    </message>
    <message>
        <source>In publicity</source>
        <translation>是否在公示期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Printed on %1 by %2</source>
        <translation>打印人：%2&#x3000;打印日期：%1</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Not permitted: a %1 may not %2.</source>
        <translation>无权操作：%1不得%2。</translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message>
        <source>Not permitted: a %1 may not %2.</source>
        <translation>无权操作：%1不得%2。</translation>
    </message>
    <message>
        <source>Objection %1 is %2; only a filed objection is accepted or not.</source>
        <translation>异议 %1 的状态为“%2”；只有待受理的异议才能决定是否受理。</translation>
    </message>
    <message>
        <source>Objection %1 is %2; only an accepted objection is decided.</source>
        <translation>异议 %1 的状态为“%2”；只有已受理的异议才能作出决定。</translation>
    </message>
    <message>
        <source>You filed or accepted objection %1; another reviewer must decide it.</source>
        <translation>异议 %1 由您登记或受理，须由其他审核人作出决定。</translation>
    </message>
    <message>
        <source>Repair application %1 is %2; materials are taken only while it is open.</source>
        <translation>信用修复申请 %1 的状态为“%2”；只有办理中的申请才能接收材料。</translation>
    </message>
    <message>
        <source>Repair application %1 was %2 already.</source>
        <translation>信用修复申请 %1 已处于“%2”状态。</translation>
    </message>
    <message>
        <source>You took in repair application %1; another reviewer must decide it.</source>
        <translation>信用修复申请 %1 由您受理，须由其他审核人作出决定。</translation>
    </message>
    <message>
        <source>Repair application %1 cannot be approved: missing %2.</source>
        <translation>信用修复申请 %1 不能批准：缺少%2。</translation>
    </message>
    <message>
        <source>List entry %1 was approved already by %2.</source>
        <translation>名单记录 %1 已由 %2 批准。</translation>
    </message>
    <message>
        <source>List entry %1 was revoked before approval.</source>
        <translation>名单记录 %1 在批准前已被撤销。</translation>
    </message>
    <message>
        <source>You proposed list entry %1; another reviewer must approve it.</source>
        <translation>名单记录 %1 由您提请，须由其他审核人批准。</translation>
    </message>
    <message>
        <source>List entry %1 is off its list already (%2 on %3).</source>
        <translation>名单记录 %1 已移出名单（%3 %2）。</translation>
    </message>
    <message>
        <source>You filed objection %1; another reviewer must decide not to accept it.</source>
        <translation>异议 %1 由您登记，是否不予受理须由其他审核人决定。</translation>
    </message>
</context>
<context>
    <name>PublicExportService</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>无法写入 %1（请检查磁盘是否已满）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--out: a file ending in .xlsx, .csv or .json.</source>
        <translation>--out：须为扩展名为 .xlsx、.csv 或 .json 的文件。</translation>
    </message>
    <message>
        <source>%1 exists already; the export does not overwrite it.</source>
        <translation>%1 已存在，导出不会覆盖该文件。</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was written</source>
        <translation>%1 未能写入，未写入任何内容</translation>
    </message>
</context>
<context>
    <name>Random</name>
    <message>
        <source>Cannot generate a negative number of random bytes.</source>
        <translation>无法生成负数个随机字节。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed (%1).</source>
        <translation>系统随机数生成器发生故障（%1）。</translation>
    </message>
</context>
<context>
    <name>ReadSnapshot</name>
    <message>
        <source>A read snapshot is for a local database file only.</source>
        <translation>读取快照仅适用于本地数据库文件。</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>subject: required.</source>
        <translation>主体：必填。</translation>
    </message>
    <message>
        <source>decision number: required.</source>
        <translation>决定文书号：必填。</translation>
    </message>
    <message>
        <source>category: required.</source>
        <translation>类别：必填。</translation>
    </message>
    <message>
        <source>decision date: required, as YYYY-MM-DD.</source>
        <translation>决定日期：必填，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>decision date: %1 lies in the future.</source>
        <translation>决定日期：%1 为将来日期。</translation>
    </message>
    <message>
        <source>severity: a negative record is minor, general or serious.</source>
        <translation>严重程度：失信信息的严重程度应为轻微、一般或严重。</translation>
    </message>
    <message>
        <source>severity: a positive record has no severity.</source>
        <translation>严重程度：守信信息不设严重程度。</translation>
    </message>
    <message>
        <source>severity: only a serious record can be &quot;specific serious&quot;.</source>
        <translation>严重程度：只有严重失信信息才能认定为“特定严重失信”。</translation>
    </message>
    <message>
        <source>publication date: it lies between the decision date and today.</source>
        <translation>公示日期：应在决定日期与今天之间。</translation>
    </message>
    <message>
        <source>providing department: required.</source>
        <translation>信息提供单位：必填。</translation>
    </message>
    <message>
        <source>providing department: unknown department %1.</source>
        <translation>信息提供单位：部门 %1 不存在。</translation>
    </message>
    <message>
        <source>decision number: %1 of %2 is already recorded as record %3.</source>
        <translation>决定文书号：%2 的 %1 已登记为信用信息 %3。</translation>
    </message>
    <message>
        <source>There is no credit record %1.</source>
        <translation>信用信息 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>RepairService</name>
    <message>
        <source>Repair application %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>信用修复申请 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>There is no repair application %1.</source>
        <translation>信用修复申请 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no credit record %1.</source>
        <translation>信用信息 %1 不存在。</translation>
    </message>
    <message>
        <source>Record %1 is positive information; only dishonesty is repaired.</source>
        <translation>信用信息 %1 为守信信息；只有失信信息才能进行信用修复。</translation>
    </message>
    <message>
        <source>Record %1 was withdrawn on %2; there is nothing to repair.</source>
        <translation>信用信息 %1 已于 %2 撤回，无需修复。</translation>
    </message>
    <message>
        <source>Record %1 was repaired on %2 already.</source>
        <translation>信用信息 %1 已于 %2 完成信用修复。</translation>
    </message>
    <message>
        <source>There is no list entry %1.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>List entry %1 is on the red list; only the black list is left by repair.</source>
        <translation>名单记录 %1 属于红名单；只有黑名单记录才能通过信用修复移出。</translation>
    </message>
    <message>
        <source>List entry %1 is not on the black list on %2.</source>
        <translation>名单记录 %1 在 %2 未列入黑名单。</translation>
    </message>
    <message>
        <source>Record %1 is &quot;specific serious&quot; information: under %2 it is published for the full period and cannot be repaired.</source>
        <translation>信用信息 %1 属于“特定严重失信”信息：依据%2，须公示满全部期限，不予修复。</translation>
    </message>
    <message>
        <source>The publication of record %1 ended by itself on %2 (the maximum period under %3); there is nothing to repair.</source>
        <translation>信用信息 %1 已于 %2 自动终止公示（已满%3规定的最长公示期），无需修复。</translation>
    </message>
    <message>
        <source>The minimum publicity period of record %1 under %2 runs until %3; a repair can be applied for from then.</source>
        <translation>依据%2，信用信息 %1 的最短公示期至 %3 届满，届满后方可申请信用修复。</translation>
    </message>
    <message numerus="yes">
        <source>The subject&apos;s repair %1 was approved on %2; the office bars another application for %n year(s) (setting repair_bar_years).</source>
        <translation>
            <numerusform>该主体的信用修复申请 %1 已于 %2 获批；按本办规定，%n 年内不得再次申请（设置项 repair_bar_years）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair application %1 on the same information is still open.</source>
        <translation>针对同一信息的信用修复申请 %1 尚在办理中。</translation>
    </message>
    <message>
        <source>filing date: a date not in the future.</source>
        <translation>申请日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>Repair application %1 is %2; materials are taken only while it is open.</source>
        <translation>信用修复申请 %1 的状态为“%2”；只有办理中的申请才能接收材料。</translation>
    </message>
    <message>
        <source>material: %1 is not asked of this subject.</source>
        <translation>材料：“%1”不在该主体的材料清单中。</translation>
    </message>
    <message>
        <source>date received: between the filing (%1) and today.</source>
        <translation>收到日期：应在申请日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>reason: a rejection states which condition is not met.</source>
        <translation>理由：驳回须说明不符合哪项条件。</translation>
    </message>
    <message>
        <source>Repair application %1 was %2 already.</source>
        <translation>信用修复申请 %1 已处于“%2”状态。</translation>
    </message>
    <message>
        <source>Not permitted: you took in repair application %1; another reviewer must decide it.</source>
        <translation>无权操作：信用修复申请 %1 由您受理，须由其他审核人作出决定。</translation>
    </message>
    <message>
        <source>decision date: between the filing (%1) and today.</source>
        <translation>决定日期：应在申请日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>Repair application %1 cannot be approved: missing %2.</source>
        <translation>信用修复申请 %1 不能批准：缺少%2。</translation>
    </message>
    <message>
        <source>repair %1 approved</source>
        <translation>信用修复申请 %1 已获批准</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>submitted</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>credit record</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>repair application form</source>
        <translation>信用修复申请表</translation>
    </message>
    <message>
        <source>proof that the conduct was corrected and every obligation met</source>
        <translation>已纠正失信行为并履行全部相关义务的证明材料</translation>
    </message>
    <message>
        <source>public credit commitment that the materials are true</source>
        <translation>关于申请材料真实性的公开信用承诺书</translation>
    </message>
    <message>
        <source>credit repair training or public service</source>
        <translation>信用修复培训或公益服务</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>--out: %1 must end in %2; the extension chooses the format.</source>
        <translation>--out：%1 的扩展名须为 %2；输出格式由扩展名决定。</translation>
    </message>
    <message>
        <source>%1 already exists; it was left alone (--force replaces it).</source>
        <translation>%1 已存在，未作改动（指定 --force 可替换该文件）。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>无法写入 %1：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was written</source>
        <translation>%1 未能写入，未写入任何内容</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>period: &quot;%1&quot; is not a month (2026-10), a quarter (2026Q3), a year (2026) or a date range of at most ten years (2026-01-01..2026-06-30).</source>
        <translation>统计期间：“%1”不是月份（2026-10）、季度（2026Q3）、年度（2026）或不超过十年的日期范围（2026-01-01..2026-06-30）。</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>a month: year, month</comment>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>case officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>A rule set needs the date from which it is in force.</source>
        <translation>规则版本须注明施行日期。</translation>
    </message>
    <message>
        <source>A rule set needs its source document.</source>
        <translation>规则版本须注明来源文件。</translation>
    </message>
    <message>
        <source>The rule set has no periods for %1 records.</source>
        <translation>该规则版本未设定%1失信信息的期限。</translation>
    </message>
    <message>
        <source>The periods for %1 records must be from 0 to %2 months.</source>
        <translation>%1失信信息的期限须为 0 至 %2 个月。</translation>
    </message>
    <message>
        <source>For %1 records the minimum period (%2 months) is longer than the maximum (%3 months).</source>
        <translation>%1失信信息的最短期限（%2 个月）长于最长期限（%3 个月）。</translation>
    </message>
    <message>
        <source>Only serious records can have a period for specific serious cases.</source>
        <translation>只有严重失信信息才能设定特定严重情形的期限。</translation>
    </message>
    <message>
        <source>The period for specific serious records must be from 0 to %1 months.</source>
        <translation>特定严重失信信息的期限须为 0 至 %1 个月。</translation>
    </message>
    <message>
        <source>The decision date is not a valid date.</source>
        <translation>决定日期无效。</translation>
    </message>
    <message>
        <source>There are no publicity rule sets; an administrator must add one before periods can be worked out.</source>
        <translation>尚无公示规则版本；须由管理员添加后才能计算期限。</translation>
    </message>
    <message>
        <source>The decision date %1 is before every rule set; the earliest, in force from %2, was applied.</source>
        <translation>决定日期 %1 早于所有规则版本，已适用最早的规则版本（自 %2 起施行）。</translation>
    </message>
    <message>
        <source>Only a serious record can be specific serious; this one is %1.</source>
        <translation>只有严重失信信息才能认定为特定严重失信；该信息为%1。</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>Invalid scrypt parameters (N=%1, r=%2, p=%3).</source>
        <translation>scrypt 参数无效（N=%1、r=%2、p=%3）。</translation>
    </message>
    <message>
        <source>The cryptographic library does not provide scrypt (%1).</source>
        <translation>加密库不支持 scrypt（%1）。</translation>
    </message>
    <message>
        <source>Deriving a key from the password failed; the computer may be short of memory (%1).</source>
        <translation>由密码派生密钥失败，计算机内存可能不足（%1）。</translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>A key operation failed (%1): %2</source>
        <translation>密钥操作失败（%1）：%2</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Self-test failed: no temporary folder (%1).</source>
        <translation>自检失败：无法创建临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>Self-test failed: the main window did not show its pages.</source>
        <translation>自检失败：主窗口未能显示各功能页面。</translation>
    </message>
    <message>
        <source>CreditDesk %1 self-test passed: a new database opened with SQLCipher %2, the main window showed its %3 pages.</source>
        <translation>CreditDesk %1 自检通过：已用 SQLCipher %2 新建并打开数据库，主窗口已显示全部 %3 个功能页面。</translation>
    </message>
    <message>
        <source>Self-test failed: %1</source>
        <translation>自检失败：%1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>postgresql://user@host:port/database</source>
        <translation>postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: write it as %2.</source>
        <translation>“%1”不是服务器地址：请写成 %2。</translation>
    </message>
    <message>
        <source>The server address must not hold a password: it is asked for when you sign in.</source>
        <translation>服务器地址中不能包含密码：登录时会询问密码。</translation>
    </message>
    <message>
        <source>The server address names no host: write it as %1.</source>
        <translation>服务器地址中没有主机：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address names several hosts; give the one server of the office.</source>
        <translation>服务器地址中有多个主机；请只写本单位的那一台服务器。</translation>
    </message>
    <message>
        <source>The server address has no valid port: write it as %1.</source>
        <translation>服务器地址中没有有效的端口：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address names no user: write it as %1.</source>
        <translation>服务器地址中没有用户：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address names no database: write it as %1.</source>
        <translation>服务器地址中没有数据库：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address asks for sslmode=%1. CreditDesk connects to a server only over TLS with the server&apos;s certificate checked against the office CA (sslmode=verify-full): remove the setting from the address.</source>
        <translation>服务器地址要求 sslmode=%1。CreditDesk 只通过 TLS 连接服务器，并用本单位 CA 核验服务器的证书（sslmode=verify-full）：请从地址中删除该设置。</translation>
    </message>
    <message>
        <source>The server address&apos;s connect_timeout must be a number of seconds from 1 to 300, not &quot;%1&quot;.</source>
        <translation>服务器地址中的 connect_timeout 必须是 1 到 300 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The server address sets %1, which CreditDesk does not take from an address; only sslmode=verify-full and connect_timeout may follow the &apos;?&apos;.</source>
        <translation>服务器地址设置了 %1，CreditDesk 不接受在地址中设置它；“?”之后只能写 sslmode=verify-full 和 connect_timeout。</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Creating the tables on the server</source>
        <translation>正在服务器上建表</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>正在比对 %1</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the file but %3 on the server after the copy; nothing was saved on the server.</source>
        <translation>复制后表 %1 在文件中有 %2 行，在服务器上却有 %3 行；服务器上未保存任何内容。</translation>
    </message>
    <message>
        <source>The table %1 differs between the file and the server after the copy (checksum %2 in the file, %3 on the server); nothing was saved on the server.</source>
        <translation>复制后表 %1 在文件与服务器之间不一致（文件中校验和为 %2，服务器上为 %3）；服务器上未保存任何内容。</translation>
    </message>
    <message>
        <source>Verifying the audit trail on the server</source>
        <translation>正在服务器上校验审计记录</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server: %1. Nothing was saved on the server.</source>
        <translation>审计记录在服务器上校验未通过：%1。服务器上未保存任何内容。</translation>
    </message>
    <message>
        <source>The audit trail on the server ends at entry %1, the file&apos;s at entry %2; nothing was saved on the server.</source>
        <translation>服务器上的审计记录止于第 %1 条，文件中的止于第 %2 条；服务器上未保存任何内容。</translation>
    </message>
    <message>
        <source>Audit entry %1 on the server differs from the one the key file of %2 records; nothing was saved on the server.</source>
        <translation>服务器上的第 %1 条审计记录与 %2 的密钥文件所记载的不符；服务器上未保存任何内容。</translation>
    </message>
    <message>
        <source>Recording the move in the server&apos;s audit trail</source>
        <translation>正在服务器的审计记录中登记本次迁移</translation>
    </message>
    <message>
        <source>Saving on the server</source>
        <translation>正在服务器上保存</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign-in failed: unknown user or wrong password.</source>
        <translation>登录失败：用户不存在或密码错误。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CreditDesk database.</source>
        <translation>%1 是文件夹，不是 CreditDesk 数据库。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CreditDesk database.</source>
        <translation>%1 是未加密的 SQLite 文件，不是 CreditDesk 数据库。</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database, or its key file %2 is missing (restore the key file from the backup it was saved with).</source>
        <translation>%1 不是 CreditDesk 数据库，或其密钥文件 %2 缺失（请从保存该密钥文件的备份中恢复）。</translation>
    </message>
    <message>
        <source>The user name must not be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <source>The password must be at least 8 bytes long.</source>
        <translation>密码长度至少为 8 字节。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 已存在，未覆盖任何内容。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable; nothing was created.</source>
        <translation>文件夹 %1 不可写入，未创建任何内容。</translation>
    </message>
    <message>
        <source>The audit trail of %1 ends at entry %2, but the key file records entry %3: entries were cut off the end.</source>
        <translation>%1 的审计记录止于第 %2 条，但密钥文件记载至第 %3 条：末尾的审计记录已被截除。</translation>
    </message>
    <message>
        <source>Audit entry %1 of %2 differs from the one recorded in the key file.</source>
        <translation>%2 的第 %1 条审计记录与密钥文件中记载的不一致。</translation>
    </message>
    <message>
        <source>A change is already in progress.</source>
        <translation>已有一项更改正在进行。</translation>
    </message>
    <message>
        <source>Not permitted: the user %1 has been disabled.</source>
        <translation>无权操作：用户 %1 已被停用。</translation>
    </message>
    <message>
        <source>An audit entry must be written inside the change it records.</source>
        <translation>审计记录须在其所记录的更改中一并写入。</translation>
    </message>
    <message>
        <source>The recovery key is wrong; nothing was changed.</source>
        <translation>恢复密钥错误，未作任何更改。</translation>
    </message>
    <message>
        <source>There is no active user named %1.</source>
        <translation>不存在名为 %1 的在用用户。</translation>
    </message>
    <message>
        <source>The session that started this work has ended.</source>
        <translation>启动此项工作的登录会话已结束。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>working days a department has to feed back on a measure task</source>
        <translation>部门对措施任务作出执行反馈的期限（工作日）</translation>
    </message>
    <message>
        <source>working days to publish a licensing or penalty decision</source>
        <translation>行政许可、行政处罚决定的公示期限（工作日）</translation>
    </message>
    <message>
        <source>working days the providing department has to verify disputed information</source>
        <translation>信息提供单位核实异议信息的期限（工作日）</translation>
    </message>
    <message>
        <source>working days to decide whether an objection is accepted</source>
        <translation>决定是否受理异议的期限（工作日）</translation>
    </message>
    <message>
        <source>working days to decide a repair application with complete materials</source>
        <translation>材料齐全的信用修复申请的办理期限（工作日）</translation>
    </message>
    <message>
        <source>whether a term is extended by the time its measures were suspended</source>
        <translation>是否按措施暂不执行的时间顺延期限</translation>
    </message>
    <message>
        <source>years a repeat offender may not apply for repair (0: no bar)</source>
        <translation>多次失信的主体不得申请信用修复的年限（0 表示不限制）</translation>
    </message>
    <message>
        <source>The setting %1 holds &quot;%2&quot;, which is neither true nor false.</source>
        <translation>设置项 %1 的值为“%2”，既不是 true 也不是 false。</translation>
    </message>
    <message>
        <source>The setting %1 holds &quot;%2&quot;, which is not a whole number from %3 to %4.</source>
        <translation>设置项 %1 的值为“%2”，不是 %3 至 %4 之间的整数。</translation>
    </message>
    <message>
        <source>The setting %1 is true or false, not a number.</source>
        <translation>设置项 %1 的取值为 true 或 false，而不是数字。</translation>
    </message>
    <message>
        <source>The setting %1 must be from %2 to %3.</source>
        <translation>设置项 %1 的取值须为 %2 至 %3。</translation>
    </message>
    <message>
        <source>The setting %1 is a number, not true or false.</source>
        <translation>设置项 %1 的取值为数字，而不是 true 或 false。</translation>
    </message>
    <message>
        <source>The setting %1 takes true or false, not &quot;%2&quot;.</source>
        <translation>设置项 %1 的取值为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>The setting %1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>设置项 %1 的取值为整数，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>%1 exists already; nothing was overwritten.</source>
        <translation>%1 已存在，未覆盖任何内容。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Nothing can be written in the folder %1 (it is read-only or the disk is full).</source>
        <translation>无法在文件夹 %1 中写入（文件夹为只读或磁盘已满）。</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 未写入。</translation>
    </message>
    <message>
        <source>%1 could not be replaced (is it open in another program?).</source>
        <translation>无法替换 %1（请检查该文件是否已被其他程序打开）。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SubjectKinds</name>
    <message>
        <source>legal person</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>unincorporated organisation</source>
        <translation>非法人组织</translation>
    </message>
    <message>
        <source>individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>directly responsible person</source>
        <translation>直接责任人员</translation>
    </message>
    <message>
        <source>director</source>
        <translation>董事</translation>
    </message>
    <message>
        <source>shareholder</source>
        <translation>股东</translation>
    </message>
</context>
<context>
    <name>SubjectService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>代码为空。</translation>
    </message>
    <message>
        <source>This is a citizen ID; a %1 is registered under its unified social credit code.</source>
        <translation>这是身份证号码；%1应以统一社会信用代码登记。</translation>
    </message>
    <message>
        <source>This is a unified social credit code; a natural person is registered under their citizen ID.</source>
        <translation>这是统一社会信用代码；自然人应以身份证号码登记。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>名称过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation>名称中含有控制字符。</translation>
    </message>
    <message>
        <source>There is no subject %1.</source>
        <translation>主体 %1 不存在。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>地址过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期 %1 为将来日期。</translation>
    </message>
    <message>
        <source>%1 is already registered, as %2 (subject %3).</source>
        <translation>%1 已登记，名称为“%2”（主体 %3）。</translation>
    </message>
    <message>
        <source>Subject %1 is already called %2.</source>
        <translation>主体 %1 的现用名已是“%2”。</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>%1 (subject %2) is a natural person, not an organisation.</source>
        <translation>%1（主体 %2）是自然人，不是组织。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>%1 (subject %2) is not a natural person but of the kind %3.</source>
        <translation>%1（主体 %2）不是自然人，而是%3。</translation>
    </message>
    <message>
        <source>%1 is already linked to %2 as %3.</source>
        <translation>%1 已以%3身份关联至 %2。</translation>
    </message>
    <message>
        <source>Subject %1 is not linked to subject %2 as %3.</source>
        <translation>主体 %1 未以%3身份关联至主体 %2。</translation>
    </message>
    <message>
        <source>until</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>The link cannot end on %1, before it began on %2.</source>
        <translation>关联关系不能于 %1 终止，该日期早于其开始日期 %2。</translation>
    </message>
    <message>
        <source>Subject %1 is of the kind %2; only a natural person&apos;s code is masked.</source>
        <translation>主体 %1 的类型为%2；只有自然人的号码才脱敏显示。</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>数量上限</translation>
    </message>
    <message>
        <source>The limit must be 0 (no limit) or more.</source>
        <translation>数量上限须为不小于 0 的整数（0 表示不限）。</translation>
    </message>
</context>
<context>
    <name>SupervisionCharts</name>
    <message>
        <source>Fed back on time</source>
        <translation>按时反馈</translation>
    </message>
    <message>
        <source>Ranking: feedback on time, %1 (* lagging behind)</source>
        <translation>按时反馈率排名（%1，* 为工作滞后部门）</translation>
    </message>
    <message>
        <source>share of the tasks due</source>
        <translation>占到期任务的比例</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时反馈</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期反馈</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未反馈</translation>
    </message>
    <message>
        <source>On-time share per department, %1</source>
        <translation>各部门按时反馈情况（%1）</translation>
    </message>
    <message>
        <source>Feedback on time</source>
        <translation>按时反馈率</translation>
    </message>
    <message>
        <source>Records published on time</source>
        <translation>信用信息按时公示率</translation>
    </message>
    <message>
        <source>Trend of the office&apos;s shares</source>
        <translation>按时反馈率与按时公示率趋势</translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <source>Office total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n measure task(s) still without feedback after the deadline</source>
        <translation>
            <numerusform>%n项措施任务逾期未反馈</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback on time for %1 of the tasks due, below %2</source>
        <translation>按时反馈率为%1，低于%2</translation>
    </message>
    <message>
        <source>%1 of the credit records published within the deadline, below %2</source>
        <translation>信用信息按时公示率为%1，低于%2</translation>
    </message>
    <message>
        <source>%1 of the objection verifications on time, below %2</source>
        <translation>异议按时核实率为%1，低于%2</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>A copy to a server goes from a local database file to a database server.</source>
        <translation>复制到服务器只能从本地数据库文件复制到数据库服务器。</translation>
    </message>
    <message>
        <source>The column %1 of the table %2 on the server has the type %3, which a move from a local file does not know how to fill.</source>
        <translation>服务器上表 %2 的列 %1 的类型为 %3，从本地文件迁移时无法填写该类型。</translation>
    </message>
    <message>
        <source>The foreign keys of the tables %1 on the server refer to each other in a circle, so no order of copying fills every parent first.</source>
        <translation>服务器上表 %1 的外键相互循环引用，无法找到先复制上级表的顺序。</translation>
    </message>
    <message>
        <source>The server database %1 is at schema version %2 and the file %3 at %4; both must be at the same version. Nothing was written.</source>
        <translation>服务器数据库 %1 的数据结构版本为 %2，文件 %3 的为 %4；两者必须相同。未写入任何内容。</translation>
    </message>
    <message>
        <source>The server database %1 has no table %2, which the file %3 has. Nothing was written.</source>
        <translation>服务器数据库 %1 没有文件 %3 中的表 %2。未写入任何内容。</translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in the file %3 but %4 on the server %5. Nothing was written.</source>
        <translation>表 %1 在文件 %3 中的列为 %2，在服务器 %5 上却为 %4。未写入任何内容。</translation>
    </message>
    <message>
        <source>The server database %1 has a table %2, which the file %3 does not have. Nothing was written.</source>
        <translation>服务器数据库 %1 有文件 %3 中没有的表 %2。未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more tables</source>
        <translation>
            <numerusform>%1 及另外 %n 张表</numerusform>
        </translation>
    </message>
    <message>
        <source>The server database %1 already holds data: %2. A local database moves only into a new database that holds nothing but what its migrations put there. Nothing was written.</source>
        <translation>服务器数据库 %1 中已有数据：%2。本地数据库只能迁移到一个除迁移脚本写入的内容外别无数据的新数据库。未写入任何内容。</translation>
    </message>
    <message>
        <source>The file %1 holds &quot;%2&quot; in the column %3 of the table %4 (%5), which is not a value that column can hold; nothing was written to the server.</source>
        <translation>文件 %1 中表 %4 的列 %3（%5）存有“%2”，该列不能存放这样的值；未向服务器写入任何内容。</translation>
    </message>
    <message>
        <source>The database %1 holds &quot;%2&quot; in the column %3 of the table %4 (%5), which is not a value that column can hold.</source>
        <translation>数据库 %1 中表 %4 的列 %3（%5）存有“%2”，该列不能存放这样的值。</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is named like a spreadsheet but is not an Excel workbook. Open it in Excel or WPS and save it as XLSX.</source>
        <translation>%1 的扩展名表明其为电子表格，但它并非 Excel 工作簿。请用 Excel 或 WPS 打开并另存为 XLSX 格式。</translation>
    </message>
    <message>
        <source>%1 is neither a spreadsheet nor a CSV text file.</source>
        <translation>%1 既不是电子表格，也不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook: the zip archive is damaged or cut short. Save it again from Excel or WPS.</source>
        <translation>%1 不是可读取的 XLSX 工作簿：ZIP 压缩包已损坏或不完整。请用 Excel 或 WPS 重新保存。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 不是 XLSX 工作簿：缺少 %2。</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large to read.</source>
        <translation>%1：其中的部件 %2 过大，无法读取。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation>%1：无法读取 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 breaks off (a truncated or corrupted file).</source>
        <translation>%1 已损坏：%2 不完整（文件被截断或已损坏）。</translation>
    </message>
</context>
<context>
    <name>TipService</name>
    <message>
        <source>There is no confidential report %1.</source>
        <translation>举报 %1 不存在。</translation>
    </message>
    <message>
        <source>content: say what was reported.</source>
        <translation>举报内容：请填写举报的具体内容。</translation>
    </message>
    <message>
        <source>reporter: a name is needed (it is kept confidential).</source>
        <translation>举报人：须填写姓名（予以保密）。</translation>
    </message>
    <message>
        <source>date received: a date not in the future.</source>
        <translation>收到日期：不得晚于今天。</translation>
    </message>
    <message>
        <source>subject: there is no subject %1.</source>
        <translation>主体：主体 %1 不存在。</translation>
    </message>
    <message>
        <source>reported subject: name the subject reported.</source>
        <translation>被举报对象：请填写被举报的主体。</translation>
    </message>
    <message>
        <source>outcome: say what the verification found.</source>
        <translation>核查结果：请填写核查情况。</translation>
    </message>
    <message>
        <source>Confidential report %1 was closed on %2 already.</source>
        <translation>举报 %1 已于 %2 办结。</translation>
    </message>
    <message>
        <source>closing date: between the date received (%1) and today.</source>
        <translation>办结日期：应在收到日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>Confidential report %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>举报 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The reporter of confidential report %1 is missing from the database.</source>
        <translation>数据库中缺少举报 %1 的举报人信息。</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation>数据库正在处理其他程序的更改，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>A transaction could not start: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>更改未能保存：%1</translation>
    </message>
    <message>
        <source>nothing was saved in %1</source>
        <translation>%1 中未保存任何内容</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost; nothing was saved. Sign in again.</source>
        <translation>与数据库服务器 %1 的连接已断开，未保存任何内容。请重新登录。</translation>
    </message>
    <message>
        <source>The database server is busy with another desk&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation>数据库服务器正在处理其他工作台的更改，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost before the change was confirmed: it may or may not have been saved. Sign in again and look.</source>
        <translation>在更改得到确认之前，与数据库服务器 %1 的连接已断开：更改可能已保存，也可能未保存。请重新登录后查看。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password is too short: it must be at least 8 bytes (a Chinese character counts as 3).</source>
        <translation>密码过短：至少须为 8 字节（一个汉字计 3 字节）。</translation>
    </message>
    <message>
        <source>The password is too long: at most 1024 bytes.</source>
        <translation>密码过长：最多 1024 字节。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名“%1”无效：请使用 1 至 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>名为 %1 的用户已存在。</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>当前密码错误，密码未修改。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>用户 %1 已被停用。</translation>
    </message>
    <message>
        <source>The user %1 is already disabled.</source>
        <translation>用户 %1 已处于停用状态。</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be disabled.</source>
        <translation>%1 是最后一名管理员，不能停用。</translation>
    </message>
</context>
<context>
    <name>VerifyService</name>
    <message>
        <source>Page %1 of the database fails its authentication check (damaged or altered).</source>
        <translation>数据库第 %1 页未通过认证检查（已损坏或被篡改）。</translation>
    </message>
    <message>
        <source>Page check: %1</source>
        <translation>页面检查：%1</translation>
    </message>
    <message>
        <source>Structure check: %1</source>
        <translation>结构检查：%1</translation>
    </message>
    <message>
        <source>A row refers to a missing row: %1</source>
        <translation>存在引用缺失数据行的记录：%1</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>审计记录：%1</translation>
    </message>
    <message>
        <source>the trail ends at entry %1 but the key file records entry %2: entries %3 to %2 were cut off</source>
        <translation>审计记录止于第 %1 条，但密钥文件记载至第 %2 条：第 %3 条至第 %2 条已被截除</translation>
    </message>
    <message>
        <source>entry %1 differs from the one recorded in the key file</source>
        <translation>第 %1 条审计记录与密钥文件中记载的不一致</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The built-in working-day calendar is missing from this build.</source>
        <translation>本版本缺少内置工作日历。</translation>
    </message>
    <message>
        <source>The year %1 is outside the years a calendar can hold (%2 to %3).</source>
        <translation>年份 %1 超出日历可容纳的年份范围（%2 至 %3）。</translation>
    </message>
    <message>
        <source>The arrangement for %1 lists a date that is not valid.</source>
        <translation>%1 年的节假日安排中含有无效日期。</translation>
    </message>
    <message>
        <source>%1 does not belong to the arrangement for %2, which may only reach into the December before and the January after.</source>
        <translation>%1 不属于 %2 年的节假日安排；该安排最多只能延伸至上一年 12 月和下一年 1 月。</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be a make-up working day.</source>
        <translation>%1 是周一至周五的工作日；只有周六或周日才能作为调休上班日。</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a make-up working day.</source>
        <translation>%1 既是节假日又是调休上班日。</translation>
    </message>
</context>
<context>
    <name>XlsxNoticeWriter</name>
    <message>
        <source>Cannot create a temporary folder for the spreadsheet.</source>
        <translation>无法为电子表格创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot start the spreadsheet.</source>
        <translation>无法创建电子表格。</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
</context>
<context>
    <name>cd::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Signs in with this, e.g. zhangwei</source>
        <translation>登录时使用，如 zhangwei</translation>
    </message>
    <message>
        <source>As colleagues see it, e.g. 张伟</source>
        <translation>同事看到的名称，如 张伟</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>At least 8 bytes: a Chinese character counts as 3.</source>
        <translation>至少 8 个字节，一个汉字按 3 个字节计。</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>请输入新用户的用户名。</translation>
    </message>
</context>
<context>
    <name>cd::AdminPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Measure catalogue</source>
        <translation>措施目录</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Rules and settings</source>
        <translation>规则与设置</translation>
    </message>
</context>
<context>
    <name>cd::ApplyRepairDialog</name>
    <message>
        <source>Repair application</source>
        <translation>信用修复申请</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>To repair:</source>
        <translation>修复对象：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Credit record %1 %2 (%3, %4)</source>
        <translation>信用信息 %1 %2（%3，%4）</translation>
    </message>
    <message>
        <source>Black-list entry %1 (%2)</source>
        <translation>黑名单记录 %1（%2）</translation>
    </message>
    <message>
        <source>subject: choose the subject that applies.</source>
        <translation>主体：请选择申请信用修复的主体。</translation>
    </message>
    <message>
        <source>to repair: the subject has no negative record or black-list entry.</source>
        <translation>修复对象：该主体没有失信信息或黑名单记录。</translation>
    </message>
    <message>
        <source>filing date: a date as YYYY-MM-DD, not in the future.</source>
        <translation>申请日期：请按 YYYY-MM-DD 格式填写，且不得晚于今天。</translation>
    </message>
</context>
<context>
    <name>cd::AuditTab</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>cd::BrowseModel</name>
    <message>
        <source>This column cannot be sorted: the list keeps to orders the database can page quickly.</source>
        <translation>此列不能排序：列表仅支持数据库能够快速分页的排序方式。</translation>
    </message>
</context>
<context>
    <name>cd::CalendarTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>增加日期(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>A UTF-8 text file: &apos;year 2027&apos;, then lines such as &apos;holiday 2027-10-01..2027-10-07 国庆&apos; and &apos;workday 2027-09-26 国庆调休&apos;.</source>
        <translation>UTF-8 文本文件：先写“year 2027”，再逐行写“holiday 2027-10-01..2027-10-07 国庆”“workday 2027-09-26 国庆调休”等。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1;color:%2&quot;&gt;&amp;nbsp;day off&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3;color:%4&quot;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1;color:%2&quot;&gt;&amp;nbsp;放假&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3;color:%4&quot;&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>期限起算日</translation>
    </message>
    <message>
        <source>Holidays and make-up working days of %1 (source: %2). Years with an arrangement: %3.</source>
        <translation>%1 年节假日及调休上班日（来源：%2）。已有节假日安排的年份：%3。</translation>
    </message>
    <message>
        <source>No holiday arrangement for %1 has been imported: deadlines in %1 count plain Monday-to-Friday weeks until an administrator imports the State Council&apos;s notice.</source>
        <translation>尚未导入 %1 年的节假日安排：在管理员导入国务院办公厅节假日安排通知之前，%1 年内的期限按普通的周一至周五工作周计算。</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <source>Choose a day in the list first.</source>
        <translation>请先在列表中选择一个日期。</translation>
    </message>
    <message>
        <source>%1 was added to the arrangement for %2.</source>
        <translation>已将 %1 列入 %2 年的节假日安排。</translation>
    </message>
    <message>
        <source>%1 was taken out of the arrangement for %2; it counts as an ordinary %3 now.</source>
        <translation>已将 %1 从 %2 年的节假日安排中删除，该日现按普通的%3计算。</translation>
    </message>
    <message>
        <source>Import a holiday arrangement</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Calendar files (*.txt);;All files (*)</source>
        <translation>日历文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported the holiday arrangement of %1 from %2.</source>
        <translation>已从 %2 导入 %1 年的节假日安排。</translation>
    </message>
    <message>
        <source>It replaces the earlier arrangement of %1.</source>
        <translation>原有的 %1 年节假日安排已被替换。</translation>
    </message>
</context>
<context>
    <name>cd::CaseDetailDialog</name>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>是否选用</translation>
    </message>
    <message>
        <source>Reason left out</source>
        <translation>不选用理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>推送日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>On</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>文号或理由</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Push to departments</source>
        <translation>推送至各部门(&amp;P)</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>登记反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Measure tasks</source>
        <translation>措施任务</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>list entry %1</source>
        <translation>名单记录 %1</translation>
    </message>
    <message>
        <source>%1 %2 of %3, %4</source>
        <translation>%1 %2（%3），%4</translation>
    </message>
    <message>
        <source>credit record %1</source>
        <translation>信用信息 %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Pushed by %1 on %2</source>
        <translation>&lt;br&gt;%1 于 %2 推送</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2&lt;/h3&gt;&lt;b&gt;State: %3&lt;/b&gt; · %4&lt;br&gt;Subject: %5 (%6)&lt;br&gt;Initiated by %7 · memorandum: %8&lt;br&gt;Basis: %9&lt;br&gt;Term: %10 – %11&lt;br&gt;Drafted by %12 on %13%14</source>
        <translation>&lt;h3&gt;%1 — %2&lt;/h3&gt;&lt;b&gt;状态：%3&lt;/b&gt; · %4&lt;br&gt;主体：%5（%6）&lt;br&gt;发起单位：%7 · 合作备忘录：%8&lt;br&gt;依据：%9&lt;br&gt;期限：%10 至 %11&lt;br&gt;%12 于 %13 起草%14</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>强制性</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐性</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>primary subject</source>
        <translation>案件主体</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期反馈）</translation>
    </message>
    <message>
        <source>Approve case</source>
        <translation>批准案件</translation>
    </message>
    <message numerus="yes">
        <source>Approve case %1 against %2 with %n measure(s)?</source>
        <translation>
            <numerusform>是否批准针对%2的案件 %1（共 %n 项措施）？</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject case</source>
        <translation>驳回案件</translation>
    </message>
    <message>
        <source>Why is case %1 rejected? The drafter reads this.</source>
        <translation>请填写驳回案件 %1 的理由（起草人将看到此内容）：</translation>
    </message>
    <message>
        <source>Withdraw case</source>
        <translation>撤回案件</translation>
    </message>
    <message>
        <source>Withdraw case %1? It cannot be pushed afterwards.</source>
        <translation>是否撤回案件 %1？撤回后将无法推送。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Decided by %1 on %2</source>
        <translation>&lt;br&gt;%1 于 %2 审批</translation>
    </message>
    <message>
        <source>&lt;br&gt;Decided by %1 on %2: %3</source>
        <translation>&lt;br&gt;%1 于 %2 审批：%3</translation>
    </message>
    <message>
        <source>Record ac&amp;knowledgement</source>
        <translation>登记签收(&amp;K)</translation>
    </message>
    <message>
        <source>File objection…</source>
        <translation>登记异议…</translation>
    </message>
</context>
<context>
    <name>cd::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>合作备忘录</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>起草人</translation>
    </message>
    <message>
        <source>Drafted at</source>
        <translation>起草时间</translation>
    </message>
</context>
<context>
    <name>cd::CasesPage</name>
    <message>
        <source>Search by case number, code or part of a name (Ctrl+F)</source>
        <translation>按案件编号、代码或名称的一部分搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Draft case…</source>
        <translation>起草案件…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cases&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;案件&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>cd::CatalogueTab</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>合作备忘录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Mandatory or recommended</source>
        <translation>强制性/推荐性</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>默认期限</translation>
    </message>
    <message>
        <source>Implementing departments</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>方案条目</translation>
    </message>
    <message>
        <source>New &amp;memorandum…</source>
        <translation>新增合作备忘录(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Edit memorandum…</source>
        <translation>编辑合作备忘录(&amp;E)…</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New mea&amp;sure…</source>
        <translation>新增措施(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit meas&amp;ure…</source>
        <translation>编辑措施(&amp;U)…</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>out of use</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1: no basis recorded.</source>
        <translation>%1：未登记依据。</translation>
    </message>
    <message>
        <source>%1 — basis: %2</source>
        <translation>%1——依据：%2</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>强制性</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐性</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a memorandum to see its measures.</source>
        <translation>选择一份合作备忘录以查看其措施。</translation>
    </message>
    <message>
        <source>Choose a memorandum in the list first.</source>
        <translation>请先在列表中选择一份合作备忘录。</translation>
    </message>
    <message>
        <source>Choose a measure in the list first.</source>
        <translation>请先在列表中选择一项措施。</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>The memorandum was added; give it its measures below.</source>
        <translation>合作备忘录已新增，请在下方为其添加措施。</translation>
    </message>
    <message>
        <source>The memorandum was saved.</source>
        <translation>合作备忘录已保存。</translation>
    </message>
    <message>
        <source>The memorandum is out of use: no new case can rest on it; existing cases keep it.</source>
        <translation>该合作备忘录已停用：新案件不能再以其为依据，已有案件不受影响。</translation>
    </message>
    <message>
        <source>The memorandum is in use again.</source>
        <translation>该合作备忘录已重新启用。</translation>
    </message>
    <message>
        <source>The measure was added.</source>
        <translation>措施已新增。</translation>
    </message>
    <message>
        <source>The measure was saved.</source>
        <translation>措施已保存。</translation>
    </message>
    <message>
        <source>The measure is out of use: new cases no longer propose it.</source>
        <translation>该措施已停用：新案件不再推荐此措施。</translation>
    </message>
    <message>
        <source>The measure is in use again.</source>
        <translation>该措施已重新启用。</translation>
    </message>
</context>
<context>
    <name>cd::CheckPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Code or part of the name (Ctrl+F)</source>
        <translation>代码或名称的一部分（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>核查(&amp;C)</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credit check&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;信用核查&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Type a code or part of a name.</source>
        <translation>请输入代码或名称的一部分。</translation>
    </message>
    <message>
        <source>No subject matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的主体。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n subject(s); type more of the name to narrow it down.</source>
        <translation>
            <numerusform>仅显示前 %n 个主体；请输入更完整的名称以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s).</source>
        <translation>
            <numerusform>共 %n 个主体。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print credit check</source>
        <translation>打印信用核查结果</translation>
    </message>
    <message>
        <source>Save credit check as PDF</source>
        <translation>将信用核查结果另存为 PDF</translation>
    </message>
    <message>
        <source>credit-check-%1.pdf</source>
        <translation>信用核查-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Credit check as of %1, printed by %2 on %3.</source>
        <translation>信用核查截至 %1；打印人：%2；打印时间：%3。</translation>
    </message>
    <message>
        <source>Credit &amp;report…</source>
        <translation>信用报告(&amp;R)…</translation>
    </message>
    <message>
        <source>The official credit report of the subject shown, as a PDF</source>
        <translation>以 PDF 格式出具当前主体的信用报告</translation>
    </message>
    <message>
        <source>Save credit report</source>
        <translation>保存信用报告</translation>
    </message>
    <message>
        <source>credit-report-%1.pdf</source>
        <translation>信用报告-%1.pdf</translation>
    </message>
    <message>
        <source>Credit report</source>
        <translation>信用报告</translation>
    </message>
    <message>
        <source>Writing the credit report of %1…</source>
        <translation>正在出具 %1 的信用报告…</translation>
    </message>
    <message>
        <source>Credit report saved as %1.</source>
        <translation>信用报告已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>cd::CheckResultView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3) — as of %4&lt;br&gt;%5 record(s), %6 negative; %7 measure(s), %8 in force.&lt;br&gt;Green channel: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2（%3）— 截至 %4&lt;br&gt;信用信息 %5 条，其中失信信息 %6 条；措施 %7 项，其中执行中 %8 项。&lt;br&gt;绿色通道：%9</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>强制性</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐性</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Credit check report</source>
        <translation>信用核查报告</translation>
    </message>
    <message>
        <source>No measure applies.</source>
        <translation>无适用的措施。</translation>
    </message>
</context>
<context>
    <name>cd::CsvSource</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 and this system cannot read GB18030: save it as UTF-8 CSV or XLSX.</source>
        <translation>%1 不是 UTF-8 编码，且本系统无法读取 GB18030 编码：请另存为 UTF-8 编码的 CSV 文件或 XLSX 文件。</translation>
    </message>
    <message>
        <source>%1: a quoted field that starts on line %2 is never closed.</source>
        <translation>%1：从第 %2 行开始的带引号字段缺少结束引号。</translation>
    </message>
</context>
<context>
    <name>cd::DatabaseTab</name>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Key file:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Engine:&lt;/b&gt; SQLCipher %3</source>
        <translation>&lt;b&gt;数据库：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;密钥文件：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;数据库引擎：&lt;/b&gt;SQLCipher %3</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Change database &amp;key…</source>
        <translation>更换数据库密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>A backup is a consistent, encrypted copy taken while others work, with its own key file: it opens with the same passwords. Keep it with its .keys file.</source>
        <translation>备份是在他人照常办公时生成的一致、加密的副本，附有其自身的密钥文件，可使用原密码打开。请将备份与其 .keys 文件一并妥善保管。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>backup-%1.db</source>
        <translation>备份-%1.db</translation>
    </message>
    <message>
        <source>CreditDesk database (*.db);;All files (*)</source>
        <translation>CreditDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>正在将数据库复制到 %1…</translation>
    </message>
    <message>
        <source>Backup written to %1 with its key file %2.</source>
        <translation>备份已写入 %1，密钥文件为 %2。</translation>
    </message>
    <message>
        <source>Change database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole database is encrypted again under a new, random key, and the key file is updated so that &lt;b&gt;every user still signs in with their own password&lt;/b&gt; and the recovery key keeps working. Do this after someone left the office or a key file may have been copied: the old key file and the old key then open nothing.&lt;/p&gt;&lt;p&gt;Your window closes while the key changes (what you typed is kept), and you sign in again afterwards. Other desks must sign in again too. Backups made before keep the old key.&lt;/p&gt;&lt;p&gt;Change the key now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;整个数据库将以新的随机密钥重新加密，密钥文件随之更新，&lt;b&gt;每位用户仍使用本人密码登录&lt;/b&gt;，恢复密钥继续有效。人员离岗或密钥文件可能被复制后应执行此操作：此后旧密钥文件和旧密钥均无法打开数据库。&lt;/p&gt;&lt;p&gt;更换密钥期间本窗口将关闭（已录入的内容予以保留），完成后请重新登录。其他终端也须重新登录。此前生成的备份仍使用旧密钥。&lt;/p&gt;&lt;p&gt;是否立即更换密钥？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Encrypting the database under a new key; once begun this runs to its end…</source>
        <translation>正在以新密钥重新加密数据库；此过程一经开始将执行至完成…</translation>
    </message>
    <message numerus="yes">
        <source>The database key was changed; %n key slot(s) were resealed. Sign in again with your password.</source>
        <translation>
            <numerusform>数据库密钥已更换，已重新封装 %n 个密钥槽。请使用本人密码重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key change was cancelled; the key is the same as before. Sign in again.</source>
        <translation>已取消更换密钥，密钥保持不变。请重新登录。</translation>
    </message>
    <message>
        <source>The database key was not changed: %1 Sign in again.</source>
        <translation>数据库密钥未更换：%1 请重新登录。</translation>
    </message>
</context>
<context>
    <name>cd::DayDialog</name>
    <message>
        <source>Add a day to the arrangement for %1</source>
        <translation>在 %1 年节假日安排中增加日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. 国庆 or 国庆调休</source>
        <translation>如 国庆 或 国庆调休</translation>
    </message>
    <message>
        <source>Public holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Deadlines are counted again on the changed calendar from now on; those already set stay as they are.</source>
        <translation>此后的期限按修改后的日历计算；已确定的期限保持不变。</translation>
    </message>
    <message>
        <source>The date must be written YYYY-MM-DD.</source>
        <translation>日期须按 YYYY-MM-DD 格式填写。</translation>
    </message>
</context>
<context>
    <name>cd::DecisionDialog</name>
    <message>
        <source>Effective on:</source>
        <translation>生效日期：</translation>
    </message>
</context>
<context>
    <name>cd::DepartmentDialog</name>
    <message>
        <source>Add a department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>Letters A-Z and digits, e.g. WJW</source>
        <translation>字母 A-Z 和数字，如 WJW</translation>
    </message>
    <message>
        <source>The full name, e.g. 市卫生健康委</source>
        <translation>全称，如 市卫生健康委</translation>
    </message>
    <message>
        <source>Optional, e.g. 卫健委</source>
        <translation>选填，如 卫健委</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>credit office</source>
        <translation>信用办</translation>
    </message>
    <message>
        <source>government department</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>judicial body</source>
        <translation>司法机关</translation>
    </message>
    <message>
        <source>association</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Type the department&apos;s code.</source>
        <translation>请输入部门代码。</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>部门名称不能为空。</translation>
    </message>
</context>
<context>
    <name>cd::DepartmentsTab</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add department…</source>
        <translation>新增部门(&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>停用(&amp;A)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a department in the list first.</source>
        <translation>请先在列表中选择一个部门。</translation>
    </message>
    <message>
        <source>Records and cases keep pointing at it; it takes no new measure tasks.</source>
        <translation>停用后，已有信用信息和案件仍指向该部门，但不再接收新的措施任务。</translation>
    </message>
    <message>
        <source>The department was added.</source>
        <translation>部门已新增。</translation>
    </message>
    <message>
        <source>%1 is inactive now.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
</context>
<context>
    <name>cd::DeskController</name>
    <message>
        <source>Locked after a time without use. Sign in again to continue where you were.</source>
        <translation>长时间未操作，已自动锁定。请重新登录，以继续之前的工作。</translation>
    </message>
    <message>
        <source>The database key is being changed…</source>
        <translation>正在更换数据库密钥…</translation>
    </message>
</context>
<context>
    <name>cd::DraftCaseDialog</name>
    <message>
        <source>Draft case</source>
        <translation>起草案件</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>选用</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Reason for leaving it out</source>
        <translation>不选用理由</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; default today</source>
        <translation>YYYY-MM-DD，默认为今天</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; default the longest measure&apos;s duration</source>
        <translation>YYYY-MM-DD，默认按各措施中最长的期限计算</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Basis (credit record):</source>
        <translation>依据（信用信息）：</translation>
    </message>
    <message>
        <source>Memorandum:</source>
        <translation>合作备忘录：</translation>
    </message>
    <message>
        <source>Initiating department:</source>
        <translation>发起单位：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <source>Linked persons (§11):</source>
        <translation>关联责任人（实施方案第11条）：</translation>
    </message>
    <message>
        <source>Term from:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>Term to:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>强制性</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐性</translation>
    </message>
    <message>
        <source>subject: find and choose the subject.</source>
        <translation>主体：请查找并选择主体。</translation>
    </message>
    <message>
        <source>basis: the subject has no credit record a case could rest on.</source>
        <translation>依据：该主体没有可作为案件依据的信用信息。</translation>
    </message>
    <message>
        <source>memorandum: required.</source>
        <translation>合作备忘录：必填。</translation>
    </message>
    <message>
        <source>measures: &quot;%1&quot; is mandatory; leaving it out needs a written reason.</source>
        <translation>措施：“%1”为强制性措施，不予选用须书面说明理由。</translation>
    </message>
    <message>
        <source>measures: select at least one measure.</source>
        <translation>措施：请至少选择一项措施。</translation>
    </message>
    <message>
        <source>term: a date as YYYY-MM-DD.</source>
        <translation>期限：请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
</context>
<context>
    <name>cd::FeedbackDialog</name>
    <message>
        <source>Feedback — %1, %2</source>
        <translation>执行反馈 — %1，%2</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>反馈结果：</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>执行日期：</translation>
    </message>
    <message>
        <source>Reference (document number):</source>
        <translation>执行文号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Due on %1; answers are never overwritten.</source>
        <translation>反馈期限：%1；反馈一经登记不会被覆盖。</translation>
    </message>
    <message>
        <source>An applied measure needs its reference.</source>
        <translation>已执行的措施须填写文号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation>反馈结果为“%1”时须说明理由。</translation>
    </message>
    <message>
        <source>Feedback date:</source>
        <translation>反馈日期：</translation>
    </message>
</context>
<context>
    <name>cd::FeedbackImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>保存错误报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>导入执行反馈</translation>
    </message>
    <message>
        <source>the package workbook the department filled in</source>
        <translation>部门填写后交回的推送包工作簿</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <source>file: %1 is not a file that can be read.</source>
        <translation>文件：%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Answered %1, acknowledged %2, rejected %3&lt;/b&gt; (%4; %n row(s) read)</source>
        <translation>
            <numerusform>&lt;b&gt;登记反馈 %1 条，签收 %2 条，拒收 %3 条&lt;/b&gt;（%4；共读取 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n answer(s) recorded already, left as they were.</source>
        <translation>
            <numerusform>&lt;br&gt;%n 条反馈此前已登记，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n row(s) not filled in yet.</source>
        <translation>
            <numerusform>&lt;br&gt;%n 行尚未填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Row %1, %2: %3</source>
        <translation>&lt;br&gt;第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;… the rest in the error report.</source>
        <translation>&lt;br&gt;……其余见错误报告。</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Error report saved as %1.</source>
        <translation>&lt;br&gt;错误报告已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>cd::FileObjectionDialog</name>
    <message>
        <source>File an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>What is disputed and why</source>
        <translation>对何项信息有异议及其理由</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>%1, while enforcing</source>
        <translation>%1（在执行中发现）</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>异议对象：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>异议内容：</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>提出方：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>提出日期：</translation>
    </message>
    <message>
        <source>Credit record %1 %2 (%3, %4)</source>
        <translation>信用信息 %1 %2（%3，%4）</translation>
    </message>
    <message>
        <source>List entry %1 (%2, %3)</source>
        <translation>名单记录 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation>案件 %1（%2）</translation>
    </message>
    <message>
        <source>subject: choose the subject whose information is disputed.</source>
        <translation>主体：请选择信息存在异议的主体。</translation>
    </message>
    <message>
        <source>disputed: the subject has no record, list entry or case to dispute.</source>
        <translation>异议对象：该主体没有可提出异议的信用信息、名单记录或案件。</translation>
    </message>
    <message>
        <source>description: say what is disputed and why.</source>
        <translation>异议内容：请说明对何项信息有异议及其理由。</translation>
    </message>
    <message>
        <source>filing date: a date as YYYY-MM-DD, not in the future.</source>
        <translation>提出日期：请按 YYYY-MM-DD 格式填写，且不得晚于今天。</translation>
    </message>
</context>
<context>
    <name>cd::FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save what you typed before closing?</source>
        <translation>关闭前是否保存已填写的内容？</translation>
    </message>
</context>
<context>
    <name>cd::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>保存错误报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>XLSX, XLS or CSV</source>
        <translation>XLSX、XLS 或 CSV 文件</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>as each row says</source>
        <translation>以各行所填为准</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>导入内容：</translation>
    </message>
    <message>
        <source>Providing department:</source>
        <translation>信息提供单位：</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>选择导入文件</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格和 CSV 文件 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <source>file: %1 is not a file that can be read.</source>
        <translation>文件：%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>已读取 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported %1, rejected %2&lt;/b&gt; (%3; %n row(s) read)</source>
        <translation>
            <numerusform>&lt;b&gt;已导入 %1 行，拒绝 %2 行&lt;/b&gt;（%3；共读取 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n row(s) already there, left as they were.</source>
        <translation>
            <numerusform>&lt;br&gt;%n 行数据已存在，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n subject(s) registered from the rows.</source>
        <translation>
            <numerusform>&lt;br&gt;根据导入的数据新登记主体 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Row %1, %2: %3</source>
        <translation>&lt;br&gt;第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;… the rest in the error report.</source>
        <translation>&lt;br&gt;……其余见错误报告。</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Error report saved as %1.</source>
        <translation>&lt;br&gt;错误报告已保存为 %1。</translation>
    </message>
    <message>
        <source>Licensing decisions (行政许可)</source>
        <translation>行政许可决定</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n licence(s) already there now revoked (无效), as the file says.</source>
        <translation>
            <numerusform>&lt;br&gt;已有的 %n 项行政许可按文件所载改为无效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time CreditDesk starts.</source>
        <translation>界面语言将在下次启动 CreditDesk 时生效。</translation>
    </message>
</context>
<context>
    <name>cd::ListPane</name>
    <message>
        <source>Search by code or part of a name (Ctrl+F)</source>
        <translation>按代码或名称的一部分搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>CreditDesk</source>
        <translation>CreditDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>已加载 %n 条，向下滚动可加载更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ListsPage</name>
    <message>
        <source>&amp;Propose…</source>
        <translation>提请列入(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>计划移出日期</translation>
    </message>
    <message>
        <source>Determined by</source>
        <translation>认定单位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>指定日期在列</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>已提请</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>在列</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>待列入</translation>
    </message>
    <message>
        <source>until it exits</source>
        <translation>直至移出</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>共 %n 条名单记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest %2; choose a domain to see the rest)</source>
        <translation>%1（仅显示最新的 %2 条；选择领域可查看其余记录）</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>请先在列表中选择一条名单记录。</translation>
    </message>
    <message>
        <source>Approve list entry</source>
        <translation>批准名单记录</translation>
    </message>
    <message>
        <source>Revoke list entry</source>
        <translation>撤销名单记录</translation>
    </message>
    <message>
        <source>Revoke list entry %1 of %2? The measures resting on it are revoked from the date given.</source>
        <translation>是否撤销%2的名单记录 %1？以其为依据的措施将自所填日期起撤销。</translation>
    </message>
    <message>
        <source>Why the entry is wrong (required)</source>
        <translation>该名单记录有误的理由（必填）</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CreditDesk — %1</source>
        <translation>CreditDesk — %1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>已登录到 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CreditDesk</source>
        <translation>关于 CreditDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About CreditDesk</source>
        <translation>关于 CreditDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CreditDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for joint incentives for trustworthiness and joint sanctions for dishonesty.&lt;/p&gt;&lt;p&gt;Database engine: SQLCipher %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CreditDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;守信联合激励和失信联合惩戒案件管理。&lt;/p&gt;&lt;p&gt;数据库引擎：SQLCipher %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Credit check</source>
        <translation>信用核查</translation>
    </message>
    <message>
        <source>This area arrives with its service in the core; until then the command line and the other pages cover what exists.</source>
        <translation>此功能将随相应的核心服务一并提供；在此之前，请使用命令行工具或其他页面办理现有业务。</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Credit repair</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>Red and black lists</source>
        <translation>红黑名单</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Auto-lock &amp;time…</source>
        <translation>自动锁定时间(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>搜索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>业务(&amp;W)</translation>
    </message>
    <message>
        <source>New &amp;subject…</source>
        <translation>登记主体(&amp;S)…</translation>
    </message>
    <message>
        <source>New credit &amp;record…</source>
        <translation>录入信用信息(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Draft case…</source>
        <translation>起草案件(&amp;D)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Credit record %1 saved.</source>
        <translation>信用信息 %1 已保存。</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock the desk after this many minutes without keyboard or mouse (0: never):</source>
        <translation>无键盘或鼠标操作达到以下分钟数后自动锁定（0 表示从不锁定）：</translation>
    </message>
    <message>
        <source>&amp;Import records or subjects…</source>
        <translation>导入信用信息或主体(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;feedback…</source>
        <translation>导入执行反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Send measure &amp;package…</source>
        <translation>生成措施推送包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export for the credit website…</source>
        <translation>导出信用网站公示数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Change database &amp;key…</source>
        <translation>更换数据库密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>cd::MeasureDialog</name>
    <message>
        <source>Mandatory: applied jointly by law (else recommended)</source>
        <translation>强制性：依法必须联合实施（否则为推荐性）</translation>
    </message>
    <message>
        <source>Edit the measure %1</source>
        <translation>编辑措施 %1</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>新增措施</translation>
    </message>
    <message>
        <source>Letters and digits, e.g. S-TRAVEL</source>
        <translation>字母和数字，如 S-TRAVEL</translation>
    </message>
    <message>
        <source>The plan&apos;s item, e.g. §7</source>
        <translation>实施方案条目，如 §7</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation>方案条目：</translation>
    </message>
    <message>
        <source>Default duration:</source>
        <translation>默认期限：</translation>
    </message>
    <message>
        <source>Implementing departments:</source>
        <translation>实施单位：</translation>
    </message>
    <message>
        <source>Type the measure&apos;s code.</source>
        <translation>请输入措施代码。</translation>
    </message>
    <message>
        <source>Type the measure&apos;s title.</source>
        <translation>请输入措施名称。</translation>
    </message>
    <message>
        <source>A measure needs at least one implementing department: without one, no task could be pushed.</source>
        <translation>每项措施至少须有一个实施单位，否则无法推送任务。</translation>
    </message>
</context>
<context>
    <name>cd::MemorandumDialog</name>
    <message>
        <source>Edit the memorandum %1</source>
        <translation>编辑合作备忘录 %1</translation>
    </message>
    <message>
        <source>New memorandum</source>
        <translation>新增合作备忘录</translation>
    </message>
    <message>
        <source>Letters and digits, e.g. TAX-A</source>
        <translation>字母和数字，如 TAX-A</translation>
    </message>
    <message>
        <source>The memorandum&apos;s document, e.g. 发改财金〔2016〕1467号</source>
        <translation>备忘录文件，如 发改财金〔2016〕1467号</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Type the memorandum&apos;s code.</source>
        <translation>请输入合作备忘录代码。</translation>
    </message>
    <message>
        <source>Type the memorandum&apos;s title.</source>
        <translation>请输入合作备忘录名称。</translation>
    </message>
</context>
<context>
    <name>cd::NewRecordDialog</name>
    <message>
        <source>specific serious (not repairable)</source>
        <translation>特定严重失信（不予修复）</translation>
    </message>
    <message>
        <source>New credit record</source>
        <translation>录入信用信息</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if already published</source>
        <translation>YYYY-MM-DD，已公示的请填写</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Polarity:</source>
        <translation>信息性质：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>决定文书号：</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Providing department:</source>
        <translation>信息提供单位：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>公示日期：</translation>
    </message>
    <message>
        <source>publication date: a date as YYYY-MM-DD.</source>
        <translation>公示日期：请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
</context>
<context>
    <name>cd::NewSubjectDialog</name>
    <message>
        <source>New subject</source>
        <translation>登记主体</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD，选填</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>✓ check character fits</source>
        <translation>✓ 校验码正确</translation>
    </message>
    <message>
        <source>code: required.</source>
        <translation>代码：必填。</translation>
    </message>
    <message>
        <source>code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>name: required.</source>
        <translation>名称：必填。</translation>
    </message>
    <message>
        <source>registered on: a date as YYYY-MM-DD.</source>
        <translation>登记日期：请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
</context>
<context>
    <name>cd::ObjectionDetailDialog</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>受理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Not accept…</source>
        <translation>不予受理(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>查看主体(&amp;S)</translation>
    </message>
    <message>
        <source>Notices to departments:</source>
        <translation>向各部门发出的通知：</translation>
    </message>
    <message>
        <source>credit record: %1 %2 of %3, %4</source>
        <translation>信用信息：%1 %2（%3），%4</translation>
    </message>
    <message>
        <source>list entry: %1 (%2, %3)</source>
        <translation>名单记录：%1（%2，%3）</translation>
    </message>
    <message>
        <source>case: %1 (%2)</source>
        <translation>案件：%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Objection %1</source>
        <translation>异议 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;状态：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>异议对象：%1</translation>
    </message>
    <message>
        <source>Raised by: %1</source>
        <translation>提出方：%1</translation>
    </message>
    <message>
        <source>a department while enforcing</source>
        <translation>部门（在执行中发现）</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Filed by %1 on %2: %3</source>
        <translation>%1 于 %2 登记：%3</translation>
    </message>
    <message>
        <source>Not accepted by %1: %2</source>
        <translation>%1 决定不予受理：%2</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2; verified by %3</source>
        <translation>%1 于 %2 受理；由%3核实</translation>
    </message>
    <message>
        <source>Verification due: %1</source>
        <translation>核实期限：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Verification due: %1 — overdue by %n day(s)&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;核实期限：%1 — 已逾期 %n 天&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures suspended from %1 to %2</source>
        <translation>措施于 %1 至 %2 期间暂不执行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measures suspended since %1, until the decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;措施自 %1 起暂不执行，直至作出决定&lt;/b&gt;</translation>
    </message>
    <message>
        <source>information wrong, revoked</source>
        <translation>信息有误，已撤销</translation>
    </message>
    <message>
        <source>information wrong, corrected</source>
        <translation>信息有误，已更正</translation>
    </message>
    <message>
        <source>information right, measures resume</source>
        <translation>信息无误，措施恢复执行</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3 — %4</source>
        <translation>%1 于 %2 作出决定：%3 — %4</translation>
    </message>
    <message>
        <source>Accept objection</source>
        <translation>受理异议</translation>
    </message>
    <message>
        <source>Accept objection %1? The providing department is asked to verify the information, and every measure resting on it is suspended from the day of acceptance; the departments concerned are told.</source>
        <translation>是否受理异议 %1？受理后将提请信息提供单位核实相关信息，自受理之日起以该信息为依据的各项措施均暂不执行，并通知相关部门。</translation>
    </message>
    <message>
        <source>Not accept objection</source>
        <translation>不予受理异议</translation>
    </message>
    <message>
        <source>Why is objection %1 not accepted? The subject reads this.</source>
        <translation>请填写对异议 %1 不予受理的理由（主体将看到此内容）：</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Decide objection</source>
        <translation>对异议作出决定</translation>
    </message>
    <message>
        <source>What did the verification of objection %1 find?</source>
        <translation>请选择异议 %1 的核实结果：</translation>
    </message>
    <message>
        <source>The information is wrong: measures revoked, the subject&apos;s reputation restored</source>
        <translation>信息有误：撤销相关措施，为主体恢复信用</translation>
    </message>
    <message>
        <source>The information is right: the measures resume</source>
        <translation>信息无误：相关措施恢复执行</translation>
    </message>
    <message>
        <source>Revoke the information (otherwise it is corrected)</source>
        <translation>撤销该信息（不勾选则予以更正）</translation>
    </message>
    <message>
        <source>What the verification found (required)</source>
        <translation>核实结果（必填）</translation>
    </message>
</context>
<context>
    <name>cd::ObjectionsPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>异议对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核实单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Verification overdue</source>
        <translation>核实逾期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation>
            <numerusform>共 %n 件异议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n verification(s) overdue</source>
        <translation>
            <numerusform>，其中 %n 件核实逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>File ob&amp;jection…</source>
        <translation>登记异议(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>cd::PackageDialog</name>
    <message>
        <source>with persons&apos; full citizen IDs (the department needs them; audited)</source>
        <translation>包含自然人完整身份证号码（部门执行措施需要；记入审计记录）</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>生成(&amp;S)…</translation>
    </message>
    <message>
        <source>Send measure package</source>
        <translation>生成措施推送包</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>The department&apos;s measure tasks that were not sent yet, once each, as a workbook with its feedback columns.</source>
        <translation>该部门尚未推送的措施任务，每项推送一次，生成附有反馈栏的工作簿。</translation>
    </message>
    <message>
        <source>package-%1-%2.xlsx</source>
        <translation>推送包-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>cd::PasswordForm</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>cd::ProposeListEntryDialog</name>
    <message>
        <source>Propose a list entry</source>
        <translation>提请列入名单</translation>
    </message>
    <message>
        <source>The determination and why</source>
        <translation>认定决定及理由</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: until it exits</source>
        <translation>YYYY-MM-DD，留空表示直至移出</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>名单：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Basis record:</source>
        <translation>依据信息：</translation>
    </message>
    <message>
        <source>Determined by:</source>
        <translation>认定单位：</translation>
    </message>
    <message>
        <source>Entry date:</source>
        <translation>列入日期：</translation>
    </message>
    <message>
        <source>Planned exit:</source>
        <translation>计划移出日期：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2（%3，%4）</translation>
    </message>
    <message>
        <source>planned exit: a date as YYYY-MM-DD, or empty.</source>
        <translation>计划移出日期：请按 YYYY-MM-DD 格式填写日期，或留空。</translation>
    </message>
</context>
<context>
    <name>cd::RecordsPage</name>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>决定文书号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>信息提供单位</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Negative and positive</source>
        <translation>守信和失信</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>录入信用信息…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credit records&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;信用信息&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>cd::RepairDetailDialog</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>查看主体(&amp;S)</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>材料接收情况</translation>
    </message>
    <message>
        <source>Repair application</source>
        <translation>信用修复申请</translation>
    </message>
    <message>
        <source>Repair application %1</source>
        <translation>信用修复申请 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>credit record: %1 %2 of %3, %4</source>
        <translation>信用信息：%1 %2（%3），%4</translation>
    </message>
    <message>
        <source>list entry: %1 (%2, %3)</source>
        <translation>名单记录：%1（%2，%3）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;状态：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To repair: %1</source>
        <translation>修复对象：%1</translation>
    </message>
    <message>
        <source>Taken in by %1 on %2</source>
        <translation>%1 于 %2 受理</translation>
    </message>
    <message>
        <source>Materials complete on %1</source>
        <translation>材料于 %1 齐全</translation>
    </message>
    <message>
        <source>Decision due: %1</source>
        <translation>决定期限：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Decision due: %1 — overdue by %n day(s)&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;决定期限：%1 — 已逾期 %n 天&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision falls due once every material is in.</source>
        <translation>材料齐全后开始计算决定期限。</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>%1 于 %2 作出决定：%3</translation>
    </message>
    <message>
        <source>%1 — received %2</source>
        <translation>%1 — 已于 %2 收到</translation>
    </message>
    <message>
        <source>Received on %1; a receipt is not taken back.</source>
        <translation>已于 %1 收到；收件登记不可撤回。</translation>
    </message>
    <message>
        <source>Tick when it arrives: the receipt is recorded today.</source>
        <translation>材料收到后勾选，按今天的日期登记收件。</translation>
    </message>
    <message>
        <source>Approve repair</source>
        <translation>批准信用修复申请</translation>
    </message>
    <message>
        <source>Reject repair</source>
        <translation>驳回信用修复申请</translation>
    </message>
    <message>
        <source>Approve repair application %1? Publication and list membership end and the measures resting on them are lifted from the decision date.</source>
        <translation>是否批准信用修复申请 %1？批准后，自决定之日起终止公示、移出名单，并解除以其为依据的措施。</translation>
    </message>
    <message>
        <source>Why is repair application %1 rejected? The subject reads this.</source>
        <translation>请填写驳回信用修复申请 %1 的理由（主体将看到此内容）：</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
<context>
    <name>cd::RepairsPage</name>
    <message>
        <source>&amp;Take in application…</source>
        <translation>受理申请(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>To repair</source>
        <translation>修复对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Taken in by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>决定期限</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation>决定逾期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>共 %n 件申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n decision(s) overdue</source>
        <translation>
            <numerusform>，其中 %n 件逾期未决定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>%1 signs in with this password from now on; tell them in person and ask them to change it.</source>
        <translation>%1 此后须使用此密码登录；请当面告知本人，并提醒其自行修改。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
</context>
<context>
    <name>cd::RuleSetDialog</name>
    <message>
        <source>New publicity and repair rule set</source>
        <translation>新增公示与修复规则版本</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The document, e.g. 国家发展改革委令第36号《信用修复管理办法》</source>
        <translation>依据文件，如 国家发展改革委令第36号《信用修复管理办法》</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>施行日期：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>依据文件：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Repair after</source>
        <translation>可申请修复期限</translation>
    </message>
    <message>
        <source>Publication ends after</source>
        <translation>公示期满</translation>
    </message>
    <message>
        <source>Specific serious</source>
        <translation>特定严重失信</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>no special rule</source>
        <translation>无特别规定</translation>
    </message>
    <message>
        <source>Published this long and not repairable (e.g. a licence revoked in food, drugs or safety).</source>
        <translation>公示满此期限且不予修复（如食品、药品、安全生产等领域被吊销许可证）。</translation>
    </message>
    <message>
        <source>Periods run from the date of the decision document. A record follows the rule set in force on its decision date; rule sets cannot be changed once saved.</source>
        <translation>期限自决定文书作出之日起计算。信用信息适用其决定日期时施行的规则版本；规则版本保存后不能修改。</translation>
    </message>
    <message>
        <source>The date must be written YYYY-MM-DD.</source>
        <translation>日期须按 YYYY-MM-DD 格式填写。</translation>
    </message>
</context>
<context>
    <name>cd::RulesTab</name>
    <message numerus="yes">
        <source>published at most %n month(s)</source>
        <translation>
            <numerusform>最长公示 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>need not be published (at most %n month(s))</source>
        <translation>
            <numerusform>可不公示（公示最长 %n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>repairable once the obligations are met</source>
        <translation>履行相关义务后即可修复</translation>
    </message>
    <message numerus="yes">
        <source>repair after %n month(s)</source>
        <translation>
            <numerusform>%n 个月后可申请修复</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据文件</translation>
    </message>
    <message>
        <source>Specific serious</source>
        <translation>特定严重失信</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;New rule set…</source>
        <translation>新增规则版本(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Publicity and repair rule sets</source>
        <translation>公示与修复规则版本</translation>
    </message>
    <message>
        <source>A record follows the rule set in force on its decision date; periods run from that date.</source>
        <translation>信用信息适用其决定日期时施行的规则版本，期限自该日起计算。</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>信用办设置</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>A changed deadline counts for what is pushed, accepted or taken in from now on.</source>
        <translation>修改后的期限适用于此后推送、受理或接收的事项。</translation>
    </message>
    <message numerus="yes">
        <source>published %n month(s), not repairable</source>
        <translation>
            <numerusform>公示 %n 个月，不予修复</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The rule set was added; records decided from its date follow it.</source>
        <translation>规则版本已新增；自其施行日期起作出决定的信用信息适用该版本。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有修改任何设置。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>CreditDesk — Sign in</source>
        <translation>CreditDesk — 登录</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&lt;b&gt;CreditDesk&lt;/b&gt; — joint credit incentives and sanctions</source>
        <translation>&lt;b&gt;CreditDesk&lt;/b&gt; — 守信联合激励和失信联合惩戒</translation>
    </message>
    <message>
        <source>Open a CreditDesk database</source>
        <translation>打开 CreditDesk 数据库</translation>
    </message>
    <message>
        <source>CreditDesk databases (*.db);;All files (*)</source>
        <translation>CreditDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cd::SqlCipherDriver</name>
    <message>
        <source>No database key was given</source>
        <translation>未提供数据库密钥</translation>
    </message>
    <message>
        <source>Unable to open the database file %1</source>
        <translation>无法打开数据库文件 %1</translation>
    </message>
    <message>
        <source>Unable to key the database</source>
        <translation>无法为数据库设置密钥</translation>
    </message>
    <message>
        <source>The database engine is not SQLCipher; refusing to write unencrypted data</source>
        <translation>数据库引擎不是 SQLCipher，拒绝写入未加密数据</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read with this key</source>
        <translation>无法使用此密钥读取数据库文件 %1</translation>
    </message>
    <message>
        <source>Unable to set up the database connection</source>
        <translation>无法建立数据库连接</translation>
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>无法回滚事务</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>Unable to prepare the statement: %1</source>
        <translation>无法准备语句：%1</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>无法准备语句</translation>
    </message>
    <message>
        <source>Only one SQL statement can be run at a time</source>
        <translation>每次只能执行一条 SQL 语句</translation>
    </message>
    <message>
        <source>Unable to bind the parameters</source>
        <translation>无法绑定参数</translation>
    </message>
    <message>
        <source>The statement has %1 parameters but %2 values were bound</source>
        <translation>该语句有 %1 个参数，但绑定了 %2 个值</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation>无法绑定参数 %1</translation>
    </message>
    <message>
        <source>No statement was prepared</source>
        <translation>尚未准备语句</translation>
    </message>
    <message>
        <source>Unable to execute the statement: %1</source>
        <translation>无法执行语句：%1</translation>
    </message>
</context>
<context>
    <name>cd::SubjectDetailDialog</name>
    <message>
        <source>Reveal citizen ID</source>
        <translation>查看完整身份证号码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>决定文书号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>信息提供单位</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示情况</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>公示状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>合作备忘录</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Linked subjects</source>
        <translation>关联主体</translation>
    </message>
    <message>
        <source>Credit check today</source>
        <translation>今日信用核查</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>录入信用信息…</translation>
    </message>
    <message>
        <source>Draft case…</source>
        <translation>起草案件…</translation>
    </message>
    <message>
        <source>Subject — %1</source>
        <translation>主体 — %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2 · %3&lt;br&gt;Division %4 · registered %5&lt;br&gt;Address: %6&lt;br&gt;Former names: %7</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;%2 · %3&lt;br&gt;行政区划：%4 · 登记日期：%5&lt;br&gt;地址：%6&lt;br&gt;曾用名：%7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>public now</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>not public</source>
        <translation>不在公示期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Revealing the full citizen ID is recorded in the audit trail under your name. Reveal it?</source>
        <translation>查看完整身份证号码的操作将以您的名义记入审计记录。是否继续？</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>State today</source>
        <translation>今日状态</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>计划移出日期</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>异议对象</translation>
    </message>
    <message>
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <source>Measures suspended</source>
        <translation>暂不执行期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>修复对象</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>决定期限</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>红黑名单</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>File objection…</source>
        <translation>登记异议…</translation>
    </message>
    <message>
        <source>Apply for repair…</source>
        <translation>受理修复申请…</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>已提请</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>在列</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>待列入</translation>
    </message>
    <message>
        <source>until it exits</source>
        <translation>直至移出</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证书</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>许可机关</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>revoked (无效)</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过有效期</translation>
    </message>
    <message>
        <source>valid, public now</source>
        <translation>有效，公示中</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>without end</source>
        <translation>长期</translation>
    </message>
</context>
<context>
    <name>cd::SubjectPicker</name>
    <message>
        <source>Code or part of the name</source>
        <translation>代码或名称的一部分</translation>
    </message>
    <message>
        <source> (formerly %1)</source>
        <translation> （曾用名：%1）</translation>
    </message>
</context>
<context>
    <name>cd::SubjectsPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 (formerly %2)</source>
        <translation>%1（曾用名：%2）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>New subject…</source>
        <translation>登记主体…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Subjects&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;主体&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>cd::SupervisionItemsModel</name>
    <message>
        <source>overdue</source>
        <translation>逾期未反馈</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期反馈</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未反馈</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>推送日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>反馈日期</translation>
    </message>
</context>
<context>
    <name>cd::SupervisionPage</name>
    <message>
        <source>Click a department&apos;s bar to list its late and overdue tasks.</source>
        <translation>点击某部门的条形，可列出其逾期反馈和逾期未反馈的任务。</translation>
    </message>
    <message>
        <source>Export notification…</source>
        <translation>导出通报…</translation>
    </message>
    <message>
        <source>A month (2026-10), a quarter (2026Q3), a year (2026) or a date range (2026-01-01..2026-06-30).</source>
        <translation>月份（2026-10）、季度（2026Q3）、年度（2026）或日期范围（2026-01-01..2026-06-30）。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>%1, as of %2: %3 tasks received, %4 on time, %5 late, %6 overdue; %7 lagging behind.</source>
        <translation>%1（统计截至 %2）：收到任务 %3 项，按时反馈 %4 项，逾期反馈 %5 项，逾期未反馈 %6 项；工作滞后部门 %7 个。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n late or overdue task(s) in %2</source>
        <translation>
            <numerusform>%1：%2逾期反馈或逾期未反馈的任务 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Export notification</source>
        <translation>导出通报</translation>
    </message>
    <message>
        <source>notification-%1.pdf</source>
        <translation>通报-%1.pdf</translation>
    </message>
    <message>
        <source>Official document (*.pdf);;Word document (*.docx);;Spreadsheet of the figures (*.xlsx)</source>
        <translation>公文 (*.pdf);;Word 文档 (*.docx);;数据表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Writing the notification for %1…</source>
        <translation>正在生成%1的通报…</translation>
    </message>
</context>
<context>
    <name>cd::UsersTab</name>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>用户 %1 已被停用。</translation>
    </message>
    <message>
        <source>This is your own account: change your password with the current one (creditdesk-cli user passwd).</source>
        <translation>这是您本人的账户：请凭当前密码修改（creditdesk-cli user passwd）。</translation>
    </message>
    <message>
        <source>The user was added; they can sign in now.</source>
        <translation>用户已新增，现在即可登录。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? Their key slot is removed at once and they can no longer sign in; their audit entries stay.

Then change the database key (Administration › Database), so that an old copy of the key file opens nothing.</source>
        <translation>确定停用 %1 吗？其密钥槽将立即删除，此后无法登录；其审计记录予以保留。

停用后请更换数据库密钥（系统管理 › 数据库），使旧的密钥文件副本无法再打开数据库。</translation>
    </message>
    <message>
        <source>Disabled %1 and removed their key slot. Change the database key now so that an old copy of the key file opens nothing.</source>
        <translation>已停用 %1 并删除其密钥槽。请立即更换数据库密钥，使旧的密钥文件副本无法再打开数据库。</translation>
    </message>
</context>
<context>
    <name>cd::WorkPage</name>
    <message>
        <source>Due on</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未签收</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Measure tasks without an answer, due within %n day(s) or overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 天内到期或已逾期、尚未反馈的措施任务&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>合作备忘录</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>起草人</translation>
    </message>
    <message>
        <source>Drafted at</source>
        <translation>起草时间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drafts waiting for your review&lt;/b&gt;</source>
        <translation>&lt;b&gt;待您审核的案件草稿&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved cases waiting to be pushed&lt;/b&gt;</source>
        <translation>&lt;b&gt;已批准、待推送的案件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My work&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;工作台&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>cd::XlsSource</name>
    <message>
        <source>%1 is not a readable XLS workbook (damaged, encrypted or cut short). Save it again as XLSX.</source>
        <translation>%1 不是可读取的 XLS 工作簿（已损坏、已加密或不完整）。请重新另存为 XLSX 格式。</translation>
    </message>
    <message>
        <source>%1 is an XLS workbook whose first worksheet cannot be read. Save it again as XLSX.</source>
        <translation>%1 是 XLS 工作簿，但无法读取其第一个工作表。请另存为 XLSX 格式。</translation>
    </message>
</context>
<context>
    <name>cd::XlsxSource</name>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook (no xl/workbook.xml).</source>
        <translation>%1 是 ZIP 压缩包，但不是 XLSX 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 已损坏：无法读取其共享字符串（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged near row %2: %3</source>
        <translation>%1 在第 %2 行附近已损坏：%3</translation>
    </message>
    <message>
        <source>%1 breaks off after row %2.</source>
        <translation>%1 在第 %2 行之后中断（文件不完整）。</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 comes after row %3; rows must be in order.</source>
        <translation>%1 已损坏：第 %2 行排在第 %3 行之后，各行应按行号顺序排列。</translation>
    </message>
    <message>
        <source>%1 has more rows than a worksheet can hold.</source>
        <translation>%1 的行数超出了工作表所能容纳的上限。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>User name to sign in as.</source>
        <translation>登录所用的用户名。</translation>
    </message>
</context>
</TS>
