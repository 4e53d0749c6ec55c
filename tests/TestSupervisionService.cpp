#include "CoreError.h"
#include "services/ObjectionService.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "services/SupervisionService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/MetricsStore.h"
#include "util/Office.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

const QByteArray Password = "supervision-pass-1";
const QDate Today(2026, 11, 27);

} // namespace

// The §19 figures on a hand-built office whose every figure is worked out by hand below.
//
// 2026Q3 is judged on 2026-09-30 (E). Market regulation (SCJGJ) received five tasks in the quarter:
//   1 pushed 07-01, due 07-15, acknowledged 07-02, applied 07-10      on time, 7 working days
//   2 pushed 07-01, due 07-15, not applicable 07-20                   late, 13 working days
//   3 pushed 08-03, due 08-14, nothing                                overdue
//   4 pushed 09-28, due 10-16, nothing                                pending (deadline after E)
//   5 pushed 09-01, due 09-14, acknowledged 09-02, applied 10-05      overdue on E (answer after E)
//   and one pushed 06-30, outside the quarter.
// The court (FY) received two:
//   6 pushed 07-06, due 07-17, applied 07-08                          on time, 2 working days
//   7 pushed 07-06, due 07-17, refused 07-17                          on time (on the day), 9 days
// Records provided by SCJGJ, decided in the quarter (deadline: 7 working days):
//   R1 general 07-01 published 07-08 (due 07-10) on time; R2 general 07-01 published 07-20 late;
//   R3 general 09-29 unpublished, due 10-14 after E: not counted; R4 general 08-03 unpublished, due
//   08-12: counted, not on time; R5 positive 08-10 published 08-11 on time; R6 minor 08-03
//   unpublished: the 2026 rules do not require it, not counted.
class TestSupervisionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void periodsParseAndStep();
    void figuresEqualTheHandCount();
    void rankingAndLaggingReasons();
    void drillDownListsLateAndOverdueTasks();
    void objectionVerificationsLightUpWithTheTable();
    void everyRoleReads();
    void queriesUseTheIndexes();

private:
    std::unique_ptr<Session> as(const QString& user);
    qint64 department(Database& db, const QString& code);
    void addTask(Database& db, qint64 department, const char* pushed, const char* due, const char* ack,
        const char* response, const char* responded);
    void addRecord(Database& db, const char* severity, const char* decided, const char* published);
    std::unique_ptr<test::Office> m_office;
    qint64 m_case = 0;
    qint64 m_subject = 0;
    qint64 m_measure = 0;
    int m_records = 0;
};

void TestSupervisionService::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

std::unique_ptr<Session> TestSupervisionService::as(const QString& user)
{
    return m_office->signIn(user, Password);
}

qint64 TestSupervisionService::department(Database& db, const QString& code)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM departments WHERE code = ?"));
    q.addBindValue(code);
    db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void TestSupervisionService::addTask(Database& db, qint64 dep, const char* pushed, const char* due,
    const char* ack, const char* response, const char* responded)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO measure_tasks (case_id, measure_id, subject_id, department_id, pushed_on, due_on, "
        "acknowledged_on, response, responded_on, applied_on, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    auto text = [](const char* s) { return s ? QVariant(QString::fromLatin1(s)) : QVariant(); };
    q.addBindValue(m_case);
    q.addBindValue(m_measure);
    q.addBindValue(m_subject);
    q.addBindValue(dep);
    q.addBindValue(text(pushed));
    q.addBindValue(text(due));
    q.addBindValue(text(ack));
    q.addBindValue(text(response));
    q.addBindValue(text(responded));
    q.addBindValue(response && qstrcmp(response, "applied") == 0 ? text(responded) : QVariant());
    q.addBindValue(
        response && qstrcmp(response, "applied") != 0 ? QVariant(QStringLiteral("因由")) : QVariant());
    db.exec(q);
}

