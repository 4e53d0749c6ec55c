// Publicity and repair rule sets: dated, applied by a record's decision date, and extended by an
// administrator when the national rules change (DOMAIN.md, "Repair and publicity rules").
#include "CoreError.h"
#include "domain/RuleSet.h"
#include "services/CatalogueService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "util/Office.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

const QByteArray AdminPassword = "admin-password-1";
const QDate Rules2019(2019, 1, 1);
const QDate Rules2026(2026, 4, 1);

RulePeriod period(int minMonths, int maxMonths, bool publish = true, std::optional<int> specific = {})
{
    RulePeriod p;
    p.minMonths = minMonths;
    p.maxMonths = maxMonths;
    p.publish = publish;
    p.specificSeriousMonths = specific;
    return p;
}

// NDRC Order No. 58 (2023-05-01): its figures were not confirmed, so these are test figures.
RuleSet order58()
{
    RuleSet r;
    r.effectiveFrom = QDate(2023, 5, 1);
    r.source = QStringLiteral("国家发展改革委令第58号");
    r.note = QStringLiteral("test figures");
    r.periods = {{Severity::Minor, period(0, 3, false)}, {Severity::General, period(3, 12)},
        {Severity::Serious, period(12, 36, true, 36)}};
    return r;
}

void expectError(ErrorKind kind, const std::function<void()>& f)
{
    try {
        f();
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), kind);
        return;
    }
    QFAIL("no CoreError was thrown");
}

} // namespace

class TestRuleSets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shippedRuleSets();
    void ruleSetForDecisionDate_data();
    void ruleSetForDecisionDate();
    void periodsBeforeAndAfterOrder36();
    void publicityWindow_data();
    void publicityWindow();
    void dateBeforeEveryRuleSetGetsTheEarliestWithACaveat();
    void invalidQuestions();
    void administratorAddsARuleSet();
    void invalidRuleSetsAreRefused_data();
    void invalidRuleSetsAreRefused();
    void onlyAnAdministratorAddsRuleSets();
    void emptyRuleBook();

private:
    std::unique_ptr<test::Office> m_office;
    std::unique_ptr<Session> m_admin;
};

void TestRuleSets::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestRuleSets::init()
{
    m_office = std::make_unique<test::Office>(test::Office::Empty, AdminPassword);
    m_admin = m_office->signIn(QStringLiteral("admin"), AdminPassword);
}

void TestRuleSets::cleanup()
{
    m_admin.reset();
}

void TestRuleSets::shippedRuleSets()
{
    const RuleBook book = CatalogueService(*m_admin).ruleBook();
    QCOMPARE(book.ruleSets().size(), 2);
    QCOMPARE(book.ruleSets().at(0).effectiveFrom, Rules2019);
    QVERIFY(book.ruleSets().at(0).source.contains(QStringLiteral("527号")));
    QCOMPARE(book.ruleSets().at(1).effectiveFrom, Rules2026);
    QVERIFY(book.ruleSets().at(1).source.contains(QStringLiteral("第36号")));
    for (const RuleSet& r : book.ruleSets()) {
        QVERIFY2(r.problem().isEmpty(), qPrintable(r.problem()));
        QVERIFY(r.caveat.isEmpty());
    }
}

void TestRuleSets::ruleSetForDecisionDate_data()
{
    QTest::addColumn<QDate>("decision");
    QTest::addColumn<QDate>("ruleSet");
    QTest::newRow("2019-06-01") << QDate(2019, 6, 1) << Rules2019;
    QTest::newRow("first day of 2019 set") << Rules2019 << Rules2019;
    QTest::newRow("2025-06-01 (Order 58's span)") << QDate(2025, 6, 1) << Rules2019;
    QTest::newRow("day before Order 36") << QDate(2026, 3, 31) << Rules2019;
    QTest::newRow("2026-04-01") << Rules2026 << Rules2026;
    QTest::newRow("later") << QDate(2031, 12, 31) << Rules2026;
}

void TestRuleSets::ruleSetForDecisionDate()
{
    QFETCH(QDate, decision);
    QFETCH(QDate, ruleSet);
    const RuleSet r = CatalogueService(*m_admin).ruleSetFor(decision);
    QCOMPARE(r.effectiveFrom, ruleSet);
    QVERIFY(r.caveat.isEmpty());
}

