#include "cases/CaseDetailDialog.h"
#include "objections/FileObjectionDialog.h"
#include "services/ImportService.h"
#include "services/ListService.h"
#include "services/ObjectionService.h"
#include "services/RepairService.h"
#include "subjects/SubjectDetailDialog.h"
#include "util/Office.h"
#include "widgets/SimpleTable.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

QString cell(SimpleTable* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

// The subject view's list, objection and repair tabs, and who may file from it.
class TestSubjectView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tabsShowTheListEntryObjectionAndRepair();
    void onlyAnOfficerMayFileFromTheSubject();
    void caseViewFilesAnObjectionOnTheCase();
    void licencesTabShowsImportedLicences();

private:
    std::unique_ptr<Office> m_office;
    qint64 m_company = 0;
    qint64 m_record = 0;
    ListEntry m_entry;
    Objection m_objection;
    RepairApplication m_repair;
};

void TestSubjectView::init()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_office = std::make_unique<Office>();
    m_company = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    m_record = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
    const QDate today = QDate::currentDate();
    auto officer = m_office->as(QStringLiteral("officer"));

    ListProposal p;
    p.subjectId = m_company;
    p.kind = ListKind::Black;
    p.domain = QStringLiteral("产品质量");
    p.basis = QStringLiteral("启市监认〔2026〕3号");
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.entryDate = today.addMonths(-2);
    p.plannedExit = today.addYears(1);
    const ListEntry proposed = ListService(*officer).propose(p);
    m_entry = ListService(*m_office->as(QStringLiteral("reviewer"))).approve(proposed.id);

    ObjectionService objections(*officer);
    m_objection
        = objections.file(ObjectionTarget::ListEntry, m_entry.id, QStringLiteral("认定依据已被撤销"), today);
    m_objection = objections.accept(m_objection.id, today);

    m_repair = RepairService(*officer).apply(RepairTarget::Record, m_record, today);
}

void TestSubjectView::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
    m_office.reset();
}

void TestSubjectView::tabsShowTheListEntryObjectionAndRepair()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    SubjectDetailDialog view(*officer, m_company);
    view.show();
    auto* tabs = view.findChild<QTabWidget*>();
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QVERIFY(titles.contains(QStringLiteral("Lists")));
    QVERIFY(titles.contains(QStringLiteral("Objections")));
    QVERIFY(titles.contains(QStringLiteral("Repairs")));

    auto* lists = view.findChild<SimpleTable*>(QStringLiteral("subjectLists"));
    QCOMPARE(lists->rowCount(), 1);
    QCOMPARE(cell(lists, 0, 0), m_entry.number);
    QCOMPARE(cell(lists, 0, 1), ListEntries::displayName(ListKind::Black));
    QCOMPARE(cell(lists, 0, 3), QStringLiteral("listed"));

    auto* objections = view.findChild<SimpleTable*>(QStringLiteral("subjectObjections"));
    QCOMPARE(objections->rowCount(), 1);
    QCOMPARE(cell(objections, 0, 0), m_objection.number);
    QCOMPARE(cell(objections, 0, 1), Objections::displayName(ObjectionTarget::ListEntry));
    QCOMPARE(cell(objections, 0, 2), Objections::displayName(ObjectionState::Accepted));
    QVERIFY(m_objection.verificationDue.isValid());
    QCOMPARE(cell(objections, 0, 3), m_objection.verificationDue.toString(Qt::ISODate));
    // Verification still runs, so the suspension has a start and no end.
    QVERIFY(cell(objections, 0, 4).contains(QDate::currentDate().toString(Qt::ISODate)));

    auto* repairs = view.findChild<SimpleTable*>(QStringLiteral("subjectRepairs"));
    QCOMPARE(repairs->rowCount(), 1);
    QCOMPARE(cell(repairs, 0, 0), m_repair.number);
    QCOMPARE(cell(repairs, 0, 1), Repairs::displayName(RepairTarget::Record));
    QCOMPARE(cell(repairs, 0, 2), Repairs::displayName(RepairState::Submitted));
    // Nothing received yet: every required material is missing.
    QVERIFY(!m_repair.missing().isEmpty());
    QVERIFY(cell(repairs, 0, 3).contains(Repairs::displayName(m_repair.missing().first())));
}

