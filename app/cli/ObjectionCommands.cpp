#include "Cli.h"
#include "CoreError.h"
#include "JsonViews.h"
#include "Lookups.h"
#include "services/CaseService.h"
#include "services/ObjectionService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

void printObjection(Cli& cli, const Objection& o)
{
    cli.out << Cli::tr("Objection %1 [%2] on %3 %4 of %5: %6\n")
                   .arg(o.number)
                   .arg(o.id)
                   .arg(Objections::displayName(o.target))
                   .arg(o.targetId)
                   .arg(o.subjectName, Objections::displayName(o.state))
            << Cli::tr("  filed %1 by %2 (%3): %4\n")
                   .arg(iso(o.filedOn), o.filedBy,
                       o.raisedByDepartment ? Cli::tr("raised by a department")
                                            : Cli::tr("raised by the subject"),
                       o.description);
    if (o.state == ObjectionState::NotAccepted)
        cli.out << Cli::tr("  not accepted: %1\n").arg(o.notAcceptedReason);
    if (o.acceptedOn.isValid())
        cli.out << Cli::tr("  accepted %1; %2 verifies by %3%4\n")
                       .arg(iso(o.acceptedOn), o.verifyingDepartmentName, iso(o.verificationDue),
                           o.verificationOverdue(QDate::currentDate()) ? Cli::tr(" (overdue)") : QString());
    if (o.acceptedOn.isValid())
        cli.out << Cli::tr("  measures suspended from %1%2\n")
                       .arg(iso(o.acceptedOn),
                           o.decidedOn.isValid() ? Cli::tr(" to %1").arg(iso(o.decidedOn))
                                                 : Cli::tr(" until the decision"));
    if (o.state == ObjectionState::Decided)
        cli.out << Cli::tr("  decided %1 by %2: %3 (%4)\n")
                       .arg(iso(o.decidedOn), o.decidedBy,
                           o.outcome == ObjectionOutcome::InformationWrong
                               ? (o.revoked ? Cli::tr("information wrong, revoked")
                                            : Cli::tr("information wrong, corrected"))
                               : Cli::tr("information right, measures resume"),
                           o.decisionReason);
    for (const ObjectionNotice& n : o.notices)
        cli.out << Cli::tr("  %1 to %2 on %3\n")
                       .arg(Objections::noticeDisplayName(n.kind), n.departmentName, iso(n.issuedOn));
}

int finish(Cli& cli, const Args& args, const Objection& o)
{
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(o));
    else
        printObjection(cli, o);
    return 0;
}

int runObjectionFile(Cli& cli, const QStringList& arguments)
{
    const QString usage
        = QStringLiteral("objection file DB (--record ID | --list-entry ID | --case CASE) "
                         "--description TEXT [--department D] [--on DATE] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), valued("record", "ID"), valued("list-entry", "ID"),
            valued("case", "CASE"), valued("description", "TEXT"), valued("department", "D"),
            valued("on", "DATE")},
        {QStringLiteral("DB")}, usage);
    const int targets = int(args.isSet(QStringLiteral("record")))
        + int(args.isSet(QStringLiteral("list-entry"))) + int(args.isSet(QStringLiteral("case")));
    if (targets != 1)
        throw CoreError(ErrorKind::Usage,
            Cli::tr("Name exactly one of --record, --list-entry and --case.\nUsage: creditdesk-cli %1")
                .arg(usage));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    ObjectionTarget target = ObjectionTarget::Record;
    qint64 targetId = 0;
    if (args.isSet(QStringLiteral("record"))) {
        targetId = idArgument(args.value(QStringLiteral("record")), QStringLiteral("--record"));
    } else if (args.isSet(QStringLiteral("list-entry"))) {
        target = ObjectionTarget::ListEntry;
        targetId = idArgument(args.value(QStringLiteral("list-entry")), QStringLiteral("--list-entry"));
    } else {
        target = ObjectionTarget::Case;
        targetId = CaseService(*session).resolve(args.value(QStringLiteral("case")));
    }
    const qint64 department = args.isSet(QStringLiteral("department"))
        ? departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"))
        : 0;
    return finish(cli, args,
        ObjectionService(*session).file(
            target, targetId, args.value(QStringLiteral("description")), on, department));
}

