#include "GuiTestUtil.h"
#include "cases/CaseDetailDialog.h"
#include "cases/DraftCaseDialog.h"
#include "check/CheckPage.h"
#include "check/CheckResultView.h"
#include "domain/CodeValidator.h"
#include "domain/CreditCheck.h"
#include "main/DeskController.h"
#include "main/MainWindow.h"
#include "objections/FileObjectionDialog.h"
#include "objections/ObjectionDetailDialog.h"
#include "objections/ObjectionsPage.h"
#include "records/NewRecordDialog.h"
#include "services/CaseService.h"
#include "services/DemoData.h"
#include "services/ObjectionService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "signin/SignInDialog.h"
#include "subjects/SubjectDetailDialog.h"
#include "widgets/ListPane.h"
#include "widgets/SearchField.h"
#include "widgets/SimpleTable.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {

const QByteArray AdminPassword = "flow-admin-pass";
const QByteArray DemoPassword = "CreditDesk-demo-2026";
const QString Company = QStringLiteral("启东市澄湖精密铸件有限公司");

template<typename T>
T* visibleTopLevel(const QString& objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible() && t->objectName() == objectName)
            return t;
    }
    return nullptr;
}

// The offscreen platform does not move activation to a newly shown dialog as a window manager would;
// shortcuts (Ctrl+S, Ctrl+F) go to the active window only.
void activate(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(QApplication::activeWindow(), window);
}

// Answers the next message box (a confirmation) with `button`.
void answerNextMessageBox(QObject* context, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, context, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

} // namespace

// The whole desk driven through its widgets, offscreen: an officer finds a subject by part of its
// Chinese name and drafts a case, a reviewer approves it from their work list, the credit check
// shows its measures, an objection accepted against the case suspends them there, and an idle desk locks and
// comes back for the same user with the typing kept.
class TestMainWindowFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void officerFindsSubjectAndDraftsCase();
    void reviewerApprovesFromWorkList();
    void creditCheckShowsTheCaseMeasures();
    void pushAndFeedbackThroughTheCaseView();
    void objectionSuspendsTheMeasuresInTheCheck();
    void idleDeskLocksAndComesBackForTheSameUser();

private:
    void signIn(const QString& user, const QByteArray& password);
    ListPane* pane(const QString& pageName) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DeskController> m_desk;
    qint64 m_company = 0;
    QString m_caseNumber;
    qint64 m_caseId = 0;
};

void TestMainWindowFlow::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindowFlow"));
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("flow.db"));
    Session::initialize(m_path, QStringLiteral("admin"), AdminPassword);
    {
        auto admin = Session::signIn(m_path, QStringLiteral("admin"), AdminPassword);
        DemoData::fill(*admin, 3);
    }
    // One company of our own with a serious penalty, so the test knows what it should find.
    auto officer = Session::signIn(m_path, QStringLiteral("officer"), DemoPassword);
    const QString first17 = QStringLiteral("91320681MA7Q8R9T2");
    m_company = SubjectService(*officer)
                    .add(SubjectKind::LegalPerson, first17 + usccCheckCharacter(first17), Company)
                    .id;
    CreditRecord r;
    r.subjectId = m_company;
    r.polarity = Polarity::Negative;
    r.category = QStringLiteral("行政处罚");
    r.severity = Severity::Serious;
    r.decisionNo = QStringLiteral("启市监罚〔2026〕9901号");
    r.decisionDate = QDate::currentDate().addDays(-20);
    r.departmentId = *OfficeRules(*officer).departmentId(QStringLiteral("市市场监管局"));
    RecordService(*officer).add(r);
}

void TestMainWindowFlow::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<QDialog*>(w);
            d && d->isVisible() && d->objectName() != QLatin1String("signInDialog"))
            d->close();
    }
}

