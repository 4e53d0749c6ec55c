#include "CoreError.h"
#include "admin/DatabaseTab.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ImportDialog.h"
#include "main/DeskController.h"
#include "main/MainWindow.h"
#include "objections/FileObjectionDialog.h"
#include "objections/ObjectionsPage.h"
#include "services/RecordService.h"
#include "signin/SignInDialog.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Office.h"
#include "util/TestUtil.h"
#include "widgets/LongTask.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace cd;
using cd::test::Office;

namespace {

// Waits on the worker thread, without touching widgets, until `done` holds; false after 10 s.
bool waitOnWorker(const std::function<bool()>& done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 10000)
            return false;
        QThread::msleep(5);
    }
    return true;
}

QProgressDialog* progressDialog()
{
    for (QWidget* w : QApplication::allWidgets()) {
        if (auto* p = qobject_cast<QProgressDialog*>(w);
            p && p->objectName() == QLatin1String("longTaskProgress"))
            return p;
    }
    return nullptr;
}

} // namespace

// Long work off the GUI thread: the import, exports, backup and key change, Cancel and the lock.
class TestLongWork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importRunsOnAWorkerWhileTheDialogKeepsRunning();
    void cancelMidImportLeavesNoRowAndNoAuditEntry();
    void backupFromTheGuiVerifies();
    void publicExportCancelledLeavesNoFile();
    void lockingWhileAnImportRunsLeavesNothingHalfDone();
    void keyChangeFromTheGuiKeepsEveryPassword();
    void fileObjectionTextSurvivesALockForTheSameUserOnly();

private:
    QString writeCsv(int rows);
    int recordCount();
    qint64 auditTail();
    void signIn(const QString& user);

    QTemporaryDir m_dir;
    std::unique_ptr<Office> m_office;
    std::unique_ptr<DeskController> m_desk;
    qint64 m_company = 0;
};

void TestLongWork::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestLongWork"));
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestLongWork::init()
{
    m_office = std::make_unique<Office>();
    m_company = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
}

void TestLongWork::cleanup()
{
    LongTask::setProgressHookForTests({});
    m_desk.reset();
    m_office.reset();
}

QString TestLongWork::writeCsv(int rows)
{
    const QString path = QFileInfo(m_office->path()).dir().filePath(QStringLiteral("many.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(
        QStringLiteral("行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚决定日期,处罚机关\n")
            .toUtf8());
    for (int i = 1; i <= rows; ++i)
        f.write(
            QStringLiteral("启东市华信建材有限公司,%1,启市监罚〔2026〕%2号,罚款,2026-05-06,市市场监管局\n")
                .arg(Office::uscc(QStringLiteral("MA1X2Y3W4")))
                .arg(1000 + i)
                .toUtf8());
    return path;
}

int TestLongWork::recordCount()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    return int(RecordService(*officer).forSubject(m_company).size());
}

qint64 TestLongWork::auditTail()
{
    auto admin = m_office->as(QStringLiteral("admin"));
    return AuditLog(admin->db()).tail().seq;
}

void TestLongWork::signIn(const QString& user)
{
    if (!m_desk) {
        m_desk = std::make_unique<DeskController>(m_office->path(), user);
        m_desk->setAutoLockMs(0);
        m_desk->start();
    }
    QTRY_VERIFY(
        m_desk->signInDialog() && m_desk->signInDialog()->isVisible() && m_desk->signInDialog()->isEnabled());
    SignInDialog* dialog = m_desk->signInDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(user);
    QLineEdit* password = dialog->findChild<QLineEdit*>(QStringLiteral("password"));
    password->clear();
    QTest::keyClicks(password, QString::fromUtf8(Office::Password));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(m_desk->window() && m_desk->window()->isVisible());
    QCOMPARE(m_desk->window()->session().user().name, user);
}

void TestLongWork::importRunsOnAWorkerWhileTheDialogKeepsRunning()
{
    const QString path = writeCsv(2500);
    auto officer = m_office->as(QStringLiteral("officer"));
    ImportDialog dialog(*officer);
    dialog.setFile(path);

    // The worker waits, at its first report, until the GUI thread has handled timer events with the
    // progress dialog up; were the import on the GUI thread, nothing could tick and it would time out.
    std::atomic<int> ticks {0};
    std::atomic<bool> sawDialog {false};
    std::atomic<bool> waited {false};
    QThread* workerThread = nullptr;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        if (QProgressDialog* p = progressDialog(); p && p->isVisible())
            sawDialog = true;
    });
    ticker.start();
    LongTask::setProgressHookForTests([&](const LongTask::Context&) {
        if (workerThread)
            return;
        workerThread = QThread::currentThread();
        const int before = ticks;
        waited = waitOnWorker([&] { return ticks > before + 3 && sawDialog; });
    });
    QVERIFY(dialog.runImport());
    QVERIFY(workerThread);
    QVERIFY(workerThread != QApplication::instance()->thread());
    QVERIFY(waited);
    QCOMPARE(dialog.result().imported, 2500);
    QCOMPARE(recordCount(), 2500);
}

