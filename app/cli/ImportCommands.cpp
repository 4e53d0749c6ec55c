#include "Cli.h"
#include "CoreError.h"
#include "Lookups.h"
#include "services/ImportService.h"
#include "services/PackageService.h"
#include "services/PublicExportService.h"
#include "services/Session.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

int runImport(Cli& cli, const QStringList& arguments)
{
    const QString usage
        = QStringLiteral("import DB FILE --kind subjects|records|licences [--department D] [--strict] "
                         "[--errors OUT.xlsx] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), valued("kind", "KIND"), valued("department", "D"),
            QCommandLineOption(QStringLiteral("strict")), valued("errors", "FILE")},
        {QStringLiteral("DB"), QStringLiteral("FILE")}, usage);
    const QString kind = args.value(QStringLiteral("kind"));
    if (kind != QLatin1String("subjects") && kind != QLatin1String("records")
        && kind != QLatin1String("licences"))
        throw CoreError(ErrorKind::Usage,
            Cli::tr("--kind is subjects, records or licences.\nUsage: creditdesk-cli %1").arg(usage));
    const QString errors = args.value(QStringLiteral("errors"));
    if (!errors.isEmpty() && QFileInfo::exists(errors))
        throw CoreError(ErrorKind::Failed,
            Cli::tr("%1 exists already; the error report does not overwrite it.").arg(errors));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    ImportOptions options;
    options.strict = args.isSet(QStringLiteral("strict"));
    if (args.isSet(QStringLiteral("department")))
        options.departmentId = departmentIdFor(
            *session, args.value(QStringLiteral("department")), QStringLiteral("department"));
    ImportService imports(*session);
    const ImportResult r = kind == QLatin1String("records")
        ? imports.importRecords(args.positional(1), options)
        : kind == QLatin1String("licences") ? imports.importLicences(args.positional(1), options)
                                            : imports.importSubjects(args.positional(1), options);
    if (!errors.isEmpty() && !r.rejected.isEmpty())
        ImportService::writeErrorReport(r, errors);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const ImportProblem& p : r.rejected)
            rejected.append(QJsonObject {{QStringLiteral("row"), p.row}, {QStringLiteral("column"), p.column},
                {QStringLiteral("value"), p.value}, {QStringLiteral("reason"), p.reason}});
        cli.printJson(QJsonObject {{QStringLiteral("format"), r.format}, {QStringLiteral("rows"), r.rows},
            {QStringLiteral("imported"), r.imported}, {QStringLiteral("unchanged"), r.unchanged},
            {QStringLiteral("updated"), r.updated}, {QStringLiteral("subjectsCreated"), r.subjectsCreated},
            {QStringLiteral("rolledBack"), r.rolledBack}, {QStringLiteral("rejected"), rejected},
            {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
    } else {
        // The first line is the contract: "imported N, rejected M".
        cli.out << QStringLiteral("imported %1, rejected %2\n").arg(r.imported).arg(r.rejected.size());
        cli.out << Cli::tr("%1: %2 rows read, %3 already there, %4 subjects registered\n")
                       .arg(r.format)
                       .arg(r.rows)
                       .arg(r.unchanged)
                       .arg(r.subjectsCreated);
        if (r.updated > 0)
            cli.out << Cli::tr("%1 licences already there are now revoked (无效), as the file says.\n")
                           .arg(r.updated);
        if (r.rolledBack)
            cli.out << Cli::tr("--strict: nothing was imported because rows were rejected.\n");
        for (const QString& note : r.notes)
            cli.out << note << QLatin1Char('\n');
        const int shown = std::min<int>(20, int(r.rejected.size()));
        for (int i = 0; i < shown; ++i) {
            const ImportProblem& p = r.rejected.at(i);
            cli.err << Cli::tr("row %1, %2 \"%3\": %4\n").arg(p.row).arg(p.column, p.value, p.reason);
        }
        if (r.rejected.size() > shown)
            cli.err << Cli::tr("… and %1 more rejected rows%2\n")
                           .arg(r.rejected.size() - shown)
                           .arg(errors.isEmpty() ? Cli::tr(" (--errors FILE.xlsx lists them all)")
                                                 : QString());
    }
    return r.rejected.isEmpty() ? 0 : int(ErrorKind::InvalidInput);
}

int runImportMapping(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("department", "D"), valued("set", "FIELD=HEADER")},
        {QStringLiteral("DB")},
        QStringLiteral("import mapping DB --department D [--set FIELD=HEADER]… --user NAME [--json]"));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const qint64 department
        = departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"));
    ImportService imports(*session);
    QMap<QString, QString> changes;
    for (const QString& pair : args.values(QStringLiteral("set"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw CoreError(
                ErrorKind::Usage, Cli::tr("--set FIELD=HEADER, such as --set decisionNo=处罚文书编号."));
        changes.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    if (!changes.isEmpty())
        imports.saveMapping(department, changes);
    const QMap<QString, QString> m = imports.mapping(department);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        cli.printJson(o);
        return 0;
    }
    for (auto it = m.begin(); it != m.end(); ++it)
        cli.out << QStringLiteral("%1 = %2\n").arg(it.key(), it.value());
    if (m.isEmpty())
        cli.out << Cli::tr("No header names of its own: the standard ones are used. Fields: %1\n")
                       .arg(ImportService::recordFieldKeys().join(QStringLiteral(", ")));
    return 0;
}

int runPackage(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("department", "D"), valued("out", "FILE"),
            QCommandLineOption(QStringLiteral("with-citizen-ids"))},
        {QStringLiteral("DB")},
        QStringLiteral(
            "package DB --department D --out FILE.xlsx [--with-citizen-ids] --user NAME [--json]"));
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw CoreError(ErrorKind::Usage, Cli::tr("--out FILE.xlsx: where to write the package."));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const qint64 department
        = departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"));
    const PackageResult r = PackageService(*session).makePackage(
        department, out, args.isSet(QStringLiteral("with-citizen-ids")));
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(
            QJsonObject {{QStringLiteral("number"), r.number}, {QStringLiteral("department"), r.department},
                {QStringLiteral("tasks"), r.tasks}, {QStringLiteral("file"), out}});
    else
        cli.out << Cli::tr("Package %1 for %2: %3 tasks written to %4\n")
                       .arg(r.number, r.department)
                       .arg(r.tasks)
                       .arg(out);
    return 0;
}

