#include "CoreError.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabaseReachesLatest();
    void everyOlderVersionMigratesKeepingData();
    void failingStepLeavesVersionAndDataAlone();
    void newerDatabaseIsRefusedUntouched();
    void bothDialectsHaveTheSameSteps();

private:
    std::unique_ptr<Database> create(const QString& name);
    QTemporaryDir m_dir;
    QByteArray m_key = QByteArray(32, '\x5a');
};

std::unique_ptr<Database> TestMigrations::create(const QString& name)
{
    return Database::open(m_dir.filePath(name), m_key, Database::Mode::Create);
}

void TestMigrations::init()
{
    QVERIFY(m_dir.isValid());
}

void TestMigrations::freshDatabaseReachesLatest()
{
    auto db = create(QStringLiteral("fresh.db"));
    QVERIFY(Migrations::latestVersion() >= 1);
    QCOMPARE(Migrations::apply(*db), int(Migrations::builtIn().size()));
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
    QVERIFY(db->sql().tables().contains(QStringLiteral("audit_log")));
    QCOMPARE(Migrations::apply(*db), 0); // idempotent
}

void TestMigrations::everyOlderVersionMigratesKeepingData()
{
    // The shipped steps plus two synthetic later ones: from every version the database can be at,
    // applying the rest reaches the latest and keeps what was there.
    QList<Migrations::Step> steps = Migrations::builtIn();
    const int base = steps.last().version;
    steps.append({base + 1, QStringLiteral("probe"), QStringLiteral("CREATE TABLE probe (x TEXT);")});
    steps.append({base + 2, QStringLiteral("probe2"),
        QStringLiteral("ALTER TABLE probe ADD COLUMN y INTEGER DEFAULT 7;")});
    // Numbers may leave gaps (each branch has its own), so start from every version a step leaves.
    QList<int> starts {0};
    for (const auto& s : steps)
        starts.append(s.version);
    for (const int start : starts) {
        auto db = create(QStringLiteral("older-%1.db").arg(start));
        QList<Migrations::Step> upTo;
        for (const auto& s : steps)
            if (s.version <= start)
                upTo.append(s);
        Migrations::apply(*db, upTo);
        QCOMPARE(db->userVersion(), start);
        if (start >= 1)
            db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('kept', '数据')"));
        Migrations::apply(*db, steps);
        QCOMPARE(db->userVersion(), steps.last().version);
        db->exec(QStringLiteral("INSERT INTO probe (x) VALUES ('a')"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT y FROM probe")).toInt(), 7);
        if (start >= 1)
            QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'kept'")).toString(),
                QStringLiteral("数据"));
    }
}

void TestMigrations::failingStepLeavesVersionAndDataAlone()
{
    auto db = create(QStringLiteral("failing.db"));
    Migrations::apply(*db);
    const int before = db->userVersion();
    QList<Migrations::Step> steps = Migrations::builtIn();
    steps.append({before + 1, QStringLiteral("bad"),
        QStringLiteral("CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);")});
    QVERIFY_THROWS_EXCEPTION(CoreError, Migrations::apply(*db, steps));
    QCOMPARE(db->userVersion(), before);
    QVERIFY(!db->sql().tables().contains(QStringLiteral("half")));
}

void TestMigrations::newerDatabaseIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = create(QStringLiteral("newer.db"));
        Migrations::apply(*db);
        db->setUserVersion(Migrations::latestVersion() + 5);
        db->checkpoint();
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    auto db = Database::open(path, m_key, Database::Mode::Existing);
    try {
        Migrations::apply(*db);
        QFAIL("a newer database was accepted");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::Failed);
        QVERIFY(e.message().contains(QStringLiteral("newer CreditDesk")));
        QVERIFY(e.message().contains(QString::number(Migrations::latestVersion() + 5)));
    }
    db.reset();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestMigrations::bothDialectsHaveTheSameSteps()
{
    // A step written for one backend only would leave the other a schema version behind.
    const auto file = Migrations::builtIn(Database::Backend::LocalFile);
    const auto server = Migrations::builtIn(Database::Backend::Server);
    QVERIFY(!file.isEmpty());
    QCOMPARE(server.size(), file.size());
    for (int i = 0; i < file.size(); ++i) {
        QCOMPARE(server[i].version, file[i].version);
        QCOMPARE(server[i].name, file[i].name);
        QVERIFY(!server[i].sql.trimmed().isEmpty());
        QVERIFY2(server[i].sql != file[i].sql, qPrintable(file[i].name)); // translated, not copied
    }
    QCOMPARE(Migrations::latestVersion(Database::Backend::Server), Migrations::latestVersion());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
