#pragma once

#include "domain/WorkingCalendar.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace cd {

class Database;

// The working-day calendar in calendar_years (the years whose notice is known, with the source they
// came from) and calendar_days (only their exceptions to Monday-to-Friday weeks).
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    // The source recorded for the years that ship in the binary.
    static QString builtInSource() { return QStringLiteral("built-in"); }

    explicit CalendarStore(Database& db);

    // Throws CoreError(Integrity) when the stored days break the calendar's own rules (only an edit
    // outside the program can do that).
    WorkingCalendar load();
    QMap<int, QString> sources(); // year -> source
    bool isEmpty();

    // Replaces the whole stored calendar, inside the caller's transaction. `sources` names the
    // source of each year; a year missing from it is recorded with an empty source.
    void save(const WorkingCalendar& calendar, const QMap<int, QString>& sources);

    // A number that changes with every save, so a cached calendar notices a change made on another
    // desk without reading every day again.
    qint64 revision();

private:
    Database& m_db;
};

} // namespace cd
