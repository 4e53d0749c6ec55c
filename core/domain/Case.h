#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// 联合奖惩案件: draft -> approved (by a reviewer who did not draft it) -> pushed; a reviewer may
// reject a draft, and its drafter may withdraw it before it is pushed.
enum class CaseState { Draft, Approved, Pushed, Rejected, Withdrawn };
enum class CaseKind { Incentive, Sanction };

// A department's answer to a measure task (执行反馈).
enum class TaskResponse { None, Applied, NotApplicable, Refused };

struct CaseMeasure
{
    qint64 measureId = 0;
    QString code;
    QString title;
    QString legalBasis;
    bool mandatory = false;
    bool selected = true;
    QString dropReason; // required when a mandatory measure is not selected
};

struct CaseSubject
{
    qint64 subjectId = 0;
    QString code; // masked for persons
    QString name;
    QString linkRole; // "primary" or a LinkRole key
};

struct MeasureTask
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 measureId = 0;
    QString measureTitle;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 departmentId = 0;
    QString departmentName;
    QDate pushedOn;
    QDate dueOn;
    QDate acknowledgedOn;
    TaskResponse response = TaskResponse::None;
    QDate respondedOn;
    QDate appliedOn;
    QString reference;
    QString reason;

    // Overdue is computed from dates, never stored: nothing waits for a person to flip it.
    bool isOverdue(const QDate& asOf) const { return response == TaskResponse::None && asOf > dueOn; }
    bool answeredLate() const { return response != TaskResponse::None && respondedOn > dueOn; }
};

struct Case
{
    qint64 id = 0;
    QString number;
    CaseKind kind = CaseKind::Sanction;
    CaseState state = CaseState::Draft;
    qint64 subjectId = 0;
    QString subjectName;
    QString subjectCode; // masked for persons
    qint64 initiatingDepartmentId = 0;
    QString initiatingDepartmentName;
    qint64 memorandumId = 0;
    QString memorandumTitle;
    QString memorandumBasis;
    qint64 basisRecordId = 0;
    qint64 basisListEntryId = 0;
    QDate termStart;
    QDate termEnd;
    QString note;
    QString draftedBy;
    QDateTime draftedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    QString pushedBy;
    QDate pushedOn;
    QDate revokedOn; // an objection found the case itself wrong
    qint64 rowVersion = 0;
    // Objection verifications on what the case rests on, [from, to); to invalid while one runs.
    QList<std::pair<QDate, QDate>> suspensions;
    QList<CaseMeasure> measures;
    QList<CaseSubject> coSubjects;
    QList<MeasureTask> tasks;
};

inline bool suspendedOn(const Case& c, const QDate& asOf)
{
    for (const auto& [from, to] : c.suspensions) {
        if (from <= asOf && (!to.isValid() || asOf < to))
            return true;
    }
    return false;
}

class Cases
{
    Q_DECLARE_TR_FUNCTIONS(Cases)

public:
    static QString key(CaseState s);
    static std::optional<CaseState> stateFromKey(const QString& key);
    static QString displayName(CaseState s);
    static QString key(CaseKind k);
    static std::optional<CaseKind> kindFromKey(const QString& key);
    static QString displayName(CaseKind k);
    static QString key(TaskResponse r); // "" for None
    static std::optional<TaskResponse> responseFromKey(const QString& key);
    static QString displayName(TaskResponse r);
};

} // namespace cd