void TestMainWindowFlow::signIn(const QString& user, const QByteArray& password)
{
    if (!m_desk) {
        m_desk = std::make_unique<DeskController>(m_path, user);
        m_desk->start();
    }
    QTRY_VERIFY(m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
    SignInDialog* dialog = m_desk->signInDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(user);
    QLineEdit* passwordField = dialog->findChild<QLineEdit*>(QStringLiteral("password"));
    passwordField->setFocus();
    QTest::keyClicks(passwordField, QString::fromUtf8(password));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(m_desk->window() && m_desk->window()->isVisible());
    QCOMPARE(m_desk->window()->session().user().name, user);
    activate(m_desk->window());
}

ListPane* TestMainWindowFlow::pane(const QString& pageName) const
{
    QWidget* page = m_desk->window()->findChild<QWidget*>(pageName);
    return page ? page->findChild<ListPane*>() : nullptr;
}

void TestMainWindowFlow::officerFindsSubjectAndDraftsCase()
{
    signIn(QStringLiteral("officer"), DemoPassword);
    MainWindow* window = m_desk->window();
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList pages;
    for (int i = 0; i < navigation->count(); ++i)
        pages << navigation->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(pages.first(), QStringLiteral("workPage"));
    for (const char* name :
        {"subjectsPage", "recordsPage", "casesPage", "checkPage", MainWindow::ObjectionsPage,
            MainWindow::RepairPage, MainWindow::ListsPage, MainWindow::SupervisionPage})
        QVERIFY2(pages.contains(QLatin1String(name)), name);
    QVERIFY(!pages.contains(QStringLiteral("adminPage"))); // an officer does not administer

    // Subjects, then Ctrl+F and part of the name in Chinese.
    navigation->setCurrentRow(int(pages.indexOf(QStringLiteral("subjectsPage"))));
    ListPane* subjects = pane(QStringLiteral("subjectsPage"));
    QVERIFY(subjects);
    QTRY_VERIFY(subjects->model()->rowCount() > 0);
    QTest::keySequence(window, QKeySequence::Find);
    QTRY_VERIFY(subjects->searchField()->hasFocus());
    test::typeText(subjects->searchField(), QStringLiteral("澄湖精密"));
    QTRY_COMPARE(subjects->model()->rowCount(), 1);
    QCOMPARE(subjects->model()->index(0, 0).data().toString(), Company);

    // Enter opens the subject.
    subjects->view()->setFocus();
    subjects->view()->setCurrentIndex(subjects->model()->index(0, 0));
    QTest::keyClick(subjects->view(), Qt::Key_Return);
    SubjectDetailDialog* detail = nullptr;
    QTRY_VERIFY((detail = visibleTopLevel<SubjectDetailDialog>(QStringLiteral("subjectDetail"))));
    QVERIFY(detail->findChild<QLabel*>(QStringLiteral("subjectIdentity"))->text().contains(Company));
    QCOMPARE(detail->findChild<SimpleTable*>(QStringLiteral("subjectRecords"))->rowCount(), 1);

    // Draft a case from the subject's record: the proposal is taken as it is, Ctrl+S saves.
    QTest::mouseClick(detail->findChild<QPushButton*>(QStringLiteral("subjectDraftCase")), Qt::LeftButton);
    DraftCaseDialog* draft = nullptr;
    QTRY_VERIFY((draft = visibleTopLevel<DraftCaseDialog>(QStringLiteral("draftCaseDialog"))));
    QVERIFY(draft->findChild<QComboBox*>(QStringLiteral("basisRecord"))
                ->currentText()
                .contains(QStringLiteral("9901")));
    QVERIFY2(draft->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled(),
        qPrintable(draft->findChild<QLabel*>(QStringLiteral("formMessage"))->text()));
    activate(draft);
    QTest::keySequence(draft, QKeySequence::Save);
    CaseDetailDialog* caseView = nullptr;
    QTRY_VERIFY2((caseView = visibleTopLevel<CaseDetailDialog>(QStringLiteral("caseDetail"))),
        qPrintable(draft->findChild<QLabel*>(QStringLiteral("formMessage"))->text()));
    QCOMPARE(caseView->currentCase().state, CaseState::Draft);
    QCOMPARE(caseView->currentCase().subjectId, m_company);
    QVERIFY(caseView->findChild<QLabel*>(QStringLiteral("caseHeader"))
                ->text()
                .contains(Cases::displayName(CaseState::Draft)));
    m_caseNumber = caseView->currentCase().number;
    m_caseId = caseView->currentCase().id;

    // An officer may not decide, and the disabled button says so.
    auto* approve = caseView->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(Roles::displayName(Role::Officer)), qPrintable(approve->toolTip()));
    // Esc closes the view.
    QTest::keyClick(caseView, Qt::Key_Escape);
    QTRY_VERIFY(!visibleTopLevel<CaseDetailDialog>(QStringLiteral("caseDetail")));
}

