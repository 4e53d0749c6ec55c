#include "Cli.h"
#include "CoreError.h"
#include "SupervisionJson.h"
#include "services/CreditReportService.h"
#include "services/NoticeService.h"
#include "services/Session.h"
#include "services/SupervisionService.h"

namespace cd::cli {

namespace {

QCommandLineOption valued(const char* name, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

ReportPeriod periodOf(const Args& args)
{
    if (!args.isSet(QStringLiteral("period")))
        throw CoreError(ErrorKind::Usage,
            Cli::tr("--period is required (2026-10, 2026Q3, 2026 or "
                    "2026-01-01..2026-06-30)."));
    return ReportPeriod::parse(args.value(QStringLiteral("period")));
}

void printReport(Cli& cli, const SupervisionReport& r)
{
    cli.out << Cli::tr("Supervision figures for %1 (%2 to %3), as of %4\n\n")
                   .arg(r.period.label(), r.period.from.toString(Qt::ISODate),
                       r.period.to.toString(Qt::ISODate), r.evaluatedOn.toString(Qt::ISODate));
    cli.out << Cli::tr("rank  received  ack  on time  late  overdue  on-time %  applied %  median days  "
                       "published %  verified %  department\n");
    auto line = [&](const DepartmentMetrics& m) {
        cli.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  ")
                       .arg(m.rank ? QString::number(m.rank) : QStringLiteral("—"), 4)
                       .arg(m.received, 8)
                       .arg(m.acknowledged, 3)
                       .arg(m.onTime, 7)
                       .arg(m.late, 4)
                       .arg(m.overdue, 7)
                       .arg(SupervisionFormat::percent(m.onTimeShare()), 9)
                       .arg(SupervisionFormat::percent(m.appliedShare()), 9)
                       .arg(SupervisionFormat::days(m.medianWorkingDays), 11)
                << QStringLiteral("%1  %2  %3%4\n")
                       .arg(SupervisionFormat::percent(m.publicationShare()), 11)
                       .arg(m.objectionsAvailable ? SupervisionFormat::percent(m.verificationShare())
                                                  : Cli::tr("n/a"),
                           10)
                       .arg(m.name, m.lagging() ? QStringLiteral("  *") : QString());
    };
    for (const DepartmentMetrics& m : r.departments)
        line(m);
    line(r.totals);
    const QList<DepartmentMetrics> lagging = r.lagging();
    if (!lagging.isEmpty()) {
        cli.out << "\n" << Cli::tr("* lagging behind:\n");
        for (const DepartmentMetrics& m : lagging)
            cli.out << QStringLiteral("  %1: %2\n").arg(m.name, m.laggingReasons.join(QStringLiteral("; ")));
    }
}

int runMetrics(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("period", "PERIOD")},
        {QStringLiteral("DB")}, QStringLiteral("report metrics DB --period PERIOD --user NAME [--json]"));
    const ReportPeriod period = periodOf(args);
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const SupervisionReport report = SupervisionService(*session).report(period);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(report));
    else
        printReport(cli, report);
    return 0;
}

int runNotice(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral(
        "report notice DB --period PERIOD --out FILE.pdf|.docx|.xlsx [--number N] [--force] --user NAME");
    const Args args(arguments,
        {userOption(), valued("period", "PERIOD"), valued("out", "FILE"), valued("number", "N"),
            QCommandLineOption(QStringLiteral("force"))},
        {QStringLiteral("DB")}, usage);
    const ReportPeriod period = periodOf(args);
    if (args.value(QStringLiteral("out")).isEmpty())
        throw CoreError(
            ErrorKind::Usage, Cli::tr("--out FILE is required.\nUsage: creditdesk-cli %1").arg(usage));
    std::optional<int> number;
    if (args.isSet(QStringLiteral("number")))
        number = args.integer(QStringLiteral("number"), 0);
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const NoticeService::Exported e = NoticeService(*session).exportNotice(
        period, args.value(QStringLiteral("out")), number, args.isSet(QStringLiteral("force")));
    cli.out << (e.reprinted
            ? Cli::tr("Notification %1 printed again to %2; %n department(s) named as lagging "
                      "behind.\n",
                "", e.laggingDepartments)
            : Cli::tr("Notification %1 issued to %2; %n department(s) named as lagging behind.\n", "",
                e.laggingDepartments))
                   .arg(e.number, e.path);
    return 0;
}

int runCheckReport(Cli& cli, const QStringList& arguments)
{
    const QString usage
        = QStringLiteral("report check DB QUERY [--as-of YYYY-MM-DD] --out FILE.pdf [--force] --user NAME");
    const Args args(arguments,
        {userOption(), valued("as-of", "DATE"), valued("out", "FILE"),
            QCommandLineOption(QStringLiteral("force"))},
        {QStringLiteral("DB"), QStringLiteral("QUERY")}, usage);
    if (args.value(QStringLiteral("out")).isEmpty())
        throw CoreError(
            ErrorKind::Usage, Cli::tr("--out FILE is required.\nUsage: creditdesk-cli %1").arg(usage));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const QString name = CreditReportService(*session).exportReport(
        args.positional(1), asOf, args.value(QStringLiteral("out")), args.isSet(QStringLiteral("force")));
    cli.out << Cli::tr("Credit report of %1 as of %2 written to %3.\n")
                   .arg(name, asOf.toString(Qt::ISODate), args.value(QStringLiteral("out")));
    return 0;
}

} // namespace

void addReportCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("report metrics"),
        QStringLiteral("report metrics DB --period PERIOD --user NAME [--json]"),
        Cli::tr("How each department carried out the joint measures in a period (§19), ranked."),
        Cli::tr("PERIOD is a month (2026-10), a quarter (2026Q3), a year (2026) or a date range "
                "(2026-01-01..2026-06-30). Figures are taken on the period's last day, or today while it "
                "runs; the README defines each of them."),
        runMetrics};
    commands << Command {QStringLiteral("report notice"),
        QStringLiteral(
            "report notice DB --period PERIOD --out FILE.pdf|.docx|.xlsx [--number N] [--force] --user NAME"),
        Cli::tr("The notification of a period as an official document, a Word document or a spreadsheet."),
        Cli::tr("Takes the year's next document number; the period's notification keeps its number in every "
                "format and reprint, and --number N prints number N of the year again. The file is written "
                "completely or not at all; an existing one is kept unless --force. Supervisors and "
                "administrators."),
        runNotice};
    commands << Command {QStringLiteral("report check"),
        QStringLiteral("report check DB QUERY [--as-of YYYY-MM-DD] --out FILE.pdf [--force] --user NAME"),
        Cli::tr("The credit report of one subject: the credit check on a date, as a PDF."),
        Cli::tr("QUERY must name one subject (its code, or a name only it has). The report lists the green "
                "channel, every joint measure with its status and reasons, and the credit records."),
        runCheckReport};
}

} // namespace cd::cli
