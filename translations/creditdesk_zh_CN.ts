<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Not permitted: a %1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the measure catalogue or the publicity rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a full citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add credit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read credit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push cases to the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the departments&apos; feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a credit check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>An AES-256 key must be 32 bytes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data to encrypt is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library could not encrypt with AES-256-GCM (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library does not provide AES-256-GCM (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Args</name>
    <message>
        <source>%1
Usage: creditdesk-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never given as arguments: use CREDITDESK_PASSWORD or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: give a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user NAME.
Usage: creditdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry must be written inside the change it records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next one is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 was altered (its hash does not match its contents and the entry before it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (is the disk full or the folder read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>the line is not UTF-8 text; save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file declares no year; it needs a line such as &apos;year 2027&apos; before its holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keyword &apos;%1&apos;; a line starts with year, holiday or workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year; write four digits, as in &apos;year 2027&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is already declared on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes before any year line; the file must declare the year first, as in &apos;year 2027&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a date or a range such as 2019-10-01..2019-10-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write dates as YYYY-MM-DD and ranges as 2019-10-01..2019-10-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a holiday and a make-up working day (see line %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>built into CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The working-day calendar stored in the database is inconsistent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Case %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memorandum: there is no active memorandum %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiating department: unknown department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: a case rests on a credit record or a list entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: there is no credit record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: credit record %1 belongs to another subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: a sanction case needs a negative record; record %1 is positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: an incentive case needs a positive record; record %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: credit record %1 was withdrawn on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures: measure %1 is not part of memorandum &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures: &quot;%1&quot; is mandatory; leaving it out needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected (recommended measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures: select at least one measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term: the end %1 lies before the start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-subjects: subject %1 is not a person linked to this organisation for a serious record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; only a draft can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: you drafted case %1; another reviewer must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: a rejection needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; only a draft can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: you drafted case %1; another reviewer must decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; only a case not yet pushed can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; only an approved case can be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push date: it must be a date not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &quot;%1&quot; has no implementing department; an administrator must set one before the case can be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no measure task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: an acknowledgement lies between the push (%1) and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response: applied, not_applicable or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: an applied measure needs its reference (文号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: &quot;%1&quot; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: feedback lies between the push (%1) and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was already answered &quot;%2&quot; on %3; the answer is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint incentive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The code &quot;%1&quot; is not valid: use 1 to 32 letters A-Z, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default term must be from 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no memorandum with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memorandum %1 is no longer in use; a new case cannot rest on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memorandum with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the memorandum %1 cannot be changed; cases refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memorandum %1 has measures, so it stays a %2 memorandum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memorandum %1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memorandum %1 is already inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive and cannot implement a measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs at least one implementing department: without one, no task could be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no measure with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the measure %1 cannot be changed; cases refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure %1 cannot move to another memorandum; add a new measure there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure %1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure %1 is already inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active measure of the memorandum %2; deactivate the memorandum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule set in force from %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>record: %1 %2 of %3, decided %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memorandum: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure: %1, %2, implemented by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, term %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not eligible: %n negative record(s) in the three years before %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not eligible: registered on %1, less than three years before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible: no negative record from %1 to %2 (§2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-of date: give a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Warning: no holiday arrangement has been imported for %1; those days were counted as plain Monday-to-Friday weeks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year such as 2026.
Usage: creditdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday arrangement for %1 has been imported: deadlines in %1 count plain Monday-to-Friday weeks until an administrator imports the State Council&apos;s notice.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and make-up working days of %1 (source: %2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years with an arrangement: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the holiday arrangement of %1 from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the earlier arrangement of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N must be a whole number of working days, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the holidays and make-up working days of a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the days off and the make-up working days (weekend days worked in exchange) that the State Council&apos;s notice for year Y (default: this year) settles, which may reach into the neighbouring December and January, and the years that have an arrangement. Deadlines count working days on this calendar; in a year without an arrangement they count plain Monday-to-Friday weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s holiday arrangement (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is UTF-8 text in the calendar format: &apos;year 2027&apos;, then lines such as &apos;holiday 2027-10-01..2027-10-07 NAME&apos; (days off) and &apos;workday 2027-09-26 NAME&apos; (a weekend day worked in exchange); # starts a comment. Every year the file declares replaces the stored arrangement of that year; the others stay. Prints the years imported. A mistake stops the import with &quot;FILE line N: ...&quot; and exit code 6, and nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the date N working days after FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM is a date (YYYY-MM-DD), not counted itself; N may be negative to count backwards. This is how every deadline is worked out, so a clerk can check one against a paper calendar. Warns on standard error when the count passes through a year without an imported arrangement. Exit code 6 for a malformed FROM or N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (id %2): %3, %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  subject %1 %2; memorandum %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  term %1 to %2; drafted by %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  co-subject %1 %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  task %1: %2 → %3, due %4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record takes the number of the credit record the case rests on.
Usage: creditdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memorandum: there is no memorandum &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measures: %1 is not a measure of this memorandum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --ack, --applied, --not-applicable, --refused.
Usage: creditdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK: a task number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (%2, %3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a joint incentive or sanction case (case officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memorandum proposes its measures with the mandatory ones selected; --measures CODE,CODE chooses others, --drop CODE=REASON leaves one out (a mandatory measure needs the reason). --co-subjects linked adds the persons linked to an organisation for a serious record (§11). The term defaults to the longest default duration of the measures, from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a draft (reviewers; never a case you drafted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a draft with a reason (reviewers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a case that was not pushed yet (case officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push an approved case: one measure task per measure and implementing department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task is due after the feedback period (a setting, in working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a department&apos;s acknowledgement or answer for a measure task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on DATE is the date of the acknowledgement or answer (default today); an answer is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a case with its measures and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* mandatory: applied jointly by law and preselected in a new case.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published for at most %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need not be published (if published, at most %1 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repairable once the obligations are met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair may be applied for after %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific serious: published %1 months and not repairable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record follows the rule set in force on its decision date; periods run from that date.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the memoranda with their measures and implementing departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each memorandum of cooperation is followed by its measures: code, title, mandatory (*) or recommended, the plan&apos;s item and the departments that implement it. Mandatory measures are preselected when a case is drafted. --all includes inactive memoranda and measures. Every role may read the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, full name, short name and kind (office, government, judicial or association) of every active department; --all includes inactive ones. Wherever a department is asked for, its code, full name or short name will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the publicity and repair rule sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each rule set, the date from which it is in force, its source and, per severity (minor, general, serious), whether records are published, the months after which repair may be applied for and after which publication ends, and the rule for specific serious records. A record follows the rule set in force on its decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject matches &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3) — credit check as of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  green channel: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no joint measures
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit check (应查必查): what applies to a subject on a date, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY is a code (exact or prefix) or a name substring; at most N subjects (default 20, --limit 0 for all). Each measure has a status — in_force, suspended, pending, expired, lifted_by_repair, revoked — and its reasons (record → list entry → memorandum → measure → legal basis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set CREDITDESK_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password: set CREDITDESK_NEW_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with its key file %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the administrator.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and keep it in the office safe):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key file with the database and in every backup: without it the database cannot be opened.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is whole: every page authenticates (SQLCipher %2), the structure and references check out, and the audit trail of %3 entries is unbroken up to the key file&apos;s record.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FAILED verification:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key of %1 was changed and %2 key slots were rewrapped. Copies of the old key file no longer open it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (with its key file %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2; it verified before it was put in place.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: give a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted database; NAME becomes its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates DB and its key file DB.keys and prints a recovery key once. Refuses to overwrite any existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page, the structure and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints the write-ahead log, runs SQLCipher&apos;s page authentication check, SQLite&apos;s integrity and foreign-key checks and walks the audit chain up to the authenticated end recorded in the key file. Exit 4 names the first bad page or audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the database key (after a person leaves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypts the database under a new random key and rewraps every remaining key slot, so a copy of the old key file opens nothing. Administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an online, consistent, encrypted backup with its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the database at one consistent moment while others keep working, encrypted under the same key, and writes OUT.keys beside it. Administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup and put it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies BACKUP as NAME (an administrator in the backup) and copies it to DB. An existing DB is only replaced with --replace and is then kept beside it as DB.replaced-TIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists who did what and when, oldest first. Administrators and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled %1 with demo data: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users (password for each: %1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a database with a demo office (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the demo users officer, reviewer and supervisor and prints their password. The same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: there is no subject with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: there is no department &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: %2, %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  decision %1 of %2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  publication due %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--polarity is negative or positive.
Usage: creditdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity: minor, general or serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: a record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credit record (case officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: --severity minor|general|serious (negative records), --specific-serious, --legal-basis, --content, --published DATE. A record is identified by its department and decision number: the same one twice is refused (exit 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a subject&apos;s credit records with their publication status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows for each record its §13 publication deadline (7 working days) and whether it was met, and the publicity window of the rule set in force at its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date a record was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage: creditdesk-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be legal_person, unincorporated, individual_business or natural_person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be legal_representative, principal, directly_responsible, director or shareholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject has the code %1. Search by name with: creditdesk-cli subject find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered subject %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: give a whole number of at least 0 (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (formerly %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject matches.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject %1 is now called %2; the former names stay searchable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link as %1 was ended; it stays in the subject&apos;s history.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 (%2) to %3 as %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a subject (officers and administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND is legal_person, unincorporated, individual_business or natural_person. CODE is the unified social credit code of an organisation or the citizen ID of a natural person; spaces and full-width characters are accepted, the check character is verified and the division is taken from the code. DATE is YYYY-MM-DD. Prints the new subject, citizen ID masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a subject with its former names and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY is the subject&apos;s code or its id. Citizen IDs are masked; --reveal shows the person&apos;s full ID to officers and reviewers and is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subjects by code or by part of a current or former name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QUERY of two or more Latin letters and digits only is a code or the start of one; anything else is part of a name, former names (曾用名) included. Subjects found by their current name come first. At most 20 results unless --limit says otherwise; --limit 0 lists all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a subject a new name; the old one is kept as a former name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY is the subject&apos;s code or its id. --until is the last day the old name was used (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a natural person to an organisation in a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE is legal_representative, principal, directly_responsible, director or shareholder. ORG_CODE and PERSON_CODE are codes or subject ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a person&apos;s role in an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is ended on --until (default: today) and stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be officer, reviewer, supervisor or admin.
Usage: creditdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1 and removed their key slot. Run rekey so that an old copy of the key file opens nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE is officer, reviewer, supervisor or admin. The new user&apos;s password comes from CREDITDESK_NEW_PASSWORD or is asked twice on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password, or (administrators) reset another user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current password comes from CREDITDESK_PASSWORD or the prompt, the new one from CREDITDESK_NEW_PASSWORD or the prompt. Only your key slot is rewrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a user and remove their key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s audit entries stay. Run rekey afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creditdesk-cli %1: the command line of CreditDesk, case management for joint credit incentives and sanctions.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli COMMAND [ARGUMENTS]   (creditdesk-cli help COMMAND for details)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from CREDITDESK_PASSWORD, else it is asked on the terminal without echo; it is never an argument. Read commands take --json.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 operation failed, 2 usage, 3 sign-in failed, 4 integrity failure, 5 not permitted for your role, 6 invalid input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creditdesk-cli: unknown command &quot;%1&quot;. Run creditdesk-cli --help for the list.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeValidator</name>
    <message>
        <source>The check character should be &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The unified social credit code must have 18 characters; it has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Character &apos;%1&apos; at position %2 is not allowed in a unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The citizen ID must have 18 characters; it has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Character &apos;%1&apos; at position %2 is not allowed in a citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the citizen ID is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the citizen ID is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the citizen ID is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditChecks</name>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted by repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1: the information it rests on was found wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted on %1 by an approved credit repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: the case awaits approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: the case is approved but not yet pushed to the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: the term starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: the term ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended since %1 while an objection is verified (§18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force: within the term %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditRecords</name>
    <message>
        <source>positive (trustworthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative (dishonest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet published, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still unpublished, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication not required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be decrypted although its key was accepted: page 1 is damaged or the file was altered or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only here; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database script failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the copy %1 is incomplete and was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentService</name>
    <message>
        <source>&quot;%1&quot; is the short name of several departments (%2); use the full name or the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department code &quot;%1&quot; is not valid: use 1 to 16 letters A-Z, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department&apos;s name and short name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department kind &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still implements %n active measure(s) (%2); give them other departments first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hash</name>
    <message>
        <source>The cryptographic library could not compute a SHA-256 hash (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library could not compute an HMAC-SHA-256 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySidecar</name>
    <message>
        <source>The database ID &quot;%1&quot; cannot be used for a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing; the database cannot be opened without it. Restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a CreditDesk key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any key file can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version number is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 has format version %2, which this version of CreditDesk cannot read. Use a newer version of CreditDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database ID is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of key slots is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot %1 has a missing or invalid &quot;%2&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two key slots have the same ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one recovery key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot %1 has scrypt parameters outside the accepted range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pending key is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit tail has a missing or invalid &quot;%1&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit tail is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be saved: %2. The previous key file, if there was one, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data could not be written through to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrypt parameters N=%1, r=%2, p=%3 are outside the accepted range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot in the key file %1 is damaged or was altered; the password was accepted but the database key it holds cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit tail to store is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit tail in the key file %1 fails its authentication check (edited or from another database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureKinds</name>
    <message>
        <source>incentive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database %1 was written by a newer CreditDesk (schema %2; this program knows up to %3). Install the newer version; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Random</name>
    <message>
        <source>Cannot generate a negative number of random bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>subject: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision number: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision date: required, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision date: %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity: a negative record is minor, general or serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity: a positive record has no severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity: only a serious record can be &quot;specific serious&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date: it lies between the decision date and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providing department: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providing department: unknown department %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision number: %1 of %2 is already recorded as record %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no credit record %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>case officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>A rule set needs the date from which it is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule set needs its source document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set has no periods for %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods for %1 records must be from 0 to %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 records the minimum period (%2 months) is longer than the maximum (%3 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only serious records can have a period for specific serious cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period for specific serious records must be from 0 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no publicity rule sets; an administrator must add one before periods can be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is before every rule set; the earliest, in force from %2, was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a serious record can be specific serious; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>Invalid scrypt parameters (N=%1, r=%2, p=%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library does not provide scrypt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving a key from the password failed; the computer may be short of memory (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>A key operation failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign-in failed: unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a CreditDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CreditDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database, or its key file %2 is missing (restore the key file from the backup it was saved with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least 8 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 ends at entry %2, but the key file records entry %3: entries were cut off the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 of %2 differs from the one recorded in the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: the user %1 has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry must be written inside the change it records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>working days a department has to feed back on a measure task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days to publish a licensing or penalty decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days the providing department has to verify disputed information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days to decide whether an objection is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days to decide a repair application with complete materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether a term is extended by the time its measures were suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years a repeat offender may not apply for repair (0: no bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 holds &quot;%2&quot;, which is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 holds &quot;%2&quot;, which is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is true or false, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is a number, not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 takes true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 takes a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectKinds</name>
    <message>
        <source>legal person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unincorporated organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shareholder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectService</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a citizen ID; a %1 is registered under its unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a unified social credit code; a natural person is registered under their citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subject %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered, as %2 (subject %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject %1 is already called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (subject %2) is a natural person, not an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (subject %2) is not a natural person but of the kind %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked to %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject %1 is not linked to subject %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link cannot end on %1, before it began on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject %1 is of the kind %2; only a natural person&apos;s code is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be 0 (no limit) or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy with another program&apos;s change; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password is too short: it must be at least 8 bytes (a Chinese character counts as 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: at most 1024 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyService</name>
    <message>
        <source>Page %1 of the database fails its authentication check (damaged or altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row refers to a missing row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail ends at entry %1 but the key file records entry %2: entries %3 to %2 were cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 differs from the one recorded in the key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The built-in working-day calendar is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is outside the years a calendar can hold (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangement for %1 lists a date that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to the arrangement for %2, which may only reach into the December before and the January after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be a make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a holiday and a make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::AdminPage</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CreditDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CreditDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CreditDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for joint incentives for trustworthiness and joint sanctions for dishonesty.&lt;/p&gt;&lt;p&gt;Database engine: SQLCipher %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditDesk — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CreditDesk&lt;/b&gt; — joint credit incentives and sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CreditDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SqlCipherDriver</name>
    <message>
        <source>No database key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to key the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database engine is not SQLCipher; refusing to write unencrypted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to set up the database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one SQL statement can be run at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has %1 parameters but %2 values were bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