int runFeedback(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("errors", "FILE")},
        {QStringLiteral("DB"), QStringLiteral("FILE")},
        QStringLiteral("feedback DB FILE [--errors OUT.xlsx] --user NAME [--json]"));
    const QString errors = args.value(QStringLiteral("errors"));
    if (!errors.isEmpty() && QFileInfo::exists(errors))
        throw CoreError(ErrorKind::Failed,
            Cli::tr("%1 exists already; the error report does not overwrite it.").arg(errors));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const FeedbackResult r = PackageService(*session).importFeedback(args.positional(1));
    if (!errors.isEmpty() && !r.rejected.isEmpty()) {
        ImportResult report;
        report.rejected = r.rejected;
        ImportService::writeErrorReport(report, errors);
    }
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const ImportProblem& p : r.rejected)
            rejected.append(QJsonObject {{QStringLiteral("row"), p.row}, {QStringLiteral("column"), p.column},
                {QStringLiteral("value"), p.value}, {QStringLiteral("reason"), p.reason}});
        cli.printJson(QJsonObject {{QStringLiteral("format"), r.format}, {QStringLiteral("rows"), r.rows},
            {QStringLiteral("answered"), r.answered}, {QStringLiteral("acknowledged"), r.acknowledged},
            {QStringLiteral("unchanged"), r.unchanged}, {QStringLiteral("blank"), r.blank},
            {QStringLiteral("rejected"), rejected}});
    } else {
        cli.out << Cli::tr(
            "%1 answers and %2 acknowledgements recorded, %3 already there, %4 rows not filled in, "
            "%5 rejected\n")
                       .arg(r.answered)
                       .arg(r.acknowledged)
                       .arg(r.unchanged)
                       .arg(r.blank)
                       .arg(r.rejected.size());
        for (const ImportProblem& p : r.rejected)
            cli.err << Cli::tr("row %1, %2 \"%3\": %4\n").arg(p.row).arg(p.column, p.value, p.reason);
    }
    return r.rejected.isEmpty() ? 0 : int(ErrorKind::InvalidInput);
}

