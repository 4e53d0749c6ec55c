#include "domain/CreditCheck.h"

namespace cd {

QString CreditChecks::key(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::InForce:
        return QStringLiteral("in_force");
    case MeasureStatus::Suspended:
        return QStringLiteral("suspended");
    case MeasureStatus::Pending:
        return QStringLiteral("pending");
    case MeasureStatus::Expired:
        return QStringLiteral("expired");
    case MeasureStatus::LiftedByRepair:
        return QStringLiteral("lifted_by_repair");
    case MeasureStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

QString CreditChecks::displayName(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::InForce:
        return tr("in force");
    case MeasureStatus::Suspended:
        return tr("suspended");
    case MeasureStatus::Pending:
        return tr("pending");
    case MeasureStatus::Expired:
        return tr("expired");
    case MeasureStatus::LiftedByRepair:
        return tr("lifted by repair");
    case MeasureStatus::Revoked:
        return tr("revoked");
    }
    return {};
}

std::pair<MeasureStatus, QString> CreditChecks::statusOn(const MeasureFacts& f, const QDate& asOf)
{
    const auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
    // Revocation and repair end a measure for good, from their date on.
    if (f.basisWithdrawnOn.isValid() && f.basisWithdrawnOn <= asOf)
        return {MeasureStatus::Revoked,
            tr("revoked on %1: the information it rests on was found wrong").arg(iso(f.basisWithdrawnOn))};
    if (f.liftedByRepairOn.isValid() && f.liftedByRepairOn <= asOf)
        return {MeasureStatus::LiftedByRepair,
            tr("lifted on %1 by an approved credit repair").arg(iso(f.liftedByRepairOn))};
    if (f.caseState == CaseState::Draft)
        return {MeasureStatus::Pending, tr("pending: the case awaits approval")};
    if (f.caseState == CaseState::Approved || !f.pushedOn.isValid() || f.pushedOn > asOf)
        return {MeasureStatus::Pending,
            tr("pending: the case is approved but not yet pushed to the departments")};
    if (asOf < f.termStart)
        return {MeasureStatus::Pending, tr("pending: the term starts on %1").arg(iso(f.termStart))};
    if (asOf > f.termEnd)
        return {MeasureStatus::Expired, tr("expired: the term ended on %1").arg(iso(f.termEnd))};
    for (const auto& [from, to] : f.suspensions) {
        if (from <= asOf && (!to.isValid() || asOf < to))
            return {MeasureStatus::Suspended,
                tr("suspended since %1 while an objection is verified (§18)").arg(iso(from))};
    }
    return {MeasureStatus::InForce,
        tr("in force: within the term %1 to %2").arg(iso(f.termStart), iso(f.termEnd))};
}

} // namespace cd
