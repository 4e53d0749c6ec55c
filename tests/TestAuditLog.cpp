#include "CoreError.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MetaStore.h"
#include "storage/Migrations.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chainOfAppendsVerifies();
    void editedRowIsFoundBySeq();
    void deletedRowIsFoundBySeq();
    void appendOutsideTransactionIsRefused();
    void rolledBackChangeLeavesNoEntry();
    void chainIsBoundToTheDatabase();

private:
    void appendSome(int n);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void TestAuditLog::init()
{
    m_db = Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_counter)), QByteArray(32, '\x11'),
        Database::Mode::Create);
    Migrations::apply(*m_db);
    Transaction tx(*m_db);
    MetaStore(*m_db).setValue(QStringLiteral("database_id"), QStringLiteral("db-%1").arg(m_counter));
    tx.commit();
}

void TestAuditLog::cleanup()
{
    m_db.reset();
}

void TestAuditLog::appendSome(int n)
{
    AuditLog log(*m_db);
    for (int i = 0; i < n; ++i) {
        Transaction tx(*m_db);
        log.append(QStringLiteral("officer1"), QStringLiteral("record.add"), QStringLiteral("record"),
            QString::number(i), QJsonObject {{QStringLiteral("after"), QStringLiteral("罚款 %1 元").arg(i)}});
        tx.commit();
    }
}

void TestAuditLog::chainOfAppendsVerifies()
{
    appendSome(20);
    AuditLog log(*m_db);
    const auto report = log.verify();
    QCOMPARE(report.rows, 20);
    QCOMPARE(report.firstBadSeq, 0);
    QCOMPARE(report.tail.seq, 20);
    QCOMPARE(report.tail.hash, log.tail().hash);
    QCOMPARE(log.entries().size(), 20);
    QCOMPARE(log.entries().at(3).summary, QStringLiteral("{\"after\":\"罚款 3 元\"}"));
    QCOMPARE(log.entries(QDate::currentDate().addDays(1)).size(), 0);
}

void TestAuditLog::editedRowIsFoundBySeq()
{
    appendSome(10);
    // Someone with the key drops the guard and edits one summary.
    m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    m_db->exec(QStringLiteral("UPDATE audit_log SET summary = '{\"after\":\"罚款 0 元\"}' WHERE seq = 7"));
    const auto report = AuditLog(*m_db).verify();
    QCOMPARE(report.firstBadSeq, 7);
    QVERIFY(report.problem.contains(QStringLiteral("7")));
}

void TestAuditLog::deletedRowIsFoundBySeq()
{
    appendSome(10);
    m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4"));
    const auto report = AuditLog(*m_db).verify();
    QCOMPARE(report.firstBadSeq, 4);
    QVERIFY(report.problem.contains(QStringLiteral("missing")));
}

void TestAuditLog::appendOutsideTransactionIsRefused()
{
    AuditLog log(*m_db);
    QVERIFY_THROWS_EXCEPTION(CoreError,
        log.append(QStringLiteral("u"), QStringLiteral("a"), QStringLiteral("e"), QString(), QJsonObject()));
    // The guard triggers stop an accidental edit through the program.
    appendSome(1);
    QVERIFY_THROWS_EXCEPTION(CoreError, m_db->exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
    QVERIFY_THROWS_EXCEPTION(CoreError, m_db->exec(QStringLiteral("DELETE FROM audit_log")));
}

void TestAuditLog::rolledBackChangeLeavesNoEntry()
{
    appendSome(2);
    {
        Transaction tx(*m_db);
        AuditLog(*m_db).append(
            QStringLiteral("u"), QStringLiteral("a"), QStringLiteral("e"), QString(), QJsonObject());
        // no commit: the change failed
    }
    QCOMPARE(AuditLog(*m_db).tail().seq, 2);
    QCOMPARE(AuditLog(*m_db).verify().firstBadSeq, 0);
}

void TestAuditLog::chainIsBoundToTheDatabase()
{
    appendSome(3);
    // The same rows under another database id do not verify: rows cannot be moved between files.
    Transaction tx(*m_db);
    MetaStore(*m_db).setValue(QStringLiteral("database_id"), QStringLiteral("another"));
    tx.commit();
    QCOMPARE(AuditLog(*m_db).verify().firstBadSeq, 1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
