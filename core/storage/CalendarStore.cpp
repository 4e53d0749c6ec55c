#include "storage/CalendarStore.h"

#include "CoreError.h"
#include "storage/Database.h"
#include "storage/MetaStore.h"

#include <QSqlQuery>

namespace cd {

namespace {

const QString RevisionKey = QStringLiteral("calendar_revision");
const QString Holiday = QStringLiteral("holiday");
const QString Workday = QStringLiteral("workday");

} // namespace

CalendarStore::CalendarStore(Database& db) : m_db(db) { }

WorkingCalendar CalendarStore::load()
{
    QMap<int, YearArrangement> years;
    QSqlQuery y = m_db.exec(QStringLiteral("SELECT year FROM calendar_years ORDER BY year"));
    while (y.next()) {
        const int year = y.value(0).toInt();
        years.insert(year, YearArrangement {year, {}, {}});
    }
    QSqlQuery d
        = m_db.exec(QStringLiteral("SELECT year, day, kind, name FROM calendar_days ORDER BY year, day"));
    while (d.next()) {
        YearArrangement& a = years[d.value(0).toInt()];
        a.year = d.value(0).toInt();
        if (d.value(2).toString() == Workday)
            a.makeUpWorkdays.insert(d.value(1).toDate(), d.value(3).toString());
        else
            a.holidays.insert(d.value(1).toDate(), d.value(3).toString());
    }
    try {
        return WorkingCalendar::fromArrangements(years.values());
    } catch (const CoreError& e) {
        throw CoreError(ErrorKind::Integrity,
            tr("The working-day calendar stored in the database is inconsistent: %1").arg(e.message()));
    }
}

QMap<int, QString> CalendarStore::sources()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT year, source FROM calendar_years ORDER BY year"));
    QMap<int, QString> map;
    while (q.next())
        map.insert(q.value(0).toInt(), q.value(1).toString());
    return map;
}

bool CalendarStore::isEmpty()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM calendar_years")).toInt() == 0;
}

void CalendarStore::save(const WorkingCalendar& calendar, const QMap<int, QString>& sources)
{
    // The days go with their years (ON DELETE CASCADE).
    m_db.exec(QStringLiteral("DELETE FROM calendar_years"));
    QSqlQuery year = m_db.prepare(QStringLiteral("INSERT INTO calendar_years (year, source) VALUES (?, ?)"));
    QSqlQuery day = m_db.prepare(
        QStringLiteral("INSERT INTO calendar_days (year, day, kind, name) VALUES (?, ?, ?, ?)"));
    auto insertDays = [&](int y, const QMap<QDate, QString>& days, const QString& kind) {
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            day.bindValue(0, y);
            day.bindValue(1, it.key());
            day.bindValue(2, kind);
            day.bindValue(3, it.value());
            m_db.exec(day);
        }
    };
    for (int y : calendar.years()) {
        year.bindValue(0, y);
        year.bindValue(1, sources.value(y));
        m_db.exec(year);
        const YearArrangement a = calendar.arrangement(y);
        insertDays(y, a.holidays, Holiday);
        insertDays(y, a.makeUpWorkdays, Workday);
    }
    MetaStore meta(m_db);
    meta.setValue(RevisionKey, QString::number(meta.value(RevisionKey).toLongLong() + 1));
}

qint64 CalendarStore::revision()
{
    return MetaStore(m_db).value(RevisionKey).toLongLong();
}

} // namespace cd
