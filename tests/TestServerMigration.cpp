// migrate-to-server (issue 10, item 4) against the throwaway cluster of tests/pg/cluster.sh (CTest
// fixture pg_cluster): a demo office and a small office moved into new server databases, table by
// table the same rows (counts and checksums), the same ids, identities that carry on after them,
// booleans and date-times as they were, the audit chain whole on arrival; and each refusal leaving
// the server as it was: a database already filled, one at another schema version, a wrong server
// password, a user who is not an administrator, a copy altered on its way in, a broken audit chain.

#include "CoreError.h"
#include "services/PackageService.h"
#include "services/ServerMigration.h"
#include "services/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"
#include "storage/TableCopy.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace cd;

namespace {

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

// Every table's rows (each a line, sorted) and the schema version: what "unchanged" compares.
QStringList snapshot(Database& db)
{
    QStringList lines;
    const auto tables = db.tableColumns();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1").arg(it.key()));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << canonical(q.value(i));
            rows << it.key() + QLatin1String(": ") + cells.join(QLatin1String(" | "));
        }
        rows.sort();
        lines << it.key() << rows;
    }
    lines << QStringLiteral("version %1").arg(db.userVersion());
    return lines;
}

qint64 count(Database& db, const QString& table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

// The tables `creditdesk-cli demo` leaves empty; the small office of initTestCase fills them.
const QStringList DemoLeavesEmpty {QStringLiteral("licences"), QStringLiteral("notices"),
    QStringLiteral("package_tasks"), QStringLiteral("task_packages")};

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

} // namespace

class TestServerMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoOfficeMovesLosslessly();
    void officeMovesIntoAMigratedDatabaseWithItsValues();
    void onlyTheSeedTablesAreFilledByMigrations();
    void secondMoveIntoTheSameDatabaseIsRefused();
    void otherSchemaVersionIsRefused();
    void wrongServerPasswordWritesNothing();
    void onlyAnAdministratorMayMove();
    void copyAlteredOnTheWayInIsRolledBack();
    void brokenAuditChainIsRolledBack();
    void valueThatFitsNoColumnIsNamed();
    void checksumSeesOneChangedValue();
    void cliMovesTheDemoOffice();

private:
    QString value(const char* key) const { return m_info.value(QLatin1String(key)); }
    ServerAddress address(const QString& database, const QString& user = {}) const;
    QString freshDatabase();
    std::unique_ptr<Database> openDesk(const QString& database);
    std::unique_ptr<Database> openAsSuperuser(const QString& database);
    ServerMigration::Result migrate(Session& session, const QString& database, const QString& password = {});
    std::unique_ptr<Session> demoAdmin();

    QHash<QString, QString> m_info;
    std::unique_ptr<Database> m_admin;
    QString m_deskUser;
    QString m_deskPassword;
    QStringList m_databases;
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<test::Office> m_office;
};

ServerAddress TestServerMigration::address(const QString& database, const QString& user) const
{
    return ServerAddress::parse(QStringLiteral("postgresql://%1@localhost:%2/%3")
                                    .arg(user.isEmpty() ? m_deskUser : user, value("PG_PORT"), database));
}

