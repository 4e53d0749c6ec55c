#include "CoreError.h"
#include "services/BackupService.h"
#include "services/VerifyService.h"
#include "storage/AuditLog.h"
#include "util/Office.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace cd;
using cd::test::Office;

// The backup's steps as long work sees them: Cancel between them leaves nothing, a finished one is
// audited once and verifies.
class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void cancelledBackupLeavesNoFileAndNoAuditEntry();
    void finishedBackupIsAuditedAndVerifies();
};

void TestBackupService::cancelledBackupLeavesNoFileAndNoAuditEntry()
{
    Office office;
    auto admin = office.as(QStringLiteral("admin"));
    const QString out = QFileInfo(office.path()).dir().filePath(QStringLiteral("copy.db"));
    const qint64 before = AuditLog(admin->db()).tail().seq;
    // Cancel pressed while the copy was being made: the second question answers yes.
    int asked = 0;
    QVERIFY_THROWS_EXCEPTION(CoreError, BackupService::backup(*admin, out, [&asked] { return ++asked > 1; }));
    QCOMPARE(asked, 2);
    for (const QString& suffix : {QString(), QStringLiteral(".keys"), QStringLiteral(".partial"),
             QStringLiteral(".partial.keys"), QStringLiteral(".partial-wal")})
        QVERIFY2(!QFile::exists(out + suffix), qPrintable(out + suffix));
    QCOMPARE(AuditLog(admin->db()).tail().seq, before);
}

void TestBackupService::finishedBackupIsAuditedAndVerifies()
{
    Office office;
    auto admin = office.as(QStringLiteral("admin"));
    const QString out = QFileInfo(office.path()).dir().filePath(QStringLiteral("copy.db"));
    BackupService::backup(*admin, out, [] { return false; });
    const QList<AuditEntry> latest = AuditLog(admin->db()).latest(1);
    QCOMPARE(latest.first().action, QStringLiteral("database.backup"));
    const VerifyReport report = VerifyService::run(out, QStringLiteral("admin"), Office::Password);
    QVERIFY2(report.ok(), qPrintable(report.problems().join(QLatin1Char('\n'))));
    QVERIFY_THROWS_EXCEPTION(CoreError, BackupService::backup(*admin, out));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"
