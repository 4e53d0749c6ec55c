#include "services/CheckService.h"

#include "CoreError.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "storage/CaseStore.h"
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
            mc.termStart = c->termStart;
            mc.termEnd = c->termEnd;
            const auto [status, why] = CreditChecks::statusOn(facts, asOf);
            mc.status = status;
            if (basis)
                mc.reasons << tr("record: %1 %2 of %3, decided %4%5")
                                  .arg(basis->category, basis->decisionNo, basis->departmentName,
                                      iso(basis->decisionDate),
                                      basis->severity
                                          ? tr(" (%1)").arg(Severities::displayName(*basis->severity))
                                          : QString());
            if (c->basisListEntryId > 0)
                mc.reasons << tr("list entry %1").arg(c->basisListEntryId);
            mc.reasons << tr("memorandum: %1 (%2)").arg(c->memorandumTitle, c->memorandumBasis);
            mc.reasons << tr("measure: %1, %2, implemented by %3")
                              .arg(m.title, m.mandatory ? tr("mandatory") : tr("recommended"),
                                  mc.departments.join(QStringLiteral("、")));
            if (!m.legalBasis.isEmpty())
                mc.reasons << tr("legal basis: %1").arg(m.legalBasis);
            mc.reasons << tr("case %1, term %2 to %3").arg(c->number, iso(c->termStart), iso(c->termEnd));
            mc.reasons << why;
            result.measures.append(mc);
        }
    }

    // §2: three consecutive years without a negative record (and registered that long).
    const QDate threeYearsBefore = asOf.addYears(-3);
    const int negatives = records.negativeCountBetween(subjectId, threeYearsBefore, asOf);
    if (negatives > 0) {
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
