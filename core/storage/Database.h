#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {

class ServerAddress;

// One open connection to a CreditDesk database: a file through the SQLCipher driver, or an office's
// PostgreSQL server through Qt's QPSQL driver (issue 10). Every query the program runs goes through
// here (or through classes of core/storage that hold one), so the SQL dialect is known in one place:
// backend() tells which. Failures become CoreError with a sentence that says what failed.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { Existing, Create, ReadOnly, PlaintextForBenchmark };
    // LocalFile: one SQLCipher file on this desk. Server: a database on a PostgreSQL 15 server.
    enum class Backend { LocalFile, Server };

    // rawKey: the 32-byte database key (ignored for PlaintextForBenchmark). Opening a file that
    // cannot be decrypted with a key that its slot accepted means corruption or tampering, so that
    // case is an Integrity error; a missing or locked file is a plain failure.
    static std::unique_ptr<Database> open(const QString& path, QByteArrayView rawKey, Mode mode);
    // Connects to a database on a PostgreSQL server, always over TLS with the server's certificate
    // checked against caFile (the office CA) and its name against the address's host
    // (sslmode=verify-full). Refused, each with its own sentence: a user name or password the server
    // does not accept (SignIn); a certificate the CA did not sign, or made for another name; a server
    // that cannot be reached; a database that does not exist; a server without TLS, older than
    // PostgreSQL 15, or whose pg_hba.conf does not let this connection in; a missing CA file or QPSQL
    // driver (all Failed).
    static std::unique_ptr<Database> openServer(
        const ServerAddress& address, const QString& password, const QString& caFile);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Server; }
    // The file's path; for a server, its address (postgresql://user@host:port/database), so that
    // messages can say which database failed either way.
    const QString& path() const { return m_path; }
    QSqlDatabase& sql() { return m_sql; }

    // The methods marked "file only" throw CoreError(Failed) on a server database, saying so: they
    // are SQLite's and SQLCipher's, and the server has no file of ours to check, copy or rekey.
    QString cipherVersion() const; // file only

    // A prepared statement; throws on a syntax error (a programming error, reported as Failed).
    QSqlQuery prepare(const QString& sql);
    // Runs a prepared statement with the values bound so far; throws CoreError on failure. A
    // constraint failure is reported as InvalidInput with the engine's words.
    void exec(QSqlQuery& query);
    // The pieces of SQL the stores splice in where the two dialects differ.
    // LIKE without regard to case for ASCII letters: SQLite's LIKE is that already, PostgreSQL's is ILIKE.
    QLatin1String caselessLike() const { return QLatin1String(isServer() ? "ILIKE" : "LIKE"); }
    // The value of a LIMIT ? that lets every row through: a negative number in SQLite, NULL here.
    QVariant noLimit() const
    {
        return isServer() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(-1));
    }

    // SQLite's plan for a statement, one line per step, with the values `bind` binds. File only: the
    // plans the tests hold the stores to are SQLite's (a server's planner is checked by bench).
    QStringList queryPlan(const QString& sql, const std::function<void(QSqlQuery&)>& bind);

    // Runs an INSERT … RETURNING id and gives the id, or 0 when no row was inserted (ON CONFLICT DO
    // NOTHING). Both dialects take RETURNING; Qt's lastInsertId() means nothing on a server.
    qint64 execReturningId(QSqlQuery& query);
    // Runs one statement without parameters. On a server it is not prepared, so DDL and SET work.
    QSqlQuery exec(const QString& sql);
    // First column of the first row, or a null QVariant.
    QVariant scalar(const QString& sql);
    // Several statements separated by ';', as in a migration file. The server parses the script
    // itself (dollar-quoted function bodies included); the first statement that fails stops it.
    void execScript(const QString& script);

    // The schema version: PRAGMA user_version of a file; on a server the one row of the table
    // schema_version, which the first setUserVersion makes (inside the first migration's
    // transaction, so it goes if that migration fails). 0 before any migration.
    int userVersion();
    void setUserVersion(int version);
    // Holds, until the current transaction ends, the lock under which the schema changes: in a file
    // the write lock that BEGIN IMMEDIATE already took (nothing more to do); on a server an advisory
    // lock, so that desks migrating the same server take turns.
    void lockSchema();
    bool inTransaction() const;
    // Copies the WAL into the main file so the main file alone holds every committed page. File only.
    void checkpoint();

    // The program's tables and, for each, its column names in order. Left out on both sides, so
    // that what is left is the same for both backends: the engine's own tables (sqlite_*), a file's
    // FTS5 search tables with their shadow tables (on a server the search is an index), and a
    // server's schema_version (PRAGMA user_version in a file).
    QMap<QString, QStringList> tableColumns();

    // The engine's own checks, each as the lines it reports (empty when all is well).
    QStringList cipherIntegrityCheck(); // SQLCipher's per-page HMAC check of the main file; file only
    // The same page check on a file that does not open (a damaged schema page stops open()): a bare
    // read-only connection that never reads the schema. Empty if even that cannot run.
    static QStringList cipherIntegrityCheck(const QString& path, QByteArrayView rawKey);
    QStringList integrityCheck(); // SQLite's structural check; file only
    // Rows whose parent is missing. A server enforces every foreign key at every statement (none of
    // ours is deferred), so there it is always empty.
    QStringList foreignKeyCheck();

    // Copies the whole database, consistently and encrypted under the same key, to a new file.
    // File only.
    void exportCopy(const QString& targetPath, QByteArrayView rawKey);
    // Changes the encryption key of the file in place. File only.
    void rekey(QByteArrayView newRawKey);

    // The native sqlite3* handle for the few SQLCipher pragmas and the backup API. File only.
    void* nativeHandle() const;

private:
    friend class Transaction;
    Database() = default;
    [[noreturn]] void raise(const QSqlQuery& query, const QString& what) const;
    [[noreturn]] void raiseServer(const QSqlError& error, const QString& what) const;
    void requireLocalFile(const QString& what) const;

    Backend m_backend = Backend::LocalFile;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_sql;
    bool m_serverTransaction = false; // QPSQL cannot be asked; Transaction keeps this
};

// A write transaction (BEGIN IMMEDIATE in a file; on a server BEGIN and the database's write lock,
// so writers take turns in both): rolled back unless commit() is reached, so an exception anywhere in
// a multi-row change leaves nothing half-done.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace cd
