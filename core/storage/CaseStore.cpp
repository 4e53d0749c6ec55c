#include "storage/CaseStore.h"

#include "domain/CodeValidator.h"
#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cd {

namespace {

using StoreHelpers::nullableDate;
using StoreHelpers::nullableText;
using StoreHelpers::shownCode;

QVariant nullable(qint64 id)
{
    return StoreHelpers::nullableId(id);
}

MeasureTask readTask(const QSqlQuery& q)
{
    MeasureTask t;
    t.id = q.value(0).toLongLong();
    t.caseId = q.value(1).toLongLong();
    t.measureId = q.value(2).toLongLong();
    t.measureTitle = q.value(3).toString();
    t.subjectId = q.value(4).toLongLong();
    t.subjectName = q.value(5).toString();
    t.departmentId = q.value(6).toLongLong();
    t.departmentName = q.value(7).toString();
    t.pushedOn = q.value(8).toDate();
    t.dueOn = q.value(9).toDate();
    t.acknowledgedOn = q.value(10).toDate();
    t.response = Cases::responseFromKey(q.value(11).toString()).value_or(TaskResponse::None);
    t.respondedOn = q.value(12).toDate();
    t.appliedOn = q.value(13).toDate();
    t.reference = q.value(14).toString();
    t.reason = q.value(15).toString();
    return t;
}

const char* const TaskSelect
    = "SELECT t.id, t.case_id, t.measure_id, m.title, t.subject_id, s.name, t.department_id, d.name, "
      "t.pushed_on, "
      "t.due_on, t.acknowledged_on, t.response, t.responded_on, t.applied_on, t.reference, t.reason "
      "FROM measure_tasks t JOIN measures m ON m.id = t.measure_id JOIN subjects s ON s.id = t.subject_id "
      "JOIN departments d ON d.id = t.department_id ";

} // namespace

CaseStore::CaseStore(Database& db) : m_db(db) { }

QString CaseStore::nextNumber(CaseKind kind, int year)
{
    return StoreHelpers::nextDocumentNumber(
        m_db, kind == CaseKind::Sanction ? QStringLiteral("联惩") : QStringLiteral("联奖"), year);
}

qint64 CaseStore::insert(const Case& c)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO cases (number, kind, state, subject_id, initiating_department_id, memorandum_id, "
        "basis_record_id, basis_list_entry_id, term_start, term_end, note, drafted_by, drafted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.number);
    q.addBindValue(Cases::key(c.kind));
    q.addBindValue(Cases::key(c.state));
    q.addBindValue(c.subjectId);
    q.addBindValue(c.initiatingDepartmentId);
    q.addBindValue(c.memorandumId);
    q.addBindValue(nullable(c.basisRecordId));
    q.addBindValue(nullable(c.basisListEntryId));
    q.addBindValue(c.termStart);
    q.addBindValue(c.termEnd);
    q.addBindValue(c.note);
    q.addBindValue(c.draftedBy);
    q.addBindValue(c.draftedAt.isValid() ? c.draftedAt : QDateTime::currentDateTimeUtc());
    const qint64 id = m_db.execReturningId(q);

    QSqlQuery m = m_db.prepare(QStringLiteral(
        "INSERT INTO case_measures (case_id, measure_id, selected, drop_reason) VALUES (?, ?, ?, ?)"));
    for (const CaseMeasure& cm : c.measures) {
        m.addBindValue(id);
        m.addBindValue(cm.measureId);
        m.addBindValue(cm.selected);
        m.addBindValue(nullableText(cm.dropReason));
        m_db.exec(m);
    }
    QSqlQuery s = m_db.prepare(
        QStringLiteral("INSERT INTO case_subjects (case_id, subject_id, link_role) VALUES (?, ?, ?)"));
    for (const CaseSubject& cs : c.coSubjects) {
        s.addBindValue(id);
        s.addBindValue(cs.subjectId);
        s.addBindValue(cs.linkRole);
        m_db.exec(s);
    }
    return id;
}

