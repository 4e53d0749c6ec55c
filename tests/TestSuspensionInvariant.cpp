#include "CoreError.h"
#include "services/CheckService.h"
#include "services/ListService.h"
#include "services/ObjectionService.h"
#include "services/RepairService.h"
#include "util/Office.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

// What the test itself knows of a case's footing, independently of the services.
struct CaseFooting
{
    qint64 caseId = 0;
    qint64 recordId = 0;
    qint64 listEntryId = 0;
    qint64 listBasisRecordId = 0;
};

struct KnownObjection
{
    qint64 id = 0;
    ObjectionTarget target = ObjectionTarget::Record;
    qint64 targetId = 0;
    QDate acceptedOn;
    QDate decidedOn;
};

bool rests(const CaseFooting& f, const KnownObjection& o)
{
    switch (o.target) {
    case ObjectionTarget::Case:
        return o.targetId == f.caseId;
    case ObjectionTarget::ListEntry:
        return o.targetId == f.listEntryId;
    case ObjectionTarget::Record:
        return o.targetId == f.recordId || o.targetId == f.listBasisRecordId;
    }
    return false;
}

} // namespace

// The suspension invariant of §18, as a property: random stories of records, list entries, cases,
// objections, repairs and revocations over random dates. At no date is a measure in force while
// information it rests on is under verification, and no suspension interval is ever lost.
class TestSuspensionInvariant : public QObject
{
    Q_OBJECT

private slots:
    void randomStoriesKeepTheInvariant_data();
    void randomStoriesKeepTheInvariant();
};

