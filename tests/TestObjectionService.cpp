#include "CoreError.h"
#include "services/CaseService.h"
#include "services/CheckService.h"
#include "services/ListService.h"
#include "services/ObjectionService.h"
#include "services/RecordService.h"
#include "util/Office.h"

#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

MeasureStatus statusOf(
    Session& s, qint64 subject, qint64 caseId, const QDate& asOf, QStringList* reasons = nullptr)
{
    for (const MeasureCheck& m : CheckService(s).check(subject, asOf).measures) {
        if (m.caseId == caseId) {
            if (reasons)
                *reasons = m.reasons;
            return m.status;
        }
    }
    throw std::runtime_error("no measure of the case in the check");
}

QStringList noticeKinds(const Objection& o)
{
    QStringList kinds;
    for (const ObjectionNotice& n : o.notices)
        kinds << n.kind;
    return kinds;
}

} // namespace

// 异议处理 (§18): acceptance suspends every measure resting on the disputed information until the
// decision; the interval stays in the history; the decision revokes or resumes.
class TestObjectionService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acceptanceSuspendsUntilTheInformationIsConfirmed();
    void informationFoundWrongRevokesAndRestores();
    void aDisputedRecordSuspendsCasesOnListEntriesDeterminedOnIt();
    void verificationDeadlineCountsWorkingDaysAcrossNationalDay();
    void refusedStepsAndRoles();
    void officeListPutsOpenObjectionsFirstByDeadline();

private:
    std::unique_ptr<Office> m_office;
    qint64 m_company = 0;
    qint64 m_record = 0;
};

void TestObjectionService::init()
{
    m_office = std::make_unique<Office>();
    m_company = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    m_record = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
}

void TestObjectionService::cleanup()
{
    m_office.reset();
}

void TestObjectionService::acceptanceSuspendsUntilTheInformationIsConfirmed()
{
    const Case c = m_office->sanction(
        m_company, m_record, 0, QDate(2026, 3, 10), QDate(2029, 3, 9), QDate(2026, 3, 10));
    auto officer = m_office->as(QStringLiteral("officer"));
    ObjectionService objections(*officer);
    Objection o = objections.file(
        ObjectionTarget::Record, m_record, QStringLiteral("处罚决定已被复议撤销"), QDate(2026, 5, 6));
    QCOMPARE(o.state, ObjectionState::Filed);
    QCOMPARE(o.number, QStringLiteral("异议〔2026〕0001号"));
    // Filing alone suspends nothing: acceptance does.
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 5, 7)), MeasureStatus::InForce);

    o = objections.accept(o.id, QDate(2026, 5, 8));
    QCOMPARE(o.state, ObjectionState::Accepted);
    QCOMPARE(o.verifyingDepartmentName, QStringLiteral("市市场监管局"));
    QVERIFY(!o.notices.isEmpty());
    QVERIFY(noticeKinds(o).contains(QStringLiteral("suspension")));
    // The case's tasks say so to the departments.
    QVERIFY(suspendedOn(CaseService(*officer).get(c.id), QDate(2026, 5, 8)));

    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 5, 7)), MeasureStatus::InForce);
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 5, 8)), MeasureStatus::Suspended);
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 9, 1)), MeasureStatus::Suspended);

    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    o = ObjectionService(*reviewer).decide(o.id, ObjectionOutcome::InformationRight, false,
        QStringLiteral("复议维持原处罚"), QDate(2026, 5, 20));
    QCOMPARE(o.state, ObjectionState::Decided);
    QVERIFY(noticeKinds(o).contains(QStringLiteral("resumption")));
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 5, 19)), MeasureStatus::Suspended);
    QStringList reasons;
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 6, 1), &reasons), MeasureStatus::InForce);
    // The interval stays in the reasons for good.
    QVERIFY(
        reasons.join(QLatin1Char('\n')).contains(QStringLiteral("suspended from 2026-05-08 to 2026-05-20")));
    // The record stands.
    QVERIFY(!RecordService(*officer).get(m_record).withdrawnOn.isValid());
}