int runObjectionAccept(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("objection accept DB ID [--on DATE] --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(cli, args, ObjectionService(*session).accept(id, on));
}

int runObjectionNotAccept(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("reason", "TEXT")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("objection not-accept DB ID --reason TEXT --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(cli, args, ObjectionService(*session).notAccept(id, args.value(QStringLiteral("reason"))));
}

int runObjectionDecide(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral("objection decide DB ID --information wrong|right [--revoke] "
                                         "--reason TEXT [--on DATE] --user NAME [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(), valued("information", "WORD"),
            QCommandLineOption(QStringLiteral("revoke")), valued("reason", "TEXT"), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")}, usage);
    const QString word = args.value(QStringLiteral("information"));
    if (word != QLatin1String("wrong") && word != QLatin1String("right"))
        throw CoreError(ErrorKind::Usage,
            Cli::tr("--information is wrong or right.\nUsage: creditdesk-cli %1").arg(usage));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(cli, args,
        ObjectionService(*session).decide(id,
            word == QLatin1String("wrong") ? ObjectionOutcome::InformationWrong
                                           : ObjectionOutcome::InformationRight,
            args.isSet(QStringLiteral("revoke")), args.value(QStringLiteral("reason")), on));
}

int runObjectionShow(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption()}, {QStringLiteral("DB"), QStringLiteral("WHAT")},
        QStringLiteral("objection show DB ID|SUBJECT_CODE --user NAME [--json]"));
    const QString what = args.positional(1);
    if (what.isEmpty())
        throw CoreError(ErrorKind::Usage, Cli::tr("Name an objection id or a subject code."));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    ObjectionService objections(*session);
    bool isId = false;
    const qint64 id = what.toLongLong(&isId);
    if (isId && what.size() < 18)
        return finish(cli, args, objections.get(id));
    const QList<Objection> list
        = objections.forSubject(subjectIdFor(*session, what, QStringLiteral("subject")));
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Objection& o : list)
            array.append(toJson(o));
        cli.printJson(array);
        return 0;
    }
    for (const Objection& o : list)
        printObjection(cli, o);
    if (list.isEmpty())
        cli.out << Cli::tr("No objections.\n");
    return 0;
}

} // namespace

void addObjectionCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("objection file"),
        QStringLiteral(
            "objection file DB (--record ID | --list-entry ID | --case CASE) --description T … --user NAME"),
        Cli::tr("File an objection to a record, list entry or case (case officers)."),
        Cli::tr("Filed for the subject, or with --department D when a department found the information "
                "wrong while enforcing it (§18). --on DATE: the filing date (default today)."),
        runObjectionFile}
             << Command {QStringLiteral("objection accept"),
                    QStringLiteral("objection accept DB ID [--on DATE] --user NAME"),
                    Cli::tr("Accept an objection: verification is requested and the measures are suspended."),
                    Cli::tr(
                        "The providing department verifies within the verification period (working days); "
                        "from the acceptance date until the decision every measure resting on the "
                        "disputed information is suspended and the departments concerned are told."),
                    runObjectionAccept}
             << Command {QStringLiteral("objection not-accept"),
                    QStringLiteral("objection not-accept DB ID --reason TEXT --user NAME"),
                    Cli::tr("Refuse to accept an objection, with the reason (reviewers; never whoever filed "
                            "it)."),
                    QString(), runObjectionNotAccept}
             << Command {QStringLiteral("objection decide"),
                    QStringLiteral(
                        "objection decide DB ID --information wrong|right [--revoke] --reason T --user NAME"),
                    Cli::tr("Decide a verified objection (reviewers; not who filed or accepted it)."),
                    Cli::tr("wrong: the information is corrected (or with --revoke revoked), its publication "
                            "withdrawn, the measures resting on it revoked and every department told sent a "
                            "restoration notice. right: the measures resume. The suspension stays in the "
                            "history."),
                    runObjectionDecide}
             << Command {QStringLiteral("objection show"),
                    QStringLiteral("objection show DB ID|SUBJECT_CODE --user NAME [--json]"),
                    Cli::tr("Show an objection, or a subject's objections."), QString(), runObjectionShow};
}

} // namespace cd::cli
