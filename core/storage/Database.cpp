#include "storage/Database.h"

#include "CoreError.h"
#include "storage/DiskSpace.h"
#include "storage/ServerAddress.h"
#include "storage/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

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

// The server's SQLSTATEs (PostgreSQL, appendix A) that this file tells apart.
bool isServerBusy(const QString& state)
{
    return state == QLatin1String("40001") // serialization_failure
        || state == QLatin1String("40P01") // deadlock_detected
        || state == QLatin1String("55P03"); // lock_not_available (lock_timeout)
}

bool isConnectionLost(const QString& state)
{
    return state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
}

// The server's own words for a failed statement: its primary message and, where it gives one, the
// detail ("Key (code)=(…) already exists."). libpq writes "SEVERITY:  message", then labelled lines
// (DETAIL, HINT, CONTEXT, LINE n with the statement and a caret), and QPSQL appends "(SQLSTATE)".
QString serverWords(const QSqlError& e)
{
    const QStringList lines = e.databaseText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto afterLabel = [](const QString& line) {
        const qsizetype colon = line.indexOf(QLatin1String(":  "));
        return (colon > 0 ? line.mid(colon + 3) : line).trimmed();
    };
    if (lines.isEmpty())
        return e.text();
    QString words = afterLabel(lines.first());
    for (const QString& line : lines.mid(1))
        if (line.startsWith(QLatin1String("DETAIL:")))
            words += QLatin1Char(' ') + afterLabel(line);
    return words;
}

