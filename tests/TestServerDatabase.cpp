// Database over a PostgreSQL server (issue 10): the throwaway cluster of tests/pg/cluster.sh (CTest
// fixture pg_cluster), TLS with verify-full, the PostgreSQL migrations compared with a local
// SQLCipher file made by the same program, and each way a connection can fail with its own sentence.

#include "CoreError.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"
#include "util/TestUtil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>
#include <thread>

using namespace cd;

namespace {

// The error a call throws, or nothing.
std::optional<CoreError> errorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const CoreError& e) {
        return e;
    }
    return std::nullopt;
}

QString randomHex(int bytes)
{
    QByteArray b(bytes, '\0');
    for (char& c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(b.toHex());
}

// A value as text that reads the same from both backends: a date-time in UTC with milliseconds (the
// file gives a UTC QDateTime, QPSQL one with an offset of zero).
QString canonical(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

// Every row of a table, each as one line, sorted: the same rows compare equal whatever the order.
QStringList rowsOf(Database& db, const QString& table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << canonical(q.value(i));
        rows << cells.join(QLatin1String(" | "));
    }
    rows.sort();
    return rows;
}

// What "untouched" compares: every table's columns and rows, and the schema version.
QStringList snapshot(Database& db)
{
    QStringList lines;
    const auto tables = db.tableColumns();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        lines << it.key() + QLatin1String(": ") + it.value().join(QLatin1Char(','));
        lines << rowsOf(db, it.key());
    }
    lines << QStringLiteral("version %1").arg(db.userVersion());
    return lines;
}

} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void migrationsRunOverVerifiedTls();
    void sameTablesAndColumnsAsLocalFile();
    void sameSeedRowsAsLocalFile();
    void identitiesCarryOnAfterSeededIds();
    void chineseNamesAreFoundThroughTheTrigramIndex();
    void auditLogIsAppendOnly();

    void statementErrorsSayWhatFailed();
    void aRowHeldByAnotherDeskIsBusyAfterFiveSeconds();
    void aLostConnectionSaysSo();

    void connectionWithoutTlsIsRefusedByTheServer();
    void untrustedCertificateIsRefused();
    void certificateForAnotherNameIsRefused();
    void wrongPasswordHasItsOwnMessage();
    void unreachableServerHasItsOwnMessage();
    void missingDatabaseHasItsOwnMessage();
    void unreadableCaFileIsRefusedBeforeConnecting();

    void newerDatabaseIsRefusedUntouched();
    void failingMigrationLeavesTheVersionAlone();
    void failingFirstMigrationLeavesNoSchemaVersion();
    void concurrentMigrationsTakeTurns();

    void fileOnlyCallsFailClearly();
    void qsqlitePluginIsNotLoadedBesideQpsql();

private:
    QString value(const char* key) const { return m_info.value(QLatin1String(key)); }
    ServerAddress address(const QString& user, const QString& database, const QString& host = {}) const;
    // A new, empty database owned by the desk's role, as an office's administrator would make it.
    QString freshDatabase();
    std::unique_ptr<Database> openDesk(const QString& database);
    std::unique_ptr<Database> localFile();

    QHash<QString, QString> m_info;
    std::unique_ptr<Database> m_admin;
    QString m_deskUser;
    QString m_deskPassword;
    QStringList m_databases;
    QTemporaryDir m_dir;
    int m_localFiles = 0;
};

ServerAddress TestServerDatabase::address(
    const QString& user, const QString& database, const QString& host) const
{
    return ServerAddress::parse(
        QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user, host.isEmpty() ? QStringLiteral("localhost") : host, value("PG_PORT"), database));
}

void TestServerDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString infoPath
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CREDITDESK_TEST_PG_INFO"));
    QVERIFY2(!infoPath.isEmpty(),
        "CREDITDESK_TEST_PG_INFO is not set: run this suite through ctest (fixture pg_cluster), or start "
        "a cluster with tests/pg/cluster.sh start FILE and set CREDITDESK_TEST_PG_INFO=FILE");
    const QByteArray info = test::readAll(infoPath);
    QVERIFY2(!info.isEmpty(), qPrintable(QStringLiteral("cannot read the cluster's state file ") + infoPath));
    for (const QByteArray& line : info.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QVERIFY(!value("PG_PORT").isEmpty());
    QVERIFY(QFile::exists(value("PG_CA_FILE")));
    QVERIFY(QFile::exists(value("PG_OTHER_CA_FILE")));

    // The superuser over TLS like everyone else, by IP address (the certificate names 127.0.0.1 too).
    m_admin = Database::openServer(
        address(value("PG_SUPERUSER"), QStringLiteral("postgres"), QStringLiteral("127.0.0.1")),
        value("PG_SUPERUSER_PASSWORD"), value("PG_CA_FILE"));
    m_deskUser = QStringLiteral("desk_%1").arg(randomHex(4));
    m_deskPassword = randomHex(16);
    m_admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_deskUser, m_deskPassword));
}

