#include "CoreError.h"
#include "services/BrowseService.h"
#include "services/CaseService.h"
#include "services/DemoData.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "util/Office.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
const QByteArray AdminPassword = "browse-admin-pass";
const QByteArray DemoPassword = "CreditDesk-demo-2026";
} // namespace

// The desk's long lists: pages that continue where the last one ended, filters and sorts in SQL
// along an index, citizen IDs masked.
class TestBrowseService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesContinueWithoutGapsOrRepeats();
    void descendingOrderAndFilters();
    void citizenIdsAreMasked();
    void reviewQueueLeavesOutOwnDrafts();
    void casesOfAPersonIncludeThoseAsCoSubject();
    void openTasksAreDueAndUnanswered();
    void queriesFollowAnIndex_data();
    void queriesFollowAnIndex();

private:
    std::unique_ptr<Session> as(const QString& user)
    {
        return m_office->signIn(user, user == QLatin1String("admin") ? AdminPassword : DemoPassword);
    }
    std::unique_ptr<test::Office> m_office;
};

void TestBrowseService::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_office = std::make_unique<test::Office>(test::Office::Empty, AdminPassword);
    auto admin = as(QStringLiteral("admin"));
    DemoData::fill(*admin, 11);
}

void TestBrowseService::pagesContinueWithoutGapsOrRepeats()
{
    auto s = as(QStringLiteral("officer"));
    BrowseService browse(*s);
    BrowseQuery all;
    all.list = BrowseList::Subjects;
    all.limit = 0;
    const QList<BrowseRow> whole = browse.page(all);
    QVERIFY(whole.size() > 500);

    BrowseQuery q;
    q.list = BrowseList::Subjects;
    q.limit = 97;
    QList<qint64> paged;
    for (;;) {
        const QList<BrowseRow> rows = browse.page(q);
        for (const BrowseRow& r : rows)
            paged << r.id;
        if (rows.size() < q.limit)
            break;
        q.afterValue = rows.last().sortValue;
        q.afterId = rows.last().id;
    }
    QCOMPARE(paged.size(), whole.size());
    for (int i = 0; i < whole.size(); ++i)
        QCOMPARE(paged.at(i), whole.at(i).id);
    // Sorted by name.
    for (int i = 1; i < whole.size(); ++i)
        QVERIFY(whole.at(i - 1).values.value(QStringLiteral("name")).toString()
            <= whole.at(i).values.value(QStringLiteral("name")).toString());
}

void TestBrowseService::descendingOrderAndFilters()
{
    auto s = as(QStringLiteral("officer"));
    BrowseService browse(*s);
    BrowseQuery q;
    q.list = BrowseList::Records;
    q.descending = true;
    q.polarity = QStringLiteral("positive");
    q.limit = 50;
    const QList<BrowseRow> first = browse.page(q);
    QCOMPARE(first.size(), 50);
    for (const BrowseRow& r : first)
        QCOMPARE(r.values.value(QStringLiteral("polarity")).toString(), QStringLiteral("positive"));
    for (int i = 1; i < first.size(); ++i)
        QVERIFY(first.at(i - 1).values.value(QStringLiteral("decisionDate")).toDate()
            >= first.at(i).values.value(QStringLiteral("decisionDate")).toDate());

    BrowseQuery named;
    named.list = BrowseList::Subjects;
    BrowseService::applySearch(named, QStringLiteral("有限公司"));
    QCOMPARE(named.nameText, QStringLiteral("有限公司"));
    const QList<BrowseRow> companies = browse.page(named);
    QVERIFY(!companies.isEmpty());
    SubjectService subjects(*s);
    int byFormerName = 0;
    for (const BrowseRow& r : companies) {
        // The current name, or a former one (曾用名), which the row then names.
        const Subject subject = subjects.get(r.id);
        const QString matched = r.values.value(QStringLiteral("matchedName")).toString();
        if (subject.name.contains(QStringLiteral("有限公司"))) {
            QVERIFY(matched.isEmpty());
        } else {
            ++byFormerName;
            QVERIFY(matched.contains(QStringLiteral("有限公司")));
            QVERIFY(subject.formerNames.contains(matched));
        }
    }
    QVERIFY(byFormerName > 0);

    BrowseQuery cases;
    cases.list = BrowseList::Cases;
    cases.state = QStringLiteral("pushed");
    const QList<BrowseRow> pushed = browse.page(cases);
    QVERIFY(!pushed.isEmpty());
    for (const BrowseRow& r : pushed)
        QCOMPARE(r.values.value(QStringLiteral("state")).toString(), QStringLiteral("pushed"));
}

