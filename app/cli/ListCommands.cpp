#include "Cli.h"
#include "CoreError.h"
#include "JsonViews.h"
#include "Lookups.h"
#include "services/ListService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

void printEntry(Cli& cli, const ListEntry& e, const QDate& asOf)
{
    const QString state = ListEntries::stateKey(e, asOf);
    QString shown;
    if (state == QLatin1String("proposed"))
        shown = Cli::tr("proposed, awaiting a reviewer");
    else if (state == QLatin1String("upcoming"))
        shown = Cli::tr("listed from %1").arg(e.entryDate.toString(Qt::ISODate));
    else if (state == QLatin1String("listed"))
        shown = Cli::tr("listed");
    else if (const auto reason = ListEntries::exitReasonFromKey(state))
        shown = Cli::tr("%1 on %2").arg(ListEntries::displayName(*reason), e.endsOn().toString(Qt::ISODate));
    cli.out << Cli::tr("%1 [%2] %3 (%4) %5: %6\n")
                   .arg(e.number)
                   .arg(e.id)
                   .arg(ListEntries::displayName(e.kind), e.domain, e.subjectCode, e.subjectName)
            << Cli::tr("  %1, determined by %2; from %3 to %4\n")
                   .arg(shown, e.departmentName, e.entryDate.toString(Qt::ISODate),
                       e.plannedExit.isValid() ? e.plannedExit.toString(Qt::ISODate) : Cli::tr("(open)"))
            << Cli::tr("  basis: %1\n").arg(e.basis);
    if (!e.exitNote.isEmpty())
        cli.out << Cli::tr("  exit: %1\n").arg(e.exitNote);
}

ListKind listKind(const Args& args, bool required)
{
    const QString word = args.value(QStringLiteral("list"));
    if (word.isEmpty() && !required)
        return ListKind::Black;
    const auto kind = ListEntries::kindFromKey(word);
    if (!kind)
        throw CoreError(ErrorKind::InvalidInput, Cli::tr("--list: red or black."));
    return *kind;
}

int runListAdd(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("subject", "CODE"), valued("list", "KIND"),
            valued("domain", "TEXT"), valued("basis", "TEXT"), valued("record", "ID"),
            valued("department", "D"), valued("entry-date", "DATE"), valued("planned-exit", "DATE"),
            valued("months", "N")},
        {QStringLiteral("DB")},
        QStringLiteral(
            "list add DB --subject CODE --list red|black --domain TEXT --basis TEXT --department D "
            "[--record ID] [--entry-date DATE] [--planned-exit DATE | --months N] --user NAME [--json]"));
    ListProposal p;
    p.kind = listKind(args, true);
    p.domain = args.value(QStringLiteral("domain"));
    p.basis = args.value(QStringLiteral("basis"));
    if (args.isSet(QStringLiteral("record")))
        p.basisRecordId = idArgument(args.value(QStringLiteral("record")), QStringLiteral("--record"));
    p.entryDate = args.date(QStringLiteral("entry-date"), QDate::currentDate());
    p.plannedExit = args.date(QStringLiteral("planned-exit"));
    if (args.isSet(QStringLiteral("months"))) {
        const int months = args.integer(QStringLiteral("months"), 0);
        if (months <= 0)
            throw CoreError(ErrorKind::InvalidInput, Cli::tr("--months: a number of months above 0."));
        p.plannedExit = p.entryDate.addMonths(months);
    }
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    p.subjectId = subjectIdFor(*session, args.value(QStringLiteral("subject")), QStringLiteral("subject"));
    p.departmentId
        = departmentIdFor(*session, args.value(QStringLiteral("department")), QStringLiteral("department"));
    const ListEntry e = ListService(*session).propose(p);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(e, QDate::currentDate()));
    else
        printEntry(cli, e, QDate::currentDate());
    return 0;
}

int runListApprove(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption()}, {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("list approve DB ID --user NAME [--json]"));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const ListEntry e = ListService(*session).approve(id);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(e, QDate::currentDate()));
    else
        printEntry(cli, e, QDate::currentDate());
    return 0;
}