std::optional<Case> CaseStore::byId(qint64 id, bool withTasks)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.number, c.kind, c.state, c.subject_id, s.name, s.kind, s.code, "
        "c.initiating_department_id, "
        "d.name, c.memorandum_id, mo.title, mo.basis, c.basis_record_id, c.basis_list_entry_id, "
        "c.term_start, "
        "c.term_end, c.note, c.drafted_by, c.drafted_at, c.decided_by, c.decided_at, c.decision_reason, "
        "c.pushed_by, c.pushed_on, c.row_version, c.revoked_on "
        "FROM cases c JOIN subjects s ON s.id = c.subject_id JOIN departments d ON d.id = "
        "c.initiating_department_id "
        "JOIN memoranda mo ON mo.id = c.memorandum_id WHERE c.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Case c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.kind = Cases::kindFromKey(q.value(2).toString()).value_or(CaseKind::Sanction);
    c.state = Cases::stateFromKey(q.value(3).toString()).value_or(CaseState::Draft);
    c.subjectId = q.value(4).toLongLong();
    c.subjectName = q.value(5).toString();
    c.subjectCode = shownCode(q.value(6).toString(), q.value(7).toString());
    c.initiatingDepartmentId = q.value(8).toLongLong();
    c.initiatingDepartmentName = q.value(9).toString();
    c.memorandumId = q.value(10).toLongLong();
    c.memorandumTitle = q.value(11).toString();
    c.memorandumBasis = q.value(12).toString();
    c.basisRecordId = q.value(13).toLongLong();
    c.basisListEntryId = q.value(14).toLongLong();
    c.termStart = q.value(15).toDate();
    c.termEnd = q.value(16).toDate();
    c.note = q.value(17).toString();
    c.draftedBy = q.value(18).toString();
    c.draftedAt = q.value(19).toDateTime();
    c.decidedBy = q.value(20).toString();
    c.decidedAt = q.value(21).toDateTime();
    c.decisionReason = q.value(22).toString();
    c.pushedBy = q.value(23).toString();
    c.pushedOn = q.value(24).toDate();
    c.rowVersion = q.value(25).toLongLong();
    c.revokedOn = q.value(26).toDate();

    QSqlQuery m = m_db.prepare(QStringLiteral(
        "SELECT cm.measure_id, m.code, m.title, m.legal_basis, m.mandatory, cm.selected, cm.drop_reason "
        "FROM case_measures cm JOIN measures m ON m.id = cm.measure_id WHERE cm.case_id = ? ORDER BY m.id"));
    m.addBindValue(id);
    m_db.exec(m);
    while (m.next())
        c.measures.append({m.value(0).toLongLong(), m.value(1).toString(), m.value(2).toString(),
            m.value(3).toString(), m.value(4).toBool(), m.value(5).toBool(), m.value(6).toString()});

    QSqlQuery s = m_db.prepare(
        QStringLiteral("SELECT cs.subject_id, s.kind, s.code, s.name, cs.link_role FROM case_subjects cs "
                       "JOIN subjects s ON s.id = cs.subject_id WHERE cs.case_id = ? ORDER BY s.name"));
    s.addBindValue(id);
    m_db.exec(s);
    while (s.next())
        c.coSubjects.append({s.value(0).toLongLong(), shownCode(s.value(1).toString(), s.value(2).toString()),
            s.value(3).toString(), s.value(4).toString()});

    if (withTasks) {
        QSqlQuery t = m_db.prepare(QLatin1String(TaskSelect)
            + QLatin1String("WHERE t.case_id = ? ORDER BY t.measure_id, d.name, t.subject_id"));
        t.addBindValue(id);
        m_db.exec(t);
        while (t.next())
            c.tasks.append(readTask(t));
    }
    return c;
}

