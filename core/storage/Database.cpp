#include "storage/Database.h"

#include "CoreError.h"
#include "storage/DiskSpace.h"
#include "storage/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlcipher/sqlite3.h>

#include <algorithm>

namespace cd {

namespace {

QAtomicInt g_connectionCounter;

bool isBusy(const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool isFull(const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_FULL;
}

} // namespace

std::unique_ptr<Database> Database::open(const QString& path, QByteArrayView rawKey, Mode mode)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connection = QStringLiteral("creditdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));

    auto* driver = new SqlCipherDriver;
    if (mode != Mode::PlaintextForBenchmark)
        driver->setRawKey(QByteArray(rawKey.data(), rawKey.size()));
    db->m_sql = QSqlDatabase::addDatabase(driver, db->m_connection);
    db->m_sql.setDatabaseName(path);
    switch (mode) {
    case Mode::Create:
        db->m_sql.setConnectOptions(QStringLiteral("CREDITDESK_CREATE"));
        break;
    case Mode::ReadOnly:
        db->m_sql.setConnectOptions(QStringLiteral("CREDITDESK_READONLY"));
        break;
    case Mode::PlaintextForBenchmark:
        db->m_sql.setConnectOptions(QStringLiteral("CREDITDESK_CREATE;CREDITDESK_PLAINTEXT"));
        break;
    case Mode::Existing:
        break;
    }
    if (!db->m_sql.open()) {
        const QSqlError e = db->m_sql.lastError();
        const int code = e.nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            throw CoreError(ErrorKind::Integrity,
                tr("The database %1 cannot be decrypted although its key was accepted: page 1 is "
                   "damaged or the file was altered or replaced.")
                    .arg(path));
        if (isBusy(e))
            throw CoreError(ErrorKind::Failed,
                tr("The database %1 is locked by another program; try again in a moment.").arg(path));
        if (!QFileInfo::exists(path) && mode != Mode::Create)
            throw CoreError(ErrorKind::Failed, tr("The database %1 does not exist.").arg(path));
        throw CoreError(ErrorKind::Failed, tr("The database %1 cannot be opened: %2").arg(path, e.text()));
    }
    return db;
}

Database::~Database()
{
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Database::cipherVersion() const
{
    return static_cast<const SqlCipherDriver*>(m_sql.driver())->cipherVersion();
}

void* Database::nativeHandle() const
{
    return static_cast<const SqlCipherDriver*>(m_sql.driver())->connection();
}

void Database::raise(const QSqlQuery& query, const QString& what) const
{
    const QSqlError e = query.lastError().isValid() ? query.lastError() : m_sql.lastError();
    const int code = e.nativeErrorCode().toInt() & 0xff;
    if (isFull(e))
        throw DiskSpace::fullError(tr("nothing was saved in %1").arg(m_path));
    if (isBusy(e))
        throw CoreError(ErrorKind::Failed,
            tr("The database is busy with another program's change; nothing was "
               "saved. Try again in a moment."));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        throw CoreError(
            ErrorKind::Integrity, tr("The database %1 is damaged: %2").arg(m_path, e.databaseText()));
    if (code == SQLITE_CONSTRAINT)
        throw CoreError(ErrorKind::InvalidInput, tr("The change was refused: %1").arg(e.databaseText()));
    if (code == SQLITE_READONLY)
        throw CoreError(
            ErrorKind::Failed, tr("The database %1 is read-only here; nothing was saved.").arg(m_path));
    throw CoreError(ErrorKind::Failed, tr("%1 failed: %2").arg(what, e.text()));
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery q(m_sql);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raise(q, tr("Preparing a statement"));
    return q;
}

void Database::exec(QSqlQuery& query)
{
    if (!query.exec())
        raise(query, tr("A database statement"));
}

QSqlQuery Database::exec(const QString& sql)
{
    QSqlQuery q = prepare(sql);
    exec(q);
    return q;
}

QVariant Database::scalar(const QString& sql)
{
    QSqlQuery q = exec(sql);
    return q.next() ? q.value(0) : QVariant();
}

void Database::execScript(const QString& script)
{
    auto* handle = static_cast<sqlite3*>(nativeHandle());
    char* message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        const int code = sqlite3_errcode(handle);
        if (code == SQLITE_FULL)
            throw DiskSpace::fullError(tr("nothing was saved in %1").arg(m_path));
        throw CoreError(ErrorKind::Failed, tr("A database script failed: %1").arg(text));
    }
}

int Database::userVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(static_cast<sqlite3*>(nativeHandle())) == 0;
}

void Database::checkpoint()
{
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

namespace {

QStringList linesOf(QSqlQuery& q)
{
    QStringList lines;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        lines << cells.join(QLatin1Char(' '));
    }
    return lines;
}

} // namespace

QStringList Database::cipherIntegrityCheck()
{
    QSqlQuery q = exec(QStringLiteral("PRAGMA cipher_integrity_check"));
    return linesOf(q);
}

QStringList Database::cipherIntegrityCheck(const QString& path, QByteArrayView rawKey)
{
    sqlite3* handle = nullptr;
    QStringList lines;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        QByteArray spec = "x'" + QByteArray(rawKey.data(), rawKey.size()).toHex() + "'";
        const int rc = sqlite3_key_v2(handle, "main", spec.constData(), int(spec.size()));
        std::fill(spec.begin(), spec.end(), '0');
        sqlite3_stmt* stmt = nullptr;
        if (rc == SQLITE_OK
            && sqlite3_prepare_v2(handle, "PRAGMA cipher_integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                lines << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(handle);
    return lines;
}

QStringList Database::integrityCheck()
{
    QSqlQuery q = exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines = linesOf(q);
    lines.removeAll(QStringLiteral("ok"));
    return lines;
}

QStringList Database::foreignKeyCheck()
{
    QSqlQuery q = exec(QStringLiteral("PRAGMA foreign_key_check"));
    return linesOf(q);
}

namespace {

QString sqlQuoted(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

} // namespace

void Database::exportCopy(const QString& targetPath, QByteArrayView rawKey)
{
    // sqlcipher_export copies inside one read transaction, so writers on other desks carry on and
    // the copy is one consistent moment. user_version is not part of what it copies.
    const int version = userVersion();
    // The connection was opened without the right to create files; an empty file is an empty
    // database that ATTACH can open and fill.
    QFile empty(targetPath);
    if (!empty.open(QIODevice::NewOnly))
        throw CoreError(ErrorKind::Failed,
            tr("The copy %1 could not be created: %2").arg(targetPath, empty.errorString()));
    empty.close();
    QByteArray hexKey = QByteArray(rawKey.data(), rawKey.size()).toHex();
    // An empty key makes a plaintext copy: only the benchmark asks for one, to compare with.
    QString attach = rawKey.isEmpty()
        ? QStringLiteral("ATTACH DATABASE %1 AS creditdesk_copy KEY ''").arg(sqlQuoted(targetPath))
        : QStringLiteral("ATTACH DATABASE %1 AS creditdesk_copy KEY \"x'%2'\"")
              .arg(sqlQuoted(targetPath), QString::fromLatin1(hexKey));
    std::fill(hexKey.begin(), hexKey.end(), '0');
    auto* handle = static_cast<sqlite3*>(nativeHandle());
    auto run = [&](const QString& sql) {
        char* message = nullptr;
        const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return std::pair<int, QString>(rc, text);
    };
    auto [rc, text] = run(attach);
    attach.fill(QLatin1Char('0'));
    if (rc != SQLITE_OK)
        throw CoreError(ErrorKind::Failed, tr("The copy %1 could not be created: %2").arg(targetPath, text));
    std::tie(rc, text) = run(QStringLiteral("SELECT sqlcipher_export('creditdesk_copy')"));
    if (rc == SQLITE_OK)
        std::tie(rc, text) = run(QStringLiteral("PRAGMA creditdesk_copy.user_version = %1").arg(version));
    run(QStringLiteral("DETACH DATABASE creditdesk_copy"));
    if (rc != SQLITE_OK) {
        // sqlcipher_export reports the full disk of the copy as a plain error with SQLite's words.
        if ((rc & 0xff) == SQLITE_FULL || DiskSpace::isFull(targetPath))
            throw DiskSpace::fullError(tr("the copy %1 is incomplete and was not kept").arg(targetPath));
        throw CoreError(ErrorKind::Failed, tr("The copy %1 failed: %2").arg(targetPath, text));
    }
}

void Database::rekey(QByteArrayView newRawKey)
{
    QByteArray spec = "x'" + QByteArray(newRawKey.data(), newRawKey.size()).toHex() + "'";
    auto* handle = static_cast<sqlite3*>(nativeHandle());
    const int rc = sqlite3_rekey_v2(handle, "main", spec.constData(), int(spec.size()));
    std::fill(spec.begin(), spec.end(), '0');
    if (rc != SQLITE_OK)
        throw CoreError(ErrorKind::Failed,
            tr("The database key could not be changed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (!m_db.sql().transaction()) {
        const QSqlError e = m_db.sql().lastError();
        const int code = e.nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw CoreError(ErrorKind::Failed,
                tr("The database is busy with another program's change; nothing was "
                   "saved. Try again in a moment."));
        throw CoreError(ErrorKind::Failed, tr("A transaction could not start: %1").arg(e.text()));
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.sql().rollback();
}

void Transaction::commit()
{
    if (!m_db.sql().commit()) {
        const QSqlError e = m_db.sql().lastError();
        m_db.sql().rollback();
        m_done = true;
        if ((e.nativeErrorCode().toInt() & 0xff) == SQLITE_FULL)
            throw DiskSpace::fullError(tr("nothing was saved in %1").arg(m_db.path()));
        throw CoreError(ErrorKind::Failed, tr("The change could not be saved: %1").arg(e.text()));
    }
    m_done = true;
}

} // namespace cd
