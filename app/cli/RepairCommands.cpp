#include "Cli.h"
#include "CoreError.h"
#include "JsonViews.h"
#include "Lookups.h"
#include "services/RepairService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

void printRepair(Cli& cli, const RepairApplication& a)
{
    cli.out << Cli::tr("Repair %1 [%2] on %3 %4 of %5: %6\n")
                   .arg(a.number)
                   .arg(a.id)
                   .arg(Repairs::displayName(a.target))
                   .arg(a.targetId)
                   .arg(a.subjectName, Repairs::displayName(a.state))
            << Cli::tr("  taken in %1 by %2\n").arg(iso(a.filedOn), a.filedBy);
    for (RepairMaterial m : a.required) {
        const auto got = std::find_if(a.received.begin(), a.received.end(),
            [m](const RepairMaterialReceipt& r) { return r.item == m; });
        cli.out << QStringLiteral("  [%1] %2 (%3)%4\n")
                       .arg(got != a.received.end() ? QStringLiteral("x") : QStringLiteral(" "),
                           Repairs::displayName(m), Repairs::key(m),
                           got != a.received.end() ? Cli::tr(": received %1").arg(iso(got->receivedOn))
                                                   : QString());
    }
    if (a.decisionDue.isValid() && a.state == RepairState::Submitted)
        cli.out << Cli::tr("  materials complete %1; decision due %2%3\n")
                       .arg(iso(a.materialsCompleteOn), iso(a.decisionDue),
                           a.decisionOverdue(QDate::currentDate()) ? Cli::tr(" (overdue)") : QString());
    if (a.state != RepairState::Submitted)
        cli.out << Cli::tr("  decided %1 by %2: %3\n").arg(iso(a.decidedOn), a.decidedBy, a.decisionReason);
}

int finish(Cli& cli, const Args& args, const RepairApplication& a)
{
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(a));
    else
        printRepair(cli, a);
    return 0;
}

int runRepairApply(Cli& cli, const QStringList& arguments)
{
    const QString usage
        = QStringLiteral("repair apply DB (--record ID | --list-entry ID) [--on DATE] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), valued("record", "ID"), valued("list-entry", "ID"),
            valued("on", "DATE")},
        {QStringLiteral("DB")}, usage);
    if (args.isSet(QStringLiteral("record")) == args.isSet(QStringLiteral("list-entry")))
        throw CoreError(ErrorKind::Usage,
            Cli::tr("Name exactly one of --record and --list-entry.\nUsage: creditdesk-cli %1").arg(usage));
    const bool record = args.isSet(QStringLiteral("record"));
    const qint64 target
        = idArgument(args.value(record ? QStringLiteral("record") : QStringLiteral("list-entry")),
            record ? QStringLiteral("--record") : QStringLiteral("--list-entry"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(cli, args,
        RepairService(*session).apply(record ? RepairTarget::Record : RepairTarget::ListEntry, target, on));
}

int runRepairReceive(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("item", "ITEM"), valued("on", "DATE"), valued("note", "TEXT")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("repair receive DB ID --item application|fulfilment|commitment|training [--on DATE] "
                       "[--note TEXT] --user NAME [--json]"));
    const auto item = Repairs::materialFromKey(args.value(QStringLiteral("item")));
    if (!item)
        throw CoreError(
            ErrorKind::InvalidInput, Cli::tr("--item: application, fulfilment, commitment or training."));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(
        cli, args, RepairService(*session).receive(id, *item, on, args.value(QStringLiteral("note"))));
}

int runRepairDecide(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral(
        "repair decide DB ID --approve|--reject --reason TEXT [--on DATE] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), QCommandLineOption(QStringLiteral("approve")),
            QCommandLineOption(QStringLiteral("reject")), valued("reason", "TEXT"), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")}, usage);
    if (args.isSet(QStringLiteral("approve")) == args.isSet(QStringLiteral("reject")))
        throw CoreError(ErrorKind::Usage,
            Cli::tr("Give one of --approve and --reject.\nUsage: creditdesk-cli %1").arg(usage));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    RepairService repairs(*session);
    const QString reason = args.value(QStringLiteral("reason"));
    return finish(cli, args,
        args.isSet(QStringLiteral("approve")) ? repairs.approve(id, reason, on)
                                              : repairs.reject(id, reason, on));
}

int runRepairShow(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption()}, {QStringLiteral("DB"), QStringLiteral("WHAT")},
        QStringLiteral("repair show DB ID|SUBJECT_CODE --user NAME [--json]"));
    const QString what = args.positional(1);
    if (what.isEmpty())
        throw CoreError(ErrorKind::Usage, Cli::tr("Name a repair application id or a subject code."));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    RepairService repairs(*session);
    bool isId = false;
    const qint64 id = what.toLongLong(&isId);
    if (isId && what.size() < 18)
        return finish(cli, args, repairs.get(id));
    const QList<RepairApplication> list
        = repairs.forSubject(subjectIdFor(*session, what, QStringLiteral("subject")));
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RepairApplication& a : list)
            array.append(toJson(a));
        cli.printJson(array);
        return 0;
    }
    for (const RepairApplication& a : list)
        printRepair(cli, a);
    if (list.isEmpty())
        cli.out << Cli::tr("No repair applications.\n");
    return 0;
}

} // namespace

void addRepairCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("repair apply"),
        QStringLiteral("repair apply DB (--record ID | --list-entry ID) [--on DATE] --user NAME"),
        Cli::tr("Take in a credit repair application (case officers)."),
        Cli::tr(
            "Refused, with the rule named, when the minimum publicity period of the rule set in force at "
            "the decision date is not served, the record is \"specific serious\", its publication already "
            "ended by itself, another application on it is open, or the subject is barred as a repeat "
            "applicant (setting repair_bar_years)."),
        runRepairApply}
             << Command {QStringLiteral("repair receive"),
                    QStringLiteral("repair receive DB ID --item ITEM [--on DATE] [--note T] --user NAME"),
                    Cli::tr("Tick off a material of the checklist as received."),
                    Cli::tr(
                        "Items: application (the form), fulfilment (the conduct corrected, every obligation "
                        "met), commitment (the public credit commitment), training (training or public "
                        "service; persons only). The decision is due a number of working days after the last "
                        "one arrives."),
                    runRepairReceive}
             << Command {QStringLiteral("repair decide"),
                    QStringLiteral(
                        "repair decide DB ID --approve|--reject --reason T [--on DATE] --user NAME"),
                    Cli::tr("Approve or reject a repair (reviewers; not who took it in)."),
                    Cli::tr(
                        "Approval needs every material; it ends the publication and the list membership and "
                        "lifts the measures resting on them from the decision date. A rejection states why."),
                    runRepairDecide}
             << Command {QStringLiteral("repair show"),
                    QStringLiteral("repair show DB ID|SUBJECT_CODE --user NAME [--json]"),
                    Cli::tr("Show a repair application, or a subject's applications."), QString(),
                    runRepairShow};
}

} // namespace cd::cli