void TestSupervisionService::addRecord(
    Database& db, const char* severity, const char* decided, const char* published)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO credit_records (subject_id, polarity, category, severity, decision_no, decision_date, "
        "department_id, published_on, created_by, created_at) VALUES (?, ?, '行政处罚', ?, ?, ?, ?, ?, "
        "'test', "
        "'2026-01-01T00:00:00.000Z')"));
    q.addBindValue(m_subject);
    q.addBindValue(severity ? QStringLiteral("negative") : QStringLiteral("positive"));
    q.addBindValue(severity ? QVariant(QString::fromLatin1(severity)) : QVariant());
    q.addBindValue(QStringLiteral("启市监〔2026〕%1号").arg(++m_records));
    q.addBindValue(QString::fromLatin1(decided));
    q.addBindValue(department(db, QStringLiteral("SCJGJ")));
    q.addBindValue(published ? QVariant(QString::fromLatin1(published)) : QVariant());
    db.exec(q);
}

void TestSupervisionService::init()
{
    m_records = 0;
    m_office = std::make_unique<test::Office>(test::Office::Empty, Password);
    auto admin = as(QStringLiteral("admin"));
    UserService users(*admin);
    users.add(QStringLiteral("officer"), Role::Officer, Password);
    users.add(QStringLiteral("supervisor"), Role::Supervisor, Password);

    Database& db = admin->db();
    db.exec(QStringLiteral("INSERT INTO subjects (kind, code, name, created_at, updated_at) VALUES "
                           "('legal_person', '91320681MA1X2Y3W40', '启东市华信建材有限公司', "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    m_subject = db.scalar(QStringLiteral("SELECT MAX(id) FROM subjects")).toLongLong();
    m_measure = db.scalar(QStringLiteral("SELECT MIN(id) FROM measures")).toLongLong();
    const qint64 memo
        = db.scalar(QStringLiteral("SELECT memorandum_id FROM measures WHERE id = %1").arg(m_measure))
              .toLongLong();
    db.exec(
        QStringLiteral("INSERT INTO cases (number, kind, state, subject_id, initiating_department_id, "
                       "memorandum_id, term_start, term_end, drafted_by, drafted_at) VALUES "
                       "('联惩〔2026〕0001号', 'sanction', 'pushed', %1, %2, %3, '2026-06-01', '2029-05-31', "
                       "'officer', '2026-06-01T00:00:00.000Z')")
            .arg(m_subject)
            .arg(department(db, QStringLiteral("SCJGJ")))
            .arg(memo));
    m_case = db.scalar(QStringLiteral("SELECT MAX(id) FROM cases")).toLongLong();

    const qint64 market = department(db, QStringLiteral("SCJGJ"));
    const qint64 court = department(db, QStringLiteral("FY"));
    addTask(db, market, "2026-07-01", "2026-07-15", "2026-07-02", "applied", "2026-07-10");
    addTask(db, market, "2026-07-01", "2026-07-15", nullptr, "not_applicable", "2026-07-20");
    addTask(db, market, "2026-08-03", "2026-08-14", nullptr, nullptr, nullptr);
    addTask(db, market, "2026-09-28", "2026-10-16", nullptr, nullptr, nullptr);
    addTask(db, market, "2026-09-01", "2026-09-14", "2026-09-02", "applied", "2026-10-05");
    addTask(db, market, "2026-06-30", "2026-07-14", nullptr, nullptr, nullptr);
    addTask(db, court, "2026-07-06", "2026-07-17", nullptr, "applied", "2026-07-08");
    addTask(db, court, "2026-07-06", "2026-07-17", nullptr, "refused", "2026-07-17");

    addRecord(db, "general", "2026-07-01", "2026-07-08");
    addRecord(db, "general", "2026-07-01", "2026-07-20");
    addRecord(db, "general", "2026-09-29", nullptr);
    addRecord(db, "general", "2026-08-03", nullptr);
    addRecord(db, nullptr, "2026-08-10", "2026-08-11");
    addRecord(db, "minor", "2026-08-03", nullptr);
}

void TestSupervisionService::cleanup()
{
    m_office.reset();
}

void TestSupervisionService::periodsParseAndStep()
{
    const ReportPeriod q = ReportPeriod::parse(QStringLiteral("2026q3"));
    QCOMPARE(q.from, QDate(2026, 7, 1));
    QCOMPARE(q.to, QDate(2026, 9, 30));
    QCOMPARE(q.key(), QStringLiteral("2026Q3"));
    QCOMPARE(q.previous().key(), QStringLiteral("2026Q2"));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-01")).previous().key(), QStringLiteral("2025-12"));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-02")).to, QDate(2026, 2, 28));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026")).to, QDate(2026, 12, 31));
    const ReportPeriod r = ReportPeriod::parse(QStringLiteral("2026-01-01..2026-01-10"));
    QCOMPARE(r.previous().key(), QStringLiteral("2025-12-22..2025-12-31"));
    QCOMPARE(q.trailing(3).first().key(), QStringLiteral("2026Q1"));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026Q4")).evaluatedOn(Today), Today);
    for (const char* bad :
        {"2026-13", "2026Q5", "26", "2026-02-01..2026-01-01", "last month", "2000-01-01..2026-12-31"})
        QVERIFY_THROWS_EXCEPTION(CoreError, ReportPeriod::parse(QString::fromLatin1(bad)));
}

