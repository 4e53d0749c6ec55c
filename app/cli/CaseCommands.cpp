#include "Cli.h"
#include "CoreError.h"
#include "JsonViews.h"
#include "Lookups.h"
#include "services/CaseService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"

namespace cd::cli {

namespace {

void printCase(Cli& cli, const Case& c)
{
    cli.out
        << Cli::tr("Case %1 (id %2): %3, %4\n")
               .arg(c.number)
               .arg(c.id)
               .arg(Cases::displayName(c.kind), Cases::displayName(c.state))
        << Cli::tr("  subject %1 %2; memorandum %3\n").arg(c.subjectCode, c.subjectName, c.memorandumTitle)
        << Cli::tr("  term %1 to %2; drafted by %3%4\n")
               .arg(c.termStart.toString(Qt::ISODate), c.termEnd.toString(Qt::ISODate), c.draftedBy,
                   c.decidedBy.isEmpty() ? QString() : Cli::tr(", decided by %1").arg(c.decidedBy));
    for (const CaseMeasure& m : c.measures)
        cli.out << QStringLiteral("  [%1] %2 %3%4\n")
                       .arg(m.selected ? QLatin1Char('x') : QLatin1Char(' '))
                       .arg(m.code, m.title,
                           m.selected ? QString() : Cli::tr(" — left out: %1").arg(m.dropReason));
    for (const CaseSubject& s : c.coSubjects)
        cli.out << Cli::tr("  co-subject %1 %2 (%3)\n").arg(s.code, s.name, s.linkRole);
    for (const MeasureTask& t : c.tasks)
        cli.out << Cli::tr("  task %1: %2 → %3, due %4: %5\n")
                       .arg(t.id)
                       .arg(t.measureTitle, t.departmentName, t.dueOn.toString(Qt::ISODate),
                           t.isOverdue(QDate::currentDate()) ? Cli::tr("OVERDUE")
                                                             : Cases::displayName(t.response));
}

int output(Cli& cli, const Args& args, const Case& c)
{
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(c));
    else
        printCase(cli, c);
    return 0;
}

int runCaseNew(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral("case new DB --subject CODE --memorandum CODE --record ID "
                                         "[--department D] [--start DATE] [--end DATE] "
                                         "[--measures CODE,CODE] [--drop CODE=REASON]... [--co-subjects "
                                         "linked|CODE,CODE] [--note TEXT] --user NAME "
                                         "[--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), valued("subject", "CODE"), valued("memorandum", "CODE"),
            valued("record", "ID"), valued("department", "D"), valued("start", "DATE"), valued("end", "DATE"),
            valued("measures", "CODES"), valued("drop", "CODE=REASON"), valued("co-subjects", "CODES"),
            valued("note", "TEXT")},
        {QStringLiteral("DB")}, usage);
    CaseDraft d;
    d.termStart = args.date(QStringLiteral("start"));
    d.termEnd = args.date(QStringLiteral("end"));
    d.note = args.value(QStringLiteral("note"));
    bool ok = false;
    d.basisRecordId = args.value(QStringLiteral("record")).toLongLong(&ok);
    if (!ok)
        throw CoreError(ErrorKind::Usage,
            Cli::tr("--record takes the number of the credit record the case rests on.\n"
                    "Usage: creditdesk-cli %1")
                .arg(usage));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    d.subjectId = subjectIdFor(*session, args.value(QStringLiteral("subject")), QStringLiteral("subject"));
    OfficeRules rules(*session);
    const auto memorandum = rules.memorandumId(args.value(QStringLiteral("memorandum")));
    if (!memorandum)
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--memorandum: there is no memorandum \"%1\".")
                .arg(args.value(QStringLiteral("memorandum"))));
    d.memorandumId = *memorandum;
    d.initiatingDepartmentId = args.isSet(QStringLiteral("department"))
        ? departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"))
        : RecordService(*session).get(d.basisRecordId).departmentId;

    CaseService cases(*session);
    const QList<CaseMeasure> proposal = cases.proposal(d.memorandumId);
    auto measureId = [&](const QString& code) {
        for (const CaseMeasure& m : proposal) {
            if (m.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
                return m.measureId;
        }
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--measures: %1 is not a measure of this memorandum.").arg(code));
    };
    if (args.isSet(QStringLiteral("measures"))) {
        QList<qint64> selected;
        for (const QString& code :
            args.value(QStringLiteral("measures")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            selected << measureId(code);
        d.selectedMeasures = selected;
    }
    for (const QString& drop : args.values(QStringLiteral("drop"))) {
        const qint64 id = measureId(drop.section(QLatin1Char('='), 0, 0));
        d.dropReasons.insert(id, drop.section(QLatin1Char('='), 1));
        if (!d.selectedMeasures) {
            QList<qint64> selected;
            for (const CaseMeasure& m : proposal) {
                if (m.selected)
                    selected << m.measureId;
            }
            d.selectedMeasures = selected;
        }
        d.selectedMeasures->removeAll(id);
    }
    const QString co = args.value(QStringLiteral("co-subjects"));
    if (co == QLatin1String("linked")) {
        for (const CaseSubject& s : cases.proposedCoSubjects(d.subjectId, d.basisRecordId))
            d.coSubjects << s.subjectId;
    } else if (!co.isEmpty()) {
        for (const QString& code : co.split(QLatin1Char(','), Qt::SkipEmptyParts))
            d.coSubjects << subjectIdFor(*session, code, QStringLiteral("co-subjects"));
    }
    return output(cli, args, cases.draft(d));
}

// approve, reject, withdraw, push and show share their shape: DB CASE and one call.
int runOnCase(Cli& cli, const QStringList& arguments, const QString& usage,
    const std::function<Case(CaseService&, qint64, const Args&)>& action,
    const QList<QCommandLineOption>& extra = {})
{
    QList<QCommandLineOption> options {userOption(), jsonOption()};
    options << extra;
    const Args args(arguments, options, {QStringLiteral("DB"), QStringLiteral("CASE")}, usage);
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    CaseService cases(*session);
    return output(cli, args, action(cases, cases.resolve(args.positional(1)), args));
}

int runCaseFeedback(Cli& cli, const QStringList& arguments)
{
    const QString usage
        = QStringLiteral("case feedback DB TASK (--ack | --applied REF | --not-applicable REASON | "
                         "--refused REASON) [--on DATE] [--applied-on DATE] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), QCommandLineOption(QStringLiteral("ack")), valued("applied", "REF"),
            valued("not-applicable", "REASON"), valued("refused", "REASON"), valued("on", "DATE"),
            valued("applied-on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("TASK")}, usage);
    const int answers = int(args.isSet(QStringLiteral("ack"))) + int(args.isSet(QStringLiteral("applied")))
        + int(args.isSet(QStringLiteral("not-applicable"))) + int(args.isSet(QStringLiteral("refused")));
    if (answers != 1)
        throw CoreError(ErrorKind::Usage,
            Cli::tr("Give exactly one of --ack, --applied, --not-applicable, --refused.\n"
                    "Usage: creditdesk-cli %1")
                .arg(usage));
    bool ok = false;
    const qint64 task = args.positional(1).toLongLong(&ok);
    if (!ok)
        throw CoreError(ErrorKind::InvalidInput, Cli::tr("TASK: a task number."));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    const QDate appliedOn = args.date(QStringLiteral("applied-on"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    CaseService cases(*session);
    MeasureTask t;
    if (args.isSet(QStringLiteral("ack")))
        t = cases.acknowledge(task, on);
    else if (args.isSet(QStringLiteral("applied")))
        t = cases.respond(
            task, TaskResponse::Applied, on, args.value(QStringLiteral("applied")), QString(), appliedOn);
    else if (args.isSet(QStringLiteral("not-applicable")))
        t = cases.respond(
            task, TaskResponse::NotApplicable, on, QString(), args.value(QStringLiteral("not-applicable")));
    else
        t = cases.respond(task, TaskResponse::Refused, on, QString(), args.value(QStringLiteral("refused")));
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(t));
    else
        cli.out << Cli::tr("Task %1 (%2, %3): %4\n")
                       .arg(t.id)
                       .arg(t.measureTitle, t.departmentName,
                           t.response == TaskResponse::None ? Cli::tr("acknowledged")
                                                            : Cases::displayName(t.response));
    return 0;
}

} // namespace

void addCaseCommands(QList<Command>& commands)
{
    commands
        << Command {QStringLiteral("case new"),
               QStringLiteral(
                   "case new DB --subject CODE --memorandum CODE --record ID … --user NAME [--json]"),
               Cli::tr("Draft a joint incentive or sanction case (case officers)."),
               Cli::tr(
                   "The memorandum proposes its measures with the mandatory ones selected; --measures "
                   "CODE,CODE chooses others, --drop CODE=REASON leaves one out (a mandatory measure needs "
                   "the reason). --co-subjects linked adds the persons linked to an organisation for a "
                   "serious record (§11). The term defaults to the longest default duration of the "
                   "measures, from today."),
               runCaseNew}
        << Command {QStringLiteral("case approve"),
               QStringLiteral("case approve DB CASE --user NAME [--json]"),
               Cli::tr("Approve a draft (reviewers; never a case you drafted)."), QString(),
               [](Cli& cli, const QStringList& a) {
                   return runOnCase(cli, a, QStringLiteral("case approve DB CASE --user NAME [--json]"),
                       [](CaseService& s, qint64 id, const Args&) { return s.approve(id); });
               }}
        << Command {QStringLiteral("case reject"),
               QStringLiteral("case reject DB CASE --reason TEXT --user NAME"),
               Cli::tr("Reject a draft with a reason (reviewers)."), QString(),
               [](Cli& cli, const QStringList& a) {
                   return runOnCase(cli, a, QStringLiteral("case reject DB CASE --reason TEXT --user NAME"),
                       [](CaseService& s, qint64 id, const Args& args) {
                           return s.reject(id, args.value(QStringLiteral("reason")));
                       },
                       {valued("reason", "TEXT")});
               }}
        << Command {QStringLiteral("case withdraw"), QStringLiteral("case withdraw DB CASE --user NAME"),
               Cli::tr("Withdraw a case that was not pushed yet (case officers)."), QString(),
               [](Cli& cli, const QStringList& a) {
                   return runOnCase(cli, a, QStringLiteral("case withdraw DB CASE --user NAME"),
                       [](CaseService& s, qint64 id, const Args&) { return s.withdraw(id); });
               }}
        << Command {QStringLiteral("case push"),
               QStringLiteral("case push DB CASE [--on DATE] --user NAME [--json]"),
               Cli::tr("Push an approved case: one measure task per measure and implementing department."),
               Cli::tr("Each task is due after the feedback period (a setting, in working days)."),
               [](Cli& cli, const QStringList& a) {
                   return runOnCase(cli, a,
                       QStringLiteral("case push DB CASE [--on DATE] --user NAME [--json]"),
                       [](CaseService& s, qint64 id, const Args& args) {
                           return s.push(id, args.date(QStringLiteral("on"), QDate::currentDate()));
                       },
                       {valued("on", "DATE")});
               }}
        << Command {QStringLiteral("case feedback"),
               QStringLiteral(
                   "case feedback DB TASK (--ack|--applied REF|--not-applicable R|--refused R) --user NAME"),
               Cli::tr("Record a department's acknowledgement or answer for a measure task."),
               Cli::tr("--on DATE is the date of the acknowledgement or answer (default today); an answer is "
                       "never overwritten."),
               runCaseFeedback}
        << Command {QStringLiteral("case show"), QStringLiteral("case show DB CASE --user NAME [--json]"),
               Cli::tr("Show a case with its measures and tasks."), QString(),
               [](Cli& cli, const QStringList& a) {
                   return runOnCase(cli, a, QStringLiteral("case show DB CASE --user NAME [--json]"),
                       [](CaseService& s, qint64 id, const Args&) { return s.get(id); });
               }};
}

} // namespace cd::cli