void TestMainWindowFlow::reviewerApprovesFromWorkList()
{
    QVERIFY(m_caseId > 0);
    emit m_desk->window()->signOutRequested();
    signIn(QStringLiteral("reviewer"), DemoPassword);
    MainWindow* window = m_desk->window();
    QCOMPARE(window->currentPage()->objectName(), QStringLiteral("workPage"));
    ListPane* waiting = window->currentPage()->findChild<ListPane*>(QStringLiteral("waitingCases"));
    QVERIFY(waiting);
    int row = -1;
    QTRY_VERIFY(waiting->model()->rowCount() > 0);
    for (int r = 0; r < waiting->model()->rowCount(); ++r) {
        if (waiting->model()->index(r, 0).data().toString() == m_caseNumber)
            row = r;
    }
    QVERIFY2(row >= 0, "the officer's draft waits for the reviewer");
    waiting->view()->setFocus();
    waiting->view()->setCurrentIndex(waiting->model()->index(row, 0));
    QTest::keyClick(waiting->view(), Qt::Key_Enter);
    CaseDetailDialog* caseView = nullptr;
    QTRY_VERIFY((caseView = visibleTopLevel<CaseDetailDialog>(QStringLiteral("caseDetail"))));
    auto* approve = caseView->findChild<QPushButton*>(QStringLiteral("approveButton"));
    auto* push = caseView->findChild<QPushButton*>(QStringLiteral("pushButton"));
    QVERIFY(approve->isEnabled());
    QVERIFY(!push->isEnabled());
    QVERIFY(push->toolTip().contains(Cases::displayName(CaseState::Draft)));
    answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(caseView->currentCase().state, CaseState::Approved);
    QVERIFY(!approve->isEnabled());
    QVERIFY(push->isEnabled());
    QVERIFY(caseView->findChild<QLabel*>(QStringLiteral("caseHeader"))
                ->text()
                .contains(QStringLiteral("reviewer")));
    // The work list no longer offers it.
    QTRY_VERIFY([&] {
        for (int r = 0; r < waiting->model()->rowCount(); ++r) {
            if (waiting->model()->index(r, 0).data().toString() == m_caseNumber)
                return false;
        }
        return true;
    }());
    auto reviewer = Session::signIn(m_path, QStringLiteral("supervisor"), DemoPassword);
    const Case stored = CaseService(*reviewer).get(m_caseId);
    QCOMPARE(stored.state, CaseState::Approved);
    QCOMPARE(stored.decidedBy, QStringLiteral("reviewer"));
}

