#include "exchange/CellValues.h"

#include <QRegularExpression>

namespace cd::CellValues {

QDate date(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    // Excel stores dates as serial days; a time of day is the fraction.
    bool isNumber = false;
    const double serial = text.toDouble(&isNumber);
    if (isNumber && !text.contains(QLatin1Char('-'))) {
        if (text.size() == 8 && !text.contains(QLatin1Char('.'))) {
            const QDate compact = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
            if (compact.isValid())
                return compact;
        }
        if (serial >= 1 && serial < 2958466) // up to 9999-12-31
            return QDate(1899, 12, 30).addDays(qint64(serial));
        return {};
    }
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$"));
    const auto m = ymd.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace cd::CellValues
