#pragma once

#include "domain/Case.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace cd {

class Session;

// What an officer fills in to draft a case (§12, §14).
struct CaseDraft
{
    qint64 subjectId = 0;
    qint64 memorandumId = 0;
    qint64 basisRecordId = 0; // a credit record of the subject …
    qint64 basisListEntryId = 0; // … or a list entry (black list for sanctions, red list for incentives)
    qint64 initiatingDepartmentId = 0;
    QDate termStart; // default: today
    QDate termEnd; // default: the longest default duration of the selected measures
    std::optional<QList<qint64>> selectedMeasures; // default: the proposal (mandatory measures)
    QMap<qint64, QString> dropReasons; // a mandatory measure left out needs its written reason
    QList<qint64> coSubjects; // linked persons of the organisation (§11)
    QString note;
};

// Joint incentive and sanction cases: draft, four-eyes approval, push to the implementing
// departments as measure tasks with feedback deadlines in working days, and the departments'
// feedback. Every call checks the role and is audited.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(Session& session);

    // The memorandum's active measures, mandatory ones selected.
    QList<CaseMeasure> proposal(qint64 memorandumId);
    // For an organisation's serious dishonesty, the persons linked to it (§11); empty otherwise.
    QList<CaseSubject> proposedCoSubjects(qint64 subjectId, qint64 basisRecordId);

    Case draft(const CaseDraft& draft);
    // seenVersion: the case's row version as the user saw it (0: not checked). If another desk
    // changed the case since, the call is refused with who changed it and when, never applied to a
    // case the user has not seen.
    Case approve(qint64 caseId, qint64 seenVersion = 0);
    Case reject(qint64 caseId, const QString& reason, qint64 seenVersion = 0);
    Case withdraw(qint64 caseId, qint64 seenVersion = 0);
    // Creates one task per selected measure x implementing department x subject, due after the
    // feedback period in working days.
    Case push(qint64 caseId, const QDate& on = QDate::currentDate(), qint64 seenVersion = 0);

    MeasureTask acknowledge(qint64 taskId, const QDate& on);
    MeasureTask respond(qint64 taskId, TaskResponse response, const QDate& on, const QString& reference,
        const QString& reason, const QDate& appliedOn = {});

    Case get(qint64 caseId);
    // A case id or number (联惩〔2026〕0001号).
    qint64 resolve(const QString& idOrNumber);

private:
    Case load(qint64 caseId);
    Session& m_session;
};

} // namespace cd
