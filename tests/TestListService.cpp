#include "CoreError.h"
#include "services/CheckService.h"
#include "services/ListService.h"
#include "util/Office.h"

#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

const MeasureCheck* firstOfCase(const CreditCheckResult& r, qint64 caseId)
{
    for (const MeasureCheck& m : r.measures) {
        if (m.caseId == caseId)
            return &m;
    }
    return nullptr;
}

} // namespace

// Red and black lists (§1, §15): four-eyes entry, exits by expiry and revocation computed from
// dates, and the measures and green channel that rest on them.
class TestListService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void proposalsAreCheckedFieldByField();
    void anEntryCountsOnlyOnceAnotherReviewerApproves();
    void expiryIsComputedFromThePlannedExit();
    void revocationEndsTheMeasuresRestingOnTheEntry();
    void expiryEndsTheMeasuresWithTheEntry();
    void aCaseNeedsAnApprovedEntryOfTheRightList();
    void theRedListOpensTheGreenChannel();
    void proposalsWaitForAReviewer();

private:
    ListEntry listed(ListKind kind, const QDate& entry, const QDate& plannedExit, qint64 record = 0);

    std::unique_ptr<Office> m_office;
    qint64 m_company = 0;
};

void TestListService::init()
{
    m_office = std::make_unique<Office>();
    m_company = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
}

void TestListService::cleanup()
{
    m_office.reset();
}

ListEntry TestListService::listed(ListKind kind, const QDate& entry, const QDate& plannedExit, qint64 record)
{
    auto officer = m_office->as(QStringLiteral("officer"));
    ListProposal p;
    p.subjectId = m_company;
    p.kind = kind;
    p.domain = kind == ListKind::Black ? QStringLiteral("产品质量") : QStringLiteral("纳税信用");
    p.basis = QStringLiteral("启市监认〔2026〕3号");
    p.basisRecordId = record;
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.entryDate = entry;
    p.plannedExit = plannedExit;
    const ListEntry proposed = ListService(*officer).propose(p);
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    return ListService(*reviewer).approve(proposed.id);
}

void TestListService::proposalsAreCheckedFieldByField()
{
    ListProposal p;
    p.subjectId = m_company;
    p.domain = QStringLiteral("产品质量");
    p.basis = QStringLiteral("启市监认〔2026〕3号");
    p.departmentId = 1;
    p.entryDate = QDate(2026, 3, 1);
    const auto refusal = [](ListProposal q) -> QString {
        try {
            ListService::validate(q, QDate(2026, 11, 27));
        } catch (const CoreError& e) {
            return e.kind() == ErrorKind::InvalidInput ? e.message() : QStringLiteral("wrong kind");
        }
        return {};
    };
    QCOMPARE(refusal(p), QString());
    ListProposal q = p;
    q.domain = QStringLiteral("  ");
    QVERIFY(refusal(q).startsWith(QStringLiteral("domain:")));
    q = p;
    q.basis.clear();
    QVERIFY(refusal(q).startsWith(QStringLiteral("basis:")));
    q = p;
    q.entryDate = QDate(2026, 12, 1);
    QVERIFY(refusal(q).startsWith(QStringLiteral("entry date:")));
    q = p;
    q.plannedExit = p.entryDate;
    QVERIFY(refusal(q).startsWith(QStringLiteral("planned exit:")));

    // A black-list entry cannot rest on a positive record, nor on another subject's record.
    const qint64 other
        = m_office->addCompany(QStringLiteral("MA1X2Y3W5"), QStringLiteral("启东市明达贸易有限公司"));
    const qint64 otherRecord = m_office->addRecord(
        other, QStringLiteral("启市监罚〔2026〕7号"), Severity::Serious, QDate(2026, 2, 2));
    auto officer = m_office->as(QStringLiteral("officer"));
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.basisRecordId = otherRecord;
    try {
        ListService(*officer).propose(p);
        QFAIL("another subject's record was taken as the basis");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY(e.message().startsWith(QStringLiteral("basis record:")));
    }
}