int runExportPublic(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("out", "FILE"), valued("as-of", "DATE")},
        {QStringLiteral("DB")},
        QStringLiteral("export public DB --out FILE.xlsx|.csv|.json [--as-of DATE] --user NAME"));
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw CoreError(ErrorKind::Usage, Cli::tr("--out FILE: .xlsx, .csv or .json."));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const PublicExportResult r = PublicExportService(*session).exportPublic(out, asOf);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(QJsonObject {{QStringLiteral("redList"), r.redList},
            {QStringLiteral("blackList"), r.blackList}, {QStringLiteral("penalties"), r.penalties},
            {QStringLiteral("licences"), r.licences}, {QStringLiteral("file"), out}});
    else
        cli.out << Cli::tr("%1: %2 on the red list, %3 on the black list, %4 penalties and %5 licences under "
                           "publication\n")
                       .arg(out)
                       .arg(r.redList)
                       .arg(r.blackList)
                       .arg(r.penalties)
                       .arg(r.licences);
    return 0;
}

} // namespace

void addImportCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("import"),
        QStringLiteral(
            "import DB FILE --kind subjects|records|licences [--department D] [--strict] [--errors "
            "OUT.xlsx] --user NAME"),
        Cli::tr("Import subjects, credit records or licensing decisions from XLSX, XLS or CSV."),
        Cli::tr(
            "Columns are found by their header: ours (主体代码, 决定文书号, 决定日期, 严重程度 …) or the "
            "national publicity headers (行政相对人名称, 统一社会信用代码, 行政处罚决定书文号, 处罚决定日期, "
            "处罚机关 …); licences (--kind licences) by the national licence headers (行政相对人代码_1, "
            "行政许可决定文书号, 许可决定日期, 有效期至, 许可机关, 当前状态 …). Valid rows go in one "
            "transaction; rejected rows are listed (row, column, value, "
            "reason) and with --errors written to a workbook. --strict imports nothing when a row is "
            "rejected. A record already there (same department and decision number) is left as it is, so "
            "importing a file twice changes nothing. Exit 0 when nothing was rejected, 6 when rows were."),
        runImport}
             << Command {QStringLiteral("import mapping"),
                    QStringLiteral(
                        "import mapping DB --department D [--set FIELD=HEADER]… --user NAME [--json]"),
                    Cli::tr("Show or save a department's own header names for record imports."),
                    Cli::tr("Used whenever that department's files are imported with --department. An empty "
                            "HEADER removes the field's own name."),
                    runImportMapping}
             << Command {QStringLiteral("package"),
                    QStringLiteral(
                        "package DB --department D --out FILE.xlsx [--with-citizen-ids] --user NAME"),
                    Cli::tr("Write a department's new measure tasks as a workbook to send (信息推送)."),
                    Cli::tr(
                        "Each task goes out once; the package is recorded as sent. The feedback columns have "
                        "drop-down lists. Persons' citizen IDs are masked unless --with-citizen-ids "
                        "(officers, "
                        "reviewers; audited)."),
                    runPackage}
             << Command {QStringLiteral("feedback"),
                    QStringLiteral("feedback DB FILE [--errors OUT.xlsx] --user NAME"),
                    Cli::tr("Record the answers of a returned package (执行反馈)."),
                    Cli::tr(
                        "Rows are matched by 任务编号; unknown, duplicate and conflicting rows are rejected "
                        "with their reason, an answer already recorded is never overwritten. Exit 0 when "
                        "nothing was rejected, 6 when rows were."),
                    runFeedback}
             << Command {QStringLiteral("export public"),
                    QStringLiteral("export public DB --out FILE.xlsx|.csv|.json [--as-of DATE] --user NAME"),
                    Cli::tr("Export what the credit website publishes: the red and black lists and the "
                            "penalties."),
                    Cli::tr(
                        "Public fields only: citizen IDs masked, withdrawn and repaired records and entries "
                        "that left their list left out, penalties past their maximum publicity period left "
                        "out, "
                        "confidential reports never."),
                    runExportPublic};
}

} // namespace cd::cli