void TestServerMigration::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
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
    QVERIFY(QFile::exists(value("PG_CA_FILE")));
    m_admin = openAsSuperuser(QStringLiteral("postgres"));
    // The file's administrator moves it and must sign in to the server afterwards, so the server
    // login has that name (and, to give the users their roles, CREATEROLE). Roles are the cluster's:
    // this suite takes turns with the offices of the server suites (RESOURCE_LOCK pg_office_roles).
    test::Office::resetServerOffices(*m_admin);
    m_deskUser = QStringLiteral("admin");
    m_deskPassword = randomHex(16);
    m_admin->exec(
        QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(m_deskUser, m_deskPassword));

    // The demo office: every kind of row the program writes.
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const test::CliRun init
        = test::runCli({QStringLiteral("init"), m_demo, QStringLiteral("--user"), QStringLiteral("admin")},
            test::Office::Password);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QElapsedTimer timer;
    timer.start();
    const test::CliRun demo
        = test::runCli({QStringLiteral("demo"), m_demo, QStringLiteral("--user"), QStringLiteral("admin")},
            test::Office::Password, {}, 600000);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    qInfo("demo office made in %lld ms", timer.elapsed());

    // A small office made through the services, with a case pushed to the departments.
    m_office = std::make_unique<test::Office>();
    const qint64 company
        = m_office->addCompany(QStringLiteral("MA1W2X3Y4"), QStringLiteral("启东市测试科技有限公司"));
    const qint64 person
        = m_office->addPerson(QStringLiteral("19800101"), QStringLiteral("123"), QStringLiteral("张三"));
    Q_UNUSED(person);
    const qint64 record = m_office->addRecord(company, QStringLiteral("启市监罚〔2025〕12号"),
        Severity::Serious, QDate(2025, 3, 4), QStringLiteral("市市场监管局"), true);
    m_office->sanction(company, record, 0, QDate(2025, 4, 1), QDate(2027, 3, 31), QDate(2025, 4, 2));
    // What the demo office leaves empty: a measure package sent to a department, a licence, a
    // notification (通报).
    {
        auto officer = m_office->as(QStringLiteral("officer"));
        const qint64 department
            = officer->db()
                  .scalar(QStringLiteral("SELECT department_id FROM measure_tasks ORDER BY id LIMIT 1"))
                  .toLongLong();
        QVERIFY(PackageService(*officer)
                    .makePackage(department, m_dir.filePath(QStringLiteral("package.xlsx")))
                    .tasks
            > 0);
    }
    const QString licences = m_dir.filePath(QStringLiteral("licences.csv"));
    {
        QFile f(licences);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("行政相对人名称,统一社会信用代码,行政许可决定文书名称,行政许可决定文书号,许可类别,"
                           "许可决定日期,有效期自,有效期至,许可机关,当前状态,公示日期\n"
                           "启东市测试科技有限公司,%1,食品经营许可决定书,启审批许〔M〕1号,普通,2025-05-06,"
                           "2025-05-06,长期,市行政审批局,有效,2025-05-08\n")
                .arg(test::Office::uscc(QStringLiteral("MA1W2X3Y4")))
                .toUtf8());
    }
    const test::CliRun import
        = test::runCli({QStringLiteral("import"), m_office->path(), licences, QStringLiteral("--kind"),
                           QStringLiteral("licences"), QStringLiteral("--user"), QStringLiteral("officer")},
            test::Office::Password);
    QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
    const test::CliRun notice = test::runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_office->path(), QStringLiteral("--period"),
            QStringLiteral("2025"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("notice.xlsx")),
            QStringLiteral("--user"), QStringLiteral("supervisor")},
        test::Office::Password);
    QVERIFY2(notice.exitCode == 0, qPrintable(notice.out + notice.err));
}

void TestServerMigration::cleanupTestCase()
{
    if (!m_admin)
        return;
    for (const QString& name : std::as_const(m_databases))
        m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    test::Office::resetServerOffices(*m_admin);
    m_admin.reset();
}

