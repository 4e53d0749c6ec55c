#include "Cli.h"
#include "CoreError.h"
#include "Lookups.h"
#include "services/CommitmentService.h"
#include "services/Session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(iso(d)) : QJsonValue();
}

QJsonObject toJson(const Commitment& c, const QDate& asOf)
{
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("number"), c.number},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("code"), c.subjectCode}, {QStringLiteral("name"), c.subjectName}}},
        {QStringLiteral("department"), c.departmentName}, {QStringLiteral("matter"), c.matter},
        {QStringLiteral("missingMaterial"), c.missingMaterial},
        {QStringLiteral("committedOn"), date(c.committedOn)}, {QStringLiteral("dueOn"), date(c.dueOn)},
        {QStringLiteral("keptOn"), date(c.keptOn)},
        {QStringLiteral("state"), Commitments::key(c.stateOn(asOf))},
        {QStringLiteral("breachRecordId"),
            c.breachRecordId > 0 ? QJsonValue(c.breachRecordId) : QJsonValue()}};
}

void printCommitment(Cli& cli, const Commitment& c, const QDate& asOf)
{
    cli.out << Cli::tr("Commitment %1 [%2] %3 %4: %5\n")
                   .arg(c.number)
                   .arg(c.id)
                   .arg(c.subjectCode, c.subjectName, Commitments::displayName(c.stateOn(asOf)))
            << Cli::tr("  %1 granted %2 on %3; %4 due %5%6\n")
                   .arg(c.departmentName, c.matter, iso(c.committedOn), c.missingMaterial, iso(c.dueOn),
                       c.keptOn.isValid() ? Cli::tr(", supplied %1").arg(iso(c.keptOn)) : QString());
    if (c.breachRecordId > 0)
        cli.out << Cli::tr("  breach confirmed as record %1\n").arg(c.breachRecordId);
    else if (c.stateOn(asOf) == CommitmentState::Broken)
        cli.out << Cli::tr("  proposed: a negative record for the breach (commitment confirm)\n");
}

int finish(Cli& cli, const Args& args, const Commitment& c)
{
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(c, QDate::currentDate()));
    else
        printCommitment(cli, c, QDate::currentDate());
    return 0;
}

int runCommitmentAdd(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("subject", "CODE"), valued("department", "D"),
            valued("matter", "TEXT"), valued("missing", "TEXT"), valued("on", "DATE"), valued("due", "DATE")},
        {QStringLiteral("DB")},
        QStringLiteral(
            "commitment add DB --subject CODE --department D --matter TEXT --missing TEXT --due DATE "
            "[--on DATE] --user NAME [--json]"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    const QDate due = args.date(QStringLiteral("due"));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const qint64 subject
        = subjectIdFor(*session, args.value(QStringLiteral("subject")), QStringLiteral("subject"));
    const qint64 department
        = departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"));
    return finish(cli, args,
        CommitmentService(*session).add(subject, department, args.value(QStringLiteral("matter")),
            args.value(QStringLiteral("missing")), on, due));
}

int runCommitmentKeep(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("commitment keep DB ID [--on DATE] --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(cli, args, CommitmentService(*session).keep(id, on));
}

int runCommitmentConfirm(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("commitment confirm DB ID [--on DATE] --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    return finish(cli, args, CommitmentService(*session).confirmBreach(id, on));
}

int runCommitmentList(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("as-of", "DATE"), valued("limit", "N")},
        {QStringLiteral("DB"), QStringLiteral("[SUBJECT]")},
        QStringLiteral("commitment list DB [SUBJECT_CODE] [--as-of DATE] [--limit N] --user NAME [--json]"));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    const int limit = args.integer(QStringLiteral("limit"), 50);
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    CommitmentService commitments(*session);
    // Without a subject: the broken commitments whose negative record awaits an officer.
    const QList<Commitment> list = args.positional(1).isEmpty()
        ? commitments.proposedBreaches(asOf, limit)
        : commitments.forSubject(subjectIdFor(*session, args.positional(1), QStringLiteral("subject")));
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Commitment& c : list)
            array.append(toJson(c, asOf));
        cli.printJson(array);
        return 0;
    }
    for (const Commitment& c : list)
        printCommitment(cli, c, asOf);
    if (list.isEmpty())
        cli.out << Cli::tr("No commitments.\n");
    return 0;
}

} // namespace

void addCommitmentCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("commitment add"),
        QStringLiteral(
            "commitment add DB --subject CODE --department D --matter T --missing T --due DATE --user NAME"),
        Cli::tr("Record a written credit commitment (信用承诺) for a green-channel approval."),
        Cli::tr(
            "The subject must qualify for the green channel on the commitment date (--on, default "
            "today): on the red list, or registered for three years with no negative record in them (§2)."),
        runCommitmentAdd}
             << Command {QStringLiteral("commitment keep"),
                    QStringLiteral("commitment keep DB ID [--on DATE] --user NAME"),
                    Cli::tr("Record that the missing material was supplied."),
                    Cli::tr("Supplied after the due date, the commitment stays broken."), runCommitmentKeep}
             << Command {QStringLiteral("commitment confirm"),
                    QStringLiteral("commitment confirm DB ID [--on DATE] --user NAME"),
                    Cli::tr("Confirm a broken commitment: its negative record is made (case officers)."),
                    QString(), runCommitmentConfirm}
             << Command {QStringLiteral("commitment list"),
                    QStringLiteral("commitment list DB [SUBJECT_CODE] [--as-of DATE] --user NAME [--json]"),
                    Cli::tr("A subject's commitments, or the broken ones awaiting confirmation."), QString(),
                    runCommitmentList};
}

} // namespace cd::cli