void TestServerDatabase::cleanupTestCase()
{
    if (!m_admin)
        return;
    for (const QString& name : std::as_const(m_databases))
        m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    m_admin->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_deskUser));
    m_admin.reset();
}

QString TestServerDatabase::freshDatabase()
{
    const QString name = QStringLiteral("creditdesk_%1_%2").arg(m_databases.size()).arg(randomHex(4));
    m_admin->exec(QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8' "
                                 "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                      .arg(name, m_deskUser));
    m_databases << name;
    return name;
}

std::unique_ptr<Database> TestServerDatabase::openDesk(const QString& database)
{
    return Database::openServer(address(m_deskUser, database), m_deskPassword, value("PG_CA_FILE"));
}

std::unique_ptr<Database> TestServerDatabase::localFile()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("local-%1.db").arg(++m_localFiles)),
        QByteArray(32, '\x5a'), Database::Mode::Create);
    Migrations::apply(*db);
    return db;
}

void TestServerDatabase::migrationsRunOverVerifiedTls()
{
    auto db = openDesk(freshDatabase());
    QCOMPARE(db->backend(), Database::Backend::Server);
    QVERIFY(db->isServer());
    QVERIFY(db->path().startsWith(QStringLiteral("postgresql://%1@localhost:").arg(m_deskUser)));
    QCOMPARE(db->userVersion(), 0);

    QSqlQuery tls
        = db->exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY(tls.next());
    QVERIFY(tls.value(0).toBool());
    QVERIFY2(
        tls.value(1).toString().startsWith(QStringLiteral("TLSv1.")), qPrintable(tls.value(1).toString()));

    QCOMPARE(Migrations::latestVersion(Database::Backend::Server), Migrations::latestVersion());
    QCOMPARE(Migrations::apply(*db), int(Migrations::builtIn(Database::Backend::Server).size()));
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
    QVERIFY(!db->inTransaction());
    QCOMPARE(Migrations::apply(*db), 0); // idempotent

    // The same database from a second connection sees the same version.
    auto again = openDesk(m_databases.last());
    QCOMPARE(again->userVersion(), Migrations::latestVersion());
}

void TestServerDatabase::sameTablesAndColumnsAsLocalFile()
{
    auto server = openDesk(freshDatabase());
    Migrations::apply(*server);
    auto local = localFile();
    const QMap<QString, QStringList> serverTables = server->tableColumns();
    const QMap<QString, QStringList> localTables = local->tableColumns();
    QVERIFY2(localTables.size() >= 30, qPrintable(QString::number(localTables.size())));
    QVERIFY(!localTables.contains(QStringLiteral("subject_names_fts")));
    QVERIFY(!localTables.contains(QStringLiteral("subject_names_fts_data")));
    QVERIFY(!serverTables.contains(QStringLiteral("schema_version")));

    QStringList differences;
    for (auto it = localTables.cbegin(); it != localTables.cend(); ++it) {
        if (!serverTables.contains(it.key()))
            differences << QStringLiteral("table %1 is missing on the server").arg(it.key());
        else if (serverTables.value(it.key()) != it.value())
            differences << QStringLiteral("%1: file (%2), server (%3)")
                               .arg(it.key(), it.value().join(QLatin1String(", ")),
                                   serverTables.value(it.key()).join(QLatin1String(", ")));
    }
    for (auto it = serverTables.cbegin(); it != serverTables.cend(); ++it)
        if (!localTables.contains(it.key()))
            differences << QStringLiteral("table %1 is only on the server").arg(it.key());
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

void TestServerDatabase::sameSeedRowsAsLocalFile()
{
    auto server = openDesk(freshDatabase());
    Migrations::apply(*server);
    auto local = localFile();
    int seeded = 0;
    const auto tables = local->tableColumns();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const QStringList fileRows = rowsOf(*local, it.key());
        const QStringList serverRows = rowsOf(*server, it.key());
        if (fileRows != serverRows) {
            for (int i = 0; i < std::max(fileRows.size(), serverRows.size()); ++i) {
                const QString f = fileRows.value(i), s = serverRows.value(i);
                if (f != s)
                    qWarning("%s: file  %s\n%s: server %s", qPrintable(it.key()), qPrintable(f),
                        qPrintable(it.key()), qPrintable(s));
            }
        }
        QCOMPARE(serverRows, fileRows);
        seeded += int(fileRows.size());
    }
    // departments, rule sets and periods, memoranda, measures and their departments, settings.
    QVERIFY2(seeded > 150, qPrintable(QString::number(seeded)));
}

