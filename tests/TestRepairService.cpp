#include "CoreError.h"
#include "services/CheckService.h"
#include "services/ListService.h"
#include "services/RecordService.h"
#include "services/RepairService.h"
#include "services/Settings.h"
#include "util/Office.h"

#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

QString refusalOf(const std::function<void()>& f, ErrorKind expected = ErrorKind::InvalidInput)
{
    try {
        f();
    } catch (const CoreError& e) {
        return e.kind() == expected ? e.message() : QStringLiteral("unexpected kind: ") + e.message();
    }
    return {};
}

MeasureStatus statusOf(Session& s, qint64 subject, qint64 caseId, const QDate& asOf)
{
    for (const MeasureCheck& m : CheckService(s).check(subject, asOf).measures) {
        if (m.caseId == caseId)
            return m.status;
    }
    throw std::runtime_error("no measure of the case in the check");
}

} // namespace

// 信用修复 (§17): the conditions of the rule set in force, the materials checklist, four eyes, the
// time limit, and what an approval ends.
class TestRepairService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedBeforeTheMinimumPeriodWithTheRuleNamed();
    void specificSeriousAndEndedPublicationAreRefused();
    void approvalNeedsEveryMaterialAndAnotherPerson();
    void approvalLiftsTheMeasuresAndEndsPublication();
    void repairOfABlackListEntryEndsTheMembership();
    void rejectionNeedsAReasonAndAllowsANewApplication();
    void repeatApplicantsCanBeBarred();
    void officeListPutsSubmittedFirst();

private:
    RepairApplication complete(Session& officer, const RepairApplication& a, const QDate& on);

    std::unique_ptr<Office> m_office;
    qint64 m_company = 0;
    qint64 m_record = 0; // serious, decided 2026-03-02 under the 2019 rules: repairable from 2026-09-02
};

void TestRepairService::init()
{
    m_office = std::make_unique<Office>();
    m_company = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    m_record = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
}

void TestRepairService::cleanup()
{
    m_office.reset();
}

RepairApplication TestRepairService::complete(Session& officer, const RepairApplication& a, const QDate& on)
{
    RepairService repairs(officer);
    RepairApplication r = a;
    for (RepairMaterial m : a.required)
        r = repairs.receive(a.id, m, on);
    return r;
}

void TestRepairService::refusedBeforeTheMinimumPeriodWithTheRuleNamed()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    RepairService repairs(*officer);
    const QString why = refusalOf([&] { repairs.apply(RepairTarget::Record, m_record, QDate(2026, 9, 1)); });
    QVERIFY2(why.contains(QStringLiteral("2026-09-02")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("527")), qPrintable(why)); // 发改办财金〔2019〕527号
    const RepairApplication a = repairs.apply(RepairTarget::Record, m_record, QDate(2026, 9, 2));
    QCOMPARE(a.state, RepairState::Submitted);
    QCOMPARE(a.number, QStringLiteral("修复〔2026〕0001号"));
    // One open application per record.
    QVERIFY(refusalOf([&] {
        repairs.apply(RepairTarget::Record, m_record, QDate(2026, 9, 3));
    }).contains(QStringLiteral("still open")));
}

void TestRepairService::specificSeriousAndEndedPublicationAreRefused()
{
    const qint64 specific = m_office->addRecord(m_company, QStringLiteral("启市监罚〔2025〕4号"),
        Severity::Serious, QDate(2025, 1, 6), QStringLiteral("市市场监管局"), true);
    const qint64 old = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2024〕9号"), Severity::General, QDate(2024, 1, 10));
    auto officer = m_office->as(QStringLiteral("officer"));
    RepairService repairs(*officer);
    const QString why = refusalOf([&] { repairs.apply(RepairTarget::Record, specific, QDate(2026, 11, 2)); });
    QVERIFY2(why.contains(QStringLiteral("specific serious")) && why.contains(QStringLiteral("527")),
        qPrintable(why));
    // General, 2019 rules: published at most one year, to 2025-01-10.
    const QString ended = refusalOf([&] { repairs.apply(RepairTarget::Record, old, QDate(2025, 6, 2)); });
    QVERIFY2(ended.contains(QStringLiteral("ended by itself on 2025-01-10")), qPrintable(ended));
    QCOMPARE(repairs.refusal(RepairTarget::Record, old, QDate(2024, 6, 3)), QString());
}

