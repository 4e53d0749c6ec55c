#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// 异议 (§18). filed -> accepted (verification requested, measures suspended) -> decided; or filed ->
// not accepted.
enum class ObjectionState { Filed, Accepted, NotAccepted, Decided };
enum class ObjectionTarget { Record, ListEntry, Case };
enum class ObjectionOutcome { InformationWrong, InformationRight };

struct ObjectionNotice
{
    qint64 departmentId = 0;
    QString departmentName;
    QString kind; // suspension, restoration, resumption
    QDate issuedOn;
};

struct Objection
{
    qint64 id = 0;
    QString number;
    qint64 subjectId = 0;
    QString subjectName;
    ObjectionTarget target = ObjectionTarget::Record;
    qint64 targetId = 0;
    bool raisedByDepartment = false;
    qint64 raisingDepartmentId = 0;
    QString description;
    QDate filedOn;
    QString filedBy;
    ObjectionState state = ObjectionState::Filed;
    QDate acceptedOn;
    QString acceptedBy;
    QString notAcceptedReason;
    qint64 verifyingDepartmentId = 0;
    QString verifyingDepartmentName;
    QDate verificationDue;
    std::optional<ObjectionOutcome> outcome;
    bool revoked = false; // information wrong: revoked (otherwise corrected)
    QDate decidedOn;
    QString decidedBy;
    QString decisionReason;
    qint64 rowVersion = 0;
    QList<ObjectionNotice> notices;

    // The suspension interval [acceptedOn, decidedOn); decidedOn invalid while verification runs.
    bool suspends() const { return acceptedOn.isValid(); }
    bool verificationOverdue(const QDate& asOf) const
    {
        return state == ObjectionState::Accepted && verificationDue.isValid() && asOf > verificationDue;
    }
};

class Objections
{
    Q_DECLARE_TR_FUNCTIONS(Objections)

public:
    static QString key(ObjectionState s);
    static std::optional<ObjectionState> stateFromKey(const QString& key);
    static QString displayName(ObjectionState s);
    static QString key(ObjectionTarget t);
    static std::optional<ObjectionTarget> targetFromKey(const QString& key);
    static QString displayName(ObjectionTarget t);
    // "suspension", "restoration", "resumption": what the department was told.
    static QString noticeDisplayName(const QString& kind);
};

} // namespace cd