void TestServerDatabase::identitiesCarryOnAfterSeededIds()
{
    auto db = openDesk(freshDatabase());
    Migrations::apply(*db);
    QSqlQuery q = db->exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema() AND is_identity = 'YES' "
                                          "ORDER BY table_name"));
    QList<std::pair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    QVERIFY(identities.size() >= 20);
    for (const auto& [table, column] : std::as_const(identities)) {
        const qint64 max
            = db->scalar(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(column, table))
                  .toLongLong();
        const qint64 next
            = db->scalar(
                    QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', '%2'))").arg(table, column))
                  .toLongLong();
        QVERIFY2(next == max + 1,
            qPrintable(QStringLiteral("%1.%2: next %3 after %4").arg(table, column).arg(next).arg(max)));
    }
}

void TestServerDatabase::chineseNamesAreFoundThroughTheTrigramIndex()
{
    auto db = openDesk(freshDatabase());
    Migrations::apply(*db);
    QSqlQuery s
        = db->prepare(QStringLiteral("INSERT INTO subjects (kind, code, name, created_at, updated_at) "
                                     "VALUES ('legal_person', ?, ?, ?, ?) RETURNING id"));
    s.addBindValue(QStringLiteral("91320681MA1X2Y3Z4K"));
    s.addBindValue(QStringLiteral("启东市信用科技有限公司"));
    s.addBindValue(QDateTime::currentDateTimeUtc());
    s.addBindValue(QDateTime::currentDateTimeUtc());
    db->exec(s);
    QVERIFY(s.next());
    const qint64 id = s.value(0).toLongLong();
    QSqlQuery n = db->prepare(QStringLiteral("INSERT INTO subject_names (subject_id, name) VALUES (?, ?)"));
    n.addBindValue(id);
    n.addBindValue(QStringLiteral("启东市信用科技有限公司"));
    db->exec(n);

    Transaction tx(*db);
    db->exec(QStringLiteral("SET LOCAL enable_seqscan = off"));
    QSqlQuery plan = db->exec(
        QStringLiteral("EXPLAIN SELECT subject_id FROM subject_names WHERE name LIKE '%信用科技%'"));
    QString planText;
    while (plan.next())
        planText += plan.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(planText.contains(QStringLiteral("subject_names_name_trgm")), qPrintable(planText));
    QSqlQuery found = db->prepare(QStringLiteral("SELECT subject_id FROM subject_names WHERE name LIKE ?"));
    found.addBindValue(QStringLiteral("%信用科技%"));
    db->exec(found);
    QVERIFY(found.next());
    QCOMPARE(found.value(0).toLongLong(), id);
}

