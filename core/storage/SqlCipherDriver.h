#pragma once

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace cd {

// Qt SQL driver over SQLCipher, written on Qt's public QSqlDriver/QSqlResult API only.
//
// Why our own: Qt's QSQLITE plugin links a stock SQLite that exports the same sqlite3_* symbols;
// loading both in one process lets either library's symbols win, and a stock SQLite silently
// ignores PRAGMA key and writes plaintext. This driver links libsqlcipher and refuses to go on
// unless `PRAGMA cipher_version` answers.
//
// The key is handed over with setRawKey() before open() (never through QSqlDatabase's password,
// which Qt keeps as a plain QString); it is wiped from memory as soon as SQLCipher has it.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    // Connect options understood by open() (QSqlDatabase::setConnectOptions, ';'-separated):
    //   CREDITDESK_CREATE     create the file if it does not exist (otherwise a missing file fails)
    //   CREDITDESK_READONLY   open read-only
    //   CREDITDESK_PLAINTEXT  no key: the same engine without encryption (benchmarks only)
    static constexpr const char* Name = "CREDITDESK_SQLCIPHER";

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // 32 bytes; copied, and the copy is wiped once the database is keyed or the driver closes.
    void setRawKey(const QByteArray& key);

    bool hasFeature(DriverFeature f) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
        const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString& table) const override;
    QSqlRecord record(const QString& table) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }
    // The SQLCipher version the connection reported after keying, e.g. "4.6.1 community".
    QString cipherVersion() const { return m_cipherVersion; }

private:
    friend class SqlCipherResult;
    void registerResult(QSqlResult* result) const;
    void unregisterResult(QSqlResult* result) const;

    bool execSimple(const char* sql, const QString& what);
    bool fail(const QString& what, QSqlError::ErrorType type);
    void wipeKey();

    sqlite3* m_db = nullptr;
    QByteArray m_key;
    QString m_cipherVersion;
    mutable QList<QSqlResult*> m_results;
};

} // namespace cd
