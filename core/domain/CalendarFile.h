#pragma once

#include "domain/WorkingCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd {

// The working-day calendar as a text file: what ships in the binary and what an administrator
// imports when the State Council publishes a new year. UTF-8, one statement per line:
//
//   # a comment                               whole lines only; blank lines are ignored too
//   year 2019                                 starts the arrangement of that year's notice; the
//                                             lines below belong to it until the next year line
//   holiday 2019-10-01..2019-10-07 国庆        days off, a single date or an inclusive range,
//                                             then the holiday's name (optional)
//   workday 2019-09-29 国庆调休                a Saturday or Sunday worked in exchange (调休上班),
//                                             a date or a range, then a name (optional)
//
// Keywords are case-insensitive; dates are YYYY-MM-DD. An arrangement may reach into the December
// before and the January after its year. Every date appears at most once in a file.
class CalendarFile
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFile)

public:
    // Throws CoreError(InvalidInput) with one line "<sourceName> line N: <what is wrong>" for each
    // malformed line (the first 20, then how many more); any bytes at all give either a calendar or
    // that error. A UTF-8 byte order mark at the start is allowed.
    static WorkingCalendar parse(const QByteArray& utf8, const QString& sourceName);

    // Consecutive days of the same kind and name become one range, so a written calendar reads like
    // the notices it came from; parse(write(c)) == c.
    static QByteArray write(const WorkingCalendar& calendar);
};

} // namespace cd
