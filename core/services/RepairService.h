#pragma once

#include "domain/Repair.h"

#include <QCoreApplication>

namespace cd {

class Session;

// 信用修复 (§17). An officer takes in an application against a negative record or a black-list
// entry when the rule set in force at the record's decision allows it (minimum publicity period
// served, not "specific serious", publication not ended by itself, no bar on repeat applicants),
// records the materials as they arrive, and a reviewer other than that officer decides within the
// time limit. Approval ends the publication and the list membership and lifts the measures
// resting on them from the decision date (lifted_by_repair); rejection needs a reason.
class RepairService
{
    Q_DECLARE_TR_FUNCTIONS(RepairService)

public:
    explicit RepairService(Session& session);

    RepairApplication apply(RepairTarget target, qint64 targetId, const QDate& filedOn);
    RepairApplication receive(qint64 id, RepairMaterial item, const QDate& on, const QString& note = {});
    RepairApplication approve(qint64 id, const QString& reason, const QDate& on);
    RepairApplication reject(qint64 id, const QString& reason, const QDate& on);

    RepairApplication get(qint64 id);
    QList<RepairApplication> forSubject(qint64 subjectId);
    // The office-wide work list: submitted applications first, by decision due date.
    QList<RepairApplication> office(bool openOnly, int limit = 500);
    // Why an application on the target would be refused if filed on `on`; empty if it would be taken.
    QString refusal(RepairTarget target, qint64 targetId, const QDate& on);

private:
    RepairApplication load(qint64 id);
    RepairApplication decide(qint64 id, bool approve, const QString& reason, const QDate& on);
    QString conditionsUnmet(RepairTarget target, qint64 targetId, const QDate& on, qint64* subjectId);
    Session& m_session;
};

} // namespace cd