std::optional<qint64> CaseStore::idByNumber(const QString& number)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE number = ?"));
    q.addBindValue(number);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool CaseStore::setDecision(qint64 id, CaseState state, const QString& by, const QString& reason,
    qint64 expectedVersion, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE cases SET state = ?, decided_by = ?, decided_at = ?, decision_reason = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(Cases::key(state));
    q.addBindValue(by);
    q.addBindValue(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    q.addBindValue(nullableText(reason));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool CaseStore::setPushed(qint64 id, const QString& by, const QDate& on, qint64 expectedVersion)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("UPDATE cases SET state = 'pushed', pushed_by = ?, pushed_on = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(by);
    q.addBindValue(on);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool CaseStore::setWithdrawn(qint64 id, const QString& by, qint64 expectedVersion)
{
    return setDecision(id, CaseState::Withdrawn, by, QString(), expectedVersion);
}

QList<CaseStore::Department> CaseStore::implementingDepartments(qint64 measureId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.name FROM measure_departments md JOIN departments d ON d.id = md.department_id "
        "WHERE md.measure_id = ? AND d.active ORDER BY d.id"));
    q.addBindValue(measureId);
    m_db.exec(q);
    QList<Department> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

qint64 CaseStore::insertTask(const MeasureTask& t)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO measure_tasks (case_id, measure_id, subject_id, department_id, pushed_on, due_on) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.caseId);
    q.addBindValue(t.measureId);
    q.addBindValue(t.subjectId);
    q.addBindValue(t.departmentId);
    q.addBindValue(t.pushedOn);
    q.addBindValue(t.dueOn);
    return m_db.execReturningId(q);
}

std::optional<MeasureTask> CaseStore::task(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(TaskSelect) + QLatin1String("WHERE t.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readTask(q);
}

qint64 CaseStore::taskVersion(qint64 taskId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT row_version FROM measure_tasks WHERE id = ?"));
    q.addBindValue(taskId);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool CaseStore::setAcknowledged(qint64 taskId, const QDate& on, const QString& by, qint64 expectedVersion)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("UPDATE measure_tasks SET acknowledged_on = ?, recorded_by = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(on);
    q.addBindValue(by);
    q.addBindValue(taskId);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool CaseStore::setResponse(qint64 taskId, const MeasureTask& a, const QString& by, qint64 expectedVersion)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE measure_tasks SET acknowledged_on = coalesce(acknowledged_on, ?), response = ?, responded_on "
        "= ?, "
        "applied_on = ?, reference = ?, reason = ?, recorded_by = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(a.respondedOn);
    q.addBindValue(Cases::key(a.response));
    q.addBindValue(a.respondedOn);
    q.addBindValue(nullableDate(a.appliedOn));
    q.addBindValue(nullableText(a.reference));
    q.addBindValue(nullableText(a.reason));
    q.addBindValue(by);
    q.addBindValue(taskId);
    q.addBindValue(expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

QList<qint64> CaseStore::caseIdsOfSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE subject_id = ? UNION SELECT "
                                              "case_id FROM case_subjects WHERE subject_id = ? "
                                              "ORDER BY 1 DESC"));
    q.addBindValue(subjectId);
    q.addBindValue(subjectId);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<CaseSubject> CaseStore::linkedPersons(qint64 organisationId, const QDate& asOf)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT s.id, s.kind, s.code, s.name, l.role FROM subject_links l JOIN subjects s ON "
                       "s.id = l.person_id "
                       "WHERE l.organisation_id = ? AND (l.since_date IS NULL OR l.since_date <= ?) "
                       "AND (l.until_date IS NULL OR l.until_date >= ?) ORDER BY l.role, s.name"));
    q.addBindValue(organisationId);
    q.addBindValue(asOf);
    q.addBindValue(asOf);
    m_db.exec(q);
    QList<CaseSubject> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), shownCode(q.value(1).toString(), q.value(2).toString()),
            q.value(3).toString(), q.value(4).toString()});
    return list;
}

} // namespace cd