void TestObjectionService::informationFoundWrongRevokesAndRestores()
{
    const Case c = m_office->sanction(
        m_company, m_record, 0, QDate(2026, 3, 10), QDate(2029, 3, 9), QDate(2026, 3, 10));
    auto officer = m_office->as(QStringLiteral("officer"));
    Objection o = ObjectionService(*officer).file(ObjectionTarget::Record, m_record,
        QStringLiteral("市市场监管局执法中发现主体名称录入错误"), QDate(2026, 6, 1),
        m_office->department(QStringLiteral("市市场监管局")));
    QVERIFY(o.raisedByDepartment);
    o = ObjectionService(*officer).accept(o.id, QDate(2026, 6, 2));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    o = ObjectionService(*reviewer).decide(o.id, ObjectionOutcome::InformationWrong, true,
        QStringLiteral("核实为录入错误，撤销该信息"), QDate(2026, 6, 10));
    QVERIFY(o.revoked);
    QVERIFY(noticeKinds(o).contains(QStringLiteral("restoration")));
    // Every department told of the suspension is told of the restoration.
    QCOMPARE(noticeKinds(o).count(QStringLiteral("restoration")),
        noticeKinds(o).count(QStringLiteral("suspension")));

    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 6, 9)), MeasureStatus::Suspended);
    QStringList reasons;
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 6, 10), &reasons), MeasureStatus::Revoked);
    QVERIFY(
        reasons.join(QLatin1Char('\n')).contains(QStringLiteral("suspended from 2026-06-02 to 2026-06-10")));
    // The publication is withdrawn: the record no longer shows as published.
    const CreditRecord r = RecordService(*officer).get(m_record);
    QCOMPARE(r.withdrawnOn, QDate(2026, 6, 10));
    QVERIFY(!RecordService(*officer).view(r, QDate(2026, 6, 11)).publicityActive);
    // A revoked record cannot found a new case.
    try {
        m_office->sanction(m_company, m_record, 0, QDate(2026, 7, 1), QDate(2027, 7, 1), {});
        QFAIL("a case was drafted on a withdrawn record");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
    }
}

void TestObjectionService::aDisputedRecordSuspendsCasesOnListEntriesDeterminedOnIt()
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

    Objection o = ObjectionService(*officer).file(
        ObjectionTarget::Record, m_record, QStringLiteral("异议"), QDate(2026, 4, 1));
    o = ObjectionService(*officer).accept(o.id, QDate(2026, 4, 2));
    QVERIFY(noticeKinds(o).contains(QStringLiteral("suspension")));
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 4, 2)), MeasureStatus::Suspended);
    ObjectionService(*reviewer).decide(
        o.id, ObjectionOutcome::InformationWrong, true, QStringLiteral("错误"), QDate(2026, 4, 9));
    // The list entry falls with the record, and the measures with it.
    QCOMPARE(ListEntries::stateKey(ListService(*officer).get(e.id), QDate(2026, 4, 9)),
        QStringLiteral("revocation"));
    QCOMPARE(statusOf(*officer, m_company, c.id, QDate(2026, 4, 9)), MeasureStatus::Revoked);
}

void TestObjectionService::verificationDeadlineCountsWorkingDaysAcrossNationalDay()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    Objection o = ObjectionService(*officer).file(
        ObjectionTarget::Record, m_record, QStringLiteral("异议"), QDate(2026, 9, 29));
    o = ObjectionService(*officer).accept(o.id, QDate(2026, 9, 30));
    // Ten working days after 30 September 2026: 1-7 October are off, Saturday 10 October is a
    // make-up working day: 8, 9, 10, 12, 13, 14, 15, 16, 19, 20 October.
    QCOMPARE(o.verificationDue, QDate(2026, 10, 20));
    QVERIFY(!o.verificationOverdue(QDate(2026, 10, 20)));
    QVERIFY(o.verificationOverdue(QDate(2026, 10, 21)));
}

