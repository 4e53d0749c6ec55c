#pragma once

#include "reports/NoticeDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cd {

// The notification as a Word document (WordprocessingML, zipped with libzip) that Word and WPS open
// and edit: the same content and GB/T 9704 page as the PDF, with the faces named as the standard
// names them (仿宋, 小标宋, 黑体, 宋体), so a desk that has them prints them.
class DocxNoticeWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxNoticeWriter)

public:
    // CoreError(Failed) if the archive cannot be written.
    static QByteArray render(const NoticeDocument& notice);
    // The package's parts by name, for the archive (and for tests).
    static QList<QPair<QString, QByteArray>> parts(const NoticeDocument& notice);
};

} // namespace cd
