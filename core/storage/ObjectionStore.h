#pragma once

#include "domain/Objection.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The objections and objection_notices tables, and the lookups an objection needs: who provided
// the disputed information and which departments carry out measures resting on it.
class ObjectionStore
{
public:
    explicit ObjectionStore(Database& db);

    QString nextNumber(int year);
    qint64 insert(const Objection& o);
    std::optional<Objection> byId(qint64 id);
    QList<Objection> forSubject(qint64 subjectId);
    // The office's objections, those still open (filed or under verification) first, the nearest
    // verification deadline first among them; at most `limit` (0: all). Without notices.
    QList<Objection> office(bool openOnly, int limit);
    // Objections on the information a case rests on (its record, its list entry) or on the case.
    QList<Objection> onCaseBasis(qint64 caseId, qint64 recordId, qint64 listEntryId);

    bool setAccepted(qint64 id, const QDate& on, const QString& by, qint64 verifyingDepartmentId,
        const QDate& due, qint64 expectedVersion);
    bool setNotAccepted(qint64 id, const QString& reason, const QString& by, qint64 expectedVersion);
    bool setDecided(qint64 id, ObjectionOutcome outcome, bool revoked, const QDate& on, const QString& by,
        const QString& reason, qint64 expectedVersion);
    void addNotice(qint64 objectionId, qint64 departmentId, const QString& kind, const QDate& on);

    // The subject the target belongs to (0 if the target does not exist).
    qint64 subjectOfTarget(ObjectionTarget target, qint64 targetId);
    // The department that provided the disputed information.
    qint64 providingDepartment(ObjectionTarget target, qint64 targetId);
    // Departments with measure tasks resting on the target.
    QList<qint64> departmentsConcerned(ObjectionTarget target, qint64 targetId);
    // Information wrong: the case is revoked from `on`.
    void revokeCase(qint64 caseId, const QDate& on);

private:
    Database& m_db;
};

} // namespace cd
