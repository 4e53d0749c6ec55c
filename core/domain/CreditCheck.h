#pragma once

#include "domain/Case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

// The status words of the credit check (应查必查, §14). The keys are the CLI's JSON words.
enum class MeasureStatus { InForce, Suspended, Pending, Expired, LiftedByRepair, Revoked };

// One measure of one case, as it stands for the subject on the date asked about.
struct MeasureCheck
{
    qint64 caseId = 0;
    QString caseNumber;
    CaseKind kind = CaseKind::Sanction;
    qint64 measureId = 0;
    QString measureCode;
    QString measureTitle;
    bool mandatory = false;
    QString legalBasis;
    QStringList departments;
    QDate termStart;
    QDate termEnd;
    MeasureStatus status = MeasureStatus::Pending;
    QStringList reasons; // record -> list entry -> memorandum -> measure -> legal basis -> status
};

// What decides a measure's status on a date; everything is computed from dates, nothing waits for
// a person or a timer.
struct MeasureFacts
{
    CaseState caseState = CaseState::Draft;
    QDate pushedOn;
    QDate termStart;
    QDate termEnd;
    QDate basisWithdrawnOn; // the basis record or list entry was revoked (objection upheld)
    QDate liftedByRepairOn; // a repair was approved
    // Suspension intervals (objection under verification), [from, to); to invalid = still open.
    QList<std::pair<QDate, QDate>> suspensions;
};

class CreditChecks
{
    Q_DECLARE_TR_FUNCTIONS(CreditChecks)

public:
    static QString key(MeasureStatus s);
    static QString displayName(MeasureStatus s);
    // The status and the sentence that explains it.
    static std::pair<MeasureStatus, QString> statusOn(const MeasureFacts& facts, const QDate& asOf);
};

} // namespace cd
