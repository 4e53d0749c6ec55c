#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cd {

class Session;

// The credit report (信用报告) of one subject as a PDF: the credit check the approval desks ask for,
// printed. Every role that may run the check may print it.
class CreditReportService
{
    Q_DECLARE_TR_FUNCTIONS(CreditReportService)

public:
    explicit CreditReportService(Session& session);

    // QUERY must name exactly one subject (a code, or a name that only one subject has); otherwise
    // CoreError(InvalidInput) says how many matched. Returns the subject's name.
    QString exportReport(const QString& query, const QDate& asOf, const QString& path, bool replace);

private:
    Session& m_session;
};

} // namespace cd
