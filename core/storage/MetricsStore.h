#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

// The supervision figures (§19) as set-based SQL: one grouped pass over the period's measure tasks,
// one over its credit records, one over its objections. Definitions: domain/SupervisionMetrics.h.
class MetricsStore
{
public:
    explicit MetricsStore(Database& db);

    // Per calendar day of the span the queries touch: its working-day ordinal (working days from an
    // arbitrary origin through that day, so a difference is "working days in (a, b]") and its §13
    // publication deadline. The calendar is C++ (WorkingCalendar); this hands it to SQL as a table.
    struct Day
    {
        QDate day;
        qint64 ordinal = 0;
        QDate publicationDue;
    };
    void loadDays(const QList<Day>& days);

    struct TaskCounts
    {
        int received = 0;
        int acknowledged = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int answered = 0;
        int applied = 0;
    };
    // By department id. Needs loadDays() only for the medians.
    QHash<qint64, TaskCounts> taskCounts(const QDate& from, const QDate& to, const QDate& evaluatedOn);
    // Median working days from push to answer, by department id; key 0 holds the office's median.
    QHash<qint64, double> medianWorkingDays(const QDate& from, const QDate& to, const QDate& evaluatedOn);

    struct DueCounts
    {
        int due = 0;
        int onTime = 0;
        int licencesDue = 0; // the licensing decisions among them (publication only)
        int licencesOnTime = 0;
    };
    // §13 publication of the penalties and other records and of the licensing decisions each
    // department provided; needs loadDays().
    QHash<qint64, DueCounts> publication(const QDate& from, const QDate& to, const QDate& evaluatedOn);
    // §18 verifications by the verifying department; nullopt while the database has no objections
    // table (it comes with schema 0004), so the figure shows as "not available" rather than zero.
    std::optional<QHash<qint64, DueCounts>> verifications(
        const QDate& from, const QDate& to, const QDate& evaluatedOn);

    struct Item
    {
        qint64 taskId = 0;
        QString caseNumber;
        QString measure;
        QString subject;
        QDate pushedOn;
        QDate dueOn;
        QDate respondedOn;
    };
    // The late and overdue tasks behind one department's figures, earliest deadline first.
    QList<Item> lateOrOverdue(
        qint64 departmentId, const QDate& from, const QDate& to, const QDate& evaluatedOn, int limit);

    // The plans of the queries above, for tests and for diagnosing a slow desk: a period's tasks are
    // found through measure_tasks_pushed, its records through credit_records_decision_date.
    enum class Query { Tasks, Publication, LateOrOverdue };
    QStringList queryPlan(Query query);

private:
    bool hasObjections();

    Database& m_db;
};

} // namespace cd