void TestRuleSets::periodsBeforeAndAfterOrder36()
{
    CatalogueService service(*m_admin);
    const RuleSet before = service.ruleSetFor(QDate(2025, 6, 1));
    const RuleSet after = service.ruleSetFor(QDate(2026, 4, 1));
    for (const RuleSet& r : {before, after}) {
        QCOMPARE(r.period(Severity::General).minMonths, 3);
        QCOMPARE(r.period(Severity::General).maxMonths, 12);
        QVERIFY(r.period(Severity::General).publish);
        QCOMPARE(r.period(Severity::Serious).maxMonths, 36);
        QVERIFY(r.period(Severity::Serious).publish);
    }
    QCOMPARE(before.period(Severity::Serious).minMonths, 6);
    QCOMPARE(after.period(Severity::Serious).minMonths, 12);
    QVERIFY(before.period(Severity::Serious).specificSeriousMonths == std::optional<int>(36));
    QVERIFY(!after.period(Severity::Serious).specificSeriousMonths);
    QVERIFY(before.period(Severity::Minor).publish);
    QVERIFY(!after.period(Severity::Minor).publish);
    QCOMPARE(after.period(Severity::Minor).maxMonths, 3);
}

void TestRuleSets::publicityWindow_data()
{
    QTest::addColumn<QDate>("decision");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<bool>("specific");
    QTest::addColumn<bool>("publish");
    QTest::addColumn<bool>("repairable");
    QTest::addColumn<QDate>("earliestRepair");
    QTest::addColumn<QDate>("publicationEnds");

    QTest::newRow("general 2019") << QDate(2019, 6, 1) << "general" << false << true << true
                                  << QDate(2019, 9, 1) << QDate(2020, 6, 1);
    QTest::newRow("serious 2025") << QDate(2025, 6, 1) << "serious" << false << true << true
                                  << QDate(2025, 12, 1) << QDate(2028, 6, 1);
    QTest::newRow("specific serious 2025: full three years, not repairable")
        << QDate(2025, 6, 1) << "serious" << true << true << false << QDate() << QDate(2028, 6, 1);
    QTest::newRow("minor 2025: general periods, published")
        << QDate(2025, 6, 1) << "minor" << false << true << true << QDate(2025, 9, 1) << QDate(2026, 6, 1);
    QTest::newRow("serious 2026") << QDate(2026, 4, 1) << "serious" << false << true << true
                                  << QDate(2027, 4, 1) << QDate(2029, 4, 1);
    QTest::newRow("specific serious 2026: no such category, repairable") << QDate(2026, 5,
        10) << "serious" << true << true << true << QDate(2027, 5, 10) << QDate(2029, 5, 10);
    QTest::newRow("minor 2026: unpublished, repaired once met")
        << QDate(2026, 5, 10) << "minor" << false << false << true << QDate(2026, 5, 10)
        << QDate(2026, 8, 10);
    QTest::newRow("general 2026") << QDate(2026, 7, 15) << "general" << false << true << true
                                  << QDate(2026, 10, 15) << QDate(2027, 7, 15);
    // Months end on the last day of a shorter month.
    QTest::newRow("month end") << QDate(2025, 8, 31) << "serious" << false << true << true
                               << QDate(2026, 2, 28) << QDate(2028, 8, 31);
}

void TestRuleSets::publicityWindow()
{
    QFETCH(QDate, decision);
    QFETCH(QString, severity);
    QFETCH(bool, specific);
    QFETCH(bool, publish);
    QFETCH(bool, repairable);
    QFETCH(QDate, earliestRepair);
    QFETCH(QDate, publicationEnds);
    const PublicityWindow w
        = CatalogueService(*m_admin).publicityFor(decision, *Severities::fromKey(severity), specific);
    QCOMPARE(w.publish, publish);
    QCOMPARE(w.repairable, repairable);
    QCOMPARE(w.earliestRepair, earliestRepair);
    QCOMPARE(w.publicationEnds, publicationEnds);
    QCOMPARE(w.ruleSetEffectiveFrom, decision < Rules2026 ? Rules2019 : Rules2026);
    QVERIFY(!w.ruleSetSource.isEmpty());
    QVERIFY(w.caveat.isEmpty());
}

void TestRuleSets::dateBeforeEveryRuleSetGetsTheEarliestWithACaveat()
{
    CatalogueService service(*m_admin);
    const RuleSet r = service.ruleSetFor(QDate(2018, 5, 2));
    QCOMPARE(r.effectiveFrom, Rules2019);
    QVERIFY(r.caveat.contains(QStringLiteral("2018-05-02")));
    QVERIFY(r.caveat.contains(QStringLiteral("2019-01-01")));
    const PublicityWindow w = service.publicityFor(QDate(2018, 5, 2), Severity::General, false);
    QCOMPARE(w.caveat, r.caveat);
    QCOMPARE(w.publicationEnds, QDate(2019, 5, 2));
}

void TestRuleSets::invalidQuestions()
{
    CatalogueService service(*m_admin);
    expectError(ErrorKind::InvalidInput, [&] { service.ruleSetFor(QDate()); });
    expectError(
        ErrorKind::InvalidInput, [&] { service.publicityFor(QDate(2025, 1, 1), Severity::General, true); });
    expectError(
        ErrorKind::InvalidInput, [&] { service.publicityFor(QDate(2025, 1, 1), Severity::Minor, true); });
}

