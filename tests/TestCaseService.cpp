#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "services/CaseService.h"
#include "services/CheckService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "util/Office.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

const QByteArray Password = "case-test-pass-1";

QString uscc(const QString& orgCode9)
{
    const QString first17 = QStringLiteral("91320681") + orgCode9;
    return first17 + usccCheckCharacter(first17);
}

QString citizenId(const QString& birth, const QString& seq)
{
    const QString first17 = QStringLiteral("320681") + birth + seq;
    return first17 + citizenIdCheckCharacter(first17);
}

} // namespace

// Records, cases and the credit check through the services, as the CLI and the GUI use them.
class TestCaseService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordsAreValidatedAndUnique();
    void publicationDeadlineCountsWorkingDays();
    void mandatoryMeasuresCannotBeDroppedSilently();
    void lifecycleWithFourEyes();
    void refusedTransitions();
    void pushCreatesTasksDueInWorkingDays();
    void feedbackIsRecordedOnceAndOverdueIsComputed();
    void checkStatusBeforeInsideAndAfterTerm();
    void linkedPersonsBecomeCoSubjects();
    void greenChannelNeedsThreeCleanYears();

private:
    std::unique_ptr<Session> as(const QString& user);
    qint64 addSubject(
        SubjectKind kind, const QString& code, const QString& name, const QDate& registered = {});
    qint64 addRecord(qint64 subject, const QString& decisionNo, Severity severity, const QDate& decided);
    Case draftSerious(Session& officer, qint64 subject, qint64 record);
    std::unique_ptr<test::Office> m_office;
    qint64 m_company = 0;
    qint64 m_record = 0;
};

void TestCaseService::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

std::unique_ptr<Session> TestCaseService::as(const QString& user)
{
    return m_office->signIn(user, Password);
}

