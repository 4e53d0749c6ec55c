#pragma once

#include "domain/WorkingCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace cd {

class Database;
class Session;

// The official working-day calendar that deadlines count on, kept in the database so that every desk
// counts the same days. Every role reads it; an administrator imports the State Council's notice for
// a new year (the CalendarFile format).
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(Session& session);

    // Loaded once per session and shared by every CalendarService on it; loaded again after a change,
    // made here or on another desk.
    WorkingCalendar calendar();
    // Every year with a published arrangement -> where it came from (a file name or "built-in").
    QMap<int, QString> coveredYears();
    // A source as people read it: the built-in one translated, a file name as it is.
    static QString describeSource(const QString& source);

    // Administrators only. Parses the file (CoreError(InvalidInput) "<sourceName> line N: ..." and
    // nothing changed on bad input), then replaces the arrangement of every year it declares, in one
    // audited change. Returns the years imported.
    QList<int> importFile(const QByteArray& utf8, const QString& sourceName);

    // Administrators only, one audited change each. Adds a day off (or, with makeUpWorkday, a weekend
    // day worked in exchange) to the arrangement of `year`, under the rules of
    // WorkingCalendar::checkDay; a date some arrangement already lists is refused. A year without an
    // arrangement gets one, recorded as entered by hand. Throws CoreError(InvalidInput) naming the date.
    void addDay(int year, QDate date, bool makeUpWorkday, const QString& name);
    // Takes the date out of the arrangement of `year`; it is then an ordinary day of its week.
    void removeDay(int year, QDate date);
    // The source recorded for a year an administrator started by adding a day.
    static QString manualSource() { return QStringLiteral("manual"); }

    QDate addWorkingDays(QDate from, int n);
    int workingDaysBetween(QDate a, QDate b);
    // The years from from.year() to to.year() (either order) without a published arrangement: a
    // deadline there counts plain Monday-to-Friday weeks and may be wrong, so callers warn.
    QList<int> uncoveredYears(QDate from, QDate to);

    // Stores the built-in calendar if the database has none yet; inside the caller's transaction
    // if there is one, else in its own. Returns whether it stored anything.
    static bool seedBuiltIn(Database& db);

private:
    Session& m_session;
};

} // namespace cd
