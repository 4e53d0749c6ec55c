#include "services/CheckService.h"

#include "CoreError.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "services/SubjectService.h"
#include "storage/CaseStore.h"
#include "storage/ListStore.h"
#include "storage/ObjectionStore.h"
#include "storage/RecordStore.h"

namespace cd {

CheckService::CheckService(Session& session) : m_session(session) { }

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

CreditCheckResult CheckService::check(qint64 subjectId, const QDate& asOf)
{
    m_session.require(Operation::CreditCheck);
    CreditCheckResult result;
    result.asOf = asOf;
    result.subject = SubjectService(m_session).get(subjectId);
    result.records = RecordService(m_session).forSubject(subjectId, asOf);

    CaseStore cases(m_session.db());
    RecordStore records(m_session.db());
    ObjectionStore objections(m_session.db());
    ListStore lists(m_session.db());
    // Every entry the subject had on its lists by the date asked about, with its state then.
    for (const ListEntry& e : lists.forSubject(subjectId)) {
        if (!e.approvedBy.isEmpty() && e.entryDate <= asOf)
            result.lists.append(e);
    }
    const bool extendTerm = Settings(m_session).suspensionExtendsTerm();
    for (qint64 caseId : cases.caseIdsOfSubject(subjectId)) {
        const auto c = cases.byId(caseId, false);
        if (!c || c->state == CaseState::Rejected || c->state == CaseState::Withdrawn)
            continue;
        std::optional<CreditRecord> basis;
        if (c->basisRecordId > 0)
            basis = records.byId(c->basisRecordId);
        MeasureFacts facts;
        facts.caseState = c->state;
        facts.pushedOn = c->pushedOn;
        facts.termStart = c->termStart;
        facts.termEnd = c->termEnd;
        if (basis && basis->withdrawnOn.isValid())
            facts.basisWithdrawnOn = basis->withdrawnOn;
        if (basis && basis->repairedOn.isValid())
            facts.liftedByRepairOn = basis->repairedOn;
        if (c->revokedOn.isValid()
            && (!facts.basisWithdrawnOn.isValid() || c->revokedOn < facts.basisWithdrawnOn))
            facts.basisWithdrawnOn = c->revokedOn;
        // A list entry ends the measures resting on it the way it leaves its list: revoked, lifted
        // by repair, or at the end of its publicity period.
        std::optional<ListEntry> entry;
        if (c->basisListEntryId > 0)
            entry = lists.byId(c->basisListEntryId);
        if (entry) {
            const QDate end = entry->endsOn();
            const auto reason = end.isValid() ? entry->exitOn(end) : std::nullopt;
            if (reason == ListExitReason::Revocation
                && (!facts.basisWithdrawnOn.isValid() || end < facts.basisWithdrawnOn))
                facts.basisWithdrawnOn = end;
            else if (reason == ListExitReason::Repair)
                facts.liftedByRepairOn = end;
            else if (reason == ListExitReason::Expiry && end.addDays(-1) < facts.termEnd)
                facts.termEnd = std::max(facts.termStart, end.addDays(-1));
        }
        // §18: from acceptance to decision every measure resting on disputed information is suspended;
        // the intervals stay in the reasons for good.
        QStringList objectionReasons;
        int suspendedDays = 0;
        for (const Objection& o : objections.onCaseBasis(c->id, c->basisRecordId, c->basisListEntryId)) {
            if (!o.acceptedOn.isValid() || o.acceptedOn > asOf)
                continue;
            facts.suspensions.append({o.acceptedOn, o.decidedOn});
            const QDate end = o.decidedOn.isValid() ? std::min(o.decidedOn, asOf) : asOf;
            suspendedDays += std::max<qint64>(0, o.acceptedOn.daysTo(end));
            if (!o.decidedOn.isValid() || o.decidedOn > asOf)
                objectionReasons << tr("objection %1: measures suspended from %2 while %3 verifies (due %4)")
                                        .arg(o.number, iso(o.acceptedOn), o.verifyingDepartmentName,
                                            iso(o.verificationDue));
            else if (o.outcome == ObjectionOutcome::InformationWrong)
                objectionReasons << tr(
                    "objection %1: suspended from %2 to %3; the information was found wrong")
                                        .arg(o.number, iso(o.acceptedOn), iso(o.decidedOn));
            else
                objectionReasons << tr(
                    "objection %1: suspended from %2 to %3; the information was confirmed and "
                    "the measures resumed")
                                        .arg(o.number, iso(o.acceptedOn), iso(o.decidedOn));
        }
        if (extendTerm && suspendedDays > 0)
            facts.termEnd = facts.termEnd.addDays(suspendedDays);

        for (const CaseMeasure& m : c->measures) {
            if (!m.selected)
                continue;
            MeasureCheck mc;
            mc.caseId = c->id;
            mc.caseNumber = c->number;
            mc.kind = c->kind;
            mc.measureId = m.measureId;
            mc.measureCode = m.code;
            mc.measureTitle = m.title;
            mc.mandatory = m.mandatory;
            mc.legalBasis = m.legalBasis;
            for (const auto& dept : cases.implementingDepartments(m.measureId))
                mc.departments << dept.name;
            mc.termStart = facts.termStart;
            mc.termEnd = facts.termEnd;
            const auto [status, why] = CreditChecks::statusOn(facts, asOf);
            mc.status = status;
            if (basis)
                mc.reasons << tr("record: %1 %2 of %3, decided %4%5")
                                  .arg(basis->category, basis->decisionNo, basis->departmentName,
                                      iso(basis->decisionDate),
                                      basis->severity
                                          ? tr(" (%1)").arg(Severities::displayName(*basis->severity))
                                          : QString());
            if (entry)
                mc.reasons << tr("list entry: %1 %2 (%3), determined by %4, listed from %5%6")
                                  .arg(entry->number, ListEntries::displayName(entry->kind), entry->domain,
                                      entry->departmentName, iso(entry->entryDate),
                                      entry->endsOn().isValid() ? tr(" to %1").arg(iso(entry->endsOn()))
                                                                : QString());
            mc.reasons << tr("memorandum: %1 (%2)").arg(c->memorandumTitle, c->memorandumBasis);
            mc.reasons << tr("measure: %1, %2, implemented by %3")
                              .arg(m.title, m.mandatory ? tr("mandatory") : tr("recommended"),
                                  mc.departments.join(QStringLiteral("、")));
            if (!m.legalBasis.isEmpty())
                mc.reasons << tr("legal basis: %1").arg(m.legalBasis);
            mc.reasons
                << tr("case %1, term %2 to %3").arg(c->number, iso(facts.termStart), iso(facts.termEnd));
            mc.reasons << objectionReasons;
            mc.reasons << why;
            result.measures.append(mc);
        }
    }

    // §2: three consecutive years without a negative record (and registered that long).
    const QDate threeYearsBefore = asOf.addYears(-3);
    const int negatives = records.negativeCountBetween(subjectId, threeYearsBefore, asOf);
    if (const auto red = lists.redListedOn(subjectId, asOf)) {
        result.greenChannel = true;
        result.greenChannelReason = tr("eligible: on the red list (%1, %2) since %3 (§2)")
                                        .arg(red->number, red->domain, iso(red->entryDate));
    } else if (negatives > 0) {
        result.greenChannelReason
            = tr("not eligible: %n negative record(s) in the three years before %1", nullptr, negatives)
                  .arg(iso(asOf));
    } else if (result.subject.registeredOn.isValid() && result.subject.registeredOn > threeYearsBefore) {
        result.greenChannelReason = tr("not eligible: registered on %1, less than three years before %2")
                                        .arg(iso(result.subject.registeredOn), iso(asOf));
    } else {
        result.greenChannel = true;
        result.greenChannelReason
            = tr("eligible: no negative record from %1 to %2 (§2)").arg(iso(threeYearsBefore), iso(asOf));
    }
    return result;
}

QList<CreditCheckResult> CheckService::check(const QString& query, const QDate& asOf, int limit)
{
    m_session.require(Operation::CreditCheck);
    if (!asOf.isValid())
        throw CoreError(ErrorKind::InvalidInput, tr("as-of date: give a date as YYYY-MM-DD."));
    QList<CreditCheckResult> results;
    for (const auto& hit : SubjectService(m_session).find(query, limit))
        results.append(check(hit.id, asOf));
    return results;
}

} // namespace cd
