#include "CoreError.h"
#include "exchange/ImportDialog.h"
#include "lists/ListsPage.h"
#include "lists/ProposeListEntryDialog.h"
#include "main/MainWindow.h"
#include "objections/DecisionDialog.h"
#include "objections/FileObjectionDialog.h"
#include "objections/ObjectionDetailDialog.h"
#include "objections/ObjectionsPage.h"
#include "repairs/ApplyRepairDialog.h"
#include "repairs/RepairDetailDialog.h"
#include "repairs/RepairsPage.h"
#include "services/CheckService.h"
#include "services/ListService.h"
#include "services/RecordService.h"
#include "supervision/SupervisionPage.h"
#include "util/Office.h"
#include "widgets/LongTask.h"
#include "widgets/SimpleTable.h"
#include "widgets/SubjectPicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <stdexcept>

using namespace cd;
using cd::test::Office;

namespace {

// A decision dialog runs its own event loop (exec); this fills it in once it is up, as a clerk would.
void whenDecisionDialogOpens(QObject* context, std::function<void(DecisionDialog*)> fill)
{
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, fill] {
        auto* dialog = qobject_cast<DecisionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
    });
    timer->start();
}

MeasureStatus statusOf(Session& s, qint64 subject, qint64 caseId)
{
    for (const MeasureCheck& m : CheckService(s).check(subject, QDate::currentDate()).measures) {
        if (m.caseId == caseId)
            return m.status;
    }
    throw std::runtime_error("no measure of the case in the check");
}

} // namespace

// The 异议, 信用修复 and 红黑名单 pages and the import dialog, driven through their widgets.
class TestProtectionPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void objectionIsFiledAcceptedAndDecidedThroughThePage();
    void repairMaterialsAreTickedAndAnotherPersonDecides();
    void listEntryIsProposedApprovedAndRevoked();
    void importShowsTheResultAndSavesTheErrors();
    void cancellingTheImportKeepsNothing();
    void theWindowHasTheRealPages();

private:
    std::unique_ptr<Office> m_office;
    qint64 m_company = 0;
    qint64 m_record = 0;
};

void TestProtectionPages::init()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_office = std::make_unique<Office>();
    m_company = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    m_record = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
}

void TestProtectionPages::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
    m_office.reset();
}

