// Crash safety (issue 9): a writer process doing an office's work is killed with SIGKILL at random
// moments, hundreds of times; after every kill the database opens, every change the writer had
// seen committed is there, no user is locked out, and verify passes (on a sample, and at the end).
#include "CoreError.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/VerifyService.h"
#include "storage/KeySidecar.h"
#include "util/Office.h"
#include "util/TestUtil.h"
#include "util/WriterLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace cd;
using test::Office;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothing();

private:
    static QString rotatorPassword(const QString& db, const test::WriterLog& log);
};

// The rotator's password is the last one confirmed, or one whose reset was under way at the kill;
// exactly one of them must open its slot, never none.
QString TestCrashSafety::rotatorPassword(const QString& db, const test::WriterLog& log)
{
    QStringList candidates = log.passwordIntents;
    candidates.prepend(log.password.isEmpty() ? QString::fromUtf8(Office::Password) : log.password);
    for (const QString& password : candidates) {
        try {
            Session::signIn(db, QStringLiteral("rotator"), password.toUtf8());
            return password;
        } catch (const CoreError& e) {
            if (e.kind() != ErrorKind::SignIn)
                throw;
        }
    }
    return {};
}

void TestCrashSafety::killedWriterLosesNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("The crash writer's synced log is POSIX-only.");
#endif
    const int kills = qEnvironmentVariableIsSet("CREDITDESK_CRASH_KILLS")
        ? qEnvironmentVariableIntValue("CREDITDESK_CRASH_KILLS")
        : 300;
    Office office;
    {
        auto admin = office.as(QStringLiteral("admin"));
        UserService(*admin).add(QStringLiteral("rotator"), Role::Officer, Office::Password);
    }
    const QString db = office.path();
    const QString logPath = QFileInfo(db).dir().filePath(QStringLiteral("writer.log"));
    QRandomGenerator random(QRandomGenerator::securelySeeded());
    const quint32 seed = random.generate();
    random.seed(seed);
    qInfo("seed %u (CREDITDESK_CRASH_KILLS=%d)", seed, kills);

    QElapsedTimer clock;
    clock.start();
    int duringStartup = 0;
    int verified = 0;
    for (int kill = 1; kill <= kills; ++kill) {
        QProcess writer;
        test::startWriter(writer, db, logPath, Office::Password);
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Most kills land in the work; some in the sign-ins, which may finish an interrupted rekey.
        if (random.bounded(8) == 0) {
            ++duringStartup;
            QThread::msleep(random.bounded(40));
        } else {
            QVERIFY2(writer.waitForReadyRead(20000),
                qPrintable(QStringLiteral("kill %1: the writer never got ready: %2")
                               .arg(kill)
                               .arg(QString::fromUtf8(writer.readAllStandardError()))));
            QThread::msleep(random.bounded(400));
        }
        QVERIFY2(writer.state() == QProcess::Running,
            qPrintable(QStringLiteral("kill %1: the writer stopped by itself: %2")
                           .arg(kill)
                           .arg(QString::fromUtf8(writer.readAllStandardError()))));
        writer.kill(); // SIGKILL: no destructor, no rollback, no flush
        QVERIFY(writer.waitForFinished(10000));

        const test::WriterLog log = test::WriterLog::read(logPath);
        const QString at
            = QStringLiteral("after kill %1 (seed %2, %3 log lines)").arg(kill).arg(seed).arg(log.lines);
        // verify before anyone signs in: it must cope with what the kill left (a WAL, a rekey cut short).
        if (kill % 10 == 0 || kill == kills) {
            const VerifyReport report = VerifyService::run(db, QStringLiteral("admin"), Office::Password);
            QVERIFY2(report.ok(), qPrintable(at + QStringLiteral(": ") + report.problems().join(u'\n')));
            ++verified;
        }
        std::unique_ptr<Session> admin;
        try {
            admin = Session::signIn(db, QStringLiteral("admin"), Office::Password);
        } catch (const CoreError& e) {
            QFAIL(qPrintable(at + QStringLiteral(": sign-in failed: ") + e.message()));
        }
        const QStringList missing = log.missingIn(admin->db());
        QVERIFY2(missing.isEmpty(), qPrintable(at + QStringLiteral(": lost ") + missing.join(u", ")));
        admin.reset();
        QVERIFY2(!rotatorPassword(db, log).isEmpty(),
            qPrintable(at + QStringLiteral(": the rotator is locked out")));
    }
    const test::WriterLog log = test::WriterLog::read(logPath);
    qInfo("%d kills (%d during sign-in) in %.1f s; %d verified; the log promised %d subjects, %d imported "
          "records, %d records, %d cases (%d pushed), %d answers, %d password resets, %d rekeys",
        kills, duringStartup, clock.elapsed() / 1000.0, verified, int(log.subjects.size()),
        int(log.imported.size()), int(log.records.size()), int(log.cases.size()), log.pushedCases(),
        int(log.answeredTasks.size()), log.passwordResets, log.rekeys);
    // The kills must have landed in real work, key-file changes included, or the test proves nothing.
    QVERIFY2(log.pushedCases() >= kills / 10, qPrintable(QString::number(log.pushedCases())));
    QVERIFY2(log.rekeys >= kills / 30, qPrintable(QString::number(log.rekeys)));
    QVERIFY2(log.passwordResets >= kills / 10, qPrintable(QString::number(log.passwordResets)));

    const auto r = test::runCli(
        {QStringLiteral("verify"), db, QStringLiteral("--user"), QStringLiteral("admin")}, Office::Password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
