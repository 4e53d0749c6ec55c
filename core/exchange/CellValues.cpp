#include "exchange/CellValues.h"

#include <QRegularExpression>

namespace cd::CellValues {

QDate date(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    // YYYY-MM-DD, what most systems export, without the regular expression: it is on every row.
    const auto digit = [&](int i) { return text.at(i) >= u'0' && text.at(i) <= u'9'; };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' && digit(0) && digit(1) && digit(2)
        && digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
        const auto number = [&](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i)
                n = n * 10 + (text.at(i).unicode() - u'0');
            return n;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    }
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
