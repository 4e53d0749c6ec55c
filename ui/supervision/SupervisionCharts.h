#pragma once

#include "domain/SupervisionMetrics.h"

#include <QCoreApplication>
#include <QList>

class QChart;

namespace cd {

// The three charts of the 督查 screen, built from the figures the notification prints. The bar
// charts list departments in rank order, best at the top; departmentAt() maps a bar back.
class SupervisionCharts
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionCharts)

public:
    // On-time feedback share per department, ranked.
    static QChart* ranking(const SupervisionReport& report);
    // Each department's tasks whose answer or deadline has come: on time, late, still overdue.
    static QChart* feedback(const SupervisionReport& report);
    // The office's on-time and publication shares over the periods, oldest first.
    static QChart* trend(const QList<SupervisionReport>& periods);

    // The departments of the bar charts, in bar order (index 0 is the bottom bar).
    static QList<DepartmentMetrics> barOrder(const SupervisionReport& report);
};

} // namespace cd
