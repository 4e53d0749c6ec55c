#pragma once

#include "services/CheckService.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cd {

// The credit report of one subject (信用报告): the credit check (应查必查, §14) on a date, printed on
// the same A4 page as the office's documents: who the subject is, the green channel, every joint
// measure with its status and the chain of reasons behind it, and the credit records.
class PdfCreditReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfCreditReportWriter)

public:
    static QByteArray render(const CreditCheckResult& check, const QString& issuedBy, const QDate& issuedOn);
};

} // namespace cd
