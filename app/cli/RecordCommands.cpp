#include "Cli.h"
#include "CoreError.h"
#include "JsonViews.h"
#include "Lookups.h"
#include "services/RecordService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

void printRecord(Cli& cli, const RecordView& v)
{
    const CreditRecord& r = v.record;
    cli.out << Cli::tr("Record %1: %2, %3%4\n")
                   .arg(r.id)
                   .arg(CreditRecords::displayName(r.polarity), r.category,
                       r.severity ? QStringLiteral(" (%1)").arg(Severities::displayName(*r.severity))
                                  : QString())
            << Cli::tr("  decision %1 of %2, %3\n")
                   .arg(r.decisionNo, r.departmentName, r.decisionDate.toString(Qt::ISODate))
            << Cli::tr("  publication due %1: %2\n")
                   .arg(v.publicationDue.toString(Qt::ISODate), CreditRecords::displayName(v.publication));
}

int runRecordAdd(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral("record add DB --subject CODE --polarity negative|positive "
                                         "--category TEXT [--severity minor|general|serious] "
                                         "[--specific-serious] --decision-no NO --decision-date YYYY-MM-DD "
                                         "--department D [--legal-basis TEXT] "
                                         "[--content TEXT] [--published YYYY-MM-DD] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), valued("subject", "CODE"), valued("polarity", "P"),
            valued("category", "TEXT"), valued("severity", "S"),
            QCommandLineOption(QStringLiteral("specific-serious")), valued("decision-no", "NO"),
            valued("decision-date", "DATE"), valued("department", "D"), valued("legal-basis", "TEXT"),
            valued("content", "TEXT"), valued("published", "DATE")},
        {QStringLiteral("DB")}, usage);
    const auto polarity = CreditRecords::polarityFromKey(args.value(QStringLiteral("polarity")));
    if (!polarity)
        throw CoreError(ErrorKind::Usage,
            Cli::tr("--polarity is negative or positive.\nUsage: creditdesk-cli %1").arg(usage));
    std::optional<Severity> severity;
    if (args.isSet(QStringLiteral("severity"))) {
        severity = Severities::fromKey(args.value(QStringLiteral("severity")));
        if (!severity)
            throw CoreError(ErrorKind::InvalidInput, Cli::tr("--severity: minor, general or serious."));
    }
    CreditRecord r;
    r.polarity = *polarity;
    r.severity = severity;
    r.specificSerious = args.isSet(QStringLiteral("specific-serious"));
    r.category = args.value(QStringLiteral("category"));
    r.decisionNo = args.value(QStringLiteral("decision-no"));
    r.decisionDate = args.date(QStringLiteral("decision-date"));
    r.legalBasis = args.value(QStringLiteral("legal-basis"));
    r.content = args.value(QStringLiteral("content"));
    r.publishedOn = args.date(QStringLiteral("published"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    r.subjectId = subjectIdFor(*session, args.value(QStringLiteral("subject")), QStringLiteral("subject"));
    r.departmentId
        = departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"));
    RecordService records(*session);
    const RecordView v = records.view(records.add(r), QDate::currentDate());
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(v));
    else
        printRecord(cli, v);
    return 0;
}

int runRecordList(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("as-of", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("SUBJECT")},
        QStringLiteral("record list DB SUBJECT_CODE --user NAME [--as-of YYYY-MM-DD] [--json]"));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const qint64 subject = subjectIdFor(*session, args.positional(1), QStringLiteral("subject"));
    const QList<RecordView> list = RecordService(*session).forSubject(subject, asOf);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RecordView& v : list)
            array.append(toJson(v));
        cli.printJson(array);
        return 0;
    }
    for (const RecordView& v : list)
        printRecord(cli, v);
    if (list.isEmpty())
        cli.out << Cli::tr("No credit records.\n");
    return 0;
}

int runRecordPublish(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("record publish DB ID [--on YYYY-MM-DD] --user NAME"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    bool ok = false;
    const qint64 id = args.positional(1).toLongLong(&ok);
    if (!ok)
        throw CoreError(ErrorKind::InvalidInput, Cli::tr("ID: a record number."));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    RecordService records(*session);
    printRecord(cli, records.view(records.markPublished(id, on), QDate::currentDate()));
    return 0;
}

} // namespace

void addRecordCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("record add"),
        QStringLiteral("record add DB --subject CODE --polarity P --category T --decision-no NO "
                       "--decision-date D --department D … --user NAME"),
        Cli::tr("Add a credit record (case officers)."),
        Cli::tr("Options: --severity minor|general|serious (negative records), --specific-serious, "
                "--legal-basis, --content, --published DATE. A record is identified by its "
                "department and decision number: the same one twice is refused (exit 6)."),
        runRecordAdd}
             << Command {QStringLiteral("record list"),
                    QStringLiteral("record list DB SUBJECT_CODE --user NAME [--as-of DATE] [--json]"),
                    Cli::tr("List a subject's credit records with their publication status."),
                    Cli::tr("Shows for each record its §13 publication deadline (7 working days) and whether "
                            "it was met, and the publicity window of the rule set in force at its decision."),
                    runRecordList}
             << Command {QStringLiteral("record publish"),
                    QStringLiteral("record publish DB ID [--on DATE] --user NAME"),
                    Cli::tr("Record the date a record was published."), QString(), runRecordPublish};
}

} // namespace cd::cli
