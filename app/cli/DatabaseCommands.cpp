#include "Cli.h"
#include "CoreError.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/KeyService.h"
#include "services/Session.h"
#include "services/VerifyService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

int runInit(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption()}, {QStringLiteral("DB")}, QStringLiteral("init DB --user NAME"));
    const QString user = args.user();
    const QByteArray password = cli.password();
    const QString recovery = Session::initialize(args.positional(0), user, password);
    cli.out
        << Cli::tr("Created %1 with its key file %2.\n")
               .arg(args.positional(0), Session::sidecarPath(args.positional(0)))
        << Cli::tr("%1 is the administrator.\n\n").arg(user)
        << Cli::tr("Recovery key (shown only now; print it and keep it in the office safe):\n") << "    "
        << recovery << "\n\n"
        << Cli::tr(
               "Keep the key file with the database and in every backup: without it the database cannot be "
               "opened.\n");
    return 0;
}

int runVerify(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption()}, {QStringLiteral("DB")},
        QStringLiteral("verify DB --user NAME [--json]"));
    const QString user = args.user();
    const VerifyReport report = VerifyService::run(args.positional(0), user, cli.password());
    const QStringList problems = report.problems();
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray pages;
        for (int p : report.badPages)
            pages.append(p);
        cli.printJson(QJsonObject {{QStringLiteral("ok"), report.ok()},
            {QStringLiteral("cipherVersion"), report.cipherVersion}, {QStringLiteral("badPages"), pages},
            {QStringLiteral("auditEntries"), report.auditEntries},
            {QStringLiteral("auditFirstBadSeq"), report.auditFirstBadSeq},
            {QStringLiteral("keyFileTailSeq"), report.keyFileTailSeq},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (report.ok()) {
        cli.out << Cli::tr(
            "%1 is whole: every page authenticates (SQLCipher %2), the structure and references "
            "check out, and the audit trail of %3 entries is unbroken up to the key file's record.\n")
                       .arg(args.positional(0), report.cipherVersion)
                       .arg(report.auditEntries);
    } else {
        cli.out << Cli::tr("%1 FAILED verification:\n").arg(args.positional(0));
        for (const QString& p : problems)
            cli.out << "  - " << p << "\n";
    }
    return report.ok() ? 0 : int(ErrorKind::Integrity);
}

int runRekey(Cli& cli, const QStringList& arguments)
{
    const Args args(
        arguments, {userOption()}, {QStringLiteral("DB")}, QStringLiteral("rekey DB --user NAME"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const int rewrapped = KeyService(*session).rekey();
    cli.out << Cli::tr(
        "The database key of %1 was changed and %2 key slots were rewrapped. Copies of the old key "
        "file no longer open it.\n")
                   .arg(args.positional(0))
                   .arg(rewrapped);
    return 0;
}

int runBackup(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption()}, {QStringLiteral("DB"), QStringLiteral("OUT")},
        QStringLiteral("backup DB OUT --user NAME"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    BackupService::backup(*session, args.positional(1));
    cli.out << Cli::tr("Backed up %1 to %2 (with its key file %3).\n")
                   .arg(args.positional(0), args.positional(1), Session::sidecarPath(args.positional(1)));
    return 0;
}

int runRestore(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), QCommandLineOption(QStringLiteral("replace"))},
        {QStringLiteral("BACKUP"), QStringLiteral("DB")},
        QStringLiteral("restore BACKUP DB --user NAME [--replace]"));
    const QString user = args.user();
    BackupService::restore(
        args.positional(0), args.positional(1), user, cli.password(), args.isSet(QStringLiteral("replace")));
    cli.out << Cli::tr("Restored %1 to %2; it verified before it was put in place.\n")
                   .arg(args.positional(0), args.positional(1));
    return 0;
}

int runAudit(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(),
            QCommandLineOption(QStringLiteral("since"), QString(), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("limit"), QString(), QStringLiteral("N"))},
        {QStringLiteral("DB")},
        QStringLiteral("audit DB --user NAME [--since YYYY-MM-DD] [--limit N] [--json]"));
    QDate since;
    if (args.isSet(QStringLiteral("since"))) {
        since = QDate::fromString(args.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            throw CoreError(ErrorKind::InvalidInput,
                Cli::tr("--since: \"%1\" is not a date of the form YYYY-MM-DD.")
                    .arg(args.value(QStringLiteral("since"))));
    }
    qint64 limit = -1;
    if (args.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            throw CoreError(ErrorKind::InvalidInput, Cli::tr("--limit: give a whole number of at least 0."));
    }
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const QList<AuditEntry> entries = AuditService(*session).entries(since, limit);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEntry& e : entries)
            list.append(QJsonObject {{QStringLiteral("seq"), e.seq}, {QStringLiteral("at"), e.at},
                {QStringLiteral("user"), e.userName}, {QStringLiteral("action"), e.action},
                {QStringLiteral("entity"), e.entity}, {QStringLiteral("id"), e.entityId},
                {QStringLiteral("summary"), QJsonDocument::fromJson(e.summary.toUtf8()).object()},
                {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}});
        cli.printJson(list);
        return 0;
    }
    for (const AuditEntry& e : entries)
        cli.out << QStringLiteral("%1  %2  %3  %4 %5 %6  %7\n")
                       .arg(e.seq, 6)
                       .arg(e.at, e.userName, e.action, e.entity, e.entityId, e.summary);
    return 0;
}

} // namespace

void addDatabaseCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("init"), QStringLiteral("init DB --user NAME"),
        Cli::tr("Create a new encrypted database; NAME becomes its administrator."),
        Cli::tr("Creates DB and its key file DB.keys and prints a recovery key once. Refuses to "
                "overwrite any existing file."),
        runInit}
             << Command {QStringLiteral("verify"), QStringLiteral("verify DB --user NAME [--json]"),
                    Cli::tr("Check every page, the structure and the audit trail."),
                    Cli::tr("Checkpoints the write-ahead log, runs SQLCipher's page authentication check, "
                            "SQLite's integrity and foreign-key checks and walks the audit chain up to the "
                            "authenticated end recorded in the key file. Exit 4 names the first bad page or "
                            "audit entry."),
                    runVerify}
             << Command {QStringLiteral("rekey"), QStringLiteral("rekey DB --user NAME"),
                    Cli::tr("Change the database key (after a person leaves)."),
                    Cli::tr("Re-encrypts the database under a new random key and rewraps every remaining key "
                            "slot, so a copy of the old key file opens nothing. Administrators only."),
                    runRekey}
             << Command {QStringLiteral("backup"), QStringLiteral("backup DB OUT --user NAME"),
                    Cli::tr("Make an online, consistent, encrypted backup with its key file."),
                    Cli::tr("Copies the database at one consistent moment while others keep working, "
                            "encrypted under the same key, and writes OUT.keys beside it. Administrators "
                            "only."),
                    runBackup}
             << Command {QStringLiteral("restore"),
                    QStringLiteral("restore BACKUP DB --user NAME [--replace]"),
                    Cli::tr("Verify a backup and put it in place."),
                    Cli::tr(
                        "Verifies BACKUP as NAME (an administrator in the backup) and copies it to DB. An "
                        "existing DB is only replaced with --replace and is then kept beside it as "
                        "DB.replaced-TIME."),
                    runRestore}
             << Command {QStringLiteral("audit"),
                    QStringLiteral("audit DB --user NAME [--since YYYY-MM-DD] [--limit N] [--json]"),
                    Cli::tr("List the audit trail."),
                    Cli::tr("Lists who did what and when, oldest first. Administrators and supervisors."),
                    runAudit};
}

} // namespace cd::cli