void TestSubjectView::onlyAnOfficerMayFileFromTheSubject()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    SubjectDetailDialog officerView(*officer, m_company);
    auto* file = officerView.findChild<QPushButton*>(QStringLiteral("subjectFileObjection"));
    auto* repair = officerView.findChild<QPushButton*>(QStringLiteral("subjectApplyRepair"));
    QVERIFY(file && repair);
    QVERIFY(file->isEnabled());
    QVERIFY(repair->isEnabled());
    QSignalSpy filed(&officerView, &SubjectDetailDialog::fileObjection);
    QSignalSpy applied(&officerView, &SubjectDetailDialog::applyForRepair);
    file->click();
    repair->click();
    QCOMPARE(filed.count(), 1);
    QCOMPARE(filed.first().first().toLongLong(), m_company);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toLongLong(), m_company);

    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    SubjectDetailDialog supervisorView(*supervisor, m_company);
    file = supervisorView.findChild<QPushButton*>(QStringLiteral("subjectFileObjection"));
    repair = supervisorView.findChild<QPushButton*>(QStringLiteral("subjectApplyRepair"));
    QVERIFY(!file->isEnabled());
    QVERIFY(file->toolTip().contains(QStringLiteral("Not permitted")));
    QVERIFY(!repair->isEnabled());
    QVERIFY(repair->toolTip().contains(QStringLiteral("Not permitted")));
    // A supervisor still reads the tabs.
    QCOMPARE(supervisorView.findChild<SimpleTable*>(QStringLiteral("subjectObjections"))->rowCount(), 1);
}

void TestSubjectView::caseViewFilesAnObjectionOnTheCase()
{
    const QDate today = QDate::currentDate();
    const Case c = m_office->sanction(
        m_company, m_record, 0, QDate(2026, 3, 10), today.addYears(2), QDate(2026, 3, 10));
    auto officer = m_office->as(QStringLiteral("officer"));
    CaseDetailDialog view(*officer, c.id);
    view.show();
    auto* file = view.findChild<QPushButton*>(QStringLiteral("caseFileObjection"));
    QVERIFY(file);
    QVERIFY(file->isEnabled());
    file->click();
    auto* form = view.findChild<FileObjectionDialog*>();
    QVERIFY(form);
    auto* target = form->findChild<QComboBox*>(QStringLiteral("objectionTarget"));
    QVERIFY(target->currentText().contains(c.number));

    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    CaseDetailDialog supervisorView(*supervisor, c.id);
    file = supervisorView.findChild<QPushButton*>(QStringLiteral("caseFileObjection"));
    QVERIFY(!file->isEnabled());
    QVERIFY(file->toolTip().contains(QStringLiteral("Not permitted")));
}

void TestSubjectView::licencesTabShowsImportedLicences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("licences.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QString code = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    const QString decided = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    f.write(QStringLiteral("统一社会信用代码,行政许可决定文书号,许可证书名称,许可类别,许可决定日期,有效期至,"
                           "许可机关,当前状态,公示日期\n"
                           "%1,启审批许〔L〕1号,食品经营许可证,普通,%2,长期,市市场监管局,有效,%2\n"
                           "%1,启审批许〔L〕2号,小餐饮登记证,登记,%2,,市市场监管局,无效,%2\n")
                .arg(code, decided)
                .toUtf8());
    f.close();
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(ImportService(*officer).importLicences(path, {}).imported, 2);

    SubjectDetailDialog view(*officer, m_company);
    view.show();
    auto* licences = view.findChild<SimpleTable*>(QStringLiteral("subjectLicences"));
    QVERIFY(licences);
    QCOMPARE(licences->rowCount(), 2);
    QStringList rows;
    for (int row = 0; row < 2; ++row)
        rows << cell(licences, row, 1) + QLatin1Char('|') + cell(licences, row, 2) + QLatin1Char('|')
                + cell(licences, row, 4) + QLatin1Char('|') + cell(licences, row, 6);
    rows.sort();
    QCOMPARE(rows,
        (QStringList {QStringLiteral("启审批许〔L〕1号|食品经营许可证|without end|valid, public now"),
            QStringLiteral("启审批许〔L〕2号|小餐饮登记证|without end|revoked (无效)")}));
    // Nothing in the credit records tab: a licence is not a credit record.
    auto* records = view.findChild<SimpleTable*>(QStringLiteral("subjectRecords"));
    QCOMPARE(records->rowCount(), 1);
}

QTEST_MAIN(TestSubjectView)
#include "TestSubjectView.moc"