void TestBrowseService::citizenIdsAreMasked()
{
    auto s = as(QStringLiteral("supervisor"));
    BrowseService browse(*s);
    BrowseQuery q;
    q.list = BrowseList::Subjects;
    q.kind = QStringLiteral("natural_person");
    const QList<BrowseRow> persons = browse.page(q);
    QVERIFY(!persons.isEmpty());
    for (const BrowseRow& r : persons)
        QVERIFY(r.values.value(QStringLiteral("code")).toString().contains(QStringLiteral("********")));
    // A supervisor may not narrow a person search below the division part.
    const QString division = persons.first().values.value(QStringLiteral("code")).toString().left(6);
    q.codePrefix = division + QStringLiteral("19");
    QVERIFY(browse.page(q).isEmpty());
    q.codePrefix = division;
    QVERIFY(!browse.page(q).isEmpty());
}

void TestBrowseService::reviewQueueLeavesOutOwnDrafts()
{
    auto s = as(QStringLiteral("officer"));
    BrowseService browse(*s);
    BrowseQuery q;
    q.list = BrowseList::Cases;
    q.state = QStringLiteral("draft");
    q.notDraftedBy = QStringLiteral("OFFICER");
    const QList<BrowseRow> rows = browse.page(q);
    for (const BrowseRow& r : rows)
        QVERIFY(r.values.value(QStringLiteral("draftedBy")).toString() != QLatin1String("officer"));
    q.notDraftedBy.clear();
    QVERIFY(browse.page(q).size() > rows.size());
}

void TestBrowseService::casesOfAPersonIncludeThoseAsCoSubject()
{
    auto s = as(QStringLiteral("officer"));
    BrowseService browse(*s);
    CaseService cases(*s);
    BrowseQuery all;
    all.list = BrowseList::Cases;
    all.limit = 0;
    for (const BrowseRow& row : browse.page(all)) {
        const Case c = cases.get(row.id);
        if (c.coSubjects.isEmpty())
            continue;
        BrowseQuery q;
        q.list = BrowseList::Cases;
        q.subjectId = c.coSubjects.first().subjectId;
        q.limit = 0;
        QList<qint64> ids;
        for (const BrowseRow& r : browse.page(q))
            ids << r.id;
        QVERIFY(ids.contains(c.id));
        q.subjectId = c.subjectId;
        ids.clear();
        for (const BrowseRow& r : browse.page(q))
            ids << r.id;
        QVERIFY(ids.contains(c.id));
        return;
    }
    QSKIP("the demo office has no case with co-subjects");
}

void TestBrowseService::openTasksAreDueAndUnanswered()
{
    auto s = as(QStringLiteral("officer"));
    BrowseService browse(*s);
    BrowseQuery q;
    q.list = BrowseList::OpenTasks;
    q.dueBy = QDate::currentDate();
    const QList<BrowseRow> rows = browse.page(q);
    QVERIFY(!rows.isEmpty());
    for (const BrowseRow& r : rows)
        QVERIFY(r.values.value(QStringLiteral("dueOn")).toDate() <= QDate::currentDate());
}

void TestBrowseService::queriesFollowAnIndex_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("index");
    QTest::newRow("subjects by name") << int(BrowseList::Subjects) << "name"
                                      << ""
                                      << "subjects_name";
    QTest::newRow("subjects by code") << int(BrowseList::Subjects) << "code"
                                      << ""
                                      << "subjects_code";
    QTest::newRow("subjects, code prefix") << int(BrowseList::Subjects) << "code"
                                           << "91320681"
                                           << "subjects_code";
    QTest::newRow("records by date") << int(BrowseList::Records) << ""
                                     << ""
                                     << "credit_records_decision_date";
    QTest::newRow("records of a name") << int(BrowseList::Records) << ""
                                       << "建材有限"
                                       << "credit_records_subject";
    QTest::newRow("cases by draft time") << int(BrowseList::Cases) << "draftedAt"
                                         << ""
                                         << "cases_drafted_at";
    QTest::newRow("cases by number") << int(BrowseList::Cases) << "number"
                                     << ""
                                     << "number";
    QTest::newRow("open tasks by due") << int(BrowseList::OpenTasks) << ""
                                       << ""
                                       << "measure_tasks_open_due";
}

void TestBrowseService::queriesFollowAnIndex()
{
    QFETCH(int, list);
    QFETCH(QString, sort);
    QFETCH(QString, search);
    QFETCH(QString, index);
    auto s = as(QStringLiteral("officer"));
    BrowseQuery q;
    q.list = BrowseList(list);
    q.sortKey = sort;
    BrowseService::applySearch(q, search);
    // The plan of a continued page: the keyset must be a range on the index too.
    q.afterValue = QStringLiteral("2020");
    q.afterId = 1;
    const QStringList plan = BrowseService(*s).queryPlan(q);
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(
        !text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")) || !search.isEmpty(), qPrintable(text));
    for (const QString& step : plan) {
        // A scan of a big table without an index is what a deep scroll must never do.
        QVERIFY2(!(step.startsWith(QLatin1String("SCAN")) && !step.contains(QLatin1String("INDEX"))
                     && !step.contains(QLatin1String("subject_names_fts"))),
            qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestBrowseService)
#include "TestBrowseService.moc"
