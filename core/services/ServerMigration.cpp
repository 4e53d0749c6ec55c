#include "services/ServerMigration.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySidecar.h"
#include "storage/MetaStore.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"
#include "storage/TableCopy.h"
#include "storage/UserStore.h"

#include <QJsonObject>

namespace cd {

qint64 ServerMigration::Result::rows() const
{
    qint64 total = 0;
    for (const Table& t : tables)
        total += t.rows;
    return total;
}

ServerMigration::Result ServerMigration::run(Session& localAdmin, const ServerAddress& address,
    const QString& serverPassword, const QString& caFile, const Progress& progress)
{
    // The whole database leaves the desk, as in a backup: the same right.
    localAdmin.require(Operation::Backup);
    auto step = [&](const QString& sentence, const QString& table = {}, qint64 done = 0, qint64 total = 0) {
        if (progress)
            progress(sentence, table, done, total);
    };

    // The file through a read-only connection of its own, in one snapshot: every table is read as
    // it was at the same moment, other desks may go on working, and nothing here can write to it.
    auto file = Database::open(localAdmin.path(), localAdmin.key().view(), Database::Mode::ReadOnly);
    ReadSnapshot snapshot(*file);
    const int version = file->userVersion();

    // The one who moves it must be able to sign in afterwards: an administrator of this office.
    const auto mover = UserStore(*file).byName(address.user());
    if (!mover || mover->disabled || mover->role != Role::Admin)
        throw CoreError(ErrorKind::InvalidInput,
            tr("Connect to the server as one of this office's administrators: %1 is not an active "
               "administrator in %2, and could not sign in to the moved office.")
                .arg(address.user(), localAdmin.path()));

    step(tr("Connecting to %1").arg(address.toString()));
    auto server = Database::openServer(address, serverPassword, caFile);
    if (server->userVersion() == 0 && server->tableColumns().isEmpty()) {
        // A new, empty database: its tables made as a desk's sign-in would, up to the file's version
        // (a newer step would have to see the file's rows to do what it does to a desk's data).
        step(tr("Creating the tables on the server"));
        QList<Migrations::Step> steps;
        for (const Migrations::Step& s : Migrations::builtIn(Database::Backend::Server))
            if (s.version <= version)
                steps << s;
        Migrations::apply(*server, steps);
    }

    TableCopy copy(*file, *server);
    copy.requireSameSchema();

    Result result;
    result.server = server->path();
    Transaction tx(*server);
    // The lock the migrations take: a desk signing in meanwhile, or a second move into the same
    // database, waits for this one (and then finds the database filled).
    server->lockSchema();
    copy.requireSameSchema();
    copy.requireFreshServer();
    copy.clearSeedRows();
    const QList<TableCopy::Table>& tables = copy.tables();
    for (const TableCopy::Table& table : tables) {
        step(tr("Copying %1").arg(table.name), table.name, 0, 0);
        copy.copy(table, [&](const QString& name, qint64 done, qint64 total) {
            step(tr("Copying %1").arg(name), name, done, total);
        });
    }
    copy.moveIdentitySequences();

    // Row counts and checksums, table by table, read back from the server inside the transaction.
    for (const TableCopy::Table& table : tables) {
        step(tr("Comparing %1").arg(table.name), table.name);
        const TableCopy::Checksum here = TableCopy::checksum(*file, table);
        const TableCopy::Checksum there = TableCopy::checksum(*server, table);
        if (here.rows != there.rows)
            throw CoreError(ErrorKind::Integrity,
                tr("The table %1 has %2 rows in the file but %3 on the server after the copy; nothing "
                   "was saved on the server.")
                    .arg(table.name)
                    .arg(here.rows)
                    .arg(there.rows));
        if (here.sha256 != there.sha256)
            throw CoreError(ErrorKind::Integrity,
                tr("The table %1 differs between the file and the server after the copy (checksum %2 in "
                   "the file, %3 on the server); nothing was saved on the server.")
                    .arg(table.name, QString::fromLatin1(here.sha256.toHex().left(16)),
                        QString::fromLatin1(there.sha256.toHex().left(16))));
        result.tables.append({table.name, here.rows, here.sha256});
    }

    // The audit chain walked on the server as the local verify walks it, from the genesis of the
    // database's id (copied with meta) to the file's last entry, and through the entry the key
    // file authenticates.
    step(tr("Verifying the audit trail on the server"));
    const AuditTailRef fileTail = AuditLog(*file).tail();
    AuditLog serverLog(*server);
    const AuditLog::Report chain = serverLog.verify();
    if (!chain.problem.isEmpty())
        throw CoreError(ErrorKind::Integrity,
            tr("The audit trail does not verify on the server: %1. Nothing was saved on the server.")
                .arg(chain.problem));
    if (chain.tail.seq != fileTail.seq || chain.tail.hash != fileTail.hash)
        throw CoreError(ErrorKind::Integrity,
            tr("The audit trail on the server ends at entry %1, the file's at entry %2; nothing was "
               "saved on the server.")
                .arg(chain.tail.seq)
                .arg(fileTail.seq));
    const auto recorded
        = KeySidecar::load(Session::sidecarPath(localAdmin.path())).auditTail(localAdmin.key());
    if (recorded) {
        const auto entry = serverLog.entry(recorded->seq);
        if (!entry || entry->hash != recorded->hash)
            throw CoreError(ErrorKind::Integrity,
                tr("Audit entry %1 on the server differs from the one the key file of %2 records; nothing "
                   "was saved on the server.")
                    .arg(recorded->seq)
                    .arg(localAdmin.path()));
    }
    result.auditEntries = chain.rows;

    // Who may sign in: every user of the file gets a role of the same name in the group of their
    // role. Their passwords stay in the file's key slots (scrypt, nothing to carry over), so every
    // one but the administrator moving the office cannot sign in until an administrator sets their
    // password (user reset-password with --server).
    step(tr("Giving the office's users their roles on the server"));
    ServerRoles roles(*server);
    roles.ensureGroupRoles();
    for (const User& u : UserStore(*server).all()) {
        if (u.name == address.user() || roles.loginExists(u.name))
            roles.joinGroup(u.name, u.role);
        else
            roles.createWithoutLogin(u.name, u.role);
    }
    roles.applyGrants();

    // The move itself, in the server's trail (the file stays as it was: it is only read).
    step(tr("Recording the move in the server's audit trail"));
    serverLog.append(localAdmin.user().name, QStringLiteral("database.migrated-to-server"),
        QStringLiteral("database"), MetaStore(*server).value(QStringLiteral("database_id")),
        QJsonObject {{QStringLiteral("tables"), qint64(result.tables.size())},
            {QStringLiteral("rows"), result.rows()}, {QStringLiteral("auditEntries"), result.auditEntries},
            {QStringLiteral("schemaVersion"), version}});
    step(tr("Saving on the server"));
    tx.commit();
    result.verified = true;
    return result;
}

} // namespace cd