void TestSupervisionService::figuresEqualTheHandCount()
{
    auto supervisor = as(QStringLiteral("supervisor"));
    const SupervisionReport r
        = SupervisionService(*supervisor).report(ReportPeriod::parse(QStringLiteral("2026Q3")), Today);
    QCOMPARE(r.evaluatedOn, QDate(2026, 9, 30));
    QCOMPARE(r.departments.size(), 2);

    const DepartmentMetrics court = r.departments.at(0);
    QCOMPARE(court.code, QStringLiteral("FY"));
    QCOMPARE(court.received, 2);
    QCOMPARE(court.acknowledged, 2); // an answer counts as acknowledged
    QCOMPARE(court.onTime, 2);
    QCOMPARE(court.late, 0);
    QCOMPARE(court.overdue, 0);
    QCOMPARE(court.pending, 0);
    QCOMPARE(court.applied, 1);
    QCOMPARE(*court.appliedShare(), 0.5);
    QCOMPARE(*court.onTimeShare(), 1.0);
    QCOMPARE(*court.medianWorkingDays, 5.5); // (2 + 9) / 2
    QCOMPARE(court.recordsDue, 0);
    QVERIFY(!court.publicationShare());

    const DepartmentMetrics market = r.departments.at(1);
    QCOMPARE(market.code, QStringLiteral("SCJGJ"));
    QCOMPARE(market.received, 5);
    QCOMPARE(market.acknowledged, 3);
    QCOMPARE(market.onTime, 1);
    QCOMPARE(market.late, 1);
    QCOMPARE(market.overdue, 2);
    QCOMPARE(market.pending, 1);
    QCOMPARE(market.answered, 2);
    QCOMPARE(market.applied, 1);
    QCOMPARE(*market.onTimeShare(), 0.25);
    QCOMPARE(*market.medianWorkingDays, 10.0); // (7 + 13) / 2
    QCOMPARE(market.recordsDue, 4);
    QCOMPARE(market.recordsOnTime, 2);

    QCOMPARE(r.totals.received, 7);
    QCOMPARE(r.totals.acknowledged, 5);
    QCOMPARE(r.totals.onTime, 3);
    QCOMPARE(r.totals.late, 1);
    QCOMPARE(r.totals.overdue, 2);
    QCOMPARE(r.totals.pending, 1);
    QCOMPARE(r.totals.applied, 2);
    QCOMPARE(*r.totals.medianWorkingDays, 8.0); // 2, 7, 9, 13
    QCOMPARE(r.totals.recordsDue, 4);
    QCOMPARE(r.totals.recordsOnTime, 2);

    // Judged on 10-06 instead, task 5's answer of 10-05 is known: late, no longer overdue.
    const SupervisionReport longer
        = SupervisionService(*supervisor)
              .report(ReportPeriod::parse(QStringLiteral("2026-07-01..2026-10-06")), Today);
    QCOMPARE(longer.evaluatedOn, QDate(2026, 10, 6));
    QCOMPARE(longer.totals.received, 7);
    QCOMPARE(longer.totals.late, 2);
    QCOMPARE(longer.totals.overdue, 1);
    QCOMPARE(longer.totals.pending, 1);
    const SupervisionReport july
        = SupervisionService(*supervisor).report(ReportPeriod::parse(QStringLiteral("2026-07")), Today);
    QCOMPARE(july.totals.received, 4);
    QCOMPARE(july.totals.late, 1);
    QCOMPARE(july.totals.overdue, 0);
}

