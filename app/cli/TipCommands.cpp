#include "Cli.h"
#include "CoreError.h"
#include "Lookups.h"
#include "services/Session.h"
#include "services/TipService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject toJson(const Tip& t)
{
    return QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("number"), t.number},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("code"), t.subjectCode}, {QStringLiteral("name"), t.reportedName}}},
        {QStringLiteral("content"), t.content}, {QStringLiteral("channel"), Tips::key(t.channel)},
        {QStringLiteral("receivedOn"), iso(t.receivedOn)}, {QStringLiteral("receivedBy"), t.receivedBy},
        {QStringLiteral("closedOn"), t.closedOn.isValid() ? QJsonValue(iso(t.closedOn)) : QJsonValue()},
        {QStringLiteral("outcome"), t.outcome}};
}

void printTip(Cli& cli, const Tip& t)
{
    const QString subject
        = t.subjectCode.isEmpty() ? t.reportedName : t.subjectCode + QLatin1Char(' ') + t.reportedName;
    cli.out << Cli::tr("Confidential report %1 [%2] on %3, %4 %5\n")
                   .arg(t.number)
                   .arg(t.id)
                   .arg(subject, Tips::displayName(t.channel), iso(t.receivedOn))
            << Cli::tr("  %1\n").arg(t.content);
    if (t.closedOn.isValid())
        cli.out << Cli::tr("  closed %1: %2\n").arg(iso(t.closedOn), t.outcome);
}

// The reporter's identity is never an argument (arguments show in process lists and shell history):
// it is typed at the terminal without echo, or given as two lines on standard input.
TipReporter readReporter(Cli& cli, bool fromStdin)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw CoreError(ErrorKind::Usage, Cli::tr("Standard input cannot be read."));
        const QString name = QString::fromUtf8(in.readLine()).trimmed();
        const QString contact = QString::fromUtf8(in.readLine()).trimmed();
        return {name, contact};
    }
    const QString name = QString::fromUtf8(cli.hiddenLine(Cli::tr("Reporter's name (kept confidential): ")));
    const QString contact
        = QString::fromUtf8(cli.hiddenLine(Cli::tr("Reporter's contact (kept confidential): ")));
    return {name.trimmed(), contact.trimmed()};
}

int runTipAdd(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("subject", "CODE"), valued("name", "TEXT"),
            valued("content", "TEXT"), valued("channel", "C"), valued("on", "DATE"),
            QCommandLineOption(QStringLiteral("reporter-stdin"))},
        {QStringLiteral("DB")},
        QStringLiteral("report-tip add DB (--subject CODE | --name TEXT) --content TEXT --channel "
                       "phone|letter|visit|online [--on DATE] [--reporter-stdin] --user NAME [--json]"));
    const auto channel = Tips::channelFromKey(args.value(QStringLiteral("channel")));
    if (!channel)
        throw CoreError(ErrorKind::InvalidInput, Cli::tr("--channel: phone, letter, visit or online."));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const qint64 subject = args.isSet(QStringLiteral("subject"))
        ? subjectIdFor(*session, args.value(QStringLiteral("subject")), QStringLiteral("subject"))
        : 0;
    const TipReporter reporter = readReporter(cli, args.isSet(QStringLiteral("reporter-stdin")));
    const Tip t = TipService(*session).add(subject, args.value(QStringLiteral("name")),
        args.value(QStringLiteral("content")), *channel, on, reporter);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(t));
    else
        printTip(cli, t);
    return 0;
}

int runTipShow(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), QCommandLineOption(QStringLiteral("reveal-reporter"))},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("report-tip show DB ID [--reveal-reporter] --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    TipService tips(*session);
    const Tip t = tips.get(id);
    std::optional<TipReporter> reporter;
    if (args.isSet(QStringLiteral("reveal-reporter")))
        reporter = tips.reporter(id);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(t);
        if (reporter)
            o.insert(QStringLiteral("reporter"),
                QJsonObject {{QStringLiteral("name"), reporter->name},
                    {QStringLiteral("contact"), reporter->contact}});
        cli.printJson(o);
        return 0;
    }
    printTip(cli, t);
    if (reporter)
        cli.out << Cli::tr("  reporter (confidential): %1, %2\n").arg(reporter->name, reporter->contact);
    return 0;
}

int runTipList(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), QCommandLineOption(QStringLiteral("open")), valued("limit", "N")},
        {QStringLiteral("DB")},
        QStringLiteral("report-tip list DB [--open] [--limit N] --user NAME [--json]"));
    const int limit = args.integer(QStringLiteral("limit"), 50);
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const QList<Tip> list = TipService(*session).recent(args.isSet(QStringLiteral("open")), limit);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Tip& t : list)
            array.append(toJson(t));
        cli.printJson(array);
        return 0;
    }
    for (const Tip& t : list)
        printTip(cli, t);
    if (list.isEmpty())
        cli.out << Cli::tr("No confidential reports.\n");
    return 0;
}

int runTipClose(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("outcome", "TEXT"), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("report-tip close DB ID --outcome TEXT [--on DATE] --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const Tip t = TipService(*session).close(id, args.value(QStringLiteral("outcome")), on);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(t));
    else
        printTip(cli, t);
    return 0;
}

} // namespace

void addTipCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("report-tip add"),
        QStringLiteral(
            "report-tip add DB (--subject CODE | --name T) --content T --channel C [--reporter-stdin] "
            "--user NAME"),
        Cli::tr("Take in a confidential report of serious dishonesty (case officers)."),
        Cli::tr(
            "The reporter's name and contact are never arguments: they are asked at the terminal without "
            "echo, or read as two lines from standard input with --reporter-stdin. They are kept apart from "
            "the report and appear in no list, search, export, log or audit entry."),
        runTipAdd}
             << Command {QStringLiteral("report-tip show"),
                    QStringLiteral("report-tip show DB ID [--reveal-reporter] --user NAME [--json]"),
                    Cli::tr("Show a confidential report; --reveal-reporter (reviewers) is audited."),
                    QString(), runTipShow}
             << Command {QStringLiteral("report-tip list"),
                    QStringLiteral("report-tip list DB [--open] [--limit N] --user NAME [--json]"),
                    Cli::tr("The latest confidential reports, without their reporters."), QString(),
                    runTipList}
             << Command {QStringLiteral("report-tip close"),
                    QStringLiteral("report-tip close DB ID --outcome TEXT [--on DATE] --user NAME"),
                    Cli::tr("Close a confidential report with what the verification found."), QString(),
                    runTipClose};
}

} // namespace cd::cli
