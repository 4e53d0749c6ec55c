#pragma once

#include "domain/ReportPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// How one department carried out the joint measures in a period (跟踪问效, §19). Every figure has
// exactly one definition, here; the dashboard, `report metrics` and every export read these fields.
//
// Tasks are the measure tasks the department *received* (pushed_on inside the period), judged on
// the evaluation day E (the period's last day, or today while it runs):
//   received      tasks pushed to the department in the period
//   acknowledged  of those, acknowledged or answered on or before E
//   onTime        answered (applied, not applicable or refused) on or before their feedback deadline
//                 and on or before E
//   late          answered on or before E, but after the deadline
//   overdue       still unanswered on E although the deadline lies before E
//   pending       unanswered on E with the deadline not yet passed (received = onTime + late +
//                 overdue + pending)
//   applied       answered "applied" on or before E (the share is of the answered tasks)
//   medianWorkingDays  median working days from push to answer over the answered tasks
// Publication (§13) covers the credit records the department *provided* with a decision date in the
// period and for which the rule set in force requires publication, and its licensing decisions
// (行政许可, all published) of the period:
//   recordsDue     published on or before E, or whose 7-working-day deadline lies before E
//   recordsOnTime  published on or before the deadline (and on or before E)
//   licencesDue, licencesOnTime  the licensing decisions among those two
// Objection verification (§18) covers the objections the department was asked to verify, accepted
// in the period; not available on a database without objections:
//   verificationsDue    decided on or before E, or whose verification deadline lies before E
//   verificationsOnTime decided on or before the verification deadline (and on or before E)
struct DepartmentMetrics
{
    qint64 departmentId = 0; // 0 for the office totals
    QString code;
    QString name;

    int received = 0;
    int acknowledged = 0;
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    int pending = 0;
    int answered = 0;
    int applied = 0;
    std::optional<double> medianWorkingDays;

    int recordsDue = 0;
    int recordsOnTime = 0;
    int licencesDue = 0;
    int licencesOnTime = 0;

    bool objectionsAvailable = false;
    int verificationsDue = 0;
    int verificationsOnTime = 0;

    int rank = 0; // 1 = best; 0 for departments with nothing to judge and for the totals
    QStringList laggingReasons; // empty unless the department is named in the notification

    // onTime / (onTime + late + overdue): the tasks whose answer or deadline has come.
    std::optional<double> onTimeShare() const;
    std::optional<double> appliedShare() const; // applied / answered
    std::optional<double> publicationShare() const; // recordsOnTime / recordsDue
    std::optional<double> verificationShare() const; // verificationsOnTime / verificationsDue
    bool lagging() const { return !laggingReasons.isEmpty(); }
    bool hasWork() const { return received > 0 || recordsDue > 0 || verificationsDue > 0; }
};

// The figures of one period: every department with something to judge, ranked, and the office totals.
struct SupervisionReport
{
    ReportPeriod period;
    QDate evaluatedOn;
    QList<DepartmentMetrics> departments; // in rank order; departments with nothing to judge last
    DepartmentMetrics totals;
    double laggingThreshold = 0.8; // a share below this names the department

    QList<DepartmentMetrics> lagging() const;
};

// One task behind a department's late or overdue figure, for the drill-down.
struct SupervisionItem
{
    qint64 taskId = 0;
    QString caseNumber;
    QString measure;
    QString subject; // name only: the drill-down never shows codes
    QDate pushedOn;
    QDate dueOn;
    QDate respondedOn; // invalid while overdue
    bool overdue = false;
};

class SupervisionFormat
{
public:
    // "87.5%", or an em dash when there is nothing to divide.
    static QString percent(const std::optional<double>& share);
    static QString days(const std::optional<double>& days);
};

} // namespace cd