void TestServerDatabase::auditLogIsAppendOnly()
{
    auto db = openDesk(freshDatabase());
    Migrations::apply(*db);
    QSqlQuery q = db->prepare(
        QStringLiteral("INSERT INTO audit_log (seq, at, user_name, action, entity, summary, hash) "
                       "VALUES (1, ?, 'admin', 'init', 'database', '{}', ?)"));
    q.addBindValue(QStringLiteral("2026-12-03T10:00:00.123Z"));
    q.addBindValue(QByteArray(32, '\x01'));
    db->exec(q);
    QCOMPARE(db->scalar(QStringLiteral("SELECT at FROM audit_log")).toString(),
        QStringLiteral("2026-12-03T10:00:00.123Z"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT hash FROM audit_log")).toByteArray(), QByteArray(32, '\x01'));
    for (const char* change :
        {"UPDATE audit_log SET user_name = 'mallory'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
        const auto e = errorOf([&] { db->exec(QLatin1String(change)); });
        QVERIFY2(e, change);
        QCOMPARE(e->kind(), ErrorKind::InvalidInput);
        QCOMPARE(e->message(), QStringLiteral("The change was refused: the audit log is append-only"));
    }
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT user_name FROM audit_log")).toString(), QStringLiteral("admin"));
}

void TestServerDatabase::statementErrorsSayWhatFailed()
{
    auto db = openDesk(freshDatabase());
    Migrations::apply(*db);
    const auto duplicate = errorOf([&] {
        db->exec(
            QStringLiteral("INSERT INTO departments (code, name, created_at) VALUES ('XYB', 'x', now())"));
    });
    QVERIFY(duplicate);
    QCOMPARE(duplicate->kind(), ErrorKind::InvalidInput);
    QCOMPARE(duplicate->message(),
        QStringLiteral("The change was refused: duplicate key value violates unique constraint "
                       "\"departments_code_key\" Key (code)=(XYB) already exists."));
    const auto check = errorOf([&] { db->exec(QStringLiteral("UPDATE users SET role = 'boss'")); });
    QVERIFY(!check); // no users yet: nothing to refuse
    const auto syntax = errorOf([&] { db->exec(QStringLiteral("SELEKT 1")); });
    QVERIFY(syntax);
    QCOMPARE(syntax->kind(), ErrorKind::Failed);
    QVERIFY2(syntax->message().startsWith(QStringLiteral("A database statement failed: syntax error")),
        qPrintable(syntax->message()));
    QVERIFY(!syntax->message().contains(QStringLiteral("42601"))); // no SQLSTATE in a sentence
}

void TestServerDatabase::aRowHeldByAnotherDeskIsBusyAfterFiveSeconds()
{
    const QString name = freshDatabase();
    auto first = openDesk(name);
    Migrations::apply(*first);
    auto second = openDesk(name);
    Transaction holding(*first);
    QVERIFY(first->inTransaction());
    first->exec(QStringLiteral("UPDATE settings SET value = '11' WHERE key = 'feedback_working_days'"));
    QElapsedTimer waited;
    waited.start();
    const auto e = errorOf([&] {
        Transaction tx(*second);
        second->exec(QStringLiteral("UPDATE settings SET value = '12' WHERE key = 'feedback_working_days'"));
        tx.commit();
    });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QCOMPARE(e->message(),
        QStringLiteral(
            "The database server is busy with another desk's change; nothing was saved. Try again in "
            "a moment."));
    QVERIFY2(waited.elapsed() >= 4500, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(!second->inTransaction());
    holding.commit();
    QCOMPARE(second->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'feedback_working_days'"))
                 .toString(),
        QStringLiteral("11"));
}

void TestServerDatabase::aLostConnectionSaysSo()
{
    const QString name = freshDatabase();
    auto db = openDesk(name);
    const qint64 pid = db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    QVERIFY(m_admin->scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());
    const auto e = errorOf([&] { db->exec(QStringLiteral("SELECT 1")); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().startsWith(
                 QStringLiteral("The connection to the database server %1 was lost").arg(db->path())),
        qPrintable(e->message()));
}

void TestServerDatabase::connectionWithoutTlsIsRefusedByTheServer()
{
    // CreditDesk cannot be asked for this (the address refuses sslmode=disable); a plain QPSQL
    // connection shows that the server refuses it too.
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plain"));
        plain.setHostName(QStringLiteral("127.0.0.1"));
        plain.setPort(value("PG_PORT").toInt());
        plain.setDatabaseName(QStringLiteral("postgres"));
        plain.setUserName(value("PG_SUPERUSER"));
        plain.setPassword(value("PG_SUPERUSER_PASSWORD"));
        plain.setConnectOptions(QStringLiteral("sslmode=disable;gssencmode=disable;connect_timeout=10"));
        QVERIFY(!plain.open());
        const QString text = plain.lastError().databaseText();
        QVERIFY2(text.contains(QStringLiteral("no pg_hba.conf entry"))
                && text.contains(QStringLiteral("no encryption")),
            qPrintable(text));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));

    const auto e = errorOf([&] {
        Database::openServer(
            ServerAddress::parse(QStringLiteral("postgresql://%1@localhost:%2/postgres?sslmode=disable")
                                     .arg(m_deskUser, value("PG_PORT"))),
            m_deskPassword, value("PG_CA_FILE"));
    });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::InvalidInput);
    QVERIFY2(e->message().contains(QStringLiteral("sslmode=verify-full")), qPrintable(e->message()));
}

void TestServerDatabase::untrustedCertificateIsRefused()
{
    const QString db = freshDatabase();
    const auto e = errorOf([&] { openDesk(db); });
    QVERIFY(!e); // the office CA: accepted
    const auto untrusted = errorOf(
        [&] { Database::openServer(address(m_deskUser, db), m_deskPassword, value("PG_OTHER_CA_FILE")); });
    QVERIFY(untrusted);
    QCOMPARE(untrusted->kind(), ErrorKind::Failed);
    QCOMPARE(untrusted->message(),
        QStringLiteral(
            "The certificate of the database server %1 is not trusted: the office CA in %2 did not "
            "sign it. Make sure this is the office's server and the office's CA file; no password "
            "was sent.")
            .arg(address(m_deskUser, db).toString(), value("PG_OTHER_CA_FILE")));
}

void TestServerDatabase::certificateForAnotherNameIsRefused()
{
    // The cluster also listens on 127.0.0.2, which its certificate does not name.
    const auto e = errorOf([&] {
        Database::openServer(address(m_deskUser, QStringLiteral("postgres"), QStringLiteral("127.0.0.2")),
            m_deskPassword, value("PG_CA_FILE"));
    });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().contains(QStringLiteral("was made for another name than 127.0.0.2")),
        qPrintable(e->message()));
}

void TestServerDatabase::wrongPasswordHasItsOwnMessage()
{
    const QString db = freshDatabase();
    const auto wrong = errorOf([&] {
        Database::openServer(address(m_deskUser, db), m_deskPassword + QLatin1Char('x'), value("PG_CA_FILE"));
    });
    QVERIFY(wrong);
    QCOMPARE(wrong->kind(), ErrorKind::SignIn);
    QCOMPARE(wrong->message(),
        QStringLiteral("The database server %1 did not accept the user name or the password.")
            .arg(address(m_deskUser, db).toString()));
    // An unknown user is told the same (the server itself does not say which).
    const auto unknown = errorOf([&] {
        Database::openServer(address(QStringLiteral("nobody_here"), db), m_deskPassword, value("PG_CA_FILE"));
    });
    QVERIFY(unknown);
    QCOMPARE(unknown->kind(), ErrorKind::SignIn);
    QCOMPARE(unknown->message(),
        QStringLiteral("The database server %1 did not accept the user name or the password.")
            .arg(address(QStringLiteral("nobody_here"), db).toString()));
    const auto none
        = errorOf([&] { Database::openServer(address(m_deskUser, db), QString(), value("PG_CA_FILE")); });
    QVERIFY(none);
    QCOMPARE(none->kind(), ErrorKind::SignIn);
}

void TestServerDatabase::unreachableServerHasItsOwnMessage()
{
    // Nothing listens on port 1 of the loopback address.
    const auto e = errorOf([&] {
        Database::openServer(
            ServerAddress::parse(QStringLiteral("postgresql://%1@localhost:1/postgres").arg(m_deskUser)),
            m_deskPassword, value("PG_CA_FILE"));
    });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().startsWith(
                 QStringLiteral("The database server postgresql://%1@localhost:1/postgres cannot be reached")
                     .arg(m_deskUser)),
        qPrintable(e->message()));
}

