#include "domain/ReportPeriod.h"

#include "CoreError.h"

#include <QRegularExpression>

namespace cd {

ReportPeriod ReportPeriod::month(int y, int m)
{
    const QDate first(y, m, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int y, int q)
{
    const QDate first(y, (q - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int y)
{
    return {Kind::Year, QDate(y, 1, 1), QDate(y, 12, 31)};
}

ReportPeriod ReportPeriod::parse(const QString& text)
{
    const QString t = text.trimmed().toUpper();
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterPattern(QStringLiteral("^(\\d{4})Q([1-4])$"));
    static const QRegularExpression yearPattern(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression rangePattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    ReportPeriod p;
    if (const auto m = monthPattern.match(t); m.hasMatch()) {
        const int monthNo = m.captured(2).toInt();
        if (monthNo >= 1 && monthNo <= 12)
            p = month(m.captured(1).toInt(), monthNo);
    } else if (const auto q = quarterPattern.match(t); q.hasMatch()) {
        p = quarter(q.captured(1).toInt(), q.captured(2).toInt());
    } else if (const auto y = yearPattern.match(t); y.hasMatch()) {
        p = year(y.captured(1).toInt());
    } else if (const auto r = rangePattern.match(t); r.hasMatch()) {
        p = {Kind::Range, QDate::fromString(r.captured(1), Qt::ISODate),
            QDate::fromString(r.captured(2), Qt::ISODate)};
    }
    // Ten years at most: the figures walk the calendar day by day for the period.
    if (!p.from.isValid() || !p.to.isValid() || p.to < p.from || p.from.year() < 1900
        || p.from.daysTo(p.to) > 3660)
        throw CoreError(ErrorKind::InvalidInput,
            tr("period: \"%1\" is not a month (2026-10), a quarter (2026Q3), a year (2026) or a date "
               "range of at most ten years (2026-01-01..2026-06-30).")
                .arg(text));
    return p;
}

QString ReportPeriod::key() const
{
    switch (kind) {
    case Kind::Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(from.year());
    case Kind::Range:
        break;
    }
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

QString ReportPeriod::label() const
{
    switch (kind) {
    case Kind::Month:
        // The label, not the key: "2026年3月" in Chinese, so the month is not padded here.
        return tr("%1-%2", "a month: year, month").arg(from.year()).arg(from.month());
    case Kind::Quarter:
        return tr("%1 Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Year:
        return tr("%1").arg(from.year());
    case Kind::Range:
        break;
    }
    return tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

ReportPeriod ReportPeriod::previous() const
{
    switch (kind) {
    case Kind::Month: {
        const QDate d = from.addMonths(-1);
        return month(d.year(), d.month());
    }
    case Kind::Quarter: {
        const QDate d = from.addMonths(-3);
        return quarter(d.year(), (d.month() - 1) / 3 + 1);
    }
    case Kind::Year:
        return year(from.year() - 1);
    case Kind::Range:
        break;
    }
    const qint64 length = from.daysTo(to) + 1;
    return {Kind::Range, from.addDays(-length), from.addDays(-1)};
}

QList<ReportPeriod> ReportPeriod::trailing(int count) const
{
    QList<ReportPeriod> list;
    ReportPeriod p = *this;
    for (int i = 0; i < count; ++i) {
        list.prepend(p);
        p = p.previous();
    }
    return list;
}

} // namespace cd
