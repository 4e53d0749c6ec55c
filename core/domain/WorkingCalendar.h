#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace cd {

// One year's arrangement as the State Council's notice publishes it. Its days may reach into the
// neighbouring Decembers and Januaries: the 2019 notice also settles 2018-12-29 to 2018-12-31.
struct YearArrangement
{
    int year = 0;
    QMap<QDate, QString> holidays; // day off -> name of the holiday
    QMap<QDate, QString> makeUpWorkdays; // Saturday or Sunday worked in exchange (调休上班) -> name

    friend bool operator==(const YearArrangement&, const YearArrangement&) = default;
};

// The official working-day calendar that deadlines are counted on. A value type: copies are cheap
// (the containers are implicitly shared) and every query is const, so one calendar can serve many
// threads. Years without an arrangement count plain Monday-to-Friday weeks; covers() lets callers warn.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    static constexpr int FirstYear = 1900;
    static constexpr int LastYear = 2999;

    // No arrangements: every Monday to Friday is a working day.
    WorkingCalendar();

    // The calendar shipped in the binary (resources/seed/calendar.txt), read once.
    static WorkingCalendar builtIn();

    // Adds the arrangement, replacing any earlier one for the same year. Names are stored simplified.
    // Throws CoreError(InvalidInput) if the arrangement breaks one of the rules of checkYear/checkDay
    // or lists a date both as a holiday and as a working day.
    void setArrangement(const YearArrangement& arrangement);

    // A calendar of the given arrangements, checked as setArrangement does.
    static WorkingCalendar fromArrangements(const QList<YearArrangement>& arrangements);

    // Takes every year `newer` covers from it, replacing ours; where a kept year of ours mentions a
    // date that `newer` also settles, newer wins.
    void merge(const WorkingCalendar& newer);

    QList<int> years() const { return m_years.keys(); }
    bool covers(int year) const { return m_years.contains(year); }
    YearArrangement arrangement(int year) const
    {
        return m_years.value(year, YearArrangement {year, {}, {}});
    }

    // Why `year` cannot have an arrangement, or an empty string if it can.
    static QString checkYear(int year);
    // Why `date` cannot be listed in the arrangement for `year` (as a make-up working day if
    // `makeUpWorkday`), or an empty string if it can.
    static QString checkDay(int year, QDate date, bool makeUpWorkday);

    bool isWorkingDay(QDate date) const;
    // The holiday `date` is a day off for, or an empty string.
    QString holidayName(QDate date) const;

    // n > 0: the n-th working day after `from` (`from` itself not counted); n == 0: `from`;
    // n < 0: the |n|-th working day before `from`. An invalid `from` gives an invalid date.
    QDate addWorkingDays(QDate from, int n) const;
    // The working days in (a, b] when a <= b, and minus those in (b, a] when b < a. For n >= 0,
    // addWorkingDays(a, n) == b implies workingDaysBetween(a, b) == n; for n < 0 only when `a` is
    // itself a working day (the working day before a Saturday is its Friday, yet nothing lies in
    // (Friday, Saturday]).
    int workingDaysBetween(QDate a, QDate b) const;

    friend bool operator==(const WorkingCalendar& a, const WorkingCalendar& b)
    {
        return a.m_years == b.m_years;
    }

private:
    void insertChecked(const YearArrangement& arrangement);
    void rebuildIndex();
    qint64 countThrough(qint64 julianDay) const;
    qint64 firstDayReaching(qint64 count) const;

    QMap<int, YearArrangement> m_years;

    // Deadlines for a million tasks must not walk the calendar day by day. Every query goes through
    // a cumulative count C(d) of working days up to day d: inside the span the arrangements touch it
    // is a table, outside it plain weeks that a formula counts. Between is then a subtraction and
    // adding a binary search.
    qint64 m_firstDay = 0; // julian day of m_cumulative[0]
    qint64 m_countBefore = 0; // C(m_firstDay - 1), from the plain-week formula
    QList<qint32> m_cumulative; // working days in [m_firstDay, m_firstDay + i]
};

} // namespace cd
