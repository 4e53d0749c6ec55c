#include "storage/ObjectionStore.h"

#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QSqlQuery>

namespace cd {

namespace {

const char* const Select
    = "SELECT o.id, o.number, o.subject_id, s.name, o.target_kind, o.target_id, o.raised_by, "
      "o.raising_department_id, "
      "o.description, o.filed_on, o.filed_by, o.state, o.accepted_on, o.accepted_by, o.not_accepted_reason, "
      "o.verifying_department_id, d.name, o.verification_due, o.outcome, o.correction, o.decided_on, "
      "o.decided_by, "
      "o.decision_reason, o.row_version FROM objections o JOIN subjects s ON s.id = o.subject_id "
      "LEFT JOIN departments d ON d.id = o.verifying_department_id ";

Objection read(const QSqlQuery& q)
{
    Objection o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.subjectId = q.value(2).toLongLong();
    o.subjectName = q.value(3).toString();
    o.target = Objections::targetFromKey(q.value(4).toString()).value_or(ObjectionTarget::Record);
    o.targetId = q.value(5).toLongLong();
    o.raisedByDepartment = q.value(6).toString() == QLatin1String("department");
    o.raisingDepartmentId = q.value(7).toLongLong();
    o.description = q.value(8).toString();
    o.filedOn = q.value(9).toDate();
    o.filedBy = q.value(10).toString();
    o.state = Objections::stateFromKey(q.value(11).toString()).value_or(ObjectionState::Filed);
    o.acceptedOn = q.value(12).toDate();
    o.acceptedBy = q.value(13).toString();
    o.notAcceptedReason = q.value(14).toString();
    o.verifyingDepartmentId = q.value(15).toLongLong();
    o.verifyingDepartmentName = q.value(16).toString();
    o.verificationDue = q.value(17).toDate();
    const QString outcome = q.value(18).toString();
    if (outcome == QLatin1String("wrong"))
        o.outcome = ObjectionOutcome::InformationWrong;
    else if (outcome == QLatin1String("right"))
        o.outcome = ObjectionOutcome::InformationRight;
    o.revoked = q.value(19).toString() == QLatin1String("revoked");
    o.decidedOn = q.value(20).toDate();
    o.decidedBy = q.value(21).toString();
    o.decisionReason = q.value(22).toString();
    o.rowVersion = q.value(23).toLongLong();
    return o;
}

} // namespace

ObjectionStore::ObjectionStore(Database& db) : m_db(db) { }

QString ObjectionStore::nextNumber(int year)
{
    return StoreHelpers::nextDocumentNumber(m_db, QStringLiteral("异议"), year);
}

qint64 ObjectionStore::insert(const Objection& o)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO objections (number, subject_id, target_kind, target_id, raised_by, "
        "raising_department_id, "
        "description, filed_on, filed_by, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'filed') RETURNING id"));
    q.addBindValue(o.number);
    q.addBindValue(o.subjectId);
    q.addBindValue(Objections::key(o.target));
    q.addBindValue(o.targetId);
    q.addBindValue(o.raisedByDepartment ? QStringLiteral("department") : QStringLiteral("subject"));
    q.addBindValue(StoreHelpers::nullableId(o.raisingDepartmentId));
    q.addBindValue(o.description);
    q.addBindValue(o.filedOn);
    q.addBindValue(o.filedBy);
    return m_db.execReturningId(q);
}

std::optional<Objection> ObjectionStore::byId(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE o.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Objection o = read(q);
    QSqlQuery n = m_db.prepare(QStringLiteral(
        "SELECT n.department_id, d.name, n.kind, n.issued_on FROM objection_notices n "
        "JOIN departments d ON d.id = n.department_id WHERE n.objection_id = ? ORDER BY n.issued_on, n.id"));
    n.addBindValue(id);
    m_db.exec(n);
    while (n.next())
        o.notices.append(
            {n.value(0).toLongLong(), n.value(1).toString(), n.value(2).toString(), n.value(3).toDate()});
    return o;
}