void TestSupervisionService::rankingAndLaggingReasons()
{
    auto supervisor = as(QStringLiteral("supervisor"));
    const SupervisionReport r
        = SupervisionService(*supervisor).report(ReportPeriod::parse(QStringLiteral("2026Q3")), Today);
    QCOMPARE(r.departments.at(0).rank, 1);
    QCOMPARE(r.departments.at(1).rank, 2);
    QVERIFY(!r.departments.at(0).lagging());
    const QList<DepartmentMetrics> lagging = r.lagging();
    QCOMPARE(lagging.size(), 1);
    QCOMPARE(lagging.first().code, QStringLiteral("SCJGJ"));
    const QStringList reasons = lagging.first().laggingReasons;
    QCOMPARE(reasons.size(), 3); // overdue tasks, 25.0% on time, 50.0% published
    QVERIFY(reasons.at(1).contains(QStringLiteral("25.0%")));
    QVERIFY(reasons.at(2).contains(QStringLiteral("50.0%")));
}

void TestSupervisionService::drillDownListsLateAndOverdueTasks()
{
    auto supervisor = as(QStringLiteral("supervisor"));
    const SupervisionReport r
        = SupervisionService(*supervisor).report(ReportPeriod::parse(QStringLiteral("2026Q3")), Today);
    const qint64 market = r.departments.at(1).departmentId;
    const QList<SupervisionItem> items
        = SupervisionService(*supervisor)
              .lateOrOverdue(market, ReportPeriod::parse(QStringLiteral("2026Q3")), Today);
    QCOMPARE(items.size(), 3); // one late, two overdue, earliest deadline first
    QCOMPARE(items.at(0).dueOn, QDate(2026, 7, 15));
    QCOMPARE(items.at(0).respondedOn, QDate(2026, 7, 20));
    QVERIFY(!items.at(0).overdue);
    QCOMPARE(items.at(1).dueOn, QDate(2026, 8, 14));
    QVERIFY(items.at(1).overdue);
    QCOMPARE(items.at(2).dueOn, QDate(2026, 9, 14));
    QVERIFY(items.at(2).overdue);
    QCOMPARE(items.at(0).caseNumber, QStringLiteral("联惩〔2026〕0001号"));
    QCOMPARE(items.at(0).subject, QStringLiteral("启东市华信建材有限公司"));
}

