#include "services/SupervisionService.h"

#include "services/CalendarService.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "storage/MetricsStore.h"

#include <algorithm>

namespace cd {

namespace {

void addInto(DepartmentMetrics& total, const DepartmentMetrics& d)
{
    total.received += d.received;
    total.acknowledged += d.acknowledged;
    total.onTime += d.onTime;
    total.late += d.late;
    total.overdue += d.overdue;
    total.pending += d.pending;
    total.answered += d.answered;
    total.applied += d.applied;
    total.recordsDue += d.recordsDue;
    total.recordsOnTime += d.recordsOnTime;
    total.licencesDue += d.licencesDue;
    total.licencesOnTime += d.licencesOnTime;
    total.verificationsDue += d.verificationsDue;
    total.verificationsOnTime += d.verificationsOnTime;
}

// Best first: the on-time feedback share, then fewer tasks still overdue, then the publication share.
// A department whose tasks are all still running has no share yet and follows those that have one.
bool ranksBefore(const DepartmentMetrics& a, const DepartmentMetrics& b)
{
    const auto sa = a.onTimeShare();
    const auto sb = b.onTimeShare();
    if (sa.has_value() != sb.has_value())
        return sa.has_value();
    if (sa && *sa != *sb)
        return *sa > *sb;
    if (a.overdue != b.overdue)
        return a.overdue < b.overdue;
    const double pa = a.publicationShare().value_or(1.0);
    const double pb = b.publicationShare().value_or(1.0);
    if (pa != pb)
        return pa > pb;
    return a.departmentId < b.departmentId;
}

} // namespace

SupervisionService::SupervisionService(Session& session) : m_session(session) { }

void SupervisionService::loadDays(const ReportPeriod& period)
{
    const WorkingCalendar calendar = CalendarService(m_session).calendar();
    const int publicationDays = Settings(m_session).publicationWorkingDays();
    QList<MetricsStore::Day> days;
    qint64 ordinal = 0;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++ordinal;
        days.append({d, ordinal, calendar.addWorkingDays(d, publicationDays)});
    }
    MetricsStore(m_session.db()).loadDays(days);
}

SupervisionReport SupervisionService::report(const ReportPeriod& period, const QDate& today)
{
    m_session.require(Operation::ReadSupervision);
    SupervisionReport report;
    report.period = period;
    report.evaluatedOn = period.evaluatedOn(today);
    report.laggingThreshold = LaggingThreshold;
    const QDate e = report.evaluatedOn;

    loadDays(period);
    MetricsStore store(m_session.db());
    const auto tasks = store.taskCounts(period.from, period.to, e);
    const auto medians = store.medianWorkingDays(period.from, period.to, e);
    const auto publication = store.publication(period.from, period.to, e);
    const auto verifications = store.verifications(period.from, period.to, e);

    report.totals.name = tr("Office total");
    report.totals.objectionsAvailable = verifications.has_value();
    if (medians.contains(0))
        report.totals.medianWorkingDays = medians.value(0);

    for (const Department& dep : DepartmentService(m_session).listAll()) {
        DepartmentMetrics m;
        m.departmentId = dep.id;
        m.code = dep.code;
        m.name = dep.name;
        const MetricsStore::TaskCounts t = tasks.value(dep.id);
        m.received = t.received;
        m.acknowledged = t.acknowledged;
        m.onTime = t.onTime;
        m.late = t.late;
        m.overdue = t.overdue;
        m.answered = t.answered;
        m.applied = t.applied;
        m.pending = t.received - t.onTime - t.late - t.overdue;
        if (medians.contains(dep.id))
            m.medianWorkingDays = medians.value(dep.id);
        m.recordsDue = publication.value(dep.id).due;
        m.recordsOnTime = publication.value(dep.id).onTime;
        m.licencesDue = publication.value(dep.id).licencesDue;
        m.licencesOnTime = publication.value(dep.id).licencesOnTime;
        m.objectionsAvailable = verifications.has_value();
        if (verifications) {
            m.verificationsDue = verifications->value(dep.id).due;
            m.verificationsOnTime = verifications->value(dep.id).onTime;
        }
        if (!m.hasWork())
            continue;
        addInto(report.totals, m);

        const QString threshold = SupervisionFormat::percent(LaggingThreshold);
        if (m.overdue > 0)
            m.laggingReasons << tr(
                "%n measure task(s) still without feedback after the deadline", "", m.overdue);
        if (const auto s = m.onTimeShare(); s && *s < LaggingThreshold)
            m.laggingReasons << tr("feedback on time for %1 of the tasks due, below %2")
                                    .arg(SupervisionFormat::percent(s), threshold);
        if (const auto s = m.publicationShare(); s && *s < LaggingThreshold)
            m.laggingReasons << tr("%1 of the credit records published within the deadline, below %2")
                                    .arg(SupervisionFormat::percent(s), threshold);
        if (const auto s = m.verificationShare(); s && *s < LaggingThreshold)
            m.laggingReasons << tr("%1 of the objection verifications on time, below %2")
                                    .arg(SupervisionFormat::percent(s), threshold);
        report.departments.append(m);
    }
    std::stable_sort(report.departments.begin(), report.departments.end(), ranksBefore);
    for (int i = 0; i < report.departments.size(); ++i)
        report.departments[i].rank = i + 1;
    return report;
}

QList<SupervisionReport> SupervisionService::trend(const ReportPeriod& last, int count, const QDate& today)
{
    QList<SupervisionReport> list;
    for (const ReportPeriod& p : last.trailing(count))
        list.append(report(p, today));
    return list;
}

QList<SupervisionItem> SupervisionService::lateOrOverdue(
    qint64 departmentId, const ReportPeriod& period, const QDate& today, int limit)
{
    m_session.require(Operation::ReadSupervision);
    const QDate e = period.evaluatedOn(today);
    QList<SupervisionItem> items;
    for (const MetricsStore::Item& i :
        MetricsStore(m_session.db()).lateOrOverdue(departmentId, period.from, period.to, e, limit)) {
        items.append({i.taskId, i.caseNumber, i.measure, i.subject, i.pushedOn, i.dueOn, i.respondedOn,
            !i.respondedOn.isValid()});
    }
    return items;
}

} // namespace cd
