#include "domain/WorkingCalendar.h"

#include "CoreError.h"
#include "domain/CalendarFile.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <limits>

namespace cd {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

// Julian day 0 is a Monday, so a day's place in its week is its julian day modulo 7.
bool isWeekendDay(qint64 julianDay)
{
    return floorMod(julianDay, 7) >= 5;
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// Mondays to Fridays up to and including `julianDay`, counted from julian day 0 (negative before it):
// the calendar of a year without an arrangement, in constant time.
qint64 plainCountThrough(qint64 julianDay)
{
    const qint64 days = julianDay + 1;
    return 5 * floorDiv(days, 7) + std::min<qint64>(floorMod(days, 7), 5);
}

// The first day on which plainCountThrough reaches `count`: always a Monday to Friday.
qint64 plainFirstDayReaching(qint64 count)
{
    const qint64 weeks = floorDiv(count - 1, 5);
    return 7 * weeks + (count - 5 * weeks) - 1;
}

} // namespace

WorkingCalendar::WorkingCalendar() = default;

WorkingCalendar WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        QFile file(QStringLiteral(":/seed/calendar.txt"));
        if (!file.open(QIODevice::ReadOnly))
            throw CoreError(
                ErrorKind::Failed, tr("The built-in working-day calendar is missing from this build."));
        return CalendarFile::parse(file.readAll(), file.fileName());
    }();
    return calendar;
}

QString WorkingCalendar::checkYear(int year)
{
    if (year < FirstYear || year > LastYear)
        return tr("The year %1 is outside the years a calendar can hold (%2 to %3).")
            .arg(year)
            .arg(FirstYear)
            .arg(LastYear);
    return {};
}

QString WorkingCalendar::checkDay(int year, QDate date, bool makeUpWorkday)
{
    if (!date.isValid())
        return tr("The arrangement for %1 lists a date that is not valid.").arg(year);
    // A notice settles its own year plus the New Year days around it, nothing further: a date beyond
    // is almost certainly a typo in the year.
    const QDate earliest(year - 1, 12, 1);
    const QDate latest(year + 1, 1, 31);
    if (date < earliest || date > latest)
        return tr("%1 does not belong to the arrangement for %2, which may only reach into the December "
                  "before and the January after.")
            .arg(date.toString(Qt::ISODate))
            .arg(year);
    if (makeUpWorkday && !isWeekend(date))
        return tr("%1 is a weekday; only a Saturday or Sunday can be a make-up working day.")
            .arg(date.toString(Qt::ISODate));
    return {};
}

void WorkingCalendar::setArrangement(const YearArrangement& arrangement)
{
    insertChecked(arrangement);
    rebuildIndex();
}

WorkingCalendar WorkingCalendar::fromArrangements(const QList<YearArrangement>& arrangements)
{
    WorkingCalendar calendar;
    for (const YearArrangement& arrangement : arrangements)
        calendar.insertChecked(arrangement);
    calendar.rebuildIndex();
    return calendar;
}

// Validates and stores without rebuilding the index, so that loading many years rebuilds it once.
void WorkingCalendar::insertChecked(const YearArrangement& arrangement)
{
    const QString yearProblem = checkYear(arrangement.year);
    if (!yearProblem.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, yearProblem);

    YearArrangement stored {arrangement.year, {}, {}};
    for (auto it = arrangement.holidays.cbegin(); it != arrangement.holidays.cend(); ++it) {
        const QString problem = checkDay(arrangement.year, it.key(), false);
        if (!problem.isEmpty())
            throw CoreError(ErrorKind::InvalidInput, problem);
        stored.holidays.insert(it.key(), it.value().simplified());
    }
    for (auto it = arrangement.makeUpWorkdays.cbegin(); it != arrangement.makeUpWorkdays.cend(); ++it) {
        const QString problem = checkDay(arrangement.year, it.key(), true);
        if (!problem.isEmpty())
            throw CoreError(ErrorKind::InvalidInput, problem);
        if (stored.holidays.contains(it.key()))
            throw CoreError(ErrorKind::InvalidInput,
                tr("%1 is both a holiday and a make-up working day.").arg(it.key().toString(Qt::ISODate)));
        stored.makeUpWorkdays.insert(it.key(), it.value().simplified());
    }
    m_years.insert(stored.year, stored);
}

