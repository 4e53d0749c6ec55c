#include "services/OfficeRules.h"

#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "services/Settings.h"

namespace cd {

OfficeRules::OfficeRules(Session& session) : m_session(session) { }

std::optional<OfficeRules::MemorandumInfo> OfficeRules::memorandum(qint64 id)
{
    const auto m = CatalogueService(m_session).memorandum(id);
    if (!m || !m->active)
        return std::nullopt;
    return MemorandumInfo {
        m->title, m->basis, m->kind == MeasureKind::Incentive ? CaseKind::Incentive : CaseKind::Sanction};
}

std::optional<qint64> OfficeRules::memorandumId(const QString& codeOrId)
{
    bool isNumber = false;
    const qint64 id = codeOrId.trimmed().toLongLong(&isNumber);
    CatalogueService catalogue(m_session);
    const auto m = isNumber ? catalogue.memorandum(id) : catalogue.memorandumByCode(codeOrId.trimmed());
    if (!m)
        return std::nullopt;
    return m->id;
}

QList<CaseMeasure> OfficeRules::proposal(qint64 memorandumId)
{
    QList<CaseMeasure> list;
    for (const ProposedMeasure& p : CatalogueService(m_session).proposedMeasures(memorandumId)) {
        CaseMeasure m;
        m.measureId = p.measure.id;
        m.code = p.measure.code;
        m.title = p.measure.title;
        m.legalBasis = p.measure.legalBasis;
        m.mandatory = p.measure.mandatory;
        m.selected = p.preselected;
        list.append(m);
    }
    return list;
}

int OfficeRules::defaultMonths(qint64 measureId)
{
    const auto m = CatalogueService(m_session).measure(measureId);
    return m ? m->defaultMonths : 0;
}

std::optional<QString> OfficeRules::departmentName(qint64 id)
{
    const auto d = DepartmentService(m_session).byId(id);
    if (!d || !d->active)
        return std::nullopt;
    return d->name;
}

std::optional<qint64> OfficeRules::departmentId(const QString& codeOrName)
{
    DepartmentService departments(m_session);
    auto d = departments.byCode(codeOrName);
    if (!d)
        d = departments.byName(codeOrName);
    if (!d || !d->active)
        return std::nullopt;
    return d->id;
}

int OfficeRules::feedbackWorkingDays()
{
    return Settings(m_session).feedbackWorkingDays();
}

int OfficeRules::publicationWorkingDays()
{
    return Settings(m_session).publicationWorkingDays();
}

QDate OfficeRules::addWorkingDays(const QDate& from, int days)
{
    return CalendarService(m_session).addWorkingDays(from, days);
}

OfficeRules::Publicity OfficeRules::publicity(const CreditRecord& record)
{
    if (!record.severity)
        return {}; // positive information: published with no end set by the repair rules
    return publicity(record, CatalogueService(m_session).ruleBook());
}

OfficeRules::Publicity OfficeRules::publicity(const CreditRecord& record, const RuleBook& rules)
{
    Publicity p;
    if (!record.severity)
        return p;
    const PublicityWindow w = rules.publicityFor(record.decisionDate, *record.severity, record.specificSerious);
    p.publish = w.publish;
    p.repairable = w.repairable;
    p.earliestRepair = w.earliestRepair;
    p.publicationEnds = w.publicationEnds;
    p.ruleSource = w.ruleSetSource;
    return p;
}

} // namespace cd
