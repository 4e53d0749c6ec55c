#pragma once

#include "domain/Objection.h"

#include <QCoreApplication>

namespace cd {

class Session;

// 异议处理 (§18). Accepting an objection asks the providing department to verify the information
// within the verification period (working days) and suspends, from that day, every measure that
// rests on it; the departments concerned are told. The decision either finds the information wrong
// (it is withdrawn or corrected, the measures are revoked, each department told is sent a
// restoration notice) or right (the measures resume). Suspension intervals are never deleted.
class ObjectionService
{
    Q_DECLARE_TR_FUNCTIONS(ObjectionService)

public:
    explicit ObjectionService(Session& session);

    Objection file(ObjectionTarget target, qint64 targetId, const QString& description, const QDate& filedOn,
        qint64 raisingDepartmentId = 0);
    Objection accept(qint64 id, const QDate& on);
    // A reviewer's decision, with a written reason; never by whoever filed the objection.
    Objection notAccept(qint64 id, const QString& reason);
    // revoke: information wrong and revoked (otherwise corrected); ignored when the information is right.
    Objection decide(
        qint64 id, ObjectionOutcome outcome, bool revoke, const QString& reason, const QDate& on);

    Objection get(qint64 id);
    QList<Objection> forSubject(qint64 subjectId);
    // The office-wide work list: open objections first, by verification deadline.
    QList<Objection> office(bool openOnly, int limit = 500);

private:
    Objection load(qint64 id);
    Session& m_session;
};

} // namespace cd