void TestMainWindowFlow::creditCheckShowsTheCaseMeasures()
{
    QVERIFY(m_caseId > 0);
    MainWindow* window = m_desk->window();
    window->showPage(QStringLiteral("checkPage"));
    auto* page = qobject_cast<CheckPage*>(window->currentPage());
    QVERIFY(page);
    activate(window);
    QTest::keySequence(window, QKeySequence::Find);
    auto* query = page->findChild<QLineEdit*>(QStringLiteral("checkQuery"));
    QTRY_VERIFY(query->hasFocus());
    test::typeText(query, QStringLiteral("澄湖精密"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(page->results().size(), 1);
    auto* measures = page->findChild<SimpleTable*>(QStringLiteral("checkMeasures"));
    const Case c = page->results().isEmpty() ? Case() : CaseService(window->session()).get(m_caseId);
    const int selected = int(
        std::count_if(c.measures.begin(), c.measures.end(), [](const CaseMeasure& m) { return m.selected; }));
    QVERIFY(selected > 0);
    QCOMPARE(measures->rowCount(), selected);
    // Approved but not pushed: every measure is pending, and the reasons start at the record.
    for (int r = 0; r < measures->rowCount(); ++r) {
        QCOMPARE(measures->item(r, 0)->text(), m_caseNumber);
        QCOMPARE(measures->item(r, 6)->text(), CreditChecks::displayName(MeasureStatus::Pending));
        QVERIFY(measures->item(r, 7)->text().contains(QStringLiteral("启市监罚〔2026〕9901号")));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("check.pdf"));
    QVERIFY(page->exportPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

void TestMainWindowFlow::pushAndFeedbackThroughTheCaseView()
{
    QVERIFY(m_caseId > 0);
    // The reviewer pushes the approved case; a reviewer records no feedback, and says why.
    MainWindow* window = m_desk->window();
    QCOMPARE(window->session().user().name, QStringLiteral("reviewer"));
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("newRecordAction"))->isEnabled());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("newRecordAction"))->toolTip().isEmpty());
    window->openCase(m_caseId);
    CaseDetailDialog* caseView = nullptr;
    QTRY_VERIFY((caseView = visibleTopLevel<CaseDetailDialog>(QStringLiteral("caseDetail"))));
    QTest::mouseClick(caseView->findChild<QPushButton*>(QStringLiteral("pushButton")), Qt::LeftButton);
    QCOMPARE(caseView->currentCase().state, CaseState::Pushed);
    auto* tasks = caseView->findChild<SimpleTable*>(QStringLiteral("caseTasks"));
    QVERIFY(tasks->rowCount() > 0);
    QCOMPARE(tasks->rowCount(), int(caseView->currentCase().tasks.size()));
    tasks->selectRow(0);
    auto* respond = caseView->findChild<QPushButton*>(QStringLiteral("respondButton"));
    QVERIFY(!respond->isEnabled());
    QVERIFY(respond->toolTip().contains(Roles::displayName(Role::Reviewer)));
    caseView->close();

    // The officer takes the department's answer: acknowledged, then applied with its reference.
    emit window->signOutRequested();
    signIn(QStringLiteral("officer"), DemoPassword);
    m_desk->window()->openCase(m_caseId);
    QTRY_VERIFY((caseView = visibleTopLevel<CaseDetailDialog>(QStringLiteral("caseDetail"))));
    tasks = caseView->findChild<SimpleTable*>(QStringLiteral("caseTasks"));
    respond = caseView->findChild<QPushButton*>(QStringLiteral("respondButton"));
    auto* acknowledge = caseView->findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
    QVERIFY(!respond->isEnabled()); // nothing selected yet
    QVERIFY(!respond->toolTip().isEmpty());
    tasks->selectRow(0);
    QVERIFY(acknowledge->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QCOMPARE(tasks->item(0, 5)->text(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!acknowledge->isEnabled());
    QVERIFY(respond->isEnabled());
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog && dialog->objectName() == QLatin1String("feedbackDialog"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // applied needs its reference
        dialog->findChild<QLineEdit*>(QStringLiteral("reference"))
            ->setText(QStringLiteral("启发改〔2026〕12号"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::mouseClick(respond, Qt::LeftButton);
    QCOMPARE(tasks->item(0, 6)->text(), Cases::displayName(TaskResponse::Applied));
    QCOMPARE(tasks->item(0, 8)->text(), QStringLiteral("启发改〔2026〕12号"));
    QVERIFY(!respond->isEnabled());
    QVERIFY(respond->toolTip().contains(Cases::displayName(TaskResponse::Applied)));
    caseView->close();
}

void TestMainWindowFlow::objectionSuspendsTheMeasuresInTheCheck()
{
    QVERIFY(m_caseId > 0);
    // The officer takes the company's objection against the pushed case from the case view.
    MainWindow* window = m_desk->window();
    QCOMPARE(window->session().user().name, QStringLiteral("officer"));
    window->openCase(m_caseId);
    CaseDetailDialog* caseView = nullptr;
    QTRY_VERIFY((caseView = visibleTopLevel<CaseDetailDialog>(QStringLiteral("caseDetail"))));
    QTest::mouseClick(caseView->findChild<QPushButton*>(QStringLiteral("caseFileObjection")), Qt::LeftButton);
    FileObjectionDialog* form = nullptr;
    QTRY_VERIFY((form = caseView->findChild<FileObjectionDialog*>()) && form->isVisible());
    auto* description = form->findChild<QPlainTextEdit*>(QStringLiteral("objectionDescription"));
    description->setFocus();
    test::typeText(description, QStringLiteral("处罚决定已被复议撤销，请核查"));
    auto* save = form->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY2(save->isEnabled(), qPrintable(form->findChild<QLabel*>(QStringLiteral("formMessage"))->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!form || !form->isVisible());
    caseView->close();

    const QList<Objection> filed = ObjectionService(window->session()).forSubject(m_company);
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.first().state, ObjectionState::Filed);

    // It waits on the objections page; accepting it starts the verification and the suspension.
    window->showPage(QStringLiteral("objectionsPage"));
    auto* objections = qobject_cast<ObjectionsPage*>(window->currentPage());
    QVERIFY(objections);
    const auto& listed = objections->objections();
    QVERIFY(std::any_of(
        listed.begin(), listed.end(), [&](const Objection& o) { return o.id == filed.first().id; }));
    ObjectionDetailDialog* detail = objections->openObjection(filed.first().id);
    QVERIFY(detail);
    auto* accept = detail->findChild<QPushButton*>(QStringLiteral("acceptButton"));
    QVERIFY2(accept->isEnabled(), qPrintable(accept->toolTip()));
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog && dialog->objectName() == QLatin1String("decisionDialog"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE(ObjectionService(window->session()).get(filed.first().id).state, ObjectionState::Accepted);
    QVERIFY(!accept->isEnabled());
    detail->close();

    // The credit check screen no longer shows the case's measures in force: they are suspended,
    // and the reason chain says by which objection.
    window->showPage(QStringLiteral("checkPage"));
    auto* page = qobject_cast<CheckPage*>(window->currentPage());
    QVERIFY(page);
    auto* query = page->findChild<QLineEdit*>(QStringLiteral("checkQuery"));
    query->clear();
    query->setFocus();
    test::typeText(query, QStringLiteral("澄湖精密"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(page->results().size(), 1);
    auto* measures = page->findChild<SimpleTable*>(QStringLiteral("checkMeasures"));
    QVERIFY(measures->rowCount() > 0);
    for (int r = 0; r < measures->rowCount(); ++r) {
        QCOMPARE(measures->item(r, 0)->text(), m_caseNumber);
        QCOMPARE(measures->item(r, 6)->text(), CreditChecks::displayName(MeasureStatus::Suspended));
        QVERIFY2(measures->item(r, 7)->text().contains(filed.first().number),
            qPrintable(measures->item(r, 7)->text()));
    }
}

void TestMainWindowFlow::idleDeskLocksAndComesBackForTheSameUser()
{
    MainWindow* window = m_desk->window();
    if (window->session().user().name != QLatin1String("officer")) {
        emit window->signOutRequested();
        signIn(QStringLiteral("officer"), DemoPassword);
        window = m_desk->window();
    }
    window->showPage(QStringLiteral("casesPage"));
    window->findChild<QAction*>(QStringLiteral("newRecordAction"))->trigger();
    NewRecordDialog* form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<NewRecordDialog>(QStringLiteral("newRecordDialog"))));
    auto* decisionNo = form->findChild<QLineEdit*>(QStringLiteral("decisionNo"));
    decisionNo->setFocus();
    test::typeText(decisionNo, QStringLiteral("启市监罚〔2026〕955号"));

    QPointer<MainWindow> locked = window;
    window->setAutoLockInterval(150);
    // The clerk pressed Esc and walked away from the "save before closing?" question: the lock
    // closes the question as Cancel would, and the form is kept rather than lost.
    activate(form);
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!locked); // the window, and with it the session and its key, is gone
    QTRY_VERIFY(m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
    QVERIFY(m_desk->signInDialog()->findChild<QLabel*>(QStringLiteral("signInNotice"))->isVisible());
    QVERIFY(!visibleTopLevel<NewRecordDialog>(QStringLiteral("newRecordDialog")));
    QCOMPARE(m_desk->signInDialog()->findChild<QLineEdit*>(QStringLiteral("userName"))->text(),
        QStringLiteral("officer"));

    signIn(QStringLiteral("officer"), DemoPassword);
    QCOMPARE(m_desk->window()->currentPage()->objectName(), QStringLiteral("casesPage"));
    QTRY_VERIFY((form = visibleTopLevel<NewRecordDialog>(QStringLiteral("newRecordDialog"))));
    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("decisionNo"))->text(),
        QStringLiteral("启市监罚〔2026〕955号"));
    QVERIFY(form->isDirty());

    // Another user after a lock gets a window of their own, without the officer's typing.
    m_desk->window()->setAutoLockInterval(150);
    QTRY_VERIFY(m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
    signIn(QStringLiteral("officer2"), DemoPassword);
    QVERIFY(!visibleTopLevel<NewRecordDialog>(QStringLiteral("newRecordDialog")));
    QCOMPARE(m_desk->window()->currentPage()->objectName(), QStringLiteral("workPage"));
}

QTEST_MAIN(TestMainWindowFlow)
#include "TestMainWindowFlow.moc"
