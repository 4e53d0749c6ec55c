#include "storage/CommitmentStore.h"

#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QSqlQuery>

namespace cd {

namespace {

const char* const Select
    = "SELECT c.id, c.number, c.subject_id, s.kind, s.code, s.name, c.department_id, d.name, c.matter, "
      "c.missing_material, c.committed_on, c.due_on, c.kept_on, c.breach_record_id, c.created_by, "
      "c.row_version "
      "FROM commitments c JOIN subjects s ON s.id = c.subject_id JOIN departments d ON d.id = "
      "c.department_id ";

Commitment read(const QSqlQuery& q)
{
    Commitment c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.subjectId = q.value(2).toLongLong();
    c.subjectCode = StoreHelpers::shownCode(q.value(3).toString(), q.value(4).toString());
    c.subjectName = q.value(5).toString();
    c.departmentId = q.value(6).toLongLong();
    c.departmentName = q.value(7).toString();
    c.matter = q.value(8).toString();
    c.missingMaterial = q.value(9).toString();
    c.committedOn = q.value(10).toDate();
    c.dueOn = q.value(11).toDate();
    c.keptOn = q.value(12).toDate();
    c.breachRecordId = q.value(13).toLongLong();
    c.createdBy = q.value(14).toString();
    c.rowVersion = q.value(15).toLongLong();
    return c;
}

QList<Commitment> readAll(QSqlQuery& q)
{
    QList<Commitment> list;
    while (q.next())
        list.append(read(q));
    return list;
}

} // namespace

CommitmentStore::CommitmentStore(Database& db) : m_db(db) { }

QString CommitmentStore::nextNumber(int year)
{
    return StoreHelpers::nextDocumentNumber(m_db, QStringLiteral("承诺"), year);
}

qint64 CommitmentStore::insert(const Commitment& c)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO commitments (number, subject_id, department_id, matter, missing_material, "
        "committed_on, due_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.number);
    q.addBindValue(c.subjectId);
    q.addBindValue(c.departmentId);
    q.addBindValue(c.matter);
    q.addBindValue(c.missingMaterial);
    q.addBindValue(c.committedOn);
    q.addBindValue(c.dueOn);
    q.addBindValue(c.createdBy);
    return m_db.execReturningId(q);
}

std::optional<Commitment> CommitmentStore::byId(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE c.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Commitment> CommitmentStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String("WHERE c.subject_id = ? ORDER BY c.committed_on DESC, c.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    return readAll(q);
}

QList<Commitment> CommitmentStore::unconfirmedBreaches(const QDate& date, int limit)
{
    QString sql = QLatin1String(Select)
        + QLatin1String("WHERE c.due_on < :d AND c.breach_record_id IS NULL AND (c.kept_on IS NULL OR "
                        "c.kept_on > c.due_on) ORDER BY c.due_on, c.id");
    if (limit > 0)
        sql += QLatin1String(" LIMIT :limit");
    QSqlQuery q = m_db.prepare(sql);
    q.bindValue(QStringLiteral(":d"), date);
    if (limit > 0)
        q.bindValue(QStringLiteral(":limit"), limit);
    m_db.exec(q);
    return readAll(q);
}

bool CommitmentStore::setKept(qint64 id, const QDate& on, qint64 expectedVersion)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("UPDATE commitments SET kept_on = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ? AND kept_on IS NULL"));
    q.addBindValue(on);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool CommitmentStore::setBreachRecord(qint64 id, qint64 recordId, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE commitments SET breach_record_id = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ? AND breach_record_id IS NULL"));
    q.addBindValue(recordId);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

} // namespace cd
