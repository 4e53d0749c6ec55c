#include "storage/ListStore.h"

#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cd {

namespace {

const char* const Select
    = "SELECT e.id, e.number, e.subject_id, s.kind, s.code, s.name, e.list_kind, e.domain, e.basis, "
      "e.basis_record_id, e.department_id, d.name, e.entry_date, e.planned_exit, e.exit_date, e.exit_reason, "
      "e.exit_note, e.created_by, e.row_version, e.approved_by FROM list_entries e JOIN subjects s ON s.id = "
      "e.subject_id "
      "JOIN departments d ON d.id = e.department_id ";

// Listed on a date, as ListEntry::listedOn says, in SQL.
const char* const ListedOn
    = "e.approved_by IS NOT NULL AND e.entry_date <= :d AND (e.planned_exit IS NULL OR e.planned_exit > :d) "
      "AND (e.exit_date IS NULL OR e.exit_date > :d) ";

ListEntry read(const QSqlQuery& q)
{
    ListEntry e;
    e.id = q.value(0).toLongLong();
    e.number = q.value(1).toString();
    e.subjectId = q.value(2).toLongLong();
    e.subjectCode = StoreHelpers::shownCode(q.value(3).toString(), q.value(4).toString());
    e.subjectName = q.value(5).toString();
    e.kind = ListEntries::kindFromKey(q.value(6).toString()).value_or(ListKind::Black);
    e.domain = q.value(7).toString();
    e.basis = q.value(8).toString();
    e.basisRecordId = q.value(9).toLongLong();
    e.departmentId = q.value(10).toLongLong();
    e.departmentName = q.value(11).toString();
    e.entryDate = q.value(12).toDate();
    e.plannedExit = q.value(13).toDate();
    e.exitDate = q.value(14).toDate();
    e.exitReason = ListEntries::exitReasonFromKey(q.value(15).toString());
    e.exitNote = q.value(16).toString();
    e.createdBy = q.value(17).toString();
    e.rowVersion = q.value(18).toLongLong();
    e.approvedBy = q.value(19).toString();
    return e;
}

QList<ListEntry> readAll(QSqlQuery& q)
{
    QList<ListEntry> list;
    while (q.next())
        list.append(read(q));
    return list;
}

} // namespace

ListStore::ListStore(Database& db) : m_db(db) { }

QString ListStore::nextNumber(ListKind kind, int year)
{
    return StoreHelpers::nextDocumentNumber(
        m_db, kind == ListKind::Red ? QStringLiteral("红") : QStringLiteral("黑"), year);
}

qint64 ListStore::insert(const ListEntry& e)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO list_entries (number, subject_id, list_kind, domain, basis, basis_record_id, "
        "department_id, "
        "entry_date, planned_exit, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(e.number);
    q.addBindValue(e.subjectId);
    q.addBindValue(ListEntries::key(e.kind));
    q.addBindValue(e.domain);
    q.addBindValue(e.basis);
    q.addBindValue(StoreHelpers::nullableId(e.basisRecordId));
    q.addBindValue(e.departmentId);
    q.addBindValue(e.entryDate);
    q.addBindValue(StoreHelpers::nullableDate(e.plannedExit));
    q.addBindValue(e.createdBy);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    return m_db.execReturningId(q);
}

std::optional<ListEntry> ListStore::byId(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE e.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<ListEntry> ListStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String("WHERE e.subject_id = ? ORDER BY e.entry_date DESC, e.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    return readAll(q);
}

QList<ListEntry> ListStore::restingOnRecord(qint64 recordId)
{
    QSqlQuery q
        = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE e.basis_record_id = ? ORDER BY e.id"));
    q.addBindValue(recordId);
    m_db.exec(q);
    return readAll(q);
}

QList<ListEntry> ListStore::listedOn(ListKind kind, const QString& domain, const QDate& date, int limit)
{
    QString sql
        = QLatin1String(Select) + QLatin1String("WHERE e.list_kind = :k AND ") + QLatin1String(ListedOn);
    if (!domain.isEmpty())
        sql += QLatin1String("AND e.domain = :domain ");
    sql += QLatin1String("ORDER BY e.entry_date DESC, e.id DESC");
    if (limit > 0)
        sql += QLatin1String(" LIMIT :limit");
    QSqlQuery q = m_db.prepare(sql);
    q.bindValue(QStringLiteral(":k"), ListEntries::key(kind));
    q.bindValue(QStringLiteral(":d"), date);
    if (!domain.isEmpty())
        q.bindValue(QStringLiteral(":domain"), domain);
    if (limit > 0)
        q.bindValue(QStringLiteral(":limit"), limit);
    m_db.exec(q);
    return readAll(q);
}

QList<ListEntry> ListStore::awaitingApproval(ListKind kind, const QString& domain, int limit)
{
    QString sql = QLatin1String(Select)
        + QLatin1String("WHERE e.list_kind = :k AND e.approved_by IS NULL AND e.exit_date IS NULL ");
    if (!domain.isEmpty())
        sql += QLatin1String("AND e.domain = :domain ");
    sql += QLatin1String("ORDER BY e.id LIMIT :limit");
    QSqlQuery q = m_db.prepare(sql);
    q.bindValue(QStringLiteral(":k"), ListEntries::key(kind));
    if (!domain.isEmpty())
        q.bindValue(QStringLiteral(":domain"), domain);
    q.bindValue(QStringLiteral(":limit"), limit > 0 ? QVariant(limit) : m_db.noLimit());
    m_db.exec(q);
    return readAll(q);
}

QStringList ListStore::domains()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT domain FROM list_entries ORDER BY domain"));
    m_db.exec(q);
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

bool ListStore::setExit(
    qint64 id, const QDate& on, ListExitReason reason, const QString& note, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE list_entries SET exit_date = ?, exit_reason = ?, exit_note = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND exit_date IS NULL"));
    q.addBindValue(on);
    q.addBindValue(ListEntries::key(reason));
    q.addBindValue(note);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool ListStore::setApproved(qint64 id, const QString& by, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE list_entries SET approved_by = ?, approved_at = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ? AND approved_by IS NULL AND exit_date IS NULL"));
    q.addBindValue(by);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

std::optional<ListEntry> ListStore::redListedOn(qint64 subjectId, const QDate& date)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String("WHERE e.subject_id = :s AND e.list_kind = 'red' AND ") + QLatin1String(ListedOn)
        + QLatin1String("ORDER BY e.entry_date LIMIT 1"));
    q.bindValue(QStringLiteral(":s"), subjectId);
    q.bindValue(QStringLiteral(":d"), date);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

} // namespace cd
