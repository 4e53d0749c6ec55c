#include "storage/RepairStore.h"

#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QSqlQuery>

namespace cd {

namespace {

const char* const Select
    = "SELECT a.id, a.number, a.subject_id, s.name, s.kind, a.target_kind, a.target_id, a.filed_on, "
      "a.filed_by, "
      "a.state, a.materials_complete_on, a.decision_due, a.decided_on, a.decided_by, a.decision_reason, "
      "a.row_version FROM repair_applications a JOIN subjects s ON s.id = a.subject_id ";

RepairApplication read(const QSqlQuery& q)
{
    RepairApplication a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.subjectId = q.value(2).toLongLong();
    a.subjectName = q.value(3).toString();
    a.required = Repairs::requiredFor(q.value(4).toString() == QLatin1String("natural_person"));
    a.target = Repairs::targetFromKey(q.value(5).toString()).value_or(RepairTarget::Record);
    a.targetId = q.value(6).toLongLong();
    a.filedOn = q.value(7).toDate();
    a.filedBy = q.value(8).toString();
    a.state = Repairs::stateFromKey(q.value(9).toString()).value_or(RepairState::Submitted);
    a.materialsCompleteOn = q.value(10).toDate();
    a.decisionDue = q.value(11).toDate();
    a.decidedOn = q.value(12).toDate();
    a.decidedBy = q.value(13).toString();
    a.decisionReason = q.value(14).toString();
    a.rowVersion = q.value(15).toLongLong();
    return a;
}

} // namespace

RepairStore::RepairStore(Database& db) : m_db(db) { }

QString RepairStore::nextNumber(int year)
{
    return StoreHelpers::nextDocumentNumber(m_db, QStringLiteral("修复"), year);
}

qint64 RepairStore::insert(const RepairApplication& a)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO repair_applications (number, subject_id, "
                                              "target_kind, target_id, filed_on, filed_by, state) "
                                              "VALUES (?, ?, ?, ?, ?, ?, 'submitted') RETURNING id"));
    q.addBindValue(a.number);
    q.addBindValue(a.subjectId);
    q.addBindValue(Repairs::key(a.target));
    q.addBindValue(a.targetId);
    q.addBindValue(a.filedOn);
    q.addBindValue(a.filedBy);
    return m_db.execReturningId(q);
}

std::optional<RepairApplication> RepairStore::byId(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE a.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    RepairApplication a = read(q);
    QSqlQuery m = m_db.prepare(QStringLiteral("SELECT item, received_on, note FROM repair_materials WHERE "
                                              "application_id = ? ORDER BY received_on, item"));
    m.addBindValue(id);
    m_db.exec(m);
    while (m.next()) {
        if (const auto item = Repairs::materialFromKey(m.value(0).toString()))
            a.received.append({*item, m.value(1).toDate(), m.value(2).toString()});
    }
    return a;
}

QList<RepairApplication> RepairStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(
        "SELECT a.id FROM repair_applications a WHERE a.subject_id = ? ORDER BY a.filed_on DESC, a.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<RepairApplication> list;
    for (qint64 id : ids) {
        if (auto a = byId(id))
            list.append(*a);
    }
    return list;
}

QList<RepairApplication> RepairStore::office(bool openOnly, int limit)
{
    QSqlQuery q = m_db.prepare(QLatin1String("SELECT a.id FROM repair_applications a ")
        + QLatin1String(openOnly ? "WHERE a.state = 'submitted' " : "")
        + QLatin1String("ORDER BY a.state <> 'submitted', a.decision_due IS NULL, a.decision_due, "
                        "a.filed_on DESC, a.id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? QVariant(limit) : m_db.noLimit());
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    // The checklist comes with each application; the list is bounded, so one read each is fine.
    QList<RepairApplication> list;
    for (qint64 id : ids) {
        if (auto a = byId(id))
            list.append(*a);
    }
    return list;
}

std::optional<qint64> RepairStore::openOn(RepairTarget target, qint64 targetId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM repair_applications WHERE target_kind = ? AND "
                                              "target_id = ? AND state = 'submitted' LIMIT 1"));
    q.addBindValue(Repairs::key(target));
    q.addBindValue(targetId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<RepairApplication> RepairStore::lastApprovedBetween(
    qint64 subjectId, const QDate& from, const QDate& to)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String(
            "WHERE a.subject_id = ? AND a.state = 'approved' AND a.decided_on >= ? AND a.decided_on <= ? "
            "ORDER BY a.decided_on DESC LIMIT 1"));
    q.addBindValue(subjectId);
    q.addBindValue(from);
    q.addBindValue(to);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void RepairStore::addMaterial(qint64 id, const RepairMaterialReceipt& r, const QString& by)
{
    // A later copy of the same item replaces the note, not the first date it was received.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO repair_materials (application_id, item, received_on, note, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (application_id, item) DO UPDATE SET note = excluded.note"));
    q.addBindValue(id);
    q.addBindValue(Repairs::key(r.item));
    q.addBindValue(r.receivedOn);
    q.addBindValue(r.note);
    q.addBindValue(by);
    m_db.exec(q);
}

bool RepairStore::setMaterialsComplete(
    qint64 id, const QDate& on, const QDate& decisionDue, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE repair_applications SET materials_complete_on = ?, "
                                              "decision_due = ?, row_version = row_version + 1 "
                                              "WHERE id = ? AND row_version = ?"));
    q.addBindValue(on);
    q.addBindValue(decisionDue);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool RepairStore::setDecided(qint64 id, RepairState state, const QDate& on, const QString& by,
    const QString& reason, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE repair_applications SET state = ?, decided_on = ?, decided_by = ?, decision_reason = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND state = 'submitted'"));
    q.addBindValue(Repairs::key(state));
    q.addBindValue(on);
    q.addBindValue(by);
    q.addBindValue(StoreHelpers::nullableText(reason));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

} // namespace cd