void TestProtectionPages::objectionIsFiledAcceptedAndDecidedThroughThePage()
{
    const QDate today = QDate::currentDate();
    const Case c = m_office->sanction(
        m_company, m_record, 0, QDate(2026, 3, 10), today.addYears(2), QDate(2026, 3, 10));
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(statusOf(*officer, m_company, c.id), MeasureStatus::InForce);

    ObjectionsPage page(*officer);
    QAbstractItemModelTester tester(
        page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QCOMPARE(page.table()->rowCount(), 0);
    auto* fileButton = page.findChild<QPushButton*>(QStringLiteral("fileObjectionButton"));
    QVERIFY(fileButton->isEnabled());

    page.fileObjection(m_company);
    auto* form = page.findChild<FileObjectionDialog*>();
    QVERIFY(form);
    auto* target = form->findChild<QComboBox*>(QStringLiteral("objectionTarget"));
    // The record first, then the case resting on it.
    QVERIFY(target->count() >= 2);
    QVERIFY(target->itemText(0).contains(QStringLiteral("启市监罚〔2026〕18号")));
    QVERIFY(!form->save()); // no description yet
    form->findChild<QPlainTextEdit*>(QStringLiteral("objectionDescription"))
        ->setPlainText(QStringLiteral("处罚决定已被复议撤销"));
    QVERIFY(form->save());

    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.objections().first().state, ObjectionState::Filed);
    auto* detail = page.findChild<ObjectionDetailDialog*>();
    QVERIFY(detail);
    auto* accept = detail->findChild<QPushButton*>(QStringLiteral("acceptButton"));
    auto* decide = detail->findChild<QPushButton*>(QStringLiteral("decideButton"));
    QVERIFY(accept->isEnabled());
    QVERIFY(!decide->isEnabled());
    QVERIFY2(decide->toolTip().contains(QStringLiteral("Not permitted")), qPrintable(decide->toolTip()));

    whenDecisionDialogOpens(this, [](DecisionDialog* d) { d->accept(); });
    accept->click();
    QCOMPARE(detail->objection().state, ObjectionState::Accepted);
    QVERIFY(!accept->isEnabled());
    const QString header = detail->findChild<QLabel*>(QStringLiteral("objectionHeader"))->text();
    QVERIFY2(header.contains(QStringLiteral("suspended since %1").arg(today.toString(Qt::ISODate))),
        qPrintable(header));
    QVERIFY(detail->findChild<SimpleTable*>(QStringLiteral("objectionNotices"))->rowCount() > 0);
    // While verification runs the credit check does not show the measures in force.
    QCOMPARE(statusOf(*officer, m_company, c.id), MeasureStatus::Suspended);
    QCOMPARE(page.table()->item(0, 3)->text(), Objections::displayName(ObjectionState::Accepted));
    // Accepted today, so its verification is not overdue yet.
    auto* filter = page.findChild<QComboBox*>(QStringLiteral("filter"));
    filter->setCurrentIndex(1);
    QCOMPARE(page.table()->rowCount(), 0);
    filter->setCurrentIndex(2);
    QCOMPARE(page.table()->rowCount(), 1);
    filter->setCurrentIndex(0);
    detail->close();

    // Another person, a reviewer, decides.
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    ObjectionsPage reviewerPage(*reviewer);
    QVERIFY(!reviewerPage.findChild<QPushButton*>(QStringLiteral("fileObjectionButton"))->isEnabled());
    QCOMPARE(reviewerPage.table()->rowCount(), 1);
    // Enter opens the row, as on every list.
    reviewerPage.show();
    QApplication::setActiveWindow(&reviewerPage);
    reviewerPage.table()->selectRow(0);
    reviewerPage.table()->setFocus();
    QTest::keyClick(reviewerPage.table(), Qt::Key_Return);
    ObjectionDetailDialog* view = nullptr;
    QTRY_VERIFY((view = reviewerPage.findChild<ObjectionDetailDialog*>()));
    QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("acceptButton"))->isEnabled());
    auto* reviewerDecide = view->findChild<QPushButton*>(QStringLiteral("decideButton"));
    QVERIFY(reviewerDecide->isEnabled());
    whenDecisionDialogOpens(this, [](DecisionDialog* d) {
        d->findChild<QRadioButton*>(QStringLiteral("decisionChoice2"))->setChecked(true);
        d->findChild<QPlainTextEdit*>(QStringLiteral("decisionReason"))
            ->setPlainText(QStringLiteral("复议维持原处罚"));
        d->accept();
    });
    reviewerDecide->click();
    QCOMPARE(view->objection().state, ObjectionState::Decided);
    QVERIFY(view->objection().outcome == ObjectionOutcome::InformationRight);
    QCOMPARE(statusOf(*reviewer, m_company, c.id), MeasureStatus::InForce);
    // Decided objections leave the open list.
    QCOMPARE(reviewerPage.table()->rowCount(), 0);
    view->close();
}

void TestProtectionPages::repairMaterialsAreTickedAndAnotherPersonDecides()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    RepairsPage page(*officer);
    QAbstractItemModelTester tester(
        page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.applyForRepair(m_company);
    auto* form = page.findChild<ApplyRepairDialog*>();
    QVERIFY(form);
    QVERIFY(form->findChild<QComboBox*>(QStringLiteral("repairTarget"))->count() >= 1);
    QVERIFY(form->save());
    QCOMPARE(page.table()->rowCount(), 1);

    RepairDetailDialog* detail = page.findChild<RepairDetailDialog*>();
    QVERIFY(detail);
    auto* approve = detail->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY(!approve->isEnabled());
    const RepairApplication taken = detail->application();
    QVERIFY(!taken.required.isEmpty());
    QVERIFY(!detail->checkBox(RepairMaterial::Training)->isVisibleTo(detail)); // a company
    for (RepairMaterial m : taken.required) {
        QCheckBox* box = detail->checkBox(m);
        QVERIFY(box->isEnabled());
        box->click();
        QVERIFY(box->isChecked());
        QVERIFY(!box->isEnabled()); // a receipt is not taken back
    }
    QVERIFY(detail->application().missing().isEmpty());
    QVERIFY(detail->application().decisionDue.isValid());
    QVERIFY(detail->findChild<QLabel*>(QStringLiteral("repairHeader"))
                ->text()
                .contains(QStringLiteral("Decision due")));
    detail->close();

    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    RepairsPage reviewerPage(*reviewer);
    RepairDetailDialog* view = reviewerPage.openApplication(taken.id);
    auto* reviewerApprove = view->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY2(reviewerApprove->isEnabled(), qPrintable(reviewerApprove->toolTip()));
    whenDecisionDialogOpens(this, [](DecisionDialog* d) {
        d->findChild<QPlainTextEdit*>(QStringLiteral("decisionReason"))
            ->setPlainText(QStringLiteral("已履行全部义务"));
        d->accept();
    });
    reviewerApprove->click();
    QCOMPARE(view->application().state, RepairState::Approved);
    QCOMPARE(reviewerPage.table()->rowCount(), 0);
    view->close();
}