QList<Objection> ObjectionStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(
        QLatin1String(Select) + QLatin1String("WHERE o.subject_id = ? ORDER BY o.filed_on DESC, o.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    QList<Objection> list;
    while (q.next())
        list.append(read(q));
    return list;
}

QList<Objection> ObjectionStore::office(bool openOnly, int limit)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String(openOnly ? "WHERE o.state IN ('filed', 'accepted') " : "")
        + QLatin1String("ORDER BY o.state NOT IN ('filed', 'accepted'), o.verification_due IS NULL, "
                        "o.verification_due, o.filed_on DESC, o.id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? QVariant(limit) : m_db.noLimit());
    m_db.exec(q);
    QList<Objection> list;
    while (q.next())
        list.append(read(q));
    return list;
}

QList<Objection> ObjectionStore::onCaseBasis(qint64 caseId, qint64 recordId, qint64 listEntryId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String("WHERE (o.target_kind = 'case' AND o.target_id = ?) "
                        "OR (o.target_kind = 'record' AND o.target_id = ?) "
                        "OR (o.target_kind = 'list_entry' AND o.target_id = ?) "
                        // a list entry's own basis record is disputed too
                        "OR (o.target_kind = 'record' AND o.target_id = "
                        "(SELECT basis_record_id FROM list_entries WHERE id = ?)) "
                        "ORDER BY o.id"));
    q.addBindValue(caseId);
    q.addBindValue(recordId > 0 ? recordId : -1);
    q.addBindValue(listEntryId > 0 ? listEntryId : -1);
    q.addBindValue(listEntryId > 0 ? listEntryId : -1);
    m_db.exec(q);
    QList<Objection> list;
    while (q.next())
        list.append(read(q));
    return list;
}

bool ObjectionStore::setAccepted(qint64 id, const QDate& on, const QString& by, qint64 verifyingDepartmentId,
    const QDate& due, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE objections SET state = 'accepted', accepted_on = ?, accepted_by = ?, verifying_department_id "
        "= ?, "
        "verification_due = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(on);
    q.addBindValue(by);
    q.addBindValue(StoreHelpers::nullableId(verifyingDepartmentId));
    q.addBindValue(due);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool ObjectionStore::setNotAccepted(
    qint64 id, const QString& reason, const QString& by, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE objections SET state = 'not_accepted', not_accepted_reason = ?, accepted_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(reason);
    q.addBindValue(by);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool ObjectionStore::setDecided(qint64 id, ObjectionOutcome outcome, bool revoked, const QDate& on,
    const QString& by, const QString& reason, qint64 expectedVersion)
{
    const bool wrong = outcome == ObjectionOutcome::InformationWrong;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE objections SET state = 'decided', outcome = ?, correction = ?, decided_on = ?, decided_by = "
        "?, "
        "decision_reason = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(wrong ? QStringLiteral("wrong") : QStringLiteral("right"));
    q.addBindValue(wrong ? QVariant(revoked ? QStringLiteral("revoked") : QStringLiteral("corrected"))
                         : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(on);
    q.addBindValue(by);
    q.addBindValue(reason);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

void ObjectionStore::addNotice(qint64 objectionId, qint64 departmentId, const QString& kind, const QDate& on)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO objection_notices (objection_id, department_id, kind, issued_on) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(objectionId);
    q.addBindValue(departmentId);
    q.addBindValue(kind);
    q.addBindValue(on);
    m_db.exec(q);
}

qint64 ObjectionStore::subjectOfTarget(ObjectionTarget target, qint64 targetId)
{
    const char* sql = target == ObjectionTarget::Record ? "SELECT subject_id FROM credit_records WHERE id = ?"
        : target == ObjectionTarget::Case               ? "SELECT subject_id FROM cases WHERE id = ?"
                                                        : "SELECT subject_id FROM list_entries WHERE id = ?";
    QSqlQuery q = m_db.prepare(QLatin1String(sql));
    q.addBindValue(targetId);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ObjectionStore::providingDepartment(ObjectionTarget target, qint64 targetId)
{
    const char* sql = target == ObjectionTarget::Record
        ? "SELECT department_id FROM credit_records WHERE id = ?"
        : target == ObjectionTarget::Case
        ? "SELECT coalesce(r.department_id, c.initiating_department_id) FROM cases c "
          "LEFT JOIN credit_records r ON r.id = c.basis_record_id WHERE c.id = ?"
        : "SELECT department_id FROM list_entries WHERE id = ?";
    QSqlQuery q = m_db.prepare(QLatin1String(sql));
    q.addBindValue(targetId);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> ObjectionStore::departmentsConcerned(ObjectionTarget target, qint64 targetId)
{
    // Measures rest on a record directly, or through a list entry determined on it.
    const char* where = target == ObjectionTarget::Record
        ? "(c.basis_record_id = :t OR c.basis_list_entry_id IN (SELECT id FROM list_entries WHERE "
          "basis_record_id = :t))"
        : target == ObjectionTarget::Case ? "c.id = :t"
                                          : "c.basis_list_entry_id = :t";
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT t.department_id FROM measure_tasks t "
                                              "JOIN cases c ON c.id = t.case_id WHERE %1 ORDER BY 1")
                                   .arg(QLatin1String(where)));
    q.bindValue(QStringLiteral(":t"), targetId);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void ObjectionStore::revokeCase(qint64 caseId, const QDate& on)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE cases SET revoked_on = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(on);
    q.addBindValue(caseId);
    m_db.exec(q);
}

} // namespace cd
