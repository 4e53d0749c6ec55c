#include "services/CaseService.h"
#include "services/CheckService.h"
#include "services/CommitmentService.h"
#include "services/DemoData.h"
#include "services/ObjectionService.h"
#include "services/RepairService.h"
#include "services/Session.h"
#include "services/SubjectService.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

// The demo office: realistic enough to show every state, and the same for the same seed.
class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameOffice();
    void everyCaseStateAndFeedbackKindIsThere();

private:
    QString fill(const QString& name, quint32 seed);
    QTemporaryDir m_dir;
};

namespace {
const QByteArray AdminPassword = "demo-admin-pass";
}

void TestDemoData::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

QString TestDemoData::fill(const QString& name, quint32 seed)
{
    const QString path = m_dir.filePath(name);
    Session::initialize(path, QStringLiteral("admin"), AdminPassword);
    auto admin = Session::signIn(path, QStringLiteral("admin"), AdminPassword);
    const DemoData::Result result = DemoData::fill(*admin, seed);
    [&] { QVERIFY(result.accounts.size() >= 3); }();
    return path;
}

void TestDemoData::sameSeedSameOffice()
{
    const QString a = fill(QStringLiteral("a.db"), 7);
    const QString b = fill(QStringLiteral("b.db"), 7);
    const QString c = fill(QStringLiteral("c.db"), 8);
    auto subjectsOf = [](const QString& path) {
        auto s = Session::signIn(path, QStringLiteral("officer"), "CreditDesk-demo-2026");
        QStringList codes;
        for (const auto& hit : SubjectService(*s).find(QStringLiteral("有限公司"), 0))
            codes << hit.code + hit.name;
        codes.sort();
        return codes;
    };
    const QStringList first = subjectsOf(a);
    QVERIFY(first.size() > 500);
    QCOMPARE(subjectsOf(b), first);
    QVERIFY(subjectsOf(c) != first);
}

void TestDemoData::everyCaseStateAndFeedbackKindIsThere()
{
    const QString path = fill(QStringLiteral("d.db"), 2026);
    auto s = Session::signIn(path, QStringLiteral("supervisor"), "CreditDesk-demo-2026");
    CaseService cases(*s);
    QSet<CaseState> states;
    int onTime = 0, late = 0, unanswered = 0;
    for (qint64 id = 1; id <= 300; ++id) {
        const Case c = cases.get(id);
        states.insert(c.state);
        for (const MeasureTask& t : c.tasks) {
            if (t.response == TaskResponse::None)
                ++unanswered;
            else if (t.answeredLate())
                ++late;
            else
                ++onTime;
        }
    }
    QCOMPARE(states.size(), 5);
    QVERIFY(onTime > late && late > 0 && unanswered > 0);

    // Every status word of the credit check, and every kind of list exit, shows on the demo office.
    QSet<QString> statuses;
    QSet<QString> listStates;
    for (const QString& query :
        {QStringLiteral("91"), QStringLiteral("92"), QStringLiteral("93"), QStringLiteral("32")}) {
        for (const CreditCheckResult& r : CheckService(*s).check(query, QDate::currentDate(), 0)) {
            for (const MeasureCheck& m : r.measures)
                statuses.insert(CreditChecks::key(m.status));
            for (const ListEntry& e : r.lists)
                listStates.insert(ListEntries::stateKey(e, QDate::currentDate()));
        }
    }
    for (MeasureStatus status : {MeasureStatus::InForce, MeasureStatus::Suspended, MeasureStatus::Pending,
             MeasureStatus::Expired, MeasureStatus::LiftedByRepair, MeasureStatus::Revoked})
        QVERIFY2(statuses.contains(CreditChecks::key(status)), qPrintable(CreditChecks::key(status)));
    for (const QString& state : {QStringLiteral("listed"), QStringLiteral("expiry"), QStringLiteral("repair"),
             QStringLiteral("revocation")})
        QVERIFY2(listStates.contains(state), qPrintable(state));

    // Objections in every state and decided both ways; repairs approved, rejected and waiting;
    // commitments kept, broken and open.
    QSet<ObjectionState> objectionStates;
    QSet<bool> wrong;
    for (qint64 id = 1; id <= 16; ++id) {
        const Objection o = ObjectionService(*s).get(id);
        objectionStates.insert(o.state);
        if (o.outcome)
            wrong.insert(*o.outcome == ObjectionOutcome::InformationWrong);
    }
    QCOMPARE(objectionStates.size(), 4);
    QCOMPARE(wrong.size(), 2);
    QSet<RepairState> repairStates;
    for (qint64 id = 1; id <= 12; ++id)
        repairStates.insert(RepairService(*s).get(id).state);
    QCOMPARE(repairStates.size(), 3);
    QSet<CommitmentState> commitmentStates;
    for (qint64 id = 1; id <= 20; ++id)
        commitmentStates.insert(CommitmentService(*s).get(id).stateOn(QDate::currentDate()));
    QCOMPARE(commitmentStates.size(), 3);
    QVERIFY(!CommitmentService(*s).proposedBreaches(QDate::currentDate()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