void TestProtectionPages::listEntryIsProposedApprovedAndRevoked()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    ListsPage page(*officer);
    QAbstractItemModelTester tester(
        page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.propose();
    auto* form = page.findChild<ProposeListEntryDialog*>();
    QVERIFY(form);
    form->findChild<SubjectPicker*>()->setSubject(m_company);
    form->findChild<QComboBox*>(QStringLiteral("domain"))->setCurrentText(QStringLiteral("产品质量"));
    form->findChild<QLineEdit*>(QStringLiteral("basis"))->setText(QStringLiteral("启市监认〔2026〕3号"));
    auto* department = form->findChild<QComboBox*>(QStringLiteral("department"));
    department->setCurrentIndex(department->findText(QStringLiteral("市市场监管局")));
    form->findChild<QLineEdit*>(QStringLiteral("entryDate"))->setText(QStringLiteral("2026-04-01"));
    QVERIFY(form->save());

    // The new domain is offered in the filter.
    QVERIFY(
        page.findChild<QComboBox*>(QStringLiteral("domainFilter"))->findText(QStringLiteral("产品质量")) > 0);
    // The officer sees the proposal waiting, and may not approve it.
    QCOMPARE(page.table()->rowCount(), 1);
    page.table()->selectRow(0);
    auto* approve = page.findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY(!approve->isEnabled());
    QVERIFY(approve->toolTip().contains(QStringLiteral("Not permitted")));

    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    ListsPage reviewerPage(*reviewer);
    reviewerPage.showList(ListKind::Black, ListsPage::View::AwaitingApproval);
    QCOMPARE(reviewerPage.table()->rowCount(), 1);
    reviewerPage.table()->selectRow(0);
    auto* reviewerApprove = reviewerPage.findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY2(reviewerApprove->isEnabled(), qPrintable(reviewerApprove->toolTip()));
    reviewerApprove->click();
    QCOMPARE(reviewerPage.table()->rowCount(), 0);

    reviewerPage.showList(
        ListKind::Black, ListsPage::View::ListedOn, QDate::currentDate(), QStringLiteral("产品质量"));
    QCOMPARE(reviewerPage.table()->rowCount(), 1);
    reviewerPage.showList(ListKind::Black, ListsPage::View::ListedOn, QDate(2026, 3, 31));
    QCOMPARE(reviewerPage.table()->rowCount(), 0); // not yet on the list then
    reviewerPage.showList(ListKind::Red, ListsPage::View::ListedOn);
    QCOMPARE(reviewerPage.table()->rowCount(), 0);

    reviewerPage.showList(ListKind::Black, ListsPage::View::ListedOn);
    reviewerPage.table()->selectRow(0);
    auto* revoke = reviewerPage.findChild<QPushButton*>(QStringLiteral("revokeButton"));
    QVERIFY(revoke->isEnabled());
    whenDecisionDialogOpens(this, [](DecisionDialog* d) {
        d->findChild<QPlainTextEdit*>(QStringLiteral("decisionReason"))
            ->setPlainText(QStringLiteral("认定文书已撤销"));
        d->accept();
    });
    revoke->click();
    QCOMPARE(reviewerPage.table()->rowCount(), 0);
}