QString TestServerMigration::freshDatabase()
{
    const QString name = QStringLiteral("creditdesk_move_%1_%2").arg(m_databases.size()).arg(randomHex(4));
    m_admin->exec(QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8' "
                                 "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                      .arg(name, m_deskUser));
    m_databases << name;
    return name;
}

std::unique_ptr<Database> TestServerMigration::openDesk(const QString& database)
{
    return Database::openServer(address(database), m_deskPassword, value("PG_CA_FILE"));
}

std::unique_ptr<Database> TestServerMigration::openAsSuperuser(const QString& database)
{
    return Database::openServer(
        address(database, value("PG_SUPERUSER")), value("PG_SUPERUSER_PASSWORD"), value("PG_CA_FILE"));
}

ServerMigration::Result TestServerMigration::migrate(
    Session& session, const QString& database, const QString& password)
{
    return ServerMigration::run(
        session, address(database), password.isEmpty() ? m_deskPassword : password, value("PG_CA_FILE"));
}

std::unique_ptr<Session> TestServerMigration::demoAdmin()
{
    Session::Options options;
    options.migrate = false;
    return Session::signIn(m_demo, QStringLiteral("admin"), test::Office::Password, options);
}

void TestServerMigration::demoOfficeMovesLosslessly()
{
    auto session = demoAdmin();
    const QString database = freshDatabase(); // empty: the move runs its migrations first
    QStringList steps;
    QElapsedTimer timer;
    timer.start();
    const ServerMigration::Result result = ServerMigration::run(*session, address(database), m_deskPassword,
        value("PG_CA_FILE"), [&](const QString& step, const QString&, qint64, qint64) {
            if (steps.isEmpty() || steps.last() != step)
                steps << step;
        });
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.verified);
    QVERIFY(steps.contains(QStringLiteral("Creating the tables on the server")));
    QVERIFY(steps.contains(QStringLiteral("Copying subjects")));

    auto file = Database::open(m_demo, session->key().view(), Database::Mode::ReadOnly);
    // Counted as the superuser: row-level security keeps the confidential reports from the
    // administrator who moved them (and who owns the tables).
    auto server = openAsSuperuser(database);
    QCOMPARE(server->userVersion(), file->userVersion());
    QVERIFY(count(*server, QStringLiteral("tips")) > 0);
    QCOMPARE(count(*openDesk(database), QStringLiteral("tips")), 0);
    const QMap<QString, QStringList> tables = file->tableColumns();
    QCOMPARE(result.tables.size(), tables.size());
    QStringList empty;
    TableCopy copy(*file, *server);
    for (const TableCopy::Table& table : copy.tables()) {
        const auto it = std::find_if(result.tables.cbegin(), result.tables.cend(),
            [&](const ServerMigration::Table& t) { return t.name == table.name; });
        QVERIFY2(it != result.tables.cend(), qPrintable(table.name));
        const qint64 fileRows = count(*file, table.name);
        qint64 serverRows = count(*server, table.name);
        if (table.name == QLatin1String("audit_log"))
            --serverRows; // the move's own entry
        QVERIFY2(fileRows == serverRows && it->rows == fileRows,
            qPrintable(QStringLiteral("%1: file %2, server %3, reported %4")
                           .arg(table.name)
                           .arg(fileRows)
                           .arg(serverRows)
                           .arg(it->rows)));
        if (fileRows == 0)
            empty << table.name;
        if (table.name != QLatin1String("audit_log")) {
            // Read again after the commit: the server keeps what was compared.
            QCOMPARE(TableCopy::checksum(*server, table).sha256, it->sha256);
            QCOMPARE(TableCopy::checksum(*file, table).sha256, it->sha256);
        }
    }
    qInfo("demo office: %lld rows in %lld tables moved in %lld ms; empty in the demo: %s", result.rows(),
        qint64(result.tables.size()), elapsed, qPrintable(empty.join(QLatin1String(", "))));
    // The demo fills every table but these; the small office fills them (see the next test).
    empty.sort();
    QCOMPARE(empty, DemoLeavesEmpty);

    // The ids are the file's.
    for (const QString& table : {QStringLiteral("subjects"), QStringLiteral("credit_records"),
             QStringLiteral("cases"), QStringLiteral("measure_tasks"), QStringLiteral("users")}) {
        QStringList here, there;
        for (auto* db : {file.get(), server.get()}) {
            QSqlQuery q = db->exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
            QStringList& ids = db == file.get() ? here : there;
            while (q.next())
                ids << q.value(0).toString();
        }
        QVERIFY2(!here.isEmpty(), qPrintable(table));
        QCOMPARE(there, here);
    }

    // The audit chain on the server: the file's entries and the move's, whole.
    AuditLog serverLog(*server);
    const AuditLog::Report chain = serverLog.verify();
    QVERIFY2(chain.problem.isEmpty(), qPrintable(chain.problem));
    QCOMPARE(chain.rows, result.auditEntries + 1);
    QCOMPARE(result.auditEntries, count(*file, QStringLiteral("audit_log")));
    const auto last = serverLog.entry(chain.tail.seq);
    QVERIFY(last);
    QCOMPARE(last->action, QStringLiteral("database.migrated-to-server"));
    QCOMPARE(last->userName, QStringLiteral("admin"));
    QCOMPARE(serverLog.entry(1)->hash, AuditLog(*file).entry(1)->hash);

    // A new row on the server gets an id past the file's.
    const qint64 maxSubject = file->scalar(QStringLiteral("SELECT max(id) FROM subjects")).toLongLong();
    QSqlQuery insert
        = server->prepare(QStringLiteral("INSERT INTO subjects (kind, code, name, created_at, updated_at) "
                                         "VALUES ('legal_person', ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(test::Office::uscc(QStringLiteral("MA1X2Y3W7")));
    insert.addBindValue(QStringLiteral("迁移后新增有限公司"));
    insert.addBindValue(QDateTime::currentDateTimeUtc());
    insert.addBindValue(QDateTime::currentDateTimeUtc());
    server->exec(insert);
    QVERIFY(insert.next());
    QCOMPARE(insert.value(0).toLongLong(), maxSubject + 1);
    // Every identity carries on after the file's ids (nextval, as an insert without an id).
    int identities = 0;
    for (const TableCopy::Table& table : copy.tables()) {
        if (table.identityColumn.isEmpty() || table.name == QLatin1String("subjects"))
            continue; // subjects: just above
        ++identities;
        const qint64 max = file->scalar(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2")
                                            .arg(table.identityColumn, table.name))
                               .toLongLong();
        const qint64 next = server
                                ->scalar(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', '%2'))")
                                             .arg(table.name, table.identityColumn))
                                .toLongLong();
        QVERIFY2(next == max + 1,
            qPrintable(QStringLiteral("%1.%2: next %3 after %4")
                           .arg(table.name, table.identityColumn)
                           .arg(next)
                           .arg(max)));
    }
    QVERIFY(identities >= 19);
}

void TestServerMigration::officeMovesIntoAMigratedDatabaseWithItsValues()
{
    auto session = m_office->as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    {
        auto server = openDesk(database);
        Migrations::apply(*server); // migrated by a desk already: only the seed rows are there
        QVERIFY(count(*server, QStringLiteral("departments")) > 0);
    }
    const ServerMigration::Result result = migrate(*session, database);
    QVERIFY(result.verified);
    QCOMPARE(result.server, address(database).toString());

    auto server = openDesk(database);
    Database& file = session->db();
    // Booleans and date-times as the file has them, read back through SQL.
    const QString sql = QStringLiteral(
        "SELECT r.id, r.specific_serious, r.created_at, r.decision_date, r.published_on, s.name, "
        "s.created_at, d.active FROM credit_records r JOIN subjects s ON s.id = r.subject_id "
        "JOIN departments d ON d.id = r.department_id ORDER BY r.id");
    QSqlQuery here = file.exec(sql);
    QSqlQuery there = server->exec(sql);
    int rows = 0;
    while (here.next()) {
        QVERIFY(there.next());
        QCOMPARE(there.value(0).toLongLong(), here.value(0).toLongLong());
        QCOMPARE(there.value(1).typeId(), int(QMetaType::Bool));
        QCOMPARE(there.value(1).toBool(), here.value(1).toBool());
        QCOMPARE(there.value(2).toDateTime().toUTC(), here.value(2).toDateTime().toUTC());
        QCOMPARE(there.value(3).toDate(), here.value(3).toDate());
        QCOMPARE(there.value(4).isNull(), here.value(4).isNull());
        QCOMPARE(there.value(5).toString(), here.value(5).toString());
        QCOMPARE(there.value(6).toDateTime().toUTC(), here.value(6).toDateTime().toUTC());
        QCOMPARE(there.value(7).toBool(), here.value(7).toBool());
        ++rows;
    }
    QVERIFY(!there.next());
    QCOMPARE(rows, 1);
    QSqlQuery serious = server->exec(QStringLiteral("SELECT specific_serious FROM credit_records"));
    QVERIFY(serious.next());
    QVERIFY(serious.value(0).toBool());
    // Millisecond date-times survive (users are created at the current time, milliseconds and all).
    const QDateTime created
        = file.scalar(QStringLiteral("SELECT created_at FROM users WHERE name = 'officer'")).toDateTime();
    QCOMPARE(server->scalar(QStringLiteral("SELECT created_at FROM users WHERE name = 'officer'"))
                 .toDateTime()
                 .toUTC(),
        created.toUTC());
    // The audit log's time stays the text its hash covers.
    QCOMPARE(server->scalar(QStringLiteral("SELECT at FROM audit_log WHERE seq = 1")).toString(),
        file.scalar(QStringLiteral("SELECT CAST(at AS TEXT) FROM audit_log WHERE seq = 1")).toString());
    // The seed tables hold the file's rows, not the server's seeds and the file's together.
    QCOMPARE(count(*server, QStringLiteral("departments")), count(file, QStringLiteral("departments")));
    for (const QString& table : DemoLeavesEmpty + QStringList {QStringLiteral("measure_tasks")}) {
        QVERIFY2(count(file, table) > 0, qPrintable(table));
        QCOMPARE(count(*server, table), count(file, table));
    }
    QCOMPARE(count(*server, QStringLiteral("licences")), 1);
    // And the file is unchanged: still one audit entry fewer than the server.
    QCOMPARE(count(*server, QStringLiteral("audit_log")), count(file, QStringLiteral("audit_log")) + 1);
}

void TestServerMigration::onlyTheSeedTablesAreFilledByMigrations()
{
    auto server = openDesk(freshDatabase());
    Migrations::apply(*server);
    QStringList filled;
    const auto tables = server->tableColumns();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        if (count(*server, it.key()) > 0)
            filled << it.key();
    QStringList seeds = TableCopy::seedTables();
    seeds.sort();
    filled.sort();
    // A migration that seeds another table must name it in TableCopy::seedTables() (its rows are
    // replaced by the file's), else a fresh server would be refused as already holding data.
    QCOMPARE(filled, seeds);
}

void TestServerMigration::secondMoveIntoTheSameDatabaseIsRefused()
{
    auto session = m_office->as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    migrate(*session, database);
    auto server = openDesk(database);
    const QStringList before = snapshot(*server);
    const auto e = errorOf([&] { migrate(*session, database); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().contains(QStringLiteral("already holds data")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QStringLiteral("audit_log")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QStringLiteral("Nothing was written")), qPrintable(e->message()));
    QCOMPARE(snapshot(*server), before);
}

void TestServerMigration::otherSchemaVersionIsRefused()
{
    auto session = m_office->as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    auto server = openDesk(database);
    QList<Migrations::Step> older = Migrations::builtIn(Database::Backend::Server);
    older.removeLast();
    Migrations::apply(*server, older);
    const QStringList before = snapshot(*server);
    const auto e = errorOf([&] { migrate(*session, database); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Failed);
    QVERIFY2(e->message().contains(QStringLiteral("schema version %1").arg(older.last().version)),
        qPrintable(e->message()));
    QVERIFY2(e->message().contains(QStringLiteral("Nothing was written")), qPrintable(e->message()));
    QCOMPARE(snapshot(*server), before);
}

void TestServerMigration::wrongServerPasswordWritesNothing()
{
    auto session = m_office->as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    const auto e = errorOf([&] { migrate(*session, database, QStringLiteral("not-the-password")); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::SignIn);
    auto server = openDesk(database);
    QCOMPARE(server->userVersion(), 0);
    QVERIFY(server->tableColumns().isEmpty());
}

void TestServerMigration::onlyAnAdministratorMayMove()
{
    auto session = m_office->as(QStringLiteral("officer"));
    const QString database = freshDatabase();
    const auto e = errorOf([&] { migrate(*session, database); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::NotPermitted);
    auto server = openDesk(database);
    QCOMPARE(server->userVersion(), 0);
    QVERIFY(server->tableColumns().isEmpty());
}

void TestServerMigration::copyAlteredOnTheWayInIsRolledBack()
{
    auto session = m_office->as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    {
        auto server = openDesk(database);
        Migrations::apply(*server);
    }
    // Someone with rights on the server changes one subject's name as it is inserted: a trigger of
    // the test's own, so the program has no hook for it.
    {
        auto superuser = openAsSuperuser(database);
        superuser->execScript(
            QStringLiteral("CREATE FUNCTION alter_subject() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "NEW.name := NEW.name || '（改）'; RETURN NEW; END $$; "
                           "CREATE TRIGGER alter_subject BEFORE INSERT ON subjects FOR EACH ROW "
                           "WHEN (NEW.id = 1) EXECUTE FUNCTION alter_subject()"));
    }
    auto server = openDesk(database);
    const QStringList before = snapshot(*server);
    const auto e = errorOf([&] { migrate(*session, database); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Integrity);
    QVERIFY2(e->message().contains(QStringLiteral("The table subjects differs")), qPrintable(e->message()));
    QCOMPARE(snapshot(*server), before);
    QCOMPARE(count(*server, QStringLiteral("audit_log")), 0);
}

void TestServerMigration::brokenAuditChainIsRolledBack()
{
    // A file whose audit entry 2 was edited (by someone with the key, past the append-only trigger):
    // the end of the chain still matches the key file, so the sign-in does not see it; the walk on
    // the server does.
    test::Office office;
    office.addCompany(QStringLiteral("MA1A2B3C4"), QStringLiteral("启东市链条测试有限公司"));
    {
        const SecureBytes key
            = Session::unlock(office.path(), QStringLiteral("admin"), test::Office::Password);
        auto raw = Database::open(office.path(), key.view(), Database::Mode::Existing);
        raw->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        raw->exec(QStringLiteral("UPDATE audit_log SET summary = '{}' WHERE seq = 2"));
    }
    auto session = office.as(QStringLiteral("admin"));
    QVERIFY(!AuditLog(session->db()).verify().problem.isEmpty());
    const QString database = freshDatabase();
    const auto e = errorOf([&] { migrate(*session, database); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Integrity);
    QVERIFY2(e->message().contains(QStringLiteral("audit entry 2")), qPrintable(e->message()));
    auto server = openDesk(database);
    QCOMPARE(count(*server, QStringLiteral("audit_log")), 0);
    QCOMPARE(count(*server, QStringLiteral("users")), 0);
}

void TestServerMigration::valueThatFitsNoColumnIsNamed()
{
    // A date-time column of the file holding text that is no date-time (SQLite would take anything).
    test::Office office;
    const qint64 subject
        = office.addCompany(QStringLiteral("MA1A2B3C5"), QStringLiteral("启东市类型测试有限公司"));
    {
        const SecureBytes key
            = Session::unlock(office.path(), QStringLiteral("admin"), test::Office::Password);
        auto raw = Database::open(office.path(), key.view(), Database::Mode::Existing);
        raw->exec(
            QStringLiteral("UPDATE subjects SET updated_at = 'last Tuesday' WHERE id = %1").arg(subject));
    }
    auto session = office.as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    const auto e = errorOf([&] { migrate(*session, database); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ErrorKind::Integrity);
    QVERIFY2(e->message().contains(
                 QStringLiteral("\"last Tuesday\" in the column updated_at of the table subjects (id %1)")
                     .arg(subject)),
        qPrintable(e->message()));
    auto server = openDesk(database);
    QCOMPARE(count(*server, QStringLiteral("subjects")), 0);
    QCOMPARE(count(*server, QStringLiteral("audit_log")), 0);
}

void TestServerMigration::checksumSeesOneChangedValue()
{
    auto session = m_office->as(QStringLiteral("admin"));
    const QString database = freshDatabase();
    migrate(*session, database);
    auto file = Database::open(m_office->path(), session->key().view(), Database::Mode::ReadOnly);
    auto server = openDesk(database);
    server->exec(QStringLiteral("UPDATE settings SET value = '11' WHERE key = 'feedback_working_days'"));
    server->exec(QStringLiteral("UPDATE credit_records SET specific_serious = false"));
    TableCopy copy(*file, *server);
    QStringList differing;
    for (const TableCopy::Table& table : copy.tables()) {
        if (table.name == QLatin1String("audit_log"))
            continue; // one entry longer on the server
        const TableCopy::Checksum here = TableCopy::checksum(*file, table);
        const TableCopy::Checksum there = TableCopy::checksum(*server, table);
        QCOMPARE(there.rows, here.rows);
        QCOMPARE(here.sha256.size(), 32);
        if (here.sha256 != there.sha256)
            differing << table.name;
    }
    differing.sort();
    QCOMPARE(differing, QStringList({QStringLiteral("credit_records"), QStringLiteral("settings")}));
}

void TestServerMigration::cliMovesTheDemoOffice()
{
    const QString database = freshDatabase();
    const QString url = address(database).toString();
    const QStringList args {QStringLiteral("migrate-to-server"), m_demo, QStringLiteral("--user"),
        QStringLiteral("admin"), QStringLiteral("--server"), url, QStringLiteral("--ca"),
        value("PG_CA_FILE")};

    // Usage, the server's password and the local one, before anything is moved.
    QCOMPARE(test::runCli(args.mid(0, 4), test::Office::Password).exitCode, 2);
    qputenv("CREDITDESK_SERVER_PASSWORD", "wrong-password");
    const test::CliRun wrong = test::runCli(args, test::Office::Password);
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(test::runCli(args, "not-the-admin-password").exitCode, 3);
    qputenv("CREDITDESK_SERVER_PASSWORD", m_deskPassword.toUtf8());
    QCOMPARE(test::runCli(QStringList(args)
                              .replaceInStrings(m_demo, m_office->path())
                              .replaceInStrings(QStringLiteral("admin"), QStringLiteral("officer")),
                 test::Office::Password)
                 .exitCode,
        int(ErrorKind::NotPermitted));
    {
        auto server = openDesk(database);
        QVERIFY(server->tableColumns().isEmpty());
    }

    const QByteArray fileBefore = fileHash(m_demo);
    const QByteArray keysBefore = fileHash(Session::sidecarPath(m_demo));
    const test::CliRun run
        = test::runCli(args + QStringList {QStringLiteral("--json")}, test::Office::Password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(test::keysOf(json), test::keySet({"server", "tables", "auditEntries", "verified"}));
    QCOMPARE(json.value(QStringLiteral("server")).toString(), url);
    QVERIFY(json.value(QStringLiteral("verified")).toBool());
    QCOMPARE(json.value(QStringLiteral("auditEntries")).toInteger(),
        count(demoAdmin()->db(), QStringLiteral("audit_log")));
    QVERIFY(json.value(QStringLiteral("auditEntries")).toInteger() > 0);
    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    QVERIFY(tables.size() >= 30);
    for (const QJsonValue& t : tables) {
        QCOMPARE(test::keysOf(t.toObject()), test::keySet({"name", "rows", "sha256"}));
        QCOMPARE(t.toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    }
    QCOMPARE(tables.first().toObject().value(QStringLiteral("name")).toString().isEmpty(), false);
    // The file is only read.
    QCOMPARE(fileHash(m_demo), fileBefore);
    QCOMPARE(fileHash(Session::sidecarPath(m_demo)), keysBefore);

    // Again into the same database: refused, exit 1, and the human form of a refusal.
    const test::CliRun again = test::runCli(args, test::Office::Password);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));

    // The human output: one line per table, then the summary.
    const QString second = freshDatabase();
    const test::CliRun human = test::runCli(
        QStringList(args).replaceInStrings(url, address(second).toString()), test::Office::Password);
    QVERIFY2(human.exitCode == 0, qPrintable(human.err));
    const QStringList lines = human.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), tables.size() + 1);
    const QString firstName = tables.first().toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(lines.first().startsWith(firstName + QLatin1Char(' ')), qPrintable(lines.first()));
    QVERIFY2(
        lines.first().endsWith(tables.first().toObject().value(QStringLiteral("sha256")).toString().left(16)),
        qPrintable(lines.first()));
    QVERIFY2(
        lines.last().startsWith(QStringLiteral("Moved %1 to %2").arg(m_demo, address(second).toString())),
        qPrintable(lines.last()));
    qunsetenv("CREDITDESK_SERVER_PASSWORD");
}

QTEST_GUILESS_MAIN(TestServerMigration)
#include "TestServerMigration.moc"