void TestSupervisionService::objectionVerificationsLightUpWithTheTable()
{
    auto supervisor = as(QStringLiteral("supervisor"));
    const ReportPeriod q3 = ReportPeriod::parse(QStringLiteral("2026Q3"));
    SupervisionReport r = SupervisionService(*supervisor).report(q3, Today);
    QVERIFY(r.totals.objectionsAvailable);
    QVERIFY(!r.departments.first().verificationShare()); // none accepted yet

    // Three objections on a court record, through the real services: decided in time, decided late,
    // and one still within its deadline when the quarter ends.
    {
        auto admin = as(QStringLiteral("admin"));
        UserService(*admin).add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    }
    auto officer = as(QStringLiteral("officer"));
    auto reviewer = as(QStringLiteral("reviewer"));
    const qint64 court = department(officer->db(), QStringLiteral("FY"));
    CreditRecord record;
    record.subjectId = m_subject;
    record.polarity = Polarity::Negative;
    record.category = QStringLiteral("失信被执行人");
    record.severity = Severity::Serious;
    record.decisionNo = QStringLiteral("(2026)苏0681执1号");
    record.decisionDate = QDate(2026, 6, 1);
    record.departmentId = court;
    const qint64 recordId = RecordService(*officer).add(record).id;
    ObjectionService objections(*officer);
    const auto objection = [&](const QDate& accepted, const QDate& decided) {
        const qint64 id
            = objections.file(ObjectionTarget::Record, recordId, QStringLiteral("异议"), accepted).id;
        const Objection o = objections.accept(id, accepted);
        if (decided.isValid())
            ObjectionService(*reviewer).decide(
                id, ObjectionOutcome::InformationRight, false, QStringLiteral("核实"), decided);
        return o.verificationDue;
    };
    QCOMPARE(objection(QDate(2026, 7, 1), QDate(2026, 7, 10)), QDate(2026, 7, 15));
    objection(QDate(2026, 7, 1), QDate(2026, 7, 16));
    // Ten working days across the Mid-Autumn and National Day holidays: due on 10 October.
    QCOMPARE(objection(QDate(2026, 9, 20), QDate()), QDate(2026, 10, 10));

    r = SupervisionService(*supervisor).report(q3, Today);
    QVERIFY(r.totals.objectionsAvailable);
    DepartmentMetrics c;
    for (const DepartmentMetrics& d : r.departments) {
        if (d.code == QLatin1String("FY"))
            c = d;
    }
    QCOMPARE(c.code, QStringLiteral("FY"));
    QCOMPARE(c.verificationsDue, 2);
    QCOMPARE(c.verificationsOnTime, 1);
    QCOMPARE(*c.verificationShare(), 0.5);
    QVERIFY(c.lagging());
}

void TestSupervisionService::everyRoleReads()
{
    for (const char* user : {"admin", "officer", "supervisor"}) {
        auto s = as(QString::fromLatin1(user));
        QCOMPARE(SupervisionService(*s)
                     .report(ReportPeriod::parse(QStringLiteral("2026Q3")), Today)
                     .totals.received,
            7);
    }
    QVERIFY(AccessPolicy::allows(Role::Supervisor, Operation::IssueNotice));
    QVERIFY(AccessPolicy::allows(Role::Admin, Operation::IssueNotice));
    QVERIFY(!AccessPolicy::allows(Role::Officer, Operation::IssueNotice));
    QVERIFY(!AccessPolicy::allows(Role::Reviewer, Operation::IssueNotice));
}

void TestSupervisionService::queriesUseTheIndexes()
{
    if (m_office->isServer())
        QSKIP("SQLite's query plans; a server's are measured by bench --server");
    // A city's million tasks are read by range, never scanned.
    auto supervisor = as(QStringLiteral("supervisor"));
    MetricsStore store(supervisor->db());
    const QString tasks = store.queryPlan(MetricsStore::Query::Tasks).join(QLatin1Char('\n'));
    QVERIFY2(tasks.contains(QStringLiteral("COVERING INDEX measure_tasks_pushed")), qPrintable(tasks));
    const QString records = store.queryPlan(MetricsStore::Query::Publication).join(QLatin1Char('\n'));
    QVERIFY2(
        records.contains(QStringLiteral("COVERING INDEX credit_records_publication")), qPrintable(records));
    const QString items = store.queryPlan(MetricsStore::Query::LateOrOverdue).join(QLatin1Char('\n'));
    QVERIFY2(items.contains(QStringLiteral("USING INDEX measure_tasks_")), qPrintable(items));
}

QTEST_GUILESS_MAIN(TestSupervisionService)
#include "TestSupervisionService.moc"