void TestObjectionService::refusedStepsAndRoles()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    const auto refused = [](const std::function<void()>& f) -> ErrorKind {
        try {
            f();
        } catch (const CoreError& e) {
            return e.kind();
        }
        return ErrorKind::Failed;
    };
    QCOMPARE(refused([&] {
        ObjectionService(*supervisor)
            .file(ObjectionTarget::Record, m_record, QStringLiteral("x"), QDate(2026, 5, 1));
    }),
        ErrorKind::NotPermitted);
    QCOMPARE(refused([&] {
        ObjectionService(*officer).file(
            ObjectionTarget::Record, 9999, QStringLiteral("x"), QDate(2026, 5, 1));
    }),
        ErrorKind::InvalidInput);
    QCOMPARE(refused([&] {
        ObjectionService(*officer).file(
            ObjectionTarget::Record, m_record, QStringLiteral(" "), QDate(2026, 5, 1));
    }),
        ErrorKind::InvalidInput);
    const Objection o = ObjectionService(*officer).file(
        ObjectionTarget::Record, m_record, QStringLiteral("x"), QDate(2026, 5, 1));
    // Deciding before acceptance, accepting before filing, an officer deciding.
    QCOMPARE(refused([&] {
        ObjectionService(*reviewer).decide(
            o.id, ObjectionOutcome::InformationRight, false, QStringLiteral("r"), QDate(2026, 5, 3));
    }),
        ErrorKind::InvalidInput);
    QCOMPARE(refused([&] { ObjectionService(*officer).accept(o.id, QDate(2026, 4, 30)); }),
        ErrorKind::InvalidInput);
    ObjectionService(*officer).accept(o.id, QDate(2026, 5, 2));
    QCOMPARE(refused([&] {
        ObjectionService(*officer).decide(
            o.id, ObjectionOutcome::InformationRight, false, QStringLiteral("r"), QDate(2026, 5, 3));
    }),
        ErrorKind::NotPermitted);
    QCOMPARE(refused([&] {
        ObjectionService(*reviewer).decide(
            o.id, ObjectionOutcome::InformationRight, false, QString(), QDate(2026, 5, 3));
    }),
        ErrorKind::InvalidInput);
    QCOMPARE(refused([&] { ObjectionService(*reviewer).notAccept(o.id, QStringLiteral("迟交")); }),
        ErrorKind::InvalidInput);
    // Not accepting is a reviewer's decision, needs a reason, and ends the objection without
    // suspending anything.
    const Objection o2 = ObjectionService(*officer).file(
        ObjectionTarget::Record, m_record, QStringLiteral("y"), QDate(2026, 5, 1));
    QCOMPARE(refused([&] { ObjectionService(*officer).notAccept(o2.id, QStringLiteral("不属于受理范围")); }),
        ErrorKind::NotPermitted);
    QCOMPARE(
        refused([&] { ObjectionService(*reviewer).notAccept(o2.id, QString()); }), ErrorKind::InvalidInput);
    const Objection refusedOne
        = ObjectionService(*reviewer).notAccept(o2.id, QStringLiteral("不属于受理范围"));
    QCOMPARE(refusedOne.state, ObjectionState::NotAccepted);
    QVERIFY(!refusedOne.suspends());
}

void TestObjectionService::officeListPutsOpenObjectionsFirstByDeadline()
{
    const qint64 other = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕19号"), Severity::General, QDate(2026, 3, 3));
    const qint64 third = m_office->addRecord(
        m_company, QStringLiteral("启市监罚〔2026〕20号"), Severity::General, QDate(2026, 3, 4));
    auto officer = m_office->as(QStringLiteral("officer"));
    ObjectionService objections(*officer);
    const Objection decided
        = objections.file(ObjectionTarget::Record, m_record, QStringLiteral("文书号有误"), QDate(2026, 5, 6));
    ObjectionService(*m_office->as(QStringLiteral("reviewer")))
        .notAccept(decided.id, QStringLiteral("不属于异议范围"));
    const Objection late
        = objections.file(ObjectionTarget::Record, other, QStringLiteral("金额有误"), QDate(2026, 5, 7));
    objections.accept(late.id, QDate(2026, 5, 8));
    const Objection early
        = objections.file(ObjectionTarget::Record, third, QStringLiteral("主体有误"), QDate(2026, 5, 9));
    objections.accept(early.id, QDate(2026, 5, 11));
    const Objection filed
        = objections.file(ObjectionTarget::Record, third, QStringLiteral("日期有误"), QDate(2026, 5, 12));

    QList<qint64> ids;
    for (const Objection& o : objections.office(false))
        ids << o.id;
    // Under verification by deadline, then filed (no deadline yet), then the closed ones.
    QCOMPARE(ids, (QList<qint64> {late.id, early.id, filed.id, decided.id}));
    ids.clear();
    for (const Objection& o : objections.office(true))
        ids << o.id;
    QCOMPARE(ids, (QList<qint64> {late.id, early.id, filed.id}));
    QCOMPARE(objections.office(false, 2).size(), 2);
    // Every role reads the list.
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    QCOMPARE(ObjectionService(*supervisor).office(true).size(), 3);
}

QTEST_GUILESS_MAIN(TestObjectionService)
#include "TestObjectionService.moc"