void WorkingCalendar::merge(const WorkingCalendar& newer)
{
    QSet<QDate> settledByNewer;
    for (const YearArrangement& arrangement : newer.m_years) {
        for (auto it = arrangement.holidays.keyBegin(); it != arrangement.holidays.keyEnd(); ++it)
            settledByNewer.insert(*it);
        for (auto it = arrangement.makeUpWorkdays.keyBegin(); it != arrangement.makeUpWorkdays.keyEnd(); ++it)
            settledByNewer.insert(*it);
    }
    for (auto it = m_years.begin(); it != m_years.end(); ++it) {
        if (newer.covers(it.key()))
            continue;
        for (const QDate& date : settledByNewer) {
            it->holidays.remove(date);
            it->makeUpWorkdays.remove(date);
        }
    }
    for (const YearArrangement& arrangement : newer.m_years)
        m_years.insert(arrangement.year, arrangement);
    rebuildIndex();
}

void WorkingCalendar::rebuildIndex()
{
    m_cumulative.clear();
    m_firstDay = 0;
    m_countBefore = 0;
    if (m_years.isEmpty())
        return;

    // The table spans whole years from the earliest to the latest day any arrangement touches.
    qint64 first = QDate(m_years.firstKey() - 1, 1, 1).toJulianDay();
    qint64 last = QDate(m_years.lastKey() + 1, 12, 31).toJulianDay();
    m_firstDay = first;
    m_countBefore = plainCountThrough(first - 1);

    QList<bool> working(last - first + 1);
    for (qint64 day = first; day <= last; ++day)
        working[day - first] = !isWeekendDay(day);
    // Later years are applied last so that, should two notices disagree about a day, the later wins.
    for (const YearArrangement& arrangement : std::as_const(m_years)) {
        for (auto it = arrangement.holidays.keyBegin(); it != arrangement.holidays.keyEnd(); ++it)
            working[it->toJulianDay() - first] = false;
        for (auto it = arrangement.makeUpWorkdays.keyBegin(); it != arrangement.makeUpWorkdays.keyEnd(); ++it)
            working[it->toJulianDay() - first] = true;
    }

    m_cumulative.resize(working.size());
    qint32 count = 0;
    for (qsizetype i = 0; i < working.size(); ++i) {
        count += working[i] ? 1 : 0;
        m_cumulative[i] = count;
    }
}

qint64 WorkingCalendar::countThrough(qint64 julianDay) const
{
    if (m_cumulative.isEmpty() || julianDay < m_firstDay)
        return plainCountThrough(julianDay);
    const qint64 index = julianDay - m_firstDay;
    if (index < m_cumulative.size())
        return m_countBefore + m_cumulative[index];
    const qint64 lastDay = m_firstDay + m_cumulative.size() - 1;
    return m_countBefore + m_cumulative.last() + plainCountThrough(julianDay) - plainCountThrough(lastDay);
}

qint64 WorkingCalendar::firstDayReaching(qint64 count) const
{
    if (m_cumulative.isEmpty() || count <= m_countBefore)
        return plainFirstDayReaching(count);
    const qint64 inTable = count - m_countBefore;
    if (inTable <= m_cumulative.last()) {
        const auto found = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), inTable);
        return m_firstDay + (found - m_cumulative.cbegin());
    }
    const qint64 lastDay = m_firstDay + m_cumulative.size() - 1;
    return plainFirstDayReaching(inTable - m_cumulative.last() + plainCountThrough(lastDay));
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const qint64 day = date.toJulianDay();
    return countThrough(day) != countThrough(day - 1);
}

QString WorkingCalendar::holidayName(QDate date) const
{
    if (!date.isValid())
        return {};
    // Only the notices of the neighbouring years can mention a date; the latest one to do so wins.
    for (int year = date.year() + 1; year >= date.year() - 1; --year) {
        const auto found = m_years.constFind(year);
        if (found == m_years.cend())
            continue;
        if (found->makeUpWorkdays.contains(date))
            return {};
        const auto holiday = found->holidays.constFind(date);
        if (holiday != found->holidays.cend())
            return *holiday;
    }
    return {};
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid() || n == 0)
        return from;
    const qint64 day = from.toJulianDay();
    // Forwards: the first day whose count is n above from's. Backwards: counting starts on the day
    // before `from`, so that a Saturday's previous working day is its Friday.
    const qint64 target = n > 0 ? countThrough(day) + n : countThrough(day - 1) + n + 1;
    return QDate::fromJulianDay(firstDayReaching(target));
}

int WorkingCalendar::workingDaysBetween(QDate a, QDate b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    const qint64 days = countThrough(b.toJulianDay()) - countThrough(a.toJulianDay());
    return int(std::clamp<qint64>(days, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace cd
