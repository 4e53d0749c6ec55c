#include "domain/CreditCheck.h"
#include "domain/CreditRecord.h"

#include <QTest>

using namespace cd;

// The status words of the credit check, computed from dates only.
class TestCreditCheckStatus : public QObject
{
    Q_OBJECT

private slots:
    void statusThroughATerm_data();
    void statusThroughATerm();
    void revocationAndRepairWinFromTheirDate();
    void suspensionCoversItsIntervalOnly();
    void publicationDeadline_data();
    void publicationDeadline();
};

namespace {

MeasureFacts pushedCase()
{
    MeasureFacts f;
    f.caseState = CaseState::Pushed;
    f.pushedOn = QDate(2026, 3, 10);
    f.termStart = QDate(2026, 3, 10);
    f.termEnd = QDate(2029, 3, 9);
    return f;
}

} // namespace

void TestCreditCheckStatus::statusThroughATerm_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("expected");
    const int pushed = int(CaseState::Pushed);
    QTest::newRow("draft") << int(CaseState::Draft) << QDate(2026, 6, 1) << "pending";
    QTest::newRow("approved, not pushed") << int(CaseState::Approved) << QDate(2026, 6, 1) << "pending";
    QTest::newRow("before push date") << pushed << QDate(2026, 3, 9) << "pending";
    QTest::newRow("first day of term") << pushed << QDate(2026, 3, 10) << "in_force";
    QTest::newRow("inside term") << pushed << QDate(2027, 11, 25) << "in_force";
    QTest::newRow("last day of term") << pushed << QDate(2029, 3, 9) << "in_force";
    QTest::newRow("day after term") << pushed << QDate(2029, 3, 10) << "expired";
}

void TestCreditCheckStatus::statusThroughATerm()
{
    QFETCH(int, state);
    QFETCH(QDate, asOf);
    QFETCH(QString, expected);
    MeasureFacts f = pushedCase();
    f.caseState = CaseState(state);
    if (f.caseState != CaseState::Pushed)
        f.pushedOn = QDate();
    const auto [status, why] = CreditChecks::statusOn(f, asOf);
    QCOMPARE(CreditChecks::key(status), expected);
    QVERIFY(!why.isEmpty());
}

void TestCreditCheckStatus::revocationAndRepairWinFromTheirDate()
{
    MeasureFacts f = pushedCase();
    f.liftedByRepairOn = QDate(2027, 1, 5);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2027, 1, 4)).first, MeasureStatus::InForce);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2027, 1, 5)).first, MeasureStatus::LiftedByRepair);
    f.basisWithdrawnOn = QDate(2026, 12, 1);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2026, 11, 30)).first, MeasureStatus::InForce);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2027, 2, 1)).first, MeasureStatus::Revoked);
    // Revocation outlives the term: the measure never should have applied.
    QCOMPARE(CreditChecks::statusOn(f, QDate(2030, 1, 1)).first, MeasureStatus::Revoked);
}

void TestCreditCheckStatus::suspensionCoversItsIntervalOnly()
{
    MeasureFacts f = pushedCase();
    f.suspensions = {{QDate(2026, 5, 6), QDate(2026, 5, 20)}, {QDate(2026, 9, 1), QDate()}};
    QCOMPARE(CreditChecks::statusOn(f, QDate(2026, 5, 5)).first, MeasureStatus::InForce);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2026, 5, 6)).first, MeasureStatus::Suspended);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2026, 5, 19)).first, MeasureStatus::Suspended);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2026, 5, 20)).first, MeasureStatus::InForce);
    QCOMPARE(CreditChecks::statusOn(f, QDate(2026, 10, 1)).first, MeasureStatus::Suspended);
    QVERIFY(CreditChecks::statusOn(f, QDate(2026, 10, 1)).second.contains(QStringLiteral("2026-09-01")));
}

void TestCreditCheckStatus::publicationDeadline_data()
{
    QTest::addColumn<QDate>("publishedOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("expected");
    const QDate due(2026, 10, 12);
    QTest::newRow("published before due") << QDate(2026, 9, 30) << QDate(2026, 11, 1) << true << "on_time";
    QTest::newRow("published on due") << due << QDate(2026, 11, 1) << true << "on_time";
    QTest::newRow("published a day late") << due.addDays(1) << QDate(2026, 11, 1) << true << "late";
    QTest::newRow("not yet, not due") << QDate() << QDate(2026, 10, 12) << true << "not_due";
    QTest::newRow("not yet, overdue") << QDate() << QDate(2026, 10, 13) << true << "overdue";
    QTest::newRow("published later than asOf")
        << QDate(2026, 10, 20) << QDate(2026, 10, 15) << true << "overdue";
    QTest::newRow("minor, not required") << QDate() << QDate(2026, 12, 1) << false << "not_required";
}

void TestCreditCheckStatus::publicationDeadline()
{
    QFETCH(QDate, publishedOn);
    QFETCH(QDate, asOf);
    QFETCH(bool, required);
    QFETCH(QString, expected);
    CreditRecord r;
    r.decisionDate = QDate(2026, 9, 24);
    r.publishedOn = publishedOn;
    // 7 working days after 2026-09-24 across 中秋 and 国庆 2026 is 2026-10-12.
    QCOMPARE(CreditRecords::key(CreditRecords::publicationStatus(r, QDate(2026, 10, 12), asOf, required)),
        expected);
}

QTEST_GUILESS_MAIN(TestCreditCheckStatus)
#include "TestCreditCheckStatus.moc"