// A value for libpq's key=value connection string: quoted, with \ and ' escaped.
QString conninfoQuoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// What libpq said when a connection failed, as one sentence of ours. libpq's own words are English
// (and the test cluster's server speaks C); under a translated libpq only the phrases that are not
// libpq's own still match: OpenSSL's reason and the C library's socket errors, read through
// strerror in the same language as libpq wrote them. Whatever is not recognised still shows
// libpq's words.
CoreError connectFailure(const QString& libpq, const ServerAddress& address, const QString& caFile)
{
    const QString where = address.toString();
    const QString words = libpq.simplified();
    auto has = [&](const char* phrase) { return words.contains(QLatin1String(phrase), Qt::CaseInsensitive); };
    auto hasErrno = [&](int code) {
        const QString text = QString::fromLocal8Bit(std::strerror(code));
        return !text.isEmpty() && words.contains(text, Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied"))
        return CoreError(ErrorKind::SignIn,
            Database::tr("The database server %1 did not accept the user name or the password.").arg(where));
    if (has("certificate verify failed"))
        return CoreError(ErrorKind::Failed,
            Database::tr("The certificate of the database server %1 is not trusted: the office CA in %2 "
                         "did not sign it. Make sure this is the office's server and the office's CA file; "
                         "no password was sent.")
                .arg(where, caFile));
    if (has("does not match host name"))
        return CoreError(ErrorKind::Failed,
            Database::tr("The certificate of the database server %1 was made for another name than %2: "
                         "use the host name the certificate names; no password was sent.")
                .arg(where, address.host()));
    if (has("is not permitted to log in"))
        return CoreError(ErrorKind::SignIn,
            Database::tr("The database server %1 does not let %2 sign in: the user is disabled, or has no "
                         "password on this server yet (an administrator sets one).")
                .arg(where, address.user()));
    if (has("no pg_hba.conf entry"))
        return CoreError(ErrorKind::Failed,
            Database::tr("The database server %1 does not let this user in over TLS from this computer "
                         "(no entry in its pg_hba.conf); ask the server's administrator.")
                .arg(where));
    if (has("server does not support SSL"))
        return CoreError(ErrorKind::Failed,
            Database::tr("The database server %1 does not offer TLS, and CreditDesk connects to a server "
                         "only over TLS.")
                .arg(where));
    if (has("database") && has("does not exist"))
        return CoreError(ErrorKind::Failed,
            Database::tr("The database server %1 has no database \"%2\".").arg(where, address.database()));
    if (has("Connection refused") || has("could not translate host name") || has("timeout expired")
        || has("No route to host") || has("Network is unreachable") || has("Connection timed out")
        || has("invalid response to SSL negotiation") || hasErrno(ECONNREFUSED) || hasErrno(ETIMEDOUT)
        || hasErrno(EHOSTUNREACH) || hasErrno(ENETUNREACH))
        return CoreError(ErrorKind::Failed,
            Database::tr("The database server %1 cannot be reached (no PostgreSQL server answers at "
                         "that host and port): %2")
                .arg(where, words));
    return CoreError(
        ErrorKind::Failed, Database::tr("Connecting to the database server %1 failed: %2").arg(where, words));
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

std::unique_ptr<Database> Database::openServer(
    const ServerAddress& address, const QString& password, const QString& caFile)
{
    const QString where = address.toString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw CoreError(ErrorKind::Failed,
            tr("Qt's PostgreSQL driver (QPSQL) is not installed, so the database server %1 cannot be "
               "used. On Debian, install the package libqt6sql6-psql.")
                .arg(where));
    const QFileInfo ca(caFile);
    if (caFile.isEmpty() || !ca.isFile() || !ca.isReadable())
        throw CoreError(ErrorKind::Failed,
            tr("The office CA file \"%1\" cannot be read, so the certificate of the database server %2 "
               "cannot be checked; nothing was sent to it.")
                .arg(caFile, where));
    // Qt's driver turns every ';' of its options into a space, quoted or not.
    if (caFile.contains(QLatin1Char(';')))
        throw CoreError(ErrorKind::InvalidInput,
            tr("The path of the office CA file must not contain ';': %1").arg(caFile));

    std::unique_ptr<Database> db(new Database);
    db->m_backend = Backend::Server;
    db->m_path = where;
    db->m_connection = QStringLiteral("creditdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    db->m_sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connection);
    db->m_sql.setHostName(address.host());
    db->m_sql.setPort(address.port());
    db->m_sql.setDatabaseName(address.database());
    db->m_sql.setUserName(address.user());
    db->m_sql.setPassword(password);
    const QStringList options {
        QStringLiteral("sslmode=verify-full"),
        QStringLiteral("sslrootcert=") + conninfoQuoted(QDir::toNativeSeparators(ca.absoluteFilePath())),
        // libpq would otherwise try GSSAPI encryption first where Kerberos is set up, and a
        // connection encrypted that way is not TLS: sslmode would not apply to it.
        QStringLiteral("gssencmode=disable"),
        QStringLiteral("connect_timeout=%1").arg(address.connectTimeoutSeconds()),
        QStringLiteral("application_name=creditdesk"),
    };
    db->m_sql.setConnectOptions(options.join(QLatin1Char(';')));
    const bool opened = db->m_sql.open();
    db->m_sql.setPassword(QString()); // the connection has it; this copy is not needed any more
    if (!opened)
        throw connectFailure(db->m_sql.lastError().databaseText(), address, caFile);

    const int version = db->scalar(QStringLiteral("SHOW server_version_num")).toInt();
    if (version < 150000)
        throw CoreError(ErrorKind::Failed,
            tr("The database server %1 runs PostgreSQL %2; CreditDesk needs PostgreSQL 15 or newer.")
                .arg(where, db->scalar(QStringLiteral("SHOW server_version")).toString()));
    // verify-full never ends in a plaintext connection; checked all the same (one cheap query), so
    // that no later change to the options above can make one unnoticed.
    if (!db->scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool())
        throw CoreError(ErrorKind::Failed,
            tr("The connection to the database server %1 is not encrypted although TLS was required; it "
               "was closed.")
                .arg(where));
    // libpq prints the server's notices on stderr ("extension … already exists, skipping").
    db->exec(QStringLiteral("SET client_min_messages = warning"));
    // A row another desk holds locked: "busy, try again" after 5 s, as the file's busy timeout.
    db->exec(QStringLiteral("SET lock_timeout = '5s'"));
    return db;
}

Database::~Database()
{
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void Database::requireLocalFile(const QString& what) const
{
    if (m_backend == Backend::Server)
        throw CoreError(ErrorKind::Failed,
            tr("%1 is for a local database file only; %2 is a database server.").arg(what, m_path));
}

QString Database::cipherVersion() const
{
    requireLocalFile(tr("The SQLCipher version"));
    return static_cast<const SqlCipherDriver*>(m_sql.driver())->cipherVersion();
}

void* Database::nativeHandle() const
{
    requireLocalFile(tr("The SQLite handle"));
    return static_cast<const SqlCipherDriver*>(m_sql.driver())->connection();
}

void Database::raiseServer(const QSqlError& e, const QString& what) const
{
    const QString state = e.nativeErrorCode();
    const QString words = serverWords(e);
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("P0001"))
        // Integrity constraints (class 23) and our triggers' RAISE EXCEPTION.
        throw CoreError(ErrorKind::InvalidInput, tr("The change was refused: %1").arg(words));
    if (isServerBusy(state))
        throw CoreError(ErrorKind::Failed,
            tr("The database server is busy with another desk's change; nothing was saved. Try again in "
               "a moment."));
    if (state == QLatin1String("53100"))
        throw CoreError(ErrorKind::Failed,
            tr("The database server %1 has run out of disk space; nothing was saved. Tell the server's "
               "administrator.")
                .arg(m_path));
    if (state == QLatin1String("25006"))
        throw CoreError(
            ErrorKind::Failed, tr("The database %1 is read-only here; nothing was saved.").arg(m_path));
    if (state == QLatin1String("42501"))
        throw CoreError(ErrorKind::NotPermitted,
            tr("The database server %1 does not allow this to the user signed in: %2").arg(m_path, words));
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        throw CoreError(
            ErrorKind::Integrity, tr("The database server %1 reports damaged data: %2").arg(m_path, words));
    if (isConnectionLost(state) || !m_sql.isOpen())
        throw CoreError(ErrorKind::Failed,
            tr("The connection to the database server %1 was lost; nothing more was saved. Sign in again.")
                .arg(m_path));
    throw CoreError(ErrorKind::Failed, tr("%1 failed: %2").arg(what, words));
}

void Database::raise(const QSqlQuery& query, const QString& what) const
{
    const QSqlError e = query.lastError().isValid() ? query.lastError() : m_sql.lastError();
    // For a developer chasing a statement that one dialect refuses: the statement and the engine's
    // own words on stderr. Never set for users: statements carry no values, but why print them.
    if (qEnvironmentVariableIsSet("CREDITDESK_SQL_TRACE"))
        qWarning("CREDITDESK_SQL_TRACE: %s: %s\n  in: %s", qUtf8Printable(what), qUtf8Printable(e.text()),
            qUtf8Printable(query.lastQuery()));
    if (m_backend == Backend::Server)
        raiseServer(e, what);
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

QStringList Database::queryPlan(const QString& sql, const std::function<void(QSqlQuery&)>& bind)
{
    requireLocalFile(tr("A query plan"));
    QSqlQuery q = prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    bind(q);
    exec(q);
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

qint64 Database::execReturningId(QSqlQuery& query)
{
    exec(query);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
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
    if (m_backend == Backend::Server) {
        // An empty QString() is '' to SQLite but NULL to QPSQL: a NOT NULL DEFAULT '' column
        // would refuse it. A NULL meant as NULL is a null QVariant (StoreHelpers::nullableText).
        const QVariantList values = query.boundValues();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
                query.bindValue(int(i), QStringLiteral(""));
        }
    }
    if (!query.exec())
        raise(query, tr("A database statement"));
}

QSqlQuery Database::exec(const QString& sql)
{
    if (m_backend == Backend::Server) {
        // QPSQL prepares with PREPARE, which takes no DDL, SET or SHOW.
        QSqlQuery q(m_sql);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            raise(q, tr("A database statement"));
        return q;
    }
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
    if (m_backend == Backend::Server) {
        // One simple query: the server runs the statements in order, one result each, and stops at
        // the first error, whose result is the last one.
        QSqlQuery q(m_sql);
        q.setForwardOnly(true);
        bool ok = q.exec(script);
        while (ok)
            ok = q.nextResult();
        if (q.lastError().isValid())
            raise(q, tr("A database script"));
        return;
    }
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
    if (m_backend == Backend::Server) {
        // Asked of pg_tables, a plain read under this statement's snapshot: to_regclass would answer
        // from this connection's catalog cache, which may still say "no such table" after another
        // desk's first migration committed while this one waited for the schema lock.
        if (!scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                                   "current_schema() AND tablename = 'schema_version')"))
                 .toBool())
            return 0;
        return scalar(QStringLiteral("SELECT version FROM schema_version")).toInt();
    }
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::setUserVersion(int version)
{
    if (m_backend == Backend::Server) {
        // One row at most: the key can only be true.
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                            "singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), "
                            "version bigint NOT NULL CHECK (version >= 0))"));
        exec(QStringLiteral("INSERT INTO schema_version (singleton, version) VALUES (true, %1) "
                            "ON CONFLICT (singleton) DO UPDATE SET version = excluded.version")
                 .arg(version));
        return;
    }
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void Database::lockSchema()
{
    // 0x4344534348454D41, "CDSCHEMA" in ASCII: a key no other lock of ours uses.
    if (m_backend == Backend::Server)
        exec(QStringLiteral("SELECT pg_advisory_xact_lock(4847090647397911873)"));
}

bool Database::inTransaction() const
{
    if (m_backend == Backend::Server)
        return m_serverTransaction;
    return sqlite3_get_autocommit(static_cast<sqlite3*>(nativeHandle())) == 0;
}

void Database::checkpoint()
{
    requireLocalFile(tr("A WAL checkpoint"));
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QMap<QString, QStringList> Database::tableColumns()
{
    QStringList tables;
    if (m_backend == Backend::Server) {
        QSqlQuery q
            = exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                  "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                  "AND table_name <> 'schema_version'"));
        while (q.next())
            tables << q.value(0).toString();
    } else {
        QSqlQuery q = exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
        QStringList virtualTables;
        while (q.next()) {
            tables << q.value(0).toString();
            if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables << q.value(0).toString();
        }
        // An FTS5 table keeps its index in shadow tables named after it (_data, _idx, _docsize,
        // _config, _content).
        tables.removeIf([&](const QString& t) {
            return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                [&](const QString& v) { return t == v || t.startsWith(v + QLatin1Char('_')); });
        });
    }
    QMap<QString, QStringList> columns;
    for (const QString& table : std::as_const(tables)) {
        const QSqlRecord record = m_sql.record(table);
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        columns.insert(table, names);
    }
    return columns;
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
    requireLocalFile(tr("SQLCipher's page check"));
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
    requireLocalFile(tr("SQLite's structural check"));
    QSqlQuery q = exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines = linesOf(q);
    lines.removeAll(QStringLiteral("ok"));
    return lines;
}

QStringList Database::foreignKeyCheck()
{
    if (m_backend == Backend::Server)
        return {};
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
    requireLocalFile(tr("Copying the database file"));
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
    requireLocalFile(tr("Changing the file's key"));
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
        if (m_db.isServer()) {
            if (!m_db.sql().isOpen() || isConnectionLost(e.nativeErrorCode()))
                throw CoreError(ErrorKind::Failed,
                    tr("The connection to the database server %1 was lost; nothing was saved. Sign in "
                       "again.")
                        .arg(m_db.path()));
            throw CoreError(ErrorKind::Failed, tr("A transaction could not start: %1").arg(serverWords(e)));
        }
        const int code = e.nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw CoreError(ErrorKind::Failed,
                tr("The database is busy with another program's change; nothing was "
                   "saved. Try again in a moment."));
        throw CoreError(ErrorKind::Failed, tr("A transaction could not start: %1").arg(e.text()));
    }
    m_db.m_serverTransaction = m_db.isServer();
    if (m_db.isServer()) {
        // A file's transactions all begin IMMEDIATE: one writer at a time, every service's
        // read-check-write runs alone and the audit chain gets one append at a time. On a server the
        // same order comes from one advisory lock, held until COMMIT or ROLLBACK. 0x4344575249544553
        // is "CDWRITES" in ASCII; the schema lock (lockSchema) is always taken after this one.
        try {
            m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4847095109886690643)"));
        } catch (...) {
            m_db.sql().rollback();
            m_db.m_serverTransaction = false;
            throw;
        }
    }
}

Transaction::~Transaction()
{
    // After commit() nothing here may touch m_db: a caller may have closed the database already.
    if (!m_done) {
        m_db.sql().rollback();
        m_db.m_serverTransaction = false;
    }
}

void Transaction::commit()
{
    if (!m_db.sql().commit()) {
        const QSqlError e = m_db.sql().lastError();
        m_db.sql().rollback();
        m_done = true;
        m_db.m_serverTransaction = false;
        if (m_db.isServer()) {
            if (isServerBusy(e.nativeErrorCode()))
                throw CoreError(ErrorKind::Failed,
                    tr("The database server is busy with another desk's change; nothing was saved. Try "
                       "again in a moment."));
            if (!m_db.sql().isOpen() || isConnectionLost(e.nativeErrorCode()))
                throw CoreError(ErrorKind::Failed,
                    tr("The connection to the database server %1 was lost before the change was "
                       "confirmed: it may or may not have been saved. Sign in again and look.")
                        .arg(m_db.path()));
            throw CoreError(ErrorKind::Failed, tr("The change could not be saved: %1").arg(serverWords(e)));
        }
        if ((e.nativeErrorCode().toInt() & 0xff) == SQLITE_FULL)
            throw DiskSpace::fullError(tr("nothing was saved in %1").arg(m_db.path()));
        throw CoreError(ErrorKind::Failed, tr("The change could not be saved: %1").arg(e.text()));
    }
    m_done = true;
    m_db.m_serverTransaction = false;
}

} // namespace cd