void TestSuspensionInvariant::randomStoriesKeepTheInvariant_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2019u, 20260401u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestSuspensionInvariant::randomStoriesKeepTheInvariant()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QDate today = QDate::currentDate();
    Office office;
    auto officer = office.as(QStringLiteral("officer"));
    auto reviewer = office.as(QStringLiteral("reviewer"));
    const auto pick = [&](int from, int to) { return int(rng.bounded(from, to + 1)); };
    const auto chance = [&](int percent) { return int(rng.bounded(100)) < percent; };
    const auto upTo = [&](const QDate& d) { return std::min(d, today); };

    QList<KnownObjection> objections;
    QList<std::pair<qint64, CaseFooting>> footings; // subject, case
    int refusals = 0;

    for (int story = 0; story < 6; ++story) {
        const qint64 subject
            = office.addCompany(QStringLiteral("MA1X2Y%1W").arg(story, 2, 10, QLatin1Char('0')),
                QStringLiteral("启东市测试%1有限公司").arg(story));
        const QDate decided = QDate(2024, 9, 2).addDays(pick(0, 200));
        const qint64 record = office.addRecord(subject,
            QStringLiteral("启市监罚〔%1〕%2号").arg(decided.year()).arg(story + 1),
            chance(50) ? Severity::Serious : Severity::General, decided);
        qint64 entry = 0;
        if (chance(60)) {
            ListProposal p;
            p.subjectId = subject;
            p.domain = QStringLiteral("产品质量");
            p.basis = QStringLiteral("认定");
            p.basisRecordId = record;
            p.departmentId = office.department(QStringLiteral("市市场监管局"));
            p.entryDate = decided.addDays(3);
            p.plannedExit = p.entryDate.addMonths(pick(36, 48)); // still listed today: a case may rest on it
            entry = ListService(*officer).propose(p).id;
            ListService(*reviewer).approve(entry);
        }
        const QDate start = decided.addDays(10);
        const Case onRecord = office.sanction(subject, record, 0, start, start.addYears(3), start);
        footings.append({subject, {onRecord.id, record, 0, 0}});
        qint64 onEntry = 0;
        if (entry) {
            onEntry
                = office.sanction(subject, 0, entry, start.addDays(2), start.addYears(2), start.addDays(2))
                      .id;
            footings.append({subject, {onEntry, 0, entry, record}});
        }

        // Events at increasing dates up to today; refused steps are part of the story.
        QDate at = start.addDays(pick(5, 60));
        for (int step = 0; step < 5 && at < today; ++step, at = at.addDays(pick(3, 90))) {
            const int what = pick(0, 9);
            try {
                if (what <= 5) {
                    KnownObjection o;
                    const int t = pick(0, entry ? 3 : 1);
                    o.target = t == 0 ? ObjectionTarget::Record
                        : t == 1      ? ObjectionTarget::Case
                        : t == 2      ? ObjectionTarget::ListEntry
                                      : ObjectionTarget::Case;
                    o.targetId = t == 0 ? record : t == 1 ? onRecord.id : t == 2 ? entry : onEntry;
                    ObjectionService filing(*officer);
                    o.id = filing.file(o.target, o.targetId, QStringLiteral("异议"), at).id;
                    const QDate accept = upTo(at.addDays(pick(0, 3)));
                    if (chance(85)) {
                        o.acceptedOn = filing.accept(o.id, accept).acceptedOn;
                        if (chance(70)) {
                            const QDate decide = upTo(accept.addDays(pick(0, 40)));
                            const bool wrong = chance(30);
                            o.decidedOn = ObjectionService(*reviewer)
                                              .decide(o.id,
                                                  wrong ? ObjectionOutcome::InformationWrong
                                                        : ObjectionOutcome::InformationRight,
                                                  chance(50), QStringLiteral("核实"), decide)
                                              .decidedOn;
                        }
                    }
                    objections.append(o);
                } else if (what <= 7) {
                    const bool onList = entry && chance(50);
                    RepairService repairs(*officer);
                    RepairApplication a = repairs.apply(
                        onList ? RepairTarget::ListEntry : RepairTarget::Record, onList ? entry : record, at);
                    // receive() returns the application anew: iterate over a copy of what it needs.
                    const QList<RepairMaterial> required = a.required;
                    for (RepairMaterial m : required)
                        a = repairs.receive(a.id, m, at);
                    if (chance(60))
                        RepairService(*reviewer).approve(
                            a.id, QStringLiteral("ok"), upTo(at.addDays(pick(1, 10))));
                    else
                        RepairService(*reviewer).reject(
                            a.id, QStringLiteral("材料不实"), upTo(at.addDays(pick(1, 10))));
                } else if (entry) {
                    ListService(*reviewer).revoke(entry, QStringLiteral("撤销"), at);
                }
            } catch (const CoreError&) {
                ++refusals; // refused: nothing may have changed, which the checks below see
            }
        }
    }
    QVERIFY(!objections.isEmpty());

    // The property, on every fifth day and on both sides of every interval's ends.
    QSet<QDate> dates;
    for (QDate d(2024, 9, 2); d <= today; d = d.addDays(5))
        dates.insert(d);
    for (const KnownObjection& o : objections) {
        for (const QDate& d : {o.acceptedOn, o.decidedOn}) {
            if (d.isValid())
                dates << d.addDays(-1) << d << d.addDays(1);
        }
    }
    CheckService checks(*officer);
    int suspendedSeen = 0;
    for (const QDate& date : dates) {
        QSet<qint64> subjects;
        for (const auto& [subject, footing] : footings)
            subjects.insert(subject);
        for (qint64 subject : subjects) {
            const CreditCheckResult result = checks.check(subject, date);
            for (const MeasureCheck& m : result.measures) {
                for (const auto& [s, footing] : footings) {
                    if (footing.caseId != m.caseId)
                        continue;
                    for (const KnownObjection& o : objections) {
                        const bool underVerification = o.acceptedOn.isValid() && o.acceptedOn <= date
                            && (!o.decidedOn.isValid() || date < o.decidedOn);
                        if (underVerification && rests(footing, o))
                            QVERIFY2(m.status != MeasureStatus::InForce,
                                qPrintable(
                                    QStringLiteral("case %1 in force on %2 while objection %3 is verified")
                                        .arg(m.caseNumber, date.toString(Qt::ISODate))
                                        .arg(o.id)));
                    }
                }
                suspendedSeen += m.status == MeasureStatus::Suspended;
            }
        }
    }
    QVERIFY(suspendedSeen > 0);

    // No interval is lost: each stands as it was made, and in the reasons of every measure on it.
    ObjectionService reading(*officer);
    for (const KnownObjection& o : objections) {
        const Objection stored = reading.get(o.id);
        QCOMPARE(stored.acceptedOn, o.acceptedOn);
        QCOMPARE(stored.decidedOn, o.decidedOn);
        if (!o.acceptedOn.isValid())
            continue;
        const QString from = QStringLiteral("from %1").arg(o.acceptedOn.toString(Qt::ISODate));
        for (const auto& [subject, footing] : footings) {
            if (!rests(footing, o))
                continue;
            for (const MeasureCheck& m : checks.check(subject, today).measures) {
                if (m.caseId == footing.caseId)
                    QVERIFY2(
                        m.reasons.join(QLatin1Char('\n')).contains(from), qPrintable(m.reasons.join('\n')));
            }
        }
    }
    qInfo("seed %u: %lld objections, %d refused steps, %d suspended measure-days seen", seed,
        qint64(objections.size()), refusals, suspendedSeen);
}

QTEST_GUILESS_MAIN(TestSuspensionInvariant)
#include "TestSuspensionInvariant.moc"