void TestListService::anEntryCountsOnlyOnceAnotherReviewerApproves()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    ListProposal p;
    p.subjectId = m_company;
    p.domain = QStringLiteral("生态环境");
    p.basis = QStringLiteral("启环认〔2026〕1号");
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.entryDate = QDate(2026, 4, 1);
    const ListEntry e = ListService(*officer).propose(p);
    QCOMPARE(e.number, QStringLiteral("黑〔2026〕0001号"));
    QVERIFY(!e.listedOn(QDate(2026, 5, 1)));
    QCOMPARE(ListEntries::stateKey(e, QDate(2026, 5, 1)), QStringLiteral("proposed"));
    QVERIFY(ListService(*officer).listedOn(ListKind::Black, QString(), QDate(2026, 5, 1), 0).isEmpty());

    try {
        ListService(*officer).approve(e.id);
        QFAIL("an officer approved a list entry");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::NotPermitted);
    }
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    try {
        ListService(*supervisor).propose(p);
        QFAIL("a supervisor proposed a list entry");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::NotPermitted);
    }

    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    const ListEntry approved = ListService(*reviewer).approve(e.id);
    QCOMPARE(approved.approvedBy, QStringLiteral("reviewer"));
    QVERIFY(approved.listedOn(QDate(2026, 5, 1)));
    QVERIFY(!approved.listedOn(QDate(2026, 3, 31)));
    const auto listed = ListService(*supervisor)
                            .listedOn(ListKind::Black, QStringLiteral("生态环境"), QDate(2026, 5, 1), 0);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, e.id);
    QVERIFY(ListService(*supervisor)
                .listedOn(ListKind::Black, QStringLiteral("税务"), QDate(2026, 5, 1), 0)
                .isEmpty());
    QVERIFY(ListService(*supervisor).listedOn(ListKind::Red, QString(), QDate(2026, 5, 1), 0).isEmpty());
    try {
        ListService(*reviewer).approve(e.id);
        QFAIL("an entry was approved twice");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::InvalidInput);
    }
}

void TestListService::expiryIsComputedFromThePlannedExit()
{
    const ListEntry e = listed(ListKind::Black, QDate(2025, 1, 10), QDate(2026, 1, 10));
    QVERIFY(e.listedOn(QDate(2026, 1, 9)));
    QVERIFY(!e.listedOn(QDate(2026, 1, 10)));
    QCOMPARE(ListEntries::stateKey(e, QDate(2026, 1, 9)), QStringLiteral("listed"));
    QCOMPARE(ListEntries::stateKey(e, QDate(2026, 1, 10)), QStringLiteral("expiry"));
    QCOMPARE(ListEntries::stateKey(e, QDate(2024, 12, 1)), QStringLiteral("upcoming"));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    ListService lists(*supervisor);
    QCOMPARE(lists.listedOn(ListKind::Black, QString(), QDate(2026, 1, 9), 0).size(), 1);
    QCOMPARE(lists.listedOn(ListKind::Black, QString(), QDate(2026, 1, 10), 0).size(), 0);

    // An expired entry cannot be revoked: it is off the list already.
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    try {
        ListService(*reviewer).revoke(e.id, QStringLiteral("认定错误"), QDate(2026, 2, 1));
        QFAIL("an expired entry was revoked");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::InvalidInput);
        QVERIFY(err.message().contains(QStringLiteral("2026-01-10")));
    }
}

void TestListService::revocationEndsTheMeasuresRestingOnTheEntry()
{
    const ListEntry e = listed(ListKind::Black, QDate(2026, 2, 1), QDate(2029, 2, 1));
    const Case c
        = m_office->sanction(m_company, 0, e.id, QDate(2026, 2, 10), QDate(2029, 2, 9), QDate(2026, 2, 10));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    const auto before = CheckService(*supervisor).check(m_company, QDate(2026, 6, 1));
    const MeasureCheck* m = firstOfCase(before, c.id);
    QVERIFY(m);
    QCOMPARE(m->status, MeasureStatus::InForce);
    QVERIFY(m->reasons.join(QLatin1Char('\n')).contains(e.number));
    QCOMPARE(before.lists.size(), 1);

    auto officer = m_office->as(QStringLiteral("officer"));
    try {
        ListService(*officer).revoke(e.id, QStringLiteral("认定错误"), QDate(2026, 7, 1));
        QFAIL("an officer revoked a list entry");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::NotPermitted);
    }
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    try {
        ListService(*reviewer).revoke(e.id, QString(), QDate(2026, 7, 1));
        QFAIL("a revocation without a reason was taken");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::InvalidInput);
    }
    const ListEntry revoked
        = ListService(*reviewer).revoke(e.id, QStringLiteral("认定文书已被撤销"), QDate(2026, 7, 1));
    QCOMPARE(ListEntries::stateKey(revoked, QDate(2026, 7, 1)), QStringLiteral("revocation"));

    // The past stays as it was; from the revocation on the measures are revoked.
    QCOMPARE(firstOfCase(CheckService(*supervisor).check(m_company, QDate(2026, 6, 30)), c.id)->status,
        MeasureStatus::InForce);
    QCOMPARE(firstOfCase(CheckService(*supervisor).check(m_company, QDate(2026, 7, 1)), c.id)->status,
        MeasureStatus::Revoked);
}

