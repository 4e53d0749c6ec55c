#pragma once

#include <QString>

namespace cd {

// The fixed data of the office's notification (通报) as an official document (GB/T 9704): who issues
// it and how its numbers read. Data, not interface text: it stays Chinese in every language.
struct NoticeTemplate
{
    // 发文机关标志, printed in red above the red separator line; also the signature at the end.
    static QString issuingOffice() { return QStringLiteral("启东市社会信用体系建设领导小组办公室"); }
    // 发文字号: 启信用办〔2026〕3号 (the year in hexagonal brackets, the serial without leading zeros).
    static QString documentNumber(int year, int serial)
    {
        return QStringLiteral("启信用办〔%1〕%2号").arg(year).arg(serial);
    }
};

} // namespace cd
