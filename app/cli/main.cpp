#include "Cli.h"
#include "CoreError.h"
#include "crypto/ProcessHardening.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace cd;
using namespace cd::cli;

namespace {

QList<Command> allCommands()
{
    QList<Command> commands;
    addDatabaseCommands(commands);
    addServerCommands(commands);
    addUserCommands(commands);
    addCatalogueCommands(commands);
    addCalendarCommands(commands);
    addRecordCommands(commands);
    addLicenceCommands(commands);
    addCaseCommands(commands);
    addCheckCommands(commands);
    addListCommands(commands);
    addObjectionCommands(commands);
    addRepairCommands(commands);
    addCommitmentCommands(commands);
    addTipCommands(commands);
    addImportCommands(commands);
    addBenchCommands(commands);
    addReportCommands(commands);
    addDemoCommands(commands);
    addSubjectCommands(commands);
    return commands;
}

void printHelp(QTextStream& out, const QList<Command>& commands)
{
    out << Cli::tr(
        "creditdesk-cli %1: the command line of CreditDesk, case management for joint credit incentives "
        "and sanctions.\n\n")
               .arg(QStringLiteral(CREDITDESK_VERSION))
        << Cli::tr(
               "Usage: creditdesk-cli COMMAND [ARGUMENTS]   (creditdesk-cli help COMMAND for details)\n\n")
        << Cli::tr("Commands:\n");
    for (const Command& c : commands)
        out << QStringLiteral("  %1\n      %2\n").arg(c.usage, c.summary);
    out << "\n"
        << Cli::tr("The password comes from CREDITDESK_PASSWORD, else it is asked on the terminal without "
                   "echo; it is "
                   "never an argument. Read commands take --json.\n")
        << Cli::tr(
               "Exit codes: 0 ok, 1 operation failed, 2 usage, 3 sign-in failed, 4 integrity failure, 5 not "
               "permitted for your role, 6 invalid input.\n");
}

const Command* find(const QList<Command>& commands, const QStringList& args, int* consumed)
{
    // Two-word commands ("user add") first, then one-word ones.
    if (args.size() >= 2) {
        const QString two = args.at(0) + QLatin1Char(' ') + args.at(1);
        for (const Command& c : commands) {
            if (c.name == two) {
                *consumed = 2;
                return &c;
            }
        }
    }
    for (const Command& c : commands) {
        if (!args.isEmpty() && c.name == args.at(0)) {
            *consumed = 1;
            return &c;
        }
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    disableCoreDumps();
    // Documents lay out text, which needs the fonts of a QGuiApplication; without a display it runs
    // on the offscreen platform. Every other command stays a plain QCoreApplication.
    const bool laysOutText
        = argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "bench") == 0);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (laysOutText && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    const std::unique_ptr<QCoreApplication> application = laysOutText
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("creditdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    Language::install(app, qEnvironmentVariable("CREDITDESK_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const QList<Command> commands = allCommands();
    QStringList args = app.arguments().mid(1);

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printHelp(args.isEmpty() ? err : out, commands);
        return args.isEmpty() ? int(ErrorKind::Usage) : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "creditdesk-cli " << CREDITDESK_VERSION << "\n";
        return 0;
    }
    if (args.first() == QLatin1String("help")) {
        int consumed = 0;
        const Command* c = find(commands, args.mid(1), &consumed);
        if (!c) {
            printHelp(args.size() > 1 ? err : out, commands);
            return args.size() > 1 ? int(ErrorKind::Usage) : 0;
        }
        out << Cli::tr("Usage: creditdesk-cli %1\n\n%2\n").arg(c->usage, c->summary);
        if (!c->help.isEmpty())
            out << "\n" << c->help << "\n";
        return 0;
    }

    int consumed = 0;
    const Command* command = find(commands, args, &consumed);
    if (!command) {
        err << Cli::tr("creditdesk-cli: unknown command \"%1\". Run creditdesk-cli --help for the list.\n")
                   .arg(args.first());
        return int(ErrorKind::Usage);
    }
    try {
        const int code = command->run(cli, args.mid(consumed));
        out.flush();
        return code;
    } catch (const CoreError& e) {
        out.flush();
        err << "creditdesk-cli: " << e.message() << "\n";
        return int(e.kind());
    } catch (const std::exception& e) {
        out.flush();
        err << "creditdesk-cli: " << Cli::tr("unexpected failure: %1").arg(QString::fromLocal8Bit(e.what()))
            << "\n";
        return int(ErrorKind::Failed);
    }
}
