#pragma once

#include "reports/NoticeDocument.h"

#include <QByteArray>

namespace cd {

// The notification as a Chinese official document (GB/T 9704): the red header of the issuing office,
// the document number, the red separator line, the title in 小标宋 2号, the body in 仿宋 3号, the
// tables, the signature and the date, page numbers "— N —". Fonts embedded, text extractable.
class PdfNoticeWriter
{
public:
    static QByteArray render(const NoticeDocument& notice);
};

} // namespace cd