void TestRepairService::approvalNeedsEveryMaterialAndAnotherPerson()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    RepairService repairs(*officer);
    RepairApplication a = repairs.apply(RepairTarget::Record, m_record, QDate(2026, 9, 29));
    QCOMPARE(a.required.size(), 3); // an organisation: no training asked
    a = repairs.receive(a.id, RepairMaterial::Application, QDate(2026, 9, 29));
    QVERIFY(refusalOf([&] {
        repairs.receive(a.id, RepairMaterial::Training, QDate(2026, 9, 29));
    }).startsWith(QStringLiteral("material:")));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    const QString missing = refusalOf(
        [&] { RepairService(*reviewer).approve(a.id, QStringLiteral("ok"), QDate(2026, 9, 30)); });
    QVERIFY2(missing.contains(QStringLiteral("missing")), qPrintable(missing));
    QVERIFY(!a.decisionDue.isValid());
    a = repairs.receive(a.id, RepairMaterial::Fulfilment, QDate(2026, 9, 29));
    a = repairs.receive(a.id, RepairMaterial::Commitment, QDate(2026, 9, 30));
    // Complete on 30 September: ten working days across National Day are due on 20 October.
    QCOMPARE(a.materialsCompleteOn, QDate(2026, 9, 30));
    QCOMPARE(a.decisionDue, QDate(2026, 10, 20));
    QVERIFY(a.decisionOverdue(QDate(2026, 10, 21)));
    QVERIFY(!refusalOf(
        [&] { repairs.approve(a.id, QStringLiteral("ok"), QDate(2026, 10, 9)); }, ErrorKind::NotPermitted)
                 .isEmpty());

    // A person must also show training or public service.
    const qint64 person
        = m_office->addPerson(QStringLiteral("19800101"), QStringLiteral("123"), QStringLiteral("张三"));
    const qint64 record = m_office->addRecord(
        person, QStringLiteral("启市监罚〔2026〕30号"), Severity::General, QDate(2026, 1, 5));
    const RepairApplication p = repairs.apply(RepairTarget::Record, record, QDate(2026, 7, 6));
    QVERIFY(p.required.contains(RepairMaterial::Training));
}

void TestRepairService::approvalLiftsTheMeasuresAndEndsPublication()
{
    const Case c = m_office->sanction(
        m_company, m_record, 0, QDate(2026, 3, 10), QDate(2029, 3, 9), QDate(2026, 3, 10));
    auto officer = m_office->as(QStringLiteral("officer"));
    RepairApplication a = RepairService(*officer).apply(RepairTarget::Record, m_record, QDate(2026, 10, 12));
    a = complete(*officer, a, QDate(2026, 10, 13));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    a = RepairService(*reviewer).approve(a.id, QStringLiteral("已履行全部义务"), QDate(2026, 10, 20));
    QCOMPARE(a.state, RepairState::Approved);
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 10, 19)), MeasureStatus::InForce);
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 10, 20)), MeasureStatus::LiftedByRepair);
    const CreditRecord r = RecordService(*officer).get(m_record);
    QCOMPARE(r.repairedOn, QDate(2026, 10, 20));
    QVERIFY(RecordService(*officer).view(r, QDate(2026, 10, 19)).publicityActive);
    QVERIFY(!RecordService(*officer).view(r, QDate(2026, 10, 20)).publicityActive);
    QVERIFY(refusalOf([&] {
        RepairService(*reviewer).reject(a.id, QStringLiteral("x"), QDate(2026, 10, 21));
    }).contains(QStringLiteral("already")));
}

