#pragma once

#include "reports/NoticeDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cd {

// The notification's figures as a workbook (libxlsxwriter): one sheet per table, a formatted header
// row that stays in view, counts and shares as numbers (shares formatted as percentages).
class XlsxNoticeWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxNoticeWriter)

public:
    // CoreError(Failed) if the library fails.
    static QByteArray render(const NoticeDocument& notice, const QList<NoticeTable>& tables);
};

} // namespace cd