void TestLongWork::cancelMidImportLeavesNoRowAndNoAuditEntry()
{
    const QString path = writeCsv(2500);
    const int before = recordCount();
    const qint64 auditBefore = auditTail();
    auto officer = m_office->as(QStringLiteral("officer"));
    ImportDialog dialog(*officer);
    dialog.setFile(path);

    // At the first 1,000 rows (already written inside the import's transaction) the clerk presses
    // Cancel; the worker goes on only once it has seen the cancel.
    std::atomic<bool> pressCancel {false};
    std::atomic<bool> sawCancel {false};
    QTimer clerk;
    clerk.setInterval(10);
    connect(&clerk, &QTimer::timeout, this, [&] {
        if (!pressCancel)
            return;
        if (QProgressDialog* p = progressDialog(); p && p->isVisible()) {
            if (auto* cancel = p->findChild<QPushButton*>(QStringLiteral("longTaskCancel"));
                cancel && cancel->isEnabled())
                QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    clerk.start();
    LongTask::setProgressHookForTests([&](const LongTask::Context& context) {
        pressCancel = true;
        sawCancel = waitOnWorker([&] { return context.cancelled(); });
    });
    QVERIFY(!dialog.runImport());
    QVERIFY(sawCancel);
    const QString outcome = dialog.findChild<QLabel*>(QStringLiteral("importOutcome"))->text();
    QVERIFY2(outcome.contains(QStringLiteral("cancelled")), qPrintable(outcome));
    QCOMPARE(recordCount(), before);
    QCOMPARE(auditTail(), auditBefore);
}

void TestLongWork::backupFromTheGuiVerifies()
{
    auto admin = m_office->as(QStringLiteral("admin"));
    const QString copy = QDir(m_dir.path()).filePath(QStringLiteral("backup-gui.db"));
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral(".keys"));
    const LongTask::Outcome outcome = DatabaseTab::backUp(nullptr, *admin, copy);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(QFile::exists(copy + QStringLiteral(".keys")));
    const test::CliRun verify
        = test::runCli({QStringLiteral("verify"), copy, QStringLiteral("--user"), QStringLiteral("admin")},
            Office::Password);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    // Never over an existing file; the message says so and the copy is untouched.
    const QByteArray bytes = test::readAll(copy);
    const LongTask::Outcome again = DatabaseTab::backUp(nullptr, *admin, copy);
    QCOMPARE(again.state, LongTask::Outcome::State::Failed);
    QVERIFY2(again.message.contains(QStringLiteral("already exists")), qPrintable(again.message));
    QCOMPARE(test::readAll(copy), bytes);
    // An officer may not: the service's refusal, not a crash.
    auto officer = m_office->as(QStringLiteral("officer"));
    const QString other = QDir(m_dir.path()).filePath(QStringLiteral("backup-officer.db"));
    QCOMPARE(DatabaseTab::backUp(nullptr, *officer, other).kind, ErrorKind::NotPermitted);
    QVERIFY(!QFile::exists(other));
}

void TestLongWork::publicExportCancelledLeavesNoFile()
{
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("website.xlsx"));
    const qint64 auditBefore = auditTail();
    auto officer = m_office->as(QStringLiteral("officer"));
    // The whole file is written when the clerk cancels, just before it would be put in place.
    LongTask::setProgressHookForTests([](const LongTask::Context& context) {
        QMetaObject::invokeMethod(
            qApp, [] { LongTask::cancelRunning(); }, Qt::QueuedConnection);
        waitOnWorker([&] { return context.cancelled(); });
    });
    const LongTask::Outcome outcome = ExchangeActions::exportPublic(nullptr, *officer, target);
    QCOMPARE(outcome.state, LongTask::Outcome::State::Cancelled);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(
        QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(auditTail(), auditBefore);

    // Not cancelled, the same export is there, and audited.
    LongTask::setProgressHookForTests({});
    const LongTask::Outcome done = ExchangeActions::exportPublic(nullptr, *officer, target);
    QVERIFY2(done.ok(), qPrintable(done.message));
    QVERIFY(test::readAll(target).startsWith("PK"));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("website.xlsx")});
    QVERIFY(auditTail() > auditBefore);
}