void TestRepairService::repairOfABlackListEntryEndsTheMembership()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    ListProposal p;
    p.subjectId = m_company;
    p.domain = QStringLiteral("产品质量");
    p.basis = QStringLiteral("启市监认〔2026〕3号");
    p.basisRecordId = m_record;
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.entryDate = QDate(2026, 3, 5);
    p.plannedExit = QDate(2029, 3, 5);
    ListEntry e = ListService(*officer).propose(p);
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    e = ListService(*reviewer).approve(e.id);
    const Case c
        = m_office->sanction(m_company, 0, e.id, QDate(2026, 3, 10), QDate(2029, 3, 9), QDate(2026, 3, 10));
    // The entry rests on a serious record: the same minimum period holds for it.
    QVERIFY(!RepairService(*officer).refusal(RepairTarget::ListEntry, e.id, QDate(2026, 8, 3)).isEmpty());
    RepairApplication a = RepairService(*officer).apply(RepairTarget::ListEntry, e.id, QDate(2026, 9, 7));
    a = complete(*officer, a, QDate(2026, 9, 8));
    RepairService(*reviewer).approve(a.id, QStringLiteral("已整改"), QDate(2026, 9, 15));
    e = ListService(*officer).get(e.id);
    QCOMPARE(ListEntries::stateKey(e, QDate(2026, 9, 15)), QStringLiteral("repair"));
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 9, 15)), MeasureStatus::LiftedByRepair);
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 9, 14)), MeasureStatus::InForce);
}

void TestRepairService::rejectionNeedsAReasonAndAllowsANewApplication()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const RepairApplication a
        = RepairService(*officer).apply(RepairTarget::Record, m_record, QDate(2026, 9, 7));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    QVERIFY(refusalOf([&] {
        RepairService(*reviewer).reject(a.id, QStringLiteral("  "), QDate(2026, 9, 8));
    }).startsWith(QStringLiteral("reason:")));
    const RepairApplication rejected
        = RepairService(*reviewer).reject(a.id, QStringLiteral("罚款尚未缴清"), QDate(2026, 9, 8));
    QCOMPARE(rejected.state, RepairState::Rejected);
    QCOMPARE(rejected.decisionReason, QStringLiteral("罚款尚未缴清"));
    QCOMPARE(RepairService(*officer).apply(RepairTarget::Record, m_record, QDate(2026, 9, 21)).state,
        RepairState::Submitted);
}

void TestRepairService::repeatApplicantsCanBeBarred()
{
    auto admin = m_office->as(QStringLiteral("admin"));
    Settings(*admin).setNumber(Setting::RepairBarYears, 2);
    const qint64 second = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕40号"), Severity::General, QDate(2026, 1, 8));
    auto officer = m_office->as(QStringLiteral("officer"));
    RepairApplication a = RepairService(*officer).apply(RepairTarget::Record, m_record, QDate(2026, 9, 7));
    a = complete(*officer, a, QDate(2026, 9, 7));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    RepairService(*reviewer).approve(a.id, QStringLiteral("ok"), QDate(2026, 9, 9));
    const QString why
        = refusalOf([&] { RepairService(*officer).apply(RepairTarget::Record, second, QDate(2026, 9, 10)); });
    QVERIFY2(why.contains(QStringLiteral("repair_bar_years")), qPrintable(why));
}

void TestRepairService::officeListPutsSubmittedFirst()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const RepairApplication first
        = RepairService(*officer).apply(RepairTarget::Record, m_record, QDate(2026, 9, 7));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    RepairService(*reviewer).reject(first.id, QStringLiteral("罚款尚未缴清"), QDate(2026, 9, 8));
    const RepairApplication second
        = RepairService(*officer).apply(RepairTarget::Record, m_record, QDate(2026, 9, 21));

    const QList<RepairApplication> all = RepairService(*reviewer).office(false);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, second.id);
    QCOMPARE(all.at(1).id, first.id);
    // The checklist comes with each.
    QVERIFY(!all.at(0).required.isEmpty());
    const QList<RepairApplication> open = RepairService(*reviewer).office(true);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).id, second.id);
}

QTEST_GUILESS_MAIN(TestRepairService)
#include "TestRepairService.moc"
