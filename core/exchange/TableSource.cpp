#include "exchange/TableSource.h"

#include "CoreError.h"
#include "exchange/CsvSource.h"
#include "exchange/XlsSource.h"
#include "exchange/XlsxSource.h"

#include <QFile>
#include <QFileInfo>

namespace cd {

std::unique_ptr<TableSource> TableSource::open(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CoreError(ErrorKind::Failed, tr("%1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray magic = f.read(8);
    f.close();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (magic.startsWith("PK\x03\x04"))
        return std::make_unique<XlsxSource>(path);
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return std::make_unique<XlsSource>(path);
    // A spreadsheet's name on something else (an HTML page saved as .xls, a PDF) is said plainly.
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls"))
        throw CoreError(ErrorKind::InvalidInput,
            tr("%1 is named like a spreadsheet but is not an Excel workbook. Open it in Excel or WPS and save "
               "it as XLSX.")
                .arg(path));
    const bool utf16 = magic.startsWith("\xFF\xFE") || magic.startsWith("\xFE\xFF");
    if (magic.startsWith("%PDF") || (magic.contains('\0') && !utf16))
        throw CoreError(ErrorKind::InvalidInput,
            tr("%1 is neither a spreadsheet nor a CSV text file.").arg(path));
    return std::make_unique<CsvSource>(path);
}

} // namespace cd