void TestProtectionPages::importShowsTheResultAndSavesTheErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("penalties.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString row
            = QStringLiteral("%1,%2,%3,无照经营,未取得营业执照,《无证无照经营查处办法》第十三条,罚款,"
                             "罚款5000元,%4,市市场监管局,市市场监管局\n");
        f.write(QStringLiteral(
            "行政相对人名称,统一社会信用代码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,"
            "处罚类别,处罚内容,处罚决定日期,处罚机关,数据来源单位\n")
                    .toUtf8());
        f.write(row.arg(QStringLiteral("启东市华信建材有限公司"), Office::uscc(QStringLiteral("MA1X2Y3W4")),
                       QStringLiteral("启市监罚〔2026〕77号"), QStringLiteral("2026-05-06"))
                    .toUtf8());
        f.write(row.arg(QStringLiteral("启东市华信建材有限公司"), Office::uscc(QStringLiteral("MA1X2Y3W4")),
                       QStringLiteral("启市监罚〔2026〕78号"), QStringLiteral("明天"))
                    .toUtf8());
    }
    auto officer = m_office->as(QStringLiteral("officer"));
    ImportDialog dialog(*officer);
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveErrorsButton"));
    QVERIFY(!save->isEnabled());
    dialog.setFile(path);
    dialog.setKind(ImportDialog::Kind::Records);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QVERIFY(dialog.runImport());
    QCOMPARE(imported.count(), 1);
    QCOMPARE(dialog.result().imported, 1);
    QCOMPARE(dialog.result().rejected.size(), 1);
    const QString outcome = dialog.findChild<QLabel*>(QStringLiteral("importOutcome"))->text();
    QVERIFY2(outcome.contains(QStringLiteral("Imported 1, rejected 1")), qPrintable(outcome));
    QVERIFY(save->isEnabled());
    const QString report = dir.filePath(QStringLiteral("rejected.xlsx"));
    dialog.saveErrorReport(report);
    QVERIFY(QFile::exists(report));

    // A missing file is said, not thrown.
    dialog.setFile(dir.filePath(QStringLiteral("nothing.csv")));
    QVERIFY(!dialog.runImport());
}

void TestProtectionPages::cancellingTheImportKeepsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
            "行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚决定日期,处罚机关\n")
                    .toUtf8());
        for (int i = 1; i <= 2500; ++i)
            f.write(QStringLiteral(
                "启东市华信建材有限公司,%1,启市监罚〔2026〕%2号,罚款,2026-05-06,市市场监管局\n")
                        .arg(Office::uscc(QStringLiteral("MA1X2Y3W4")))
                        .arg(1000 + i)
                        .toUtf8());
    }
    auto officer = m_office->as(QStringLiteral("officer"));
    const int before = int(RecordService(*officer).forSubject(m_company).size());
    ImportDialog dialog(*officer);
    dialog.setFile(path);
    // The clerk presses Cancel while the worker reads; it goes on once it has seen the cancel.
    LongTask::setProgressHookForTests([&dialog](const LongTask::Context& context) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog] {
                if (auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("longTaskCancel")))
                    cancel->click();
            },
            Qt::QueuedConnection);
        while (!context.cancelled())
            QThread::msleep(5);
    });
    const bool imported = dialog.runImport();
    LongTask::setProgressHookForTests({});
    QVERIFY(!imported);
    const QString outcome = dialog.findChild<QLabel*>(QStringLiteral("importOutcome"))->text();
    QVERIFY2(outcome.contains(QStringLiteral("cancelled")), qPrintable(outcome));
    QCOMPARE(int(RecordService(*officer).forSubject(m_company).size()), before);
}

void TestProtectionPages::theWindowHasTheRealPages()
{
    MainWindow window(m_office->as(QStringLiteral("officer")));
    QVERIFY(window.findChild<ObjectionsPage*>(QLatin1String(MainWindow::ObjectionsPage)));
    QVERIFY(window.findChild<RepairsPage*>(QLatin1String(MainWindow::RepairPage)));
    QVERIFY(window.findChild<ListsPage*>(QLatin1String(MainWindow::ListsPage)));
    QVERIFY(window.findChild<QWidget*>(QLatin1String(MainWindow::SupervisionPage))
                ->findChild<SupervisionPage*>());
    QVERIFY2(window.minimumSizeHint().width() < 1280,
        qPrintable(QString::number(window.minimumSizeHint().width())));
    // The pages share the window's minimum width; none may push it past a small screen.
    for (const char* name : {MainWindow::ObjectionsPage, MainWindow::RepairPage, MainWindow::ListsPage}) {
        QWidget* page = window.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(page->minimumSizeHint().width() < 900, name);
    }
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(importAction && importAction->isEnabled());
}

QTEST_MAIN(TestProtectionPages)
#include "TestProtectionPages.moc"
