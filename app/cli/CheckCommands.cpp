#include "Cli.h"
#include "JsonViews.h"
#include "services/CheckService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

int runCheck(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(),
            QCommandLineOption(QStringLiteral("as-of"), QString(), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("limit"), QString(), QStringLiteral("N"))},
        {QStringLiteral("DB"), QStringLiteral("QUERY")},
        QStringLiteral("check DB QUERY [--as-of YYYY-MM-DD] [--limit N] --user NAME [--json]"));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    const int limit = args.integer(QStringLiteral("limit"), 20);
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const QList<CreditCheckResult> results = CheckService(*session).check(args.positional(1), asOf, limit);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CreditCheckResult& r : results)
            array.append(toJson(r));
        cli.printJson(array);
        return 0;
    }
    if (results.isEmpty())
        cli.out << Cli::tr("No subject matches \"%1\".\n").arg(args.positional(1));
    for (const CreditCheckResult& r : results) {
        cli.out << Cli::tr("%1 %2 (%3) — credit check as of %4\n")
                       .arg(r.subject.code, r.subject.name, SubjectKinds::displayName(r.subject.kind),
                           r.asOf.toString(Qt::ISODate))
                << Cli::tr("  green channel: %1\n").arg(r.greenChannelReason);
        for (const ListEntry& e : r.lists) {
            const QString state = ListEntries::stateKey(e, r.asOf);
            cli.out << Cli::tr("  %1 %2 (%3) from %4: %5\n")
                           .arg(ListEntries::displayName(e.kind), e.number, e.domain,
                               e.entryDate.toString(Qt::ISODate),
                               state == QLatin1String("listed")
                                   ? Cli::tr("listed")
                                   : Cli::tr("%1 on %2")
                                         .arg(
                                             ListEntries::displayName(*ListEntries::exitReasonFromKey(state)),
                                             e.endsOn().toString(Qt::ISODate)));
        }
        for (const MeasureCheck& m : r.measures) {
            cli.out << QStringLiteral("  %1  %2 %3\n")
                           .arg(CreditChecks::key(m.status), -16)
                           .arg(m.caseNumber, m.measureTitle);
            for (const QString& reason : m.reasons)
                cli.out << QStringLiteral("      ← %1\n").arg(reason);
        }
        if (r.measures.isEmpty())
            cli.out << Cli::tr("  no joint measures\n");
        cli.out << "\n";
    }
    return 0;
}

} // namespace

void addCheckCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("check"),
        QStringLiteral("check DB QUERY [--as-of YYYY-MM-DD] [--limit N] --user NAME [--json]"),
        Cli::tr("Credit check (应查必查): what applies to a subject on a date, and why."),
        Cli::tr("QUERY is a code (exact or prefix) or a name substring; at most N subjects (default "
                "20, --limit 0 for all). Each measure has a status — in_force, suspended, pending, "
                "expired, lifted_by_repair, revoked — and its reasons (record → list entry → "
                "memorandum → measure → legal basis)."),
        runCheck};
}

} // namespace cd::cli