int runListExit(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("reason", "WHY"), valued("note", "TEXT"), valued("on", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("ID")},
        QStringLiteral("list exit DB ID --reason revocation --note TEXT [--on DATE] --user NAME [--json]"));
    const QString reason = args.value(QStringLiteral("reason"));
    if (reason == QLatin1String("expiry"))
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--reason: an entry expires by itself at its planned exit; nothing to record."));
    if (reason == QLatin1String("repair"))
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--reason: an exit by repair follows an approved repair application (repair decide)."));
    if (reason != QLatin1String("revocation"))
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--reason: only a revocation is recorded by hand (--reason revocation)."));
    const qint64 id = idArgument(args.positional(1), QStringLiteral("ID"));
    const QDate on = args.date(QStringLiteral("on"), QDate::currentDate());
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    const ListEntry e = ListService(*session).revoke(id, args.value(QStringLiteral("note")), on);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(toJson(e, QDate::currentDate()));
    else
        printEntry(cli, e, QDate::currentDate());
    return 0;
}

int runListShow(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valued("list", "KIND"), valued("domain", "TEXT"),
            valued("as-of", "DATE"), valued("limit", "N")},
        {QStringLiteral("DB"), QStringLiteral("[SUBJECT]")},
        QStringLiteral("list show DB [SUBJECT_CODE | --list red|black [--domain TEXT]] [--as-of DATE] "
                       "[--limit N] --user NAME [--json]"));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    const int limit = args.integer(QStringLiteral("limit"), 50);
    if (limit < 0)
        throw CoreError(ErrorKind::InvalidInput, Cli::tr("--limit: 0 (all) or more."));
    const QString subjectCode = args.positional(1);
    if (subjectCode.isEmpty() && !args.isSet(QStringLiteral("list")))
        throw CoreError(ErrorKind::Usage, Cli::tr("Name a subject or a list (--list red|black)."));
    auto session = Session::signIn(args.positional(0), args.user(), cli.password());
    ListService lists(*session);
    const QList<ListEntry> entries = subjectCode.isEmpty()
        ? lists.listedOn(listKind(args, true), args.value(QStringLiteral("domain")), asOf, limit)
        : lists.forSubject(subjectIdFor(*session, subjectCode, QStringLiteral("subject")));
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ListEntry& e : entries)
            array.append(toJson(e, asOf));
        cli.printJson(array);
        return 0;
    }
    for (const ListEntry& e : entries)
        printEntry(cli, e, asOf);
    if (entries.isEmpty())
        cli.out << Cli::tr("No list entries.\n");
    return 0;
}

} // namespace

void addListCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("list add"),
        QStringLiteral(
            "list add DB --subject CODE --list red|black --domain T --basis T --department D … --user NAME"),
        Cli::tr("Propose a red or black list entry (case officers)."),
        Cli::tr("Options: --record ID (the credit record it rests on), --entry-date DATE (default today), "
                "--planned-exit DATE or --months N (the publicity period). The entry counts once a "
                "reviewer other than the proposer approves it (list approve)."),
        runListAdd}
             << Command {QStringLiteral("list approve"), QStringLiteral("list approve DB ID --user NAME"),
                    Cli::tr("Approve a proposed list entry (reviewers; never one's own)."), QString(),
                    runListApprove}
             << Command {QStringLiteral("list exit"),
                    QStringLiteral("list exit DB ID --reason revocation --note TEXT [--on DATE] --user NAME"),
                    Cli::tr("Revoke a list entry found wrong (reviewers)."),
                    Cli::tr(
                        "An entry leaves its list by itself at its planned exit (expiry), after an approved "
                        "repair (repair decide), or here by revocation with a written note; the measures "
                        "resting on it end with it (expiry), are lifted (repair) or revoked (revocation)."),
                    runListExit}
             << Command {QStringLiteral("list show"),
                    QStringLiteral(
                        "list show DB [SUBJECT_CODE | --list red|black [--domain T]] [--as-of DATE] "
                        "--user NAME [--json]"),
                    Cli::tr("A subject's list entries, or who is on a list on a date."),
                    Cli::tr(
                        "With a subject code: every entry of the subject with its state on the date. With "
                        "--list: the entries listed on the date, newest first (default 50, --limit 0 all)."),
                    runListShow};
}

} // namespace cd::cli
