#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <openssl/crypto.h>
#include <sqlcipher/sqlite3.h>

namespace cd {

namespace {

constexpr int BusyTimeoutMs = 5000;

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) { }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    wipeKey();
}

void SqlCipherDriver::setRawKey(const QByteArray& key)
{
    wipeKey();
    m_key = QByteArray(key.constData(), key.size()); // a deep copy we own and can wipe
}

void SqlCipherDriver::wipeKey()
{
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
    m_key.clear();
}

bool SqlCipherDriver::hasFeature(DriverFeature f) const
{
    switch (f) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case Unicode:
    case BLOB:
    case LastInsertId:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt turns :name into ? and keeps the mapping itself
    case BatchOperations:
    case SimpleLocking:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery:
    case EventNotifications:
        return false;
    }
    return false;
}

bool SqlCipherDriver::fail(const QString& what, QSqlError::ErrorType type)
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    setLastError(QSqlError(what, detail, type, QString::number(code)));
    setOpenError(true);
    wipeKey();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    return false;
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (message)
        sqlite3_free(message);
    if (rc == SQLITE_OK)
        return true;
    setLastError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::TransactionError,
        QString::number(sqlite3_extended_errcode(m_db))));
    return false;
}

bool SqlCipherDriver::open(
    const QString& db, const QString&, const QString&, const QString&, int, const QString& connOpts)
{
    if (isOpen())
        close();
    const QStringList options = connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const bool create = options.contains(QLatin1String("CREDITDESK_CREATE"));
    const bool readOnly = options.contains(QLatin1String("CREDITDESK_READONLY"));
    const bool plaintext = options.contains(QLatin1String("CREDITDESK_PLAINTEXT"));

    if (!plaintext && m_key.size() != 32)
        return fail(tr("No database key was given"), QSqlError::ConnectionError);

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_EXRESCODE;
    const QByteArray path = db.toUtf8();
    if (sqlite3_open_v2(path.constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return fail(tr("Unable to open the database file %1").arg(db), QSqlError::ConnectionError);

    // SQLCipher logs decryption failures to stderr by default; we report them ourselves, once.
    sqlite3_exec(m_db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);

    if (!plaintext) {
        // A raw 256-bit key in SQLCipher's x'…' form: no key derivation on open.
        QByteArray spec = "x'" + m_key.toHex() + "'";
        const int rc = sqlite3_key_v2(m_db, "main", spec.constData(), int(spec.size()));
        OPENSSL_cleanse(spec.data(), size_t(spec.size()));
        wipeKey();
        if (rc != SQLITE_OK)
            return fail(tr("Unable to key the database"), QSqlError::ConnectionError);
    }

    // If sqlite3_* had resolved to a stock SQLite, the key above would have been ignored without a
    // word and every page written in the clear. cipher_version answers only inside SQLCipher.
    sqlite3_stmt* stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (version.isEmpty())
        return fail(tr("The database engine is not SQLCipher; refusing to write unencrypted data"),
            QSqlError::ConnectionError);
    m_cipherVersion = version;

    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    // Reading the schema proves the key (a wrong key or a damaged first page fails here).
    if (sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(
            tr("The database file %1 cannot be read with this key").arg(db), QSqlError::ConnectionError);

    // A 64 MiB page cache: every page that falls out of it is decrypted again on the next read (and
    // re-encrypted when dirty), so a cache that holds a city's hot indexes is what keeps SQLCipher
    // close to plain SQLite on imports and lists.
    const char* pragmas = readOnly
        ? "PRAGMA foreign_keys=ON; PRAGMA cipher_memory_security=OFF; PRAGMA cache_size=-65536;"
        : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA "
          "cache_size=-65536;";
    if (sqlite3_exec(m_db, pragmas, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("Unable to set up the database connection"), QSqlError::ConnectionError);

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        // Statements first: a connection with live statements cannot close.
        for (QSqlResult* r : std::as_const(m_results))
            static_cast<SqlCipherResult*>(r)->finalize();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    wipeKey();
    m_cipherVersion.clear();
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(QSqlResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(QSqlResult* result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front: two writers never deadlock half-way through.
    return isOpen() && execSimple("BEGIN IMMEDIATE", tr("Unable to begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT", tr("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK", tr("Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QString kinds;
    if (type & QSql::Tables)
        kinds += QLatin1String("'table',");
    if (type & QSql::Views)
        kinds += QLatin1String("'view',");
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!kinds.isEmpty()) {
        kinds.chop(1);
        q.exec(
            QLatin1String("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite\\_%' "
                          "ESCAPE '\\' ORDER BY name")
                .arg(kinds));
        while (q.next())
            result << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString& table) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QLatin1String("PRAGMA table_info(%1)").arg(escapeIdentifier(table, TableName)));
    while (q.next()) {
        const QByteArray declared = q.value(2).toString().toUtf8();
        QSqlField field(
            q.value(1).toString(), QMetaType(SqlValues::metaTypeForDeclared(declared.constData())), table);
        field.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(q.value(4));
        field.setAutoValue(q.value(5).toInt() == 1 && declared.toUpper() == "INTEGER");
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& table) const
{
    QSqlIndex index(table);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QLatin1String("PRAGMA table_info(%1)").arg(escapeIdentifier(table, TableName)));
    QList<std::pair<int, QSqlField>> keyFields;
    while (q.next()) {
        if (q.value(5).toInt() > 0) {
            const QByteArray declared = q.value(2).toString().toUtf8();
            keyFields.append({q.value(5).toInt(),
                QSqlField(q.value(1).toString(),
                    QMetaType(SqlValues::metaTypeForDeclared(declared.constData())), table)});
        }
    }
    std::sort(
        keyFields.begin(), keyFields.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& kf : keyFields)
        index.append(kf.second);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString id = identifier;
    if (id.startsWith(QLatin1Char('"')) && id.endsWith(QLatin1Char('"')) && id.size() > 1)
        return id;
    id.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + id + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

} // namespace cd
