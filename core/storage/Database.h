#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace cd {

// One open connection to a CreditDesk database file through the SQLCipher driver. Every query the
// program runs goes through here (or through classes of core/storage that hold one), so the SQL
// dialect is known in one place. Failures become CoreError with a sentence that says what failed.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { Existing, Create, ReadOnly, PlaintextForBenchmark };

    // rawKey: the 32-byte database key (ignored for PlaintextForBenchmark). Opening a file that
    // cannot be decrypted with a key that its slot accepted means corruption or tampering, so that
    // case is an Integrity error; a missing or locked file is a plain failure.
    static std::unique_ptr<Database> open(const QString& path, QByteArrayView rawKey, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    QSqlDatabase& sql() { return m_sql; }
    QString cipherVersion() const;

    // A prepared statement; throws on a syntax error (a programming error, reported as Failed).
    QSqlQuery prepare(const QString& sql);
    // Runs a prepared statement with the values bound so far; throws CoreError on failure. A
    // constraint failure is reported as InvalidInput with the engine's words.
    void exec(QSqlQuery& query);
    // Runs one statement without parameters.
    QSqlQuery exec(const QString& sql);
    // First column of the first row, or a null QVariant.
    QVariant scalar(const QString& sql);
    // Several statements separated by ';', as in a migration file.
    void execScript(const QString& script);

    int userVersion();
    void setUserVersion(int version);
    bool inTransaction() const;
    // Copies the WAL into the main file so the main file alone holds every committed page.
    void checkpoint();

    // The engine's own checks, each as the lines it reports (empty when all is well).
    QStringList cipherIntegrityCheck(); // SQLCipher's per-page HMAC check of the main file
    // The same page check on a file that does not open (a damaged schema page stops open()): a bare
    // read-only connection that never reads the schema. Empty if even that cannot run.
    static QStringList cipherIntegrityCheck(const QString& path, QByteArrayView rawKey);
    QStringList integrityCheck(); // SQLite's structural check
    QStringList foreignKeyCheck(); // rows whose parent is missing

    // Copies the whole database, consistently and encrypted under the same key, to a new file.
    void exportCopy(const QString& targetPath, QByteArrayView rawKey);
    // Changes the encryption key of the file in place.
    void rekey(QByteArrayView newRawKey);

    // The native sqlite3* handle for the few SQLCipher pragmas and the backup API.
    void* nativeHandle() const;

private:
    Database() = default;
    [[noreturn]] void raise(const QSqlQuery& query, const QString& what) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_sql;
};

// A write transaction (BEGIN IMMEDIATE): rolled back unless commit() is reached, so an exception
// anywhere in a multi-row change leaves nothing half-done.
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
