// Backups under load (issue 9): `creditdesk-cli backup` while another process keeps writing gives a
// copy that verifies and restores, and that holds everything the writer had committed before the
// backup started.
#include "services/Session.h"
#include "services/UserService.h"
#include "util/Office.h"
#include "util/TestUtil.h"
#include "util/WriterLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace cd;
using test::Office;
using test::runCli;

class TestBackupUnderLoad : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileAnotherProcessWrites();
};

void TestBackupUnderLoad::backupWhileAnotherProcessWrites()
{
#ifndef Q_OS_UNIX
    QSKIP("The crash writer's synced log is POSIX-only.");
#endif
    Office office;
    {
        auto admin = office.as(QStringLiteral("admin"));
        UserService(*admin).add(QStringLiteral("rotator"), Role::Officer, Office::Password);
    }
    const QDir dir = QFileInfo(office.path()).dir();
    const QString logPath = dir.filePath(QStringLiteral("writer.log"));
    QProcess writer;
    test::startWriter(writer, office.path(), logPath, Office::Password, false);
    QVERIFY(writer.waitForStarted(10000));
    QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));

    for (int round = 1; round <= 3; ++round) {
        // Let the writer get ahead, then note what it has promised so far.
        QElapsedTimer wait;
        wait.start();
        while (test::WriterLog::read(logPath).pushedCases() < 3 * round && wait.elapsed() < 30000)
            QThread::msleep(50);
        const test::WriterLog before = test::WriterLog::read(logPath);
        QVERIFY2(
            before.pushedCases() >= 3 * round, qPrintable(QString::fromUtf8(writer.readAllStandardError())));

        const QString copy = dir.filePath(QStringLiteral("copy%1.db").arg(round));
        const QString restored = dir.filePath(QStringLiteral("restored%1.db").arg(round));
        auto r = runCli({QStringLiteral("backup"), office.path(), copy, QStringLiteral("--user"),
                            QStringLiteral("admin")},
            Office::Password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(writer.state() == QProcess::Running,
            qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        const int during = test::WriterLog::read(logPath).lines - before.lines;

        r = runCli({QStringLiteral("verify"), copy, QStringLiteral("--user"), QStringLiteral("admin")},
            Office::Password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = runCli(
            {QStringLiteral("restore"), copy, restored, QStringLiteral("--user"), QStringLiteral("admin")},
            Office::Password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("verify"), restored, QStringLiteral("--user"), QStringLiteral("admin")},
            Office::Password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        auto session = Session::signIn(restored, QStringLiteral("admin"), Office::Password);
        const QStringList missing = before.missingIn(session->db());
        QVERIFY2(
            missing.isEmpty(), qPrintable(QStringLiteral("round %1: ").arg(round) + missing.join(u", ")));
        // The other users of the copy sign in too (their slots came with it).
        session.reset();
        QVERIFY(Session::signIn(restored, QStringLiteral("officer"), Office::Password));
        qInfo("round %d: the backup holds the %d log lines written before it; %d more were written while it "
              "ran",
            round, before.lines, during);
    }
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    const auto r
        = runCli({QStringLiteral("verify"), office.path(), QStringLiteral("--user"), QStringLiteral("admin")},
            Office::Password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestBackupUnderLoad)
#include "TestBackupUnderLoad.moc"
