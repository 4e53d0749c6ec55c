#pragma once

#include "domain/ReportPeriod.h"
#include "domain/SupervisionMetrics.h"
#include "reports/NoticeDocument.h"
#include "reports/ReportFile.h"

#include <QCoreApplication>

#include <optional>

namespace cd {

class Session;

// The notification (通报, §19 and 三.四): numbered per year (启信用办〔2026〕N号), built from the period's
// figures and exported as PDF, Word or spreadsheet. Issuing a number is audited; printing a number
// again reuses its date, so the document reads the same.
class NoticeService
{
    Q_DECLARE_TR_FUNCTIONS(NoticeService)

public:
    static constexpr int RectifyWorkingDays = 10;

    explicit NoticeService(Session& session);

    struct Exported
    {
        QString number;
        QString path;
        int laggingDepartments = 0;
        bool reprinted = false; // the number existed for this period
    };
    // serial: the number of the year to print again or to take; empty for the number this period's
    // notification already has this year, else the next free one. The file is written (temp file,
    // rename) before the number is committed, so a failed export uses none.
    Exported exportNotice(const ReportPeriod& period, const QString& path, std::optional<int> serial,
        bool replace, const QDate& today = QDate::currentDate());

    static QByteArray render(
        const NoticeDocument& notice, const SupervisionReport& report, ReportFile::Format format);

private:
    Session& m_session;
};

} // namespace cd