void TestCaseService::init()
{
    m_office = std::make_unique<test::Office>(test::Office::Empty, Password);
    auto admin = as(QStringLiteral("admin"));
    UserService users(*admin);
    users.add(QStringLiteral("officer"), Role::Officer, Password);
    users.add(QStringLiteral("officer2"), Role::Officer, Password);
    users.add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    users.add(QStringLiteral("reviewer2"), Role::Reviewer, Password);
    users.add(QStringLiteral("supervisor"), Role::Supervisor, Password);
    m_company = addSubject(SubjectKind::LegalPerson, uscc(QStringLiteral("MA1X2Y3W4")),
        QStringLiteral("启东市华信建材有限公司"), QDate(2015, 5, 1));
    m_record = addRecord(
        m_company, QStringLiteral("启市监处罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
}

void TestCaseService::cleanup()
{
    m_office.reset();
}

qint64 TestCaseService::addSubject(
    SubjectKind kind, const QString& code, const QString& name, const QDate& registered)
{
    auto officer = as(QStringLiteral("officer"));
    return SubjectService(*officer).add(kind, code, name, QString(), registered).id;
}

qint64 TestCaseService::addRecord(
    qint64 subject, const QString& decisionNo, Severity severity, const QDate& decided)
{
    auto officer = as(QStringLiteral("officer"));
    CreditRecord r;
    r.subjectId = subject;
    r.polarity = Polarity::Negative;
    r.category = QStringLiteral("行政处罚");
    r.severity = severity;
    r.decisionNo = decisionNo;
    r.decisionDate = decided;
    r.legalBasis = QStringLiteral("《中华人民共和国产品质量法》第四十九条");
    r.departmentId = *OfficeRules(*officer).departmentId(QStringLiteral("市市场监管局"));
    return RecordService(*officer).add(r).id;
}

Case TestCaseService::draftSerious(Session& officer, qint64 subject, qint64 record)
{
    OfficeRules rules(officer);
    CaseDraft d;
    d.subjectId = subject;
    d.basisRecordId = record;
    d.memorandumId = *rules.memorandumId(QStringLiteral("SERIOUS"));
    d.initiatingDepartmentId = *rules.departmentId(QStringLiteral("市市场监管局"));
    d.termStart = QDate(2026, 3, 10);
    d.termEnd = QDate(2029, 3, 9);
    return CaseService(officer).draft(d);
}

void TestCaseService::recordsAreValidatedAndUnique()
{
    auto officer = as(QStringLiteral("officer"));
    RecordService records(*officer);
    CreditRecord r = records.get(m_record);
    r.id = 0;
    try {
        records.add(r);
        QFAIL("the same department and decision number were accepted twice");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY(e.message().contains(QStringLiteral("already recorded as record %1").arg(m_record)));
    }
    r.decisionNo = QStringLiteral("启市监处罚〔2026〕99号");
    r.decisionDate = QDate::currentDate().addDays(1);
    QVERIFY_THROWS_EXCEPTION(CoreError, records.add(r));
    r.decisionDate = QDate(2026, 1, 5);
    r.severity.reset();
    QVERIFY_THROWS_EXCEPTION(CoreError, records.add(r));

    auto reviewer = as(QStringLiteral("reviewer"));
    r.severity = Severity::General;
    try {
        RecordService(*reviewer).add(r);
        QFAIL("a reviewer added a record");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
}

void TestCaseService::publicationDeadlineCountsWorkingDays()
{
    const qint64 id = addRecord(
        m_company, QStringLiteral("启市监处罚〔2026〕77号"), Severity::General, QDate(2026, 9, 24));
    auto officer = as(QStringLiteral("officer"));
    RecordService records(*officer);
    // 9-24 Thu, 9-25..27 中秋, 9-28 Mon … 9-30, 10-1..7 国庆, 10-8 Thu, 10-9 Fri, 10-10 Sat make-up day,
    // 10-12 Mon.
    RecordView v = records.view(records.get(id), QDate(2026, 10, 12));
    QCOMPARE(v.publicationDue, QDate(2026, 10, 12));
    QCOMPARE(v.publication, PublicationStatus::NotDue);
    QCOMPARE(records.view(records.get(id), QDate(2026, 10, 13)).publication, PublicationStatus::Overdue);
    records.markPublished(id, QDate(2026, 10, 13));
    QCOMPARE(records.view(records.get(id), QDate(2026, 11, 1)).publication, PublicationStatus::Late);
}

void TestCaseService::mandatoryMeasuresCannotBeDroppedSilently()
{
    auto officer = as(QStringLiteral("officer"));
    OfficeRules rules(*officer);
    CaseService cases(*officer);
    const qint64 memo = *rules.memorandumId(QStringLiteral("SERIOUS"));
    const QList<CaseMeasure> proposal = cases.proposal(memo);
    QVERIFY(!proposal.isEmpty());
    for (const CaseMeasure& m : proposal)
        QCOMPARE(m.selected, m.mandatory); // mandatory preselected, recommended not

    CaseDraft d;
    d.subjectId = m_company;
    d.basisRecordId = m_record;
    d.memorandumId = memo;
    d.initiatingDepartmentId = *rules.departmentId(QStringLiteral("市市场监管局"));
    QList<qint64> onlyFirst {proposal.first().measureId};
    d.selectedMeasures = onlyFirst;
    try {
        cases.draft(d);
        QFAIL("mandatory measures were dropped without a reason");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY(e.message().contains(QStringLiteral("mandatory")));
    }
    for (const CaseMeasure& m : proposal) {
        if (m.mandatory && m.measureId != onlyFirst.first())
            d.dropReasons.insert(m.measureId, QStringLiteral("该企业不涉及此领域"));
    }
    const Case c = cases.draft(d);
    QCOMPARE(c.state, CaseState::Draft);
    for (const CaseMeasure& m : c.measures) {
        if (m.mandatory && !m.selected)
            QCOMPARE(m.dropReason, QStringLiteral("该企业不涉及此领域"));
    }
}

void TestCaseService::lifecycleWithFourEyes()
{
    auto reviewer = as(QStringLiteral("reviewer"));
    const Case c = draftSerious(*reviewer, m_company, m_record);
    try {
        CaseService(*reviewer).approve(c.id);
        QFAIL("the drafter approved their own case");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
    auto reviewer2 = as(QStringLiteral("reviewer2"));
    const Case approved = CaseService(*reviewer2).approve(c.id);
    QCOMPARE(approved.state, CaseState::Approved);
    QCOMPARE(approved.decidedBy, QStringLiteral("reviewer2"));
    auto officer = as(QStringLiteral("officer"));
    const Case pushed = CaseService(*officer).push(c.id, QDate(2026, 3, 10));
    QCOMPARE(pushed.state, CaseState::Pushed);
    QVERIFY(!pushed.tasks.isEmpty());
}

void TestCaseService::refusedTransitions()
{
    auto officer = as(QStringLiteral("officer"));
    const Case c = draftSerious(*officer, m_company, m_record);
    // Wrong role.
    QVERIFY_THROWS_EXCEPTION(CoreError, CaseService(*officer).approve(c.id));
    auto supervisor = as(QStringLiteral("supervisor"));
    QVERIFY_THROWS_EXCEPTION(CoreError, draftSerious(*supervisor, m_company, m_record));
    // Only its drafter withdraws a draft.
    auto officer2 = as(QStringLiteral("officer2"));
    try {
        CaseService(*officer2).withdraw(c.id);
        QFAIL("another officer withdrew a draft");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
    // Wrong state: a draft cannot be pushed; an approved case cannot be approved again.
    QVERIFY_THROWS_EXCEPTION(CoreError, CaseService(*officer).push(c.id, QDate(2026, 3, 10)));
    auto reviewer = as(QStringLiteral("reviewer"));
    CaseService(*reviewer).approve(c.id);
    QVERIFY_THROWS_EXCEPTION(CoreError, CaseService(*reviewer).approve(c.id));
    QVERIFY_THROWS_EXCEPTION(CoreError, CaseService(*reviewer).reject(c.id, QStringLiteral("x")));
    // A rejection needs its reason.
    const Case other = draftSerious(*officer, m_company, m_record);
    QVERIFY_THROWS_EXCEPTION(CoreError, CaseService(*reviewer).reject(other.id, QStringLiteral("  ")));
    QCOMPARE(CaseService(*reviewer).reject(other.id, QStringLiteral("依据不足")).state, CaseState::Rejected);
    // A positive basis for a sanction is refused.
    CreditRecord positive;
    positive.subjectId = m_company;
    positive.polarity = Polarity::Positive;
    positive.category = QStringLiteral("守合同重信用");
    positive.decisionNo = QStringLiteral("启市监〔2025〕表彰3号");
    positive.decisionDate = QDate(2025, 6, 1);
    positive.departmentId = *OfficeRules(*officer).departmentId(QStringLiteral("市市场监管局"));
    const qint64 pos = RecordService(*officer).add(positive).id;
    QVERIFY_THROWS_EXCEPTION(CoreError, draftSerious(*officer, m_company, pos));
}

void TestCaseService::pushCreatesTasksDueInWorkingDays()
{
    auto officer = as(QStringLiteral("officer"));
    const Case c = draftSerious(*officer, m_company, m_record);
    auto reviewer = as(QStringLiteral("reviewer"));
    CaseService(*reviewer).approve(c.id);
    // Pushed on Friday 2026-09-25 (中秋, a day off): 9-28, 9-29, 9-30, then 国庆 10-1..7 off, 10-8,
    // 10-9, 10-10 (a Saturday worked), 10-12, 10-13, 10-14, 10-15: the tenth working day.
    const Case pushed = CaseService(*officer).push(c.id, QDate(2026, 9, 25));
    QSet<std::pair<qint64, qint64>> pairs;
    for (const MeasureTask& t : pushed.tasks) {
        QCOMPARE(t.pushedOn, QDate(2026, 9, 25));
        QCOMPARE(t.dueOn, OfficeRules(*officer).addWorkingDays(QDate(2026, 9, 25), 10));
        pairs.insert({t.measureId, t.departmentId});
    }
    QCOMPARE(pushed.tasks.first().dueOn, QDate(2026, 10, 15));
    QCOMPARE(pairs.size(), pushed.tasks.size()); // one task per measure x department
    for (const MeasureTask& t : pushed.tasks) {
        const bool selected = std::any_of(pushed.measures.begin(), pushed.measures.end(),
            [&](const CaseMeasure& m) { return m.measureId == t.measureId && m.selected; });
        QVERIFY(selected);
    }
}

void TestCaseService::feedbackIsRecordedOnceAndOverdueIsComputed()
{
    auto officer = as(QStringLiteral("officer"));
    const Case c = draftSerious(*officer, m_company, m_record);
    auto reviewer = as(QStringLiteral("reviewer"));
    CaseService(*reviewer).approve(c.id);
    const Case pushed = CaseService(*officer).push(c.id, QDate(2026, 3, 10));
    const MeasureTask first = pushed.tasks.at(0);
    const MeasureTask second = pushed.tasks.at(1);
    QVERIFY(first.isOverdue(first.dueOn.addDays(1)));
    QVERIFY(!first.isOverdue(first.dueOn));

    CaseService cases(*officer);
    QVERIFY_THROWS_EXCEPTION(
        CoreError, cases.respond(first.id, TaskResponse::Applied, QDate(2026, 3, 12), QString(), QString()));
    QVERIFY_THROWS_EXCEPTION(
        CoreError, cases.respond(first.id, TaskResponse::Refused, QDate(2026, 3, 12), QString(), QString()));
    QVERIFY_THROWS_EXCEPTION(CoreError,
        cases.respond(first.id, TaskResponse::Applied, QDate(2026, 3, 9), QStringLiteral("x"), QString()));
    const MeasureTask acked = cases.acknowledge(first.id, QDate(2026, 3, 11));
    QCOMPARE(acked.acknowledgedOn, QDate(2026, 3, 11));
    const MeasureTask applied = cases.respond(
        first.id, TaskResponse::Applied, QDate(2026, 3, 12), QStringLiteral("启审批〔2026〕5号"), QString());
    QCOMPARE(applied.response, TaskResponse::Applied);
    QCOMPARE(applied.appliedOn, QDate(2026, 3, 12));
    QVERIFY(!applied.isOverdue(QDate(2027, 1, 1)));
    QVERIFY_THROWS_EXCEPTION(CoreError,
        cases.respond(first.id, TaskResponse::Refused, QDate(2026, 3, 13), QString(), QStringLiteral("x")));
    const MeasureTask late = cases.respond(second.id, TaskResponse::NotApplicable, second.dueOn.addDays(3),
        QString(), QStringLiteral("该主体未申请许可"));
    QVERIFY(late.answeredLate());
    auto reviewerSession = as(QStringLiteral("reviewer"));
    QVERIFY_THROWS_EXCEPTION(
        CoreError, CaseService(*reviewerSession).acknowledge(second.id, QDate(2026, 3, 11)));
}

void TestCaseService::checkStatusBeforeInsideAndAfterTerm()
{
    auto officer = as(QStringLiteral("officer"));
    const Case c = draftSerious(*officer, m_company, m_record);
    CheckService checks(*officer);
    auto statuses = [&](const QDate& asOf) {
        QSet<QString> s;
        for (const MeasureCheck& m : checks.check(m_company, asOf).measures)
            s.insert(CreditChecks::key(m.status));
        return s;
    };
    QCOMPARE(statuses(QDate(2026, 6, 1)), QSet<QString> {QStringLiteral("pending")});
    auto reviewer = as(QStringLiteral("reviewer"));
    CaseService(*reviewer).approve(c.id);
    CaseService(*officer).push(c.id, QDate(2026, 3, 10));
    QCOMPARE(statuses(QDate(2026, 3, 9)), QSet<QString> {QStringLiteral("pending")});
    QCOMPARE(statuses(QDate(2026, 6, 1)), QSet<QString> {QStringLiteral("in_force")});
    QCOMPARE(statuses(QDate(2029, 3, 10)), QSet<QString> {QStringLiteral("expired")});

    const CreditCheckResult r = checks.check(m_company, QDate(2026, 6, 1));
    const MeasureCheck& m = r.measures.first();
    QCOMPARE(m.reasons.size() >= 5, true);
    QVERIFY(m.reasons.at(0).contains(QStringLiteral("启市监处罚〔2026〕18号")));
    QVERIFY(m.reasons.join(QLatin1Char('|')).contains(QStringLiteral("严重失信主体")));
    // By name substring, as approval desks ask.
    const auto byName = checks.check(QStringLiteral("华信建材"), QDate(2026, 6, 1), 20);
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.first().subject.id, m_company);
}

void TestCaseService::linkedPersonsBecomeCoSubjects()
{
    const QString personCode = citizenId(QStringLiteral("19750312"), QStringLiteral("123"));
    const qint64 person = addSubject(SubjectKind::NaturalPerson, personCode, QStringLiteral("陈建国"));
    auto officer = as(QStringLiteral("officer"));
    SubjectService(*officer).link(m_company, person, LinkRole::LegalRepresentative, QDate(2015, 5, 1));
    CaseService cases(*officer);
    const QList<CaseSubject> proposed = cases.proposedCoSubjects(m_company, m_record);
    QCOMPARE(proposed.size(), 1);
    QCOMPARE(proposed.first().subjectId, person);
    QCOMPARE(proposed.first().code, maskCitizenId(personCode)); // never the full ID

    OfficeRules rules(*officer);
    CaseDraft d;
    d.subjectId = m_company;
    d.basisRecordId = m_record;
    d.memorandumId = *rules.memorandumId(QStringLiteral("SERIOUS"));
    d.initiatingDepartmentId = *rules.departmentId(QStringLiteral("市市场监管局"));
    d.termStart = QDate(2026, 3, 10);
    d.coSubjects = {person};
    const Case c = cases.draft(d);
    QCOMPARE(c.coSubjects.size(), 1);
    auto reviewer = as(QStringLiteral("reviewer"));
    CaseService(*reviewer).approve(c.id);
    const Case pushed = cases.push(c.id, QDate(2026, 3, 10));
    QVERIFY(std::any_of(pushed.tasks.begin(), pushed.tasks.end(),
        [&](const MeasureTask& t) { return t.subjectId == person; }));
    const CreditCheckResult r = CheckService(*officer).check(person, QDate(2026, 6, 1));
    QVERIFY(!r.measures.isEmpty());
    QCOMPARE(r.measures.first().status, MeasureStatus::InForce);
}

void TestCaseService::greenChannelNeedsThreeCleanYears()
{
    const qint64 clean = addSubject(SubjectKind::LegalPerson, uscc(QStringLiteral("MA1C2L3E4")),
        QStringLiteral("启东诚信五金厂"), QDate(2010, 1, 1));
    auto officer = as(QStringLiteral("officer"));
    CheckService checks(*officer);
    QVERIFY(checks.check(clean, QDate(2026, 6, 1)).greenChannel);
    QVERIFY(!checks.check(m_company, QDate(2026, 6, 1)).greenChannel);
    // Three years after the record, the company qualifies again.
    QVERIFY(checks.check(m_company, QDate(2029, 3, 3)).greenChannel);
    const qint64 young = addSubject(SubjectKind::LegalPerson, uscc(QStringLiteral("MA1Y2N3G4")),
        QStringLiteral("启东新创科技有限公司"), QDate(2025, 1, 1));
    QVERIFY(!checks.check(young, QDate(2026, 6, 1)).greenChannel);
}

QTEST_GUILESS_MAIN(TestCaseService)
#include "TestCaseService.moc"
