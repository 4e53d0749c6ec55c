#pragma once

#include "domain/ReportPeriod.h"
#include "domain/SupervisionMetrics.h"

#include <QCoreApplication>

namespace cd {

class Session;

// How the departments carry out the joint measures (跟踪问效, §19): the figures of a period, their
// ranking, who lags behind and why, and the items behind a department's late and overdue counts.
// The dashboard, `report metrics` and every export of the notification read them from here.
class SupervisionService
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionService)

public:
    // A share below this names a department in the notification, as does any task still overdue.
    static constexpr double LaggingThreshold = 0.8;

    explicit SupervisionService(Session& session);

    SupervisionReport report(const ReportPeriod& period, const QDate& today = QDate::currentDate());
    // `count` periods ending with `last`, oldest first.
    QList<SupervisionReport> trend(
        const ReportPeriod& last, int count, const QDate& today = QDate::currentDate());
    QList<SupervisionItem> lateOrOverdue(qint64 departmentId, const ReportPeriod& period,
        const QDate& today = QDate::currentDate(), int limit = 500);

private:
    void loadDays(const ReportPeriod& period);

    Session& m_session;
};

} // namespace cd
