#include "CoreError.h"
#include "services/CommitmentService.h"
#include "services/ListService.h"
#include "services/RecordService.h"
#include "util/Office.h"

#include <QTest>

using namespace cd;
using cd::test::Office;

// 信用承诺 (§2): only for the green channel; kept or broken from the dates; a broken one proposes a
// negative record that an officer confirms.
class TestCommitmentService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void onlyGreenChannelSubjectsMayCommit();
    void keptBrokenAndOpenFollowTheDates();
    void aBrokenCommitmentBecomesARecordOnlyWhenConfirmed();

private:
    std::unique_ptr<Office> m_office;
    qint64 m_clean = 0; // registered 2010, no negative record
    qint64 m_desk = 0;
};

void TestCommitmentService::init()
{
    m_office = std::make_unique<Office>();
    m_clean = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    m_desk = m_office->department(QStringLiteral("市行政审批局"));
}

void TestCommitmentService::cleanup()
{
    m_office.reset();
}

void TestCommitmentService::onlyGreenChannelSubjectsMayCommit()
{
    const qint64 young = m_office->addCompany(
        QStringLiteral("MA1X2Y3W5"), QStringLiteral("启东市新开贸易有限公司"), QDate(2025, 6, 1));
    auto officer = m_office->as(QStringLiteral("officer"));
    CommitmentService commitments(*officer);
    try {
        commitments.add(young, m_desk, QStringLiteral("食品经营许可"), QStringLiteral("消防验收意见"),
            QDate(2026, 6, 1), QDate(2026, 7, 1));
        QFAIL("a subject without the green channel committed");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("green channel")), qPrintable(e.message()));
    }
    const Commitment c = commitments.add(m_clean, m_desk, QStringLiteral("食品经营许可"),
        QStringLiteral("消防验收意见"), QDate(2026, 6, 1), QDate(2026, 7, 1));
    QCOMPARE(c.number, QStringLiteral("承诺〔2026〕0001号"));
    try {
        commitments.add(
            m_clean, m_desk, QStringLiteral("x"), QStringLiteral("y"), QDate(2026, 6, 1), QDate(2026, 5, 1));
        QFAIL("a commitment due before it was made was taken");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY(e.message().startsWith(QStringLiteral("due date:")));
    }
}

void TestCommitmentService::keptBrokenAndOpenFollowTheDates()
{
    Commitment c;
    c.committedOn = QDate(2026, 6, 1);
    c.dueOn = QDate(2026, 7, 1);
    QCOMPARE(c.stateOn(QDate(2026, 7, 1)), CommitmentState::Open);
    QCOMPARE(c.stateOn(QDate(2026, 7, 2)), CommitmentState::Broken);
    c.keptOn = QDate(2026, 6, 20);
    QCOMPARE(c.stateOn(QDate(2026, 6, 19)), CommitmentState::Open);
    QCOMPARE(c.stateOn(QDate(2026, 6, 20)), CommitmentState::Kept);
    QCOMPARE(c.stateOn(QDate(2027, 1, 1)), CommitmentState::Kept);
    c.keptOn = QDate(2026, 7, 3); // too late: the breach stands
    QCOMPARE(c.stateOn(QDate(2026, 8, 1)), CommitmentState::Broken);
}

void TestCommitmentService::aBrokenCommitmentBecomesARecordOnlyWhenConfirmed()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    CommitmentService commitments(*officer);
    const Commitment kept = commitments.add(m_clean, m_desk, QStringLiteral("建设工程规划许可"),
        QStringLiteral("环评批复"), QDate(2026, 3, 2), QDate(2026, 4, 2));
    commitments.keep(kept.id, QDate(2026, 3, 30));
    const Commitment broken = commitments.add(m_clean, m_desk, QStringLiteral("食品经营许可"),
        QStringLiteral("消防验收意见"), QDate(2026, 6, 1), QDate(2026, 7, 1));

    // Nothing is recorded by itself: the breach is only proposed.
    QCOMPARE(RecordService(*officer).forSubject(m_clean).size(), 0);
    const QList<Commitment> proposed = commitments.proposedBreaches(QDate(2026, 7, 2));
    QCOMPARE(proposed.size(), 1);
    QCOMPARE(proposed.first().id, broken.id);
    QVERIFY(commitments.proposedBreaches(QDate(2026, 7, 1)).isEmpty());
    try {
        commitments.confirmBreach(kept.id, QDate(2026, 7, 2));
        QFAIL("a kept commitment was confirmed as broken");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
    }
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    try {
        CommitmentService(*reviewer).confirmBreach(broken.id, QDate(2026, 7, 2));
        QFAIL("a reviewer made a record");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }

    const Commitment confirmed = commitments.confirmBreach(broken.id, QDate(2026, 7, 3));
    QVERIFY(confirmed.breachRecordId > 0);
    const CreditRecord r = RecordService(*officer).get(confirmed.breachRecordId);
    QCOMPARE(r.polarity, Polarity::Negative);
    QCOMPARE(r.decisionNo, broken.number);
    QCOMPARE(r.departmentId, m_desk);
    QVERIFY(commitments.proposedBreaches(QDate(2026, 8, 1)).isEmpty());
    // And the subject has lost the green channel with it: no new commitment.
    try {
        commitments.add(
            m_clean, m_desk, QStringLiteral("x"), QStringLiteral("y"), QDate(2026, 7, 6), QDate(2026, 8, 1));
        QFAIL("a subject with a fresh breach committed again");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestCommitmentService)
#include "TestCommitmentService.moc"
