#include "Cli.h"
#include "CoreError.h"
#include "services/DemoData.h"
#include "services/Session.h"

namespace cd::cli {

namespace {

int runDemo(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), QCommandLineOption(QStringLiteral("seed"), QString(), QStringLiteral("N"))},
        {QStringLiteral("DB")}, QStringLiteral("demo DB --user NAME [--seed N]"));
    bool ok = true;
    const quint32 seed
        = args.isSet(QStringLiteral("seed")) ? args.value(QStringLiteral("seed")).toUInt(&ok) : 2026;
    if (!ok)
        throw CoreError(ErrorKind::Usage, Cli::tr("--seed takes a whole number."));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const DemoData::Result result = DemoData::fill(*session, seed);
    cli.out << Cli::tr("Filled %1 with demo data: %2.\n")
                   .arg(args.positional(0), result.counts.join(QStringLiteral(", ")))
            << Cli::tr("Demo users (password for each: %1):\n").arg(result.password);
    for (const auto& a : result.accounts)
        cli.out << QStringLiteral("  %1  %2  %3\n").arg(a.name, -12).arg(a.role, -12).arg(a.displayName);
    return 0;
}

} // namespace

void addDemoCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("demo"), QStringLiteral("demo DB --user NAME [--seed N]"),
        Cli::tr("Fill a database with a demo office (administrators only)."),
        Cli::tr("Adds the demo users officer, reviewer and supervisor and prints their password. "
                "The same seed gives the same data."),
        runDemo};
}

} // namespace cd::cli
