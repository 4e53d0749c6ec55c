#include "services/CaseService.h"
#include "services/CheckService.h"
#include "services/DemoData.h"
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

    QSet<QString> statuses;
    for (const CreditCheckResult& r :
        CheckService(*s).check(QStringLiteral("有限公司"), QDate::currentDate(), 0)) {
        for (const MeasureCheck& m : r.measures)
            statuses.insert(CreditChecks::key(m.status));
    }
    QVERIFY(statuses.contains(QStringLiteral("in_force")));
    QVERIFY(statuses.contains(QStringLiteral("pending")));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