void TestListService::expiryEndsTheMeasuresWithTheEntry()
{
    // The check answers for any date, the future included: the entry's end is already known.
    const ListEntry e = listed(ListKind::Black, QDate(2025, 3, 1), QDate(2027, 3, 1));
    const Case c
        = m_office->sanction(m_company, 0, e.id, QDate(2025, 3, 5), QDate(2028, 3, 4), QDate(2025, 3, 5));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    QCOMPARE(firstOfCase(CheckService(*supervisor).check(m_company, QDate(2027, 2, 28)), c.id)->status,
        MeasureStatus::InForce);
    const auto after = CheckService(*supervisor).check(m_company, QDate(2027, 3, 1));
    QCOMPARE(firstOfCase(after, c.id)->status, MeasureStatus::Expired);
    QCOMPARE(firstOfCase(after, c.id)->termEnd, QDate(2027, 2, 28));
}

void TestListService::aCaseNeedsAnApprovedEntryOfTheRightList()
{
    const ListEntry red = listed(ListKind::Red, QDate(2026, 1, 5), QDate(2029, 1, 5));
    try {
        m_office->sanction(m_company, 0, red.id, QDate(2026, 2, 1), QDate(2027, 2, 1), {});
        QFAIL("a sanction case rested on a red-list entry");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::InvalidInput);
        QVERIFY(err.message().contains(QStringLiteral("black-list")));
    }
    auto officer = m_office->as(QStringLiteral("officer"));
    ListProposal p;
    p.subjectId = m_company;
    p.domain = QStringLiteral("产品质量");
    p.basis = QStringLiteral("启市监认〔2026〕9号");
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.entryDate = QDate(2026, 1, 5);
    const ListEntry proposed = ListService(*officer).propose(p);
    try {
        m_office->sanction(m_company, 0, proposed.id, QDate(2026, 2, 1), QDate(2027, 2, 1), {});
        QFAIL("a sanction case rested on an entry nobody approved");
    } catch (const CoreError& err) {
        QCOMPARE(err.kind(), ErrorKind::InvalidInput);
        QVERIFY(err.message().contains(QStringLiteral("not approved")));
    }
}

void TestListService::theRedListOpensTheGreenChannel()
{
    // A negative record in the last three years would close the channel, but the red list opens it.
    m_office->addRecord(m_company, QStringLiteral("启市监罚〔2026〕2号"), Severity::Minor, QDate(2026, 1, 6));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    QVERIFY(!CheckService(*supervisor).check(m_company, QDate(2026, 6, 1)).greenChannel);
    const ListEntry red = listed(ListKind::Red, QDate(2026, 5, 1), QDate(2027, 5, 1));
    const auto r = CheckService(*supervisor).check(m_company, QDate(2026, 6, 1));
    QVERIFY(r.greenChannel);
    QVERIFY(r.greenChannelReason.contains(red.number));
    QVERIFY(!CheckService(*supervisor).check(m_company, QDate(2027, 5, 1)).greenChannel);
}

void TestListService::proposalsWaitForAReviewer()
{
    const ListEntry approved = listed(ListKind::Black, QDate(2026, 3, 1), QDate(2027, 3, 1));
    auto officer = m_office->as(QStringLiteral("officer"));
    ListProposal p;
    p.subjectId = m_company;
    p.kind = ListKind::Black;
    p.domain = QStringLiteral("生态环境");
    p.basis = QStringLiteral("启环认〔2026〕5号");
    p.departmentId = m_office->department(QStringLiteral("市市场监管局"));
    p.entryDate = QDate(2026, 4, 1);
    const ListEntry waiting = ListService(*officer).propose(p);

    ListService lists(*officer);
    const QList<ListEntry> pending = lists.awaitingApproval(ListKind::Black, QString());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().id, waiting.id);
    QVERIFY(lists.awaitingApproval(ListKind::Black, QStringLiteral("产品质量")).isEmpty());
    QVERIFY(lists.awaitingApproval(ListKind::Red, QString()).isEmpty());
    QCOMPARE(lists.domains(), (QStringList {QStringLiteral("产品质量"), QStringLiteral("生态环境")}));
    QVERIFY(approved.id != waiting.id);

    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    ListService(*reviewer).approve(waiting.id);
    QVERIFY(lists.awaitingApproval(ListKind::Black, QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestListService)
#include "TestListService.moc"
