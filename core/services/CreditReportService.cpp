#include "services/CreditReportService.h"

#include "CoreError.h"
#include "reports/PdfCreditReportWriter.h"
#include "reports/ReportFile.h"
#include "services/CheckService.h"
#include "services/Session.h"

namespace cd {

CreditReportService::CreditReportService(Session& session) : m_session(session) { }

QString CreditReportService::exportReport(
    const QString& query, const QDate& asOf, const QString& path, bool replace)
{
    m_session.require(Operation::CreditCheck);
    ReportFile::formatOf(path, {ReportFile::Format::Pdf});
    ReportFile::checkTarget(path, replace);
    const QList<CreditCheckResult> found = CheckService(m_session).check(query, asOf, 2);
    if (found.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("QUERY: no subject matches \"%1\".").arg(query));
    if (found.size() > 1)
        throw CoreError(ErrorKind::InvalidInput,
            tr("QUERY: \"%1\" matches more than one subject; give the full code.").arg(query));
    ReportFile::write(path,
        PdfCreditReportWriter::render(found.first(), m_session.user().name, QDate::currentDate()), replace);
    return found.first().subject.name;
}

} // namespace cd
