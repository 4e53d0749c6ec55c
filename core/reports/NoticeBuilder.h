#pragma once

#include "domain/SupervisionMetrics.h"
#include "reports/NoticeDocument.h"

#include <QCoreApplication>

namespace cd {

// Writes the notification (通报, §19 and 三.四) from a period's figures: the overall figures, two
// tables by department, the departments lagging behind and what they must rectify by when.
class NoticeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBuilder)

public:
    static NoticeDocument build(const SupervisionReport& report, const QString& number, const QDate& issuedOn,
        const QDate& rectifyBy);

    // The two tables of figures, also the spreadsheet's sheets.
    static NoticeTable feedbackTable(const SupervisionReport& report);
    static NoticeTable performanceTable(const SupervisionReport& report);
    static NoticeTable laggingTable(const SupervisionReport& report);

    static QString dateText(const QDate& date);
};

} // namespace cd
