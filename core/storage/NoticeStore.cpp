#include "storage/NoticeStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cd {

NoticeStore::NoticeStore(Database& db) : m_db(db) { }

std::optional<NoticeStore::Notice> NoticeStore::bySerial(int year, int serial)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, year, serial, number, period, issued_on, issued_by "
                                              "FROM notices WHERE year = ? AND serial = ?"));
    q.addBindValue(year);
    q.addBindValue(serial);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return Notice {q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toDate(), q.value(6).toString()};
}

std::optional<NoticeStore::Notice> NoticeStore::latestForPeriod(int year, const QString& period)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT serial FROM notices WHERE year = ? AND period = ? "
                                              "ORDER BY serial DESC LIMIT 1"));
    q.addBindValue(year);
    q.addBindValue(period);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return bySerial(year, q.value(0).toInt());
}

int NoticeStore::nextSerial(int year)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(serial), 0) + 1 FROM notices WHERE year = ?"));
    q.addBindValue(year);
    m_db.exec(q);
    return q.next() ? q.value(0).toInt() : 1;
}

qint64 NoticeStore::insert(const Notice& n)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO notices (year, serial, number, period, issued_on, issued_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(n.year);
    q.addBindValue(n.serial);
    q.addBindValue(n.number);
    q.addBindValue(n.period);
    q.addBindValue(n.issuedOn);
    q.addBindValue(n.issuedBy);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    return m_db.execReturningId(q);
}

} // namespace cd
