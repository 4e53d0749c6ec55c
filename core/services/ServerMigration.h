#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

class ServerAddress;
class Session;

// migrate-to-server (issue 10, item 4): a local database moved into a database on the office's
// PostgreSQL server, losslessly. The file is read through a read-only connection of its own, in one
// read snapshot, and is never written. On the server everything happens in one transaction: the
// seed rows of its migrations replaced by the file's, every table copied with its ids (parents
// first), the identity sequences moved past them, then each table's row count and SHA-256 (the same
// canonical form on both sides, TableCopy::checksum) compared with the file's and the audit chain
// walked as the local verify does, ending where the file's ends. Only then is the move recorded in
// the server's audit trail (database.migrated-to-server) and committed; any difference rolls it
// all back, so the server holds either the whole database or nothing of it.
class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QByteArray sha256; // 32 bytes, the same on both sides
    };

    struct Result
    {
        QString server; // the server database's address (postgresql://user@host:port/database)
        QList<Table> tables; // in the order they were copied (parents first)
        qint64 auditEntries = 0; // audit entries of the file, verified on the server
        bool verified = false;
        qint64 rows() const;
    };

    // What is happening: `step` is a sentence for a progress line, `table` the table being copied
    // (empty between tables), with rowsDone of rowsTotal of its rows.
    using Progress
        = std::function<void(const QString& step, const QString& table, qint64 rowsDone, qint64 rowsTotal)>;

    // localAdmin: an administrator signed in to the file (CoreError(NotPermitted) otherwise). The
    // server database must be new: empty (its migrations are then run up to the file's schema
    // version, each step in its own transaction as a desk's sign-in would), or migrated to the file's
    // version with nothing but the migrations' seed rows in it. Errors: a server password the server
    // does not take (SignIn); another schema version, or data already there (Failed, nothing
    // written); a table whose rows or checksum differ after the copy, or an audit chain that does not
    // verify on the server (Integrity, naming the table or the audit entry; rolled back).
    static Result run(Session& localAdmin, const ServerAddress& address, const QString& serverPassword,
        const QString& caFile, const Progress& progress = {});
};

} // namespace cd
