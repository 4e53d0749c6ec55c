#include "Cli.h"
#include "CoreError.h"
#include "PasswordPrompt.h"
#include "services/ServerMigration.h"
#include "services/Session.h"
#include "storage/ServerAddress.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace cd::cli {

namespace {

const QString MigrateUsage
    = QStringLiteral("migrate-to-server DB --user NAME --server URL --ca FILE [--json]");

// The password of the server's user (the one in the address): CREDITDESK_SERVER_PASSWORD, else asked
// on the terminal without echo; never an argument, like every password of the CLI.
QByteArray serverPassword(Cli& cli, const ServerAddress& address)
{
    if (qEnvironmentVariableIsSet("CREDITDESK_SERVER_PASSWORD"))
        return qgetenv("CREDITDESK_SERVER_PASSWORD");
    cli.err.flush();
    const QByteArray typed = readHiddenLine(Cli::tr("Password of %1 on the server: ").arg(address.user()));
    if (typed.isNull())
        throw CoreError(ErrorKind::Usage,
            Cli::tr("No server password: set CREDITDESK_SERVER_PASSWORD or run the command in a terminal."));
    return typed;
}

int runMigrateToServer(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("server", "URL"), valued("ca", "FILE")},
        {QStringLiteral("DB")}, MigrateUsage);
    const QString user = args.user();
    for (const char* required : {"server", "ca"}) {
        if (args.value(QString::fromLatin1(required)).trimmed().isEmpty())
            throw CoreError(ErrorKind::Usage,
                Cli::tr("The option --%1 is required.\nUsage: creditdesk-cli %2")
                    .arg(QString::fromLatin1(required), MigrateUsage));
    }
    const ServerAddress address = ServerAddress::parse(args.value(QStringLiteral("server")));
    const QString caFile = args.value(QStringLiteral("ca"));

    // The file is only read: signed in without bringing its schema up to date, so that it stays
    // exactly as it was (a file of an older schema moves into a server at that schema).
    Session::Options options;
    options.migrate = false;
    auto session = Session::signIn(args.positional(0), user, cli.password(), options);
    const QByteArray password = serverPassword(cli, address);
    const ServerMigration::Result result
        = ServerMigration::run(*session, address, QString::fromUtf8(password), caFile);

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray tables;
        for (const ServerMigration::Table& t : result.tables)
            tables.append(QJsonObject {{QStringLiteral("name"), t.name}, {QStringLiteral("rows"), t.rows},
                {QStringLiteral("sha256"), QString::fromLatin1(t.sha256.toHex())}});
        cli.printJson(QJsonObject {{QStringLiteral("server"), result.server},
            {QStringLiteral("tables"), tables}, {QStringLiteral("auditEntries"), result.auditEntries},
            {QStringLiteral("verified"), result.verified}});
        return 0;
    }
    int width = 0;
    for (const ServerMigration::Table& t : result.tables)
        width = std::max(width, int(t.name.size()));
    for (const ServerMigration::Table& t : result.tables)
        cli.out << QStringLiteral("%1 %2 %3\n")
                       .arg(t.name, -width)
                       .arg(t.rows, 9)
                       .arg(QString::fromLatin1(t.sha256.toHex().left(16)));
    cli.out << Cli::tr("Moved %1 to %2: %3 tables, %4 rows; every table's row count and SHA-256 match the "
                       "file's, and the audit trail of %5 entries verifies on the server. The file was not "
                       "changed.\n")
                   .arg(args.positional(0), result.server)
                   .arg(result.tables.size())
                   .arg(result.rows())
                   .arg(result.auditEntries);
    return 0;
}

} // namespace

void addServerCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("migrate-to-server"), MigrateUsage,
        Cli::tr("Move a local database to a new database on the office's PostgreSQL server."),
        Cli::tr("Copies every table of DB, with its ids, into the server database URL "
                "(postgresql://user@host:port/database, TLS checked against the office CA in FILE) in one "
                "transaction, then compares each table's row count and SHA-256 with the file's and walks "
                "the audit trail on the server; any difference rolls everything back. The server "
                "database must be new: empty, or migrated and holding nothing but its seed rows. DB is "
                "only read. NAME must be an administrator of DB. The server user's password comes from "
                "CREDITDESK_SERVER_PASSWORD, else it is asked on the terminal."),
        runMigrateToServer};
}

} // namespace cd::cli