void TestServerDatabase::missingDatabaseHasItsOwnMessage()
{
    const auto e = errorOf([&] { openDesk(QStringLiteral("no_such_database")); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QCOMPARE(e->message(),
        QStringLiteral("The database server %1 has no database \"no_such_database\".")
            .arg(address(m_deskUser, QStringLiteral("no_such_database")).toString()));
}

void TestServerDatabase::unreadableCaFileIsRefusedBeforeConnecting()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-ca.crt"));
    const auto e = errorOf([&] {
        Database::openServer(address(m_deskUser, QStringLiteral("postgres")), m_deskPassword, missing);
    });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().contains(missing) && e->message().contains(QStringLiteral("cannot be read")),
        qPrintable(e->message()));
}

void TestServerDatabase::newerDatabaseIsRefusedUntouched()
{
    const QString name = freshDatabase();
    {
        auto db = openDesk(name);
        Migrations::apply(*db);
        db->setUserVersion(Migrations::latestVersion() + 5);
    }
    auto db = openDesk(name);
    const QStringList before = snapshot(*db);
    const auto e = errorOf([&] { Migrations::apply(*db); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().contains(QStringLiteral("newer CreditDesk")), qPrintable(e->message()));
    QVERIFY(e->message().contains(QString::number(Migrations::latestVersion() + 5)));
    QVERIFY(e->message().contains(QStringLiteral("the database was left untouched")));
    QVERIFY(!db->inTransaction());
    QCOMPARE(snapshot(*openDesk(name)), before);
}

void TestServerDatabase::failingMigrationLeavesTheVersionAlone()
{
    auto db = openDesk(freshDatabase());
    Migrations::apply(*db);
    const int before = db->userVersion();
    QList<Migrations::Step> steps = Migrations::builtIn(Database::Backend::Server);
    // The second statement fails: the first must go with it.
    steps.append({before + 1, QStringLiteral("bad"),
        QStringLiteral("CREATE TABLE half (x text); INSERT INTO nowhere VALUES (1);")});
    const auto e = errorOf([&] { Migrations::apply(*db, steps); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().contains(QStringLiteral("nowhere")), qPrintable(e->message()));
    QCOMPARE(db->userVersion(), before);
    QVERIFY(!db->tableColumns().contains(QStringLiteral("half")));
    QVERIFY(!db->inTransaction());
    // The connection carries on.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 7);
}

void TestServerDatabase::failingFirstMigrationLeavesNoSchemaVersion()
{
    auto db = openDesk(freshDatabase());
    const QList<Migrations::Step> steps {
        {1, QStringLiteral("bad"), QStringLiteral("CREATE TABLE a (x text); SELECT 1 / 0;")}};
    const auto e = errorOf([&] { Migrations::apply(*db, steps); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QStringLiteral("division by zero")), qPrintable(e->message()));
    QCOMPARE(db->userVersion(), 0);
    QVERIFY(db->tableColumns().isEmpty());
    QVERIFY(db->scalar(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")).toBool());
}

void TestServerDatabase::concurrentMigrationsTakeTurns()
{
    // Two desks open the same new database at once: each step runs once, both end at the latest.
    const QString name = freshDatabase();
    int applied[2] = {-1, -1};
    QString failure[2];
    auto desk = [&](int i) {
        try {
            auto db = openDesk(name);
            applied[i] = Migrations::apply(*db);
        } catch (const CoreError& e) {
            failure[i] = e.message();
        }
    };
    std::thread a(desk, 0), b(desk, 1);
    a.join();
    b.join();
    QVERIFY2(failure[0].isEmpty() && failure[1].isEmpty(), qPrintable(failure[0] + failure[1]));
    QCOMPARE(applied[0] + applied[1], int(Migrations::builtIn(Database::Backend::Server).size()));
    QCOMPARE(openDesk(name)->userVersion(), Migrations::latestVersion());
}

void TestServerDatabase::fileOnlyCallsFailClearly()
{
    auto db = openDesk(freshDatabase());
    Migrations::apply(*db);
    const QList<std::pair<const char*, std::function<void()>>> calls {
        {"rekey", [&] { db->rekey(QByteArray(32, 'k')); }},
        {"exportCopy",
            [&] { db->exportCopy(m_dir.filePath(QStringLiteral("copy.db")), QByteArray(32, 'k')); }},
        {"cipherVersion", [&] { db->cipherVersion(); }},
        {"checkpoint", [&] { db->checkpoint(); }},
        {"integrityCheck", [&] { db->integrityCheck(); }},
        {"cipherIntegrityCheck", [&] { db->cipherIntegrityCheck(); }},
        {"nativeHandle", [&] { db->nativeHandle(); }},
    };
    for (const auto& [name, call] : calls) {
        const auto e = errorOf(call);
        QVERIFY2(e, name);
        QCOMPARE(e->kind(), ErrorKind::Failed);
        QVERIFY2(e->message().contains(QStringLiteral("is for a local database file only")),
            qPrintable(e->message()));
        QVERIFY(e->message().contains(db->path()));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("copy.db"))));
    QVERIFY(db->foreignKeyCheck().isEmpty());
}

void TestServerDatabase::qsqlitePluginIsNotLoadedBesideQpsql()
{
#ifdef Q_OS_LINUX
    // Both backends in one process, as a desk that moves a file to the server will have.
    auto server = openDesk(freshDatabase());
    auto local = localFile();
    QCOMPARE(server->scalar(QStringLiteral("SELECT 1")).toInt(), 1);
    QCOMPARE(local->scalar(QStringLiteral("SELECT 1")).toInt(), 1);
    const QByteArray maps = test::readAll(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.contains("libqsqlpsql"));
    QVERIFY(maps.contains("libpq"));
    QVERIFY(maps.contains("libsqlcipher"));
    QVERIFY2(!maps.contains("libqsqlite"), "Qt's QSQLITE plugin is mapped into the process");
    QVERIFY2(!maps.contains("libsqlite3"), "a stock SQLite library is mapped into the process");
#else
    QSKIP("Reads /proc/self/maps");
#endif
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "TestServerDatabase.moc"