void TestRuleSets::administratorAddsARuleSet()
{
    CatalogueService service(*m_admin);
    const RuleSet added = service.addRuleSet(order58());
    QVERIFY(added.id > 0);
    QCOMPARE(service.ruleBook().ruleSets().size(), 3);
    QCOMPARE(service.ruleSetFor(QDate(2023, 4, 30)).effectiveFrom, Rules2019);
    QCOMPARE(service.ruleSetFor(QDate(2023, 5, 1)).effectiveFrom, QDate(2023, 5, 1));
    QCOMPARE(service.ruleSetFor(QDate(2025, 6, 1)).effectiveFrom, QDate(2023, 5, 1));
    QCOMPARE(service.ruleSetFor(QDate(2026, 4, 1)).effectiveFrom, Rules2026);
    const RuleSet stored = service.ruleSetFor(QDate(2025, 6, 1));
    QCOMPARE(stored.source, order58().source);
    QCOMPARE(stored.note, order58().note);
    QVERIFY(stored.periods == order58().periods);
    QCOMPARE(
        service.publicityFor(QDate(2025, 6, 1), Severity::Serious, false).earliestRepair, QDate(2026, 6, 1));

    const AuditEntry e = AuditLog(m_admin->db()).latest(1).constFirst();
    QCOMPARE(e.action, QStringLiteral("ruleset.add"));
    QCOMPARE(e.entityId, QStringLiteral("2023-05-01"));
    const QJsonObject summary = QJsonDocument::fromJson(e.summary.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("periods"))
                 .toObject()
                 .value(QStringLiteral("serious"))
                 .toObject()
                 .value(QStringLiteral("minMonths"))
                 .toInt(),
        12);

    // The effective date is unique.
    RuleSet again = order58();
    again.source = QStringLiteral("another");
    expectError(ErrorKind::InvalidInput, [&] { service.addRuleSet(again); });
    QCOMPARE(service.ruleBook().ruleSets().size(), 3);
}

void TestRuleSets::invalidRuleSetsAreRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("no date") << 0;
    QTest::newRow("no source") << 1;
    QTest::newRow("min above max") << 2;
    QTest::newRow("negative months") << 3;
    QTest::newRow("missing severity") << 4;
    QTest::newRow("specific serious on general") << 5;
    QTest::newRow("absurd months") << 6;
}

void TestRuleSets::invalidRuleSetsAreRefused()
{
    QFETCH(int, which);
    RuleSet r = order58();
    switch (which) {
    case 0:
        r.effectiveFrom = QDate();
        break;
    case 1:
        r.source = QStringLiteral("   ");
        break;
    case 2:
        r.periods[Severity::General] = period(13, 12);
        break;
    case 3:
        r.periods[Severity::Minor] = period(-1, 3);
        break;
    case 4:
        r.periods.remove(Severity::Serious);
        break;
    case 5:
        r.periods[Severity::General] = period(3, 12, true, 12);
        break;
    case 6:
        r.periods[Severity::Serious] = period(12, RuleSet::MaxMonths + 1);
        break;
    }
    QVERIFY(!r.problem().isEmpty());
    const qint64 auditBefore = AuditLog(m_admin->db()).tail().seq;
    expectError(ErrorKind::InvalidInput, [&] { CatalogueService(*m_admin).addRuleSet(r); });
    QCOMPARE(CatalogueService(*m_admin).ruleBook().ruleSets().size(), 2);
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, auditBefore);
}

void TestRuleSets::onlyAnAdministratorAddsRuleSets()
{
    UserService(*m_admin).add(QStringLiteral("reviewer1"), Role::Reviewer, "reviewer-password");
    auto reviewer = m_office->signIn(QStringLiteral("reviewer1"), "reviewer-password");
    CatalogueService service(*reviewer);
    QCOMPARE(service.ruleSetFor(QDate(2026, 4, 1)).effectiveFrom, Rules2026);
    expectError(ErrorKind::NotPermitted, [&] { service.addRuleSet(order58()); });
    QCOMPARE(service.ruleBook().ruleSets().size(), 2);
}

void TestRuleSets::emptyRuleBook()
{
    const RuleBook empty;
    expectError(ErrorKind::Failed, [&] { empty.ruleSetFor(QDate(2025, 1, 1)); });
    // Order does not matter to a rule book.
    RuleSet a = order58();
    RuleSet b = order58();
    b.effectiveFrom = QDate(2020, 1, 1);
    const RuleBook book({a, b});
    QCOMPARE(book.ruleSets().first().effectiveFrom, QDate(2020, 1, 1));
    QCOMPARE(book.ruleSetFor(QDate(2022, 1, 1)).effectiveFrom, QDate(2020, 1, 1));
}

QTEST_GUILESS_MAIN(TestRuleSets)
#include "TestRuleSets.moc"
