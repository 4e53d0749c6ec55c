#include "services/NoticeService.h"

#include "CoreError.h"
#include "reports/DocxNoticeWriter.h"
#include "reports/NoticeBuilder.h"
#include "reports/NoticeTemplate.h"
#include "reports/PdfNoticeWriter.h"
#include "reports/XlsxNoticeWriter.h"
#include "services/CalendarService.h"
#include "services/Session.h"
#include "services/SupervisionService.h"
#include "storage/NoticeStore.h"

#include <QJsonObject>

namespace cd {

NoticeService::NoticeService(Session& session) : m_session(session) { }

QByteArray NoticeService::render(
    const NoticeDocument& notice, const SupervisionReport& report, ReportFile::Format format)
{
    switch (format) {
    case ReportFile::Format::Pdf:
        return PdfNoticeWriter::render(notice);
    case ReportFile::Format::Docx:
        return DocxNoticeWriter::render(notice);
    case ReportFile::Format::Xlsx: {
        // The spreadsheet holds the tables of the document and the lagging departments as a third.
        QList<NoticeTable> tables = notice.tables;
        tables.append(NoticeBuilder::laggingTable(report));
        return XlsxNoticeWriter::render(notice, tables);
    }
    }
    return {};
}

NoticeService::Exported NoticeService::exportNotice(const ReportPeriod& period, const QString& path,
    std::optional<int> serial, bool replace, const QDate& today)
{
    m_session.require(Operation::IssueNotice);
    const ReportFile::Format format = ReportFile::formatOf(
        path, {ReportFile::Format::Pdf, ReportFile::Format::Docx, ReportFile::Format::Xlsx});
    ReportFile::checkTarget(path, replace);
    if (serial && *serial <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("--number: a positive whole number."));
    const SupervisionReport report = SupervisionService(m_session).report(period, today);

    return m_session.write([&] {
        NoticeStore store(m_session.db());
        const int year = today.year();
        NoticeStore::Notice n;
        n.year = year;
        n.serial = serial.value_or(0);
        n.period = period.key();
        n.issuedOn = today;
        n.issuedBy = m_session.user().name;
        bool reprinted = false;
        if (serial) {
            if (const auto existing = store.bySerial(year, *serial)) {
                if (existing->period != period.key())
                    throw CoreError(ErrorKind::InvalidInput,
                        tr("--number: %1 was issued for the period %2, not %3.")
                            .arg(existing->number, existing->period, period.key()));
                n = *existing;
                reprinted = true;
            }
        } else if (const auto issued = store.latestForPeriod(year, period.key())) {
            // The PDF, the Word document and the spreadsheet of one notification share its number.
            n = *issued;
            reprinted = true;
        } else {
            n.serial = store.nextSerial(year);
        }
        n.number = NoticeTemplate::documentNumber(n.year, n.serial);
        const QDate rectifyBy = CalendarService(m_session).addWorkingDays(n.issuedOn, RectifyWorkingDays);
        const NoticeDocument notice = NoticeBuilder::build(report, n.number, n.issuedOn, rectifyBy);
        if (!reprinted)
            store.insert(n);
        m_session.audit(reprinted ? QStringLiteral("notice.reprint") : QStringLiteral("notice.issue"),
            QStringLiteral("notice"), n.number,
            QJsonObject {{QStringLiteral("period"), period.key()},
                {QStringLiteral("lagging"), int(report.lagging().size())},
                {QStringLiteral("format"), path.section(QLatin1Char('.'), -1).toLower()}});
        ReportFile::write(path, render(notice, report, format), replace);
        return Exported {n.number, path, int(report.lagging().size()), reprinted};
    });
}

} // namespace cd
