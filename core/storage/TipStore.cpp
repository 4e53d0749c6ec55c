#include "storage/TipStore.h"

#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QSqlQuery>

namespace cd {

namespace {

const char* const Select = "SELECT t.id, t.number, t.subject_id, s.kind, s.code, t.reported_name, t.content, "
                           "t.channel, t.received_on, "
                           "t.received_by, t.closed_on, t.outcome, t.row_version FROM tips t LEFT JOIN "
                           "subjects s ON s.id = t.subject_id ";

Tip read(const QSqlQuery& q)
{
    Tip t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.subjectId = q.value(2).toLongLong();
    if (t.subjectId > 0)
        t.subjectCode = StoreHelpers::shownCode(q.value(3).toString(), q.value(4).toString());
    t.reportedName = q.value(5).toString();
    t.content = q.value(6).toString();
    t.channel = Tips::channelFromKey(q.value(7).toString()).value_or(TipChannel::Phone);
    t.receivedOn = q.value(8).toDate();
    t.receivedBy = q.value(9).toString();
    t.closedOn = q.value(10).toDate();
    t.outcome = q.value(11).toString();
    t.rowVersion = q.value(12).toLongLong();
    return t;
}

QList<Tip> readAll(QSqlQuery& q)
{
    QList<Tip> list;
    while (q.next())
        list.append(read(q));
    return list;
}

} // namespace

TipStore::TipStore(Database& db) : m_db(db) { }

QString TipStore::nextNumber(int year)
{
    return StoreHelpers::nextDocumentNumber(m_db, QStringLiteral("举报"), year);
}

qint64 TipStore::insert(const Tip& t, const TipReporter& reporter)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO tips (number, subject_id, reported_name, content, channel, received_on, received_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.number);
    q.addBindValue(StoreHelpers::nullableId(t.subjectId));
    q.addBindValue(t.reportedName);
    q.addBindValue(t.content);
    q.addBindValue(Tips::key(t.channel));
    q.addBindValue(t.receivedOn);
    q.addBindValue(t.receivedBy);
    const qint64 id = m_db.execReturningId(q);
    QSqlQuery r
        = m_db.prepare(QStringLiteral("INSERT INTO tip_reporters (tip_id, name, contact) VALUES (?, ?, ?)"));
    r.addBindValue(id);
    r.addBindValue(reporter.name);
    r.addBindValue(reporter.contact);
    m_db.exec(r);
    return id;
}

std::optional<Tip> TipStore::byId(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE t.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Tip> TipStore::recent(bool openOnly, int limit)
{
    QString sql = QLatin1String(Select);
    if (openOnly)
        sql += QLatin1String("WHERE t.closed_on IS NULL ");
    sql += QLatin1String("ORDER BY t.received_on DESC, t.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q = m_db.prepare(sql);
    m_db.exec(q);
    return readAll(q);
}

QList<Tip> TipStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String("WHERE t.subject_id = ? ORDER BY t.received_on DESC, t.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    return readAll(q);
}

std::optional<TipReporter> TipStore::reporterOf(qint64 tipId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT name, contact FROM tip_reporters WHERE tip_id = ?"));
    q.addBindValue(tipId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return TipReporter {q.value(0).toString(), q.value(1).toString()};
}

bool TipStore::setClosed(qint64 id, const QDate& on, const QString& outcome, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE tips SET closed_on = ?, outcome = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ? AND closed_on IS NULL"));
    q.addBindValue(on);
    q.addBindValue(outcome);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

} // namespace cd