void TestLongWork::lockingWhileAnImportRunsLeavesNothingHalfDone()
{
    const QString path = writeCsv(2500);
    const int before = recordCount();
    const qint64 auditBefore = auditTail();
    signIn(QStringLiteral("officer"));
    QPointer<MainWindow> window = m_desk->window();
    QPointer<ImportDialog> dialog = new ImportDialog(window->session(), window);
    dialog->setFile(path);
    dialog->show();
    QSignalSpy locked(m_desk.get(), &DeskController::locked);
    std::atomic<bool> sawCancel {false};
    LongTask::setProgressHookForTests([&](const LongTask::Context& context) {
        if (sawCancel)
            return;
        // Ctrl+Shift+L (or the idle time) while the worker holds rows in its transaction.
        QMetaObject::invokeMethod(m_desk.get(), &DeskController::lock, Qt::QueuedConnection);
        sawCancel = waitOnWorker([&] { return context.cancelled(); });
    });
    QVERIFY(!dialog->runImport());
    QVERIFY(sawCancel);
    QVERIFY(locked.wait(5000) || locked.count() == 1);
    QTRY_VERIFY(!window);
    QCOMPARE(recordCount(), before);
    QCOMPARE(auditTail(), auditBefore);
    QVERIFY(m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
}

void TestLongWork::keyChangeFromTheGuiKeepsEveryPassword()
{
    signIn(QStringLiteral("admin"));
    const SecureBytes oldKey = m_desk->window()->session().key();
    QVERIFY(!oldKey.isEmpty());
    QAction* rekey = m_desk->window()->findChild<QAction*>(QStringLiteral("rekeyAction"));
    QVERIFY(rekey && rekey->isEnabled());
    QSignalSpy changed(m_desk.get(), &DeskController::keyChanged);
    // The confirmation was answered Yes: the window asks the desk.
    emit m_desk->window()->changeKeyRequested();
    QVERIFY(changed.wait(20000));
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(!m_desk->window());
    const QString notice = m_desk->signInDialog()->findChild<QLabel*>(QStringLiteral("signInNotice"))->text();
    QVERIFY2(notice.contains(QStringLiteral("changed")), qPrintable(notice));

    // Everyone signs in as before; the old key opens nothing.
    signIn(QStringLiteral("admin"));
    QVERIFY(!m_desk->window()->session().key().constEqual(oldKey));
    QVERIFY(Session::signIn(m_office->path(), QStringLiteral("officer"), Office::Password));
    QVERIFY(Session::signIn(m_office->path(), QStringLiteral("reviewer"), Office::Password));
    QVERIFY_THROWS_EXCEPTION(
        CoreError, Database::open(m_office->path(), oldKey.view(), Database::Mode::Existing));
    const test::CliRun verify = test::runCli(
        {QStringLiteral("verify"), m_office->path(), QStringLiteral("--user"), QStringLiteral("admin")},
        Office::Password);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

    // An officer has the entry, disabled, saying why.
    emit m_desk->window()->signOutRequested();
    signIn(QStringLiteral("officer"));
    QAction* officerRekey = m_desk->window()->findChild<QAction*>(QStringLiteral("rekeyAction"));
    QVERIFY(!officerRekey->isEnabled());
    QVERIFY(!officerRekey->toolTip().isEmpty());
}

void TestLongWork::fileObjectionTextSurvivesALockForTheSameUserOnly()
{
    m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕5号"), Severity::General, QDate(2026, 3, 2));
    const QString typed = QStringLiteral("处罚决定已被复议撤销");
    signIn(QStringLiteral("officer"));
    auto* page = m_desk->window()->findChild<ObjectionsPage*>();
    QVERIFY(page);
    FileObjectionDialog* form = page->fileObjection(m_company);
    QVERIFY(form);
    form->findChild<QPlainTextEdit*>(QStringLiteral("objectionDescription"))->setPlainText(typed);

    m_desk->lock();
    QTRY_VERIFY(!m_desk->window() && m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
    signIn(QStringLiteral("officer"));
    FileObjectionDialog* back = m_desk->window()->findChild<FileObjectionDialog*>();
    QVERIFY(back && back->isVisible());
    QCOMPARE(back->findChild<QPlainTextEdit*>(QStringLiteral("objectionDescription"))->toPlainText(), typed);
    QVERIFY(back->isDirty());

    m_desk->lock();
    QTRY_VERIFY(!m_desk->window() && m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
    signIn(QStringLiteral("officer2"));
    QVERIFY(!m_desk->window()->findChild<FileObjectionDialog*>());
}

QTEST_MAIN(TestLongWork)
#include "TestLongWork.moc"
