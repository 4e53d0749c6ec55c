#include "services/CatalogueService.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/CatalogueStore.h"
#include "storage/DepartmentStore.h"
#include "storage/RuleSetStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

namespace {

constexpr int MaxTitleLength = 200;
constexpr int MaxTextLength = 1000;
constexpr int MaxTermMonths = 240;

QString normalCode(const QString& code)
{
    return code.trimmed().toUpper();
}

void checkCode(const QString& code, const QString& original)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_-]{0,31}$"));
    if (!pattern.match(code).hasMatch())
        throw CoreError(ErrorKind::InvalidInput,
            CatalogueService::tr("The code \"%1\" is not valid: use 1 to 32 letters A-Z, digits, '-' or '_', "
                                 "starting with a letter.")
                .arg(original.trimmed().left(40)));
}

void checkTexts(const QString& title, const QString& longText)
{
    if (title.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, CatalogueService::tr("The title must not be empty."));
    if (title.size() > MaxTitleLength)
        throw CoreError(ErrorKind::InvalidInput,
            CatalogueService::tr("The title may have at most %1 characters.").arg(MaxTitleLength));
    if (longText.size() > MaxTextLength)
        throw CoreError(ErrorKind::InvalidInput,
            CatalogueService::tr("The basis may have at most %1 characters.").arg(MaxTextLength));
}

void checkMonths(int months)
{
    if (months < 1 || months > MaxTermMonths)
        throw CoreError(ErrorKind::InvalidInput,
            CatalogueService::tr("The default term must be from 1 to %1 months.").arg(MaxTermMonths));
}

QJsonObject measureJson(const Measure& m)
{
    return QJsonObject {{QStringLiteral("title"), m.title}, {QStringLiteral("mandatory"), m.mandatory},
        {QStringLiteral("legalBasis"), m.legalBasis}, {QStringLiteral("planItem"), m.planItem},
        {QStringLiteral("defaultMonths"), m.defaultMonths}};
}

QJsonObject memorandumJson(const Memorandum& m)
{
    return QJsonObject {{QStringLiteral("title"), m.title},
        {QStringLiteral("kind"), MeasureKinds::key(m.kind)}, {QStringLiteral("basis"), m.basis}};
}

// Only the fields that changed, so an audit entry reads as the edit it records.
QJsonObject changes(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject b, a;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            b.insert(it.key(), before.value(it.key()));
            a.insert(it.key(), it.value());
        }
    }
    return QJsonObject {{QStringLiteral("before"), b}, {QStringLiteral("after"), a}};
}

QJsonArray departmentCodes(DepartmentStore& store, const QList<qint64>& ids)
{
    QJsonArray codes;
    for (qint64 id : ids) {
        const auto d = store.byId(id);
        codes.append(d ? d->code : QString::number(id));
    }
    return codes;
}

QJsonObject ruleSetJson(const RuleSet& r)
{
    QJsonObject periods;
    for (auto it = r.periods.cbegin(); it != r.periods.cend(); ++it) {
        QJsonObject p {{QStringLiteral("publish"), it->publish}, {QStringLiteral("minMonths"), it->minMonths},
            {QStringLiteral("maxMonths"), it->maxMonths}};
        if (it->specificSeriousMonths)
            p.insert(QStringLiteral("specificSeriousMonths"), *it->specificSeriousMonths);
        periods.insert(Severities::key(it.key()), p);
    }
    return QJsonObject {{QStringLiteral("effectiveFrom"), r.effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("source"), r.source}, {QStringLiteral("note"), r.note},
        {QStringLiteral("periods"), periods}};
}

} // namespace

CatalogueService::CatalogueService(Session& session) : m_session(session) { }

QList<Memorandum> CatalogueService::memoranda(bool includeInactive)
{
    CatalogueStore store(m_session.db());
    const QList<Measure> measures = store.measures();
    QList<Memorandum> list;
    for (Memorandum m : store.memoranda()) {
        if (!m.active && !includeInactive)
            continue;
        for (const Measure& measure : measures) {
            if (measure.memorandumId == m.id && (measure.active || includeInactive))
                m.measures.append(measure);
        }
        list.append(m);
    }
    return list;
}

std::optional<Memorandum> CatalogueService::memorandum(qint64 id)
{
    CatalogueStore store(m_session.db());
    auto m = store.memorandum(id);
    if (m)
        m->measures = store.measuresOf(id);
    return m;
}

std::optional<Memorandum> CatalogueService::memorandumByCode(const QString& code)
{
    const auto m = CatalogueStore(m_session.db()).memorandumByCode(normalCode(code));
    return m ? memorandum(m->id) : std::nullopt;
}

std::optional<Measure> CatalogueService::measure(qint64 id)
{
    return CatalogueStore(m_session.db()).measure(id);
}

std::optional<Measure> CatalogueService::measureByCode(const QString& code)
{
    return CatalogueStore(m_session.db()).measureByCode(normalCode(code));
}

QList<ProposedMeasure> CatalogueService::proposedMeasures(qint64 memorandumId)
{
    CatalogueStore store(m_session.db());
    const auto m = store.memorandum(memorandumId);
    if (!m)
        throw CoreError(
            ErrorKind::InvalidInput, tr("There is no memorandum with the id %1.").arg(memorandumId));
    if (!m->active)
        throw CoreError(ErrorKind::InvalidInput,
            tr("The memorandum %1 is no longer in use; a new case cannot rest on it.").arg(m->title));
    QList<ProposedMeasure> proposed;
    for (const Measure& measure : store.measuresOf(memorandumId)) {
        if (measure.active)
            proposed.append(ProposedMeasure {measure, measure.mandatory});
    }
    return proposed;
}

Memorandum CatalogueService::addMemorandum(const Memorandum& input)
{
    m_session.require(Operation::ManageCatalogue);
    Memorandum m = input;
    m.id = 0;
    m.code = normalCode(input.code);
    m.title = input.title.trimmed();
    m.basis = input.basis.trimmed();
    m.active = true;
    m.measures.clear();
    checkCode(m.code, input.code);
    checkTexts(m.title, m.basis);
    return m_session.write([&] {
        CatalogueStore store(m_session.db());
        if (store.memorandumByCode(m.code))
            throw CoreError(
                ErrorKind::InvalidInput, tr("A memorandum with the code %1 already exists.").arg(m.code));
        m.id = store.insertMemorandum(m);
        QJsonObject summary = memorandumJson(m);
        m_session.audit(QStringLiteral("memorandum.add"), QStringLiteral("memorandum"), m.code, summary);
        return m;
    });
}

Memorandum CatalogueService::editMemorandum(const Memorandum& input)
{
    m_session.require(Operation::ManageCatalogue);
    const QString title = input.title.trimmed();
    const QString basis = input.basis.trimmed();
    checkTexts(title, basis);
    return m_session.write([&] {
        CatalogueStore store(m_session.db());
        const auto before = store.memorandum(input.id);
        if (!before)
            throw CoreError(
                ErrorKind::InvalidInput, tr("There is no memorandum with the id %1.").arg(input.id));
        if (!input.code.trimmed().isEmpty() && normalCode(input.code) != before->code)
            throw CoreError(ErrorKind::InvalidInput,
                tr("The code of the memorandum %1 cannot be changed; cases refer to it.").arg(before->code));
        if (input.kind != before->kind && !store.measuresOf(before->id).isEmpty())
            throw CoreError(ErrorKind::InvalidInput,
                tr("The memorandum %1 has measures, so it stays a %2 memorandum.")
                    .arg(before->code, MeasureKinds::displayName(before->kind)));
        Memorandum after = *before;
        after.title = title;
        after.basis = basis;
        after.kind = input.kind;
        store.updateMemorandum(after);
        m_session.audit(QStringLiteral("memorandum.edit"), QStringLiteral("memorandum"), after.code,
            changes(memorandumJson(*before), memorandumJson(after)));
        after.measures = store.measuresOf(after.id);
        return after;
    });
}

void CatalogueService::deactivateMemorandum(qint64 id)
{
    setMemorandumActive(id, false);
}

void CatalogueService::reactivateMemorandum(qint64 id)
{
    setMemorandumActive(id, true);
}

void CatalogueService::setMemorandumActive(qint64 id, bool active)
{
    m_session.require(Operation::ManageCatalogue);
    m_session.write([&] {
        CatalogueStore store(m_session.db());
        const auto m = store.memorandum(id);
        if (!m)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no memorandum with the id %1.").arg(id));
        if (m->active == active)
            throw CoreError(ErrorKind::InvalidInput,
                active ? tr("The memorandum %1 is already active.").arg(m->code)
                       : tr("The memorandum %1 is already inactive.").arg(m->code));
        store.setMemorandumActive(id, active);
        m_session.audit(
            active ? QStringLiteral("memorandum.reactivate") : QStringLiteral("memorandum.deactivate"),
            QStringLiteral("memorandum"), m->code, QJsonObject {{QStringLiteral("title"), m->title}});
    });
}

QList<qint64> CatalogueService::checkedDepartments(const QList<qint64>& departmentIds)
{
    QList<qint64> ids;
    DepartmentStore store(m_session.db());
    for (qint64 id : departmentIds) {
        if (ids.contains(id))
            continue;
        const auto d = store.byId(id);
        if (!d)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no department with the id %1.").arg(id));
        if (!d->active)
            throw CoreError(
                ErrorKind::InvalidInput, tr("%1 is inactive and cannot implement a measure.").arg(d->name));
        ids << id;
    }
    if (ids.isEmpty())
        throw CoreError(ErrorKind::InvalidInput,
            tr("A measure needs at least one implementing department: without one, no task could be "
               "pushed."));
    std::sort(ids.begin(), ids.end());
    return ids;
}

Measure CatalogueService::addMeasure(const Measure& input)
{
    m_session.require(Operation::ManageCatalogue);
    Measure m = input;
    m.id = 0;
    m.code = normalCode(input.code);
    m.title = input.title.trimmed();
    m.legalBasis = input.legalBasis.trimmed();
    m.planItem = input.planItem.trimmed();
    m.active = true;
    checkCode(m.code, input.code);
    checkTexts(m.title, m.legalBasis);
    checkMonths(m.defaultMonths);
    return m_session.write([&] {
        CatalogueStore store(m_session.db());
        const auto memo = store.memorandum(m.memorandumId);
        if (!memo)
            throw CoreError(
                ErrorKind::InvalidInput, tr("There is no memorandum with the id %1.").arg(m.memorandumId));
        if (store.measureByCode(m.code))
            throw CoreError(
                ErrorKind::InvalidInput, tr("A measure with the code %1 already exists.").arg(m.code));
        m.kind = memo->kind;
        m.departmentIds = checkedDepartments(input.departmentIds);
        m.id = store.insertMeasure(m);
        DepartmentStore departments(m_session.db());
        QJsonObject summary = measureJson(m);
        summary.insert(QStringLiteral("memorandum"), memo->code);
        summary.insert(QStringLiteral("departments"), departmentCodes(departments, m.departmentIds));
        m_session.audit(QStringLiteral("measure.add"), QStringLiteral("measure"), m.code, summary);
        return m;
    });
}

Measure CatalogueService::editMeasure(const Measure& input)
{
    m_session.require(Operation::ManageCatalogue);
    const QString title = input.title.trimmed();
    const QString legalBasis = input.legalBasis.trimmed();
    checkTexts(title, legalBasis);
    checkMonths(input.defaultMonths);
    return m_session.write([&] {
        CatalogueStore store(m_session.db());
        const auto before = store.measure(input.id);
        if (!before)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no measure with the id %1.").arg(input.id));
        if (!input.code.trimmed().isEmpty() && normalCode(input.code) != before->code)
            throw CoreError(ErrorKind::InvalidInput,
                tr("The code of the measure %1 cannot be changed; cases refer to it.").arg(before->code));
        if (input.memorandumId != 0 && input.memorandumId != before->memorandumId)
            throw CoreError(ErrorKind::InvalidInput,
                tr("The measure %1 cannot move to another memorandum; add a new measure there instead.")
                    .arg(before->code));
        Measure after = *before;
        after.title = title;
        after.mandatory = input.mandatory;
        after.legalBasis = legalBasis;
        after.planItem = input.planItem.trimmed();
        after.defaultMonths = input.defaultMonths;
        store.updateMeasure(after);
        m_session.audit(QStringLiteral("measure.edit"), QStringLiteral("measure"), after.code,
            changes(measureJson(*before), measureJson(after)));
        return after;
    });
}

void CatalogueService::deactivateMeasure(qint64 id)
{
    setMeasureActive(id, false);
}

void CatalogueService::reactivateMeasure(qint64 id)
{
    setMeasureActive(id, true);
}

void CatalogueService::setMeasureActive(qint64 id, bool active)
{
    m_session.require(Operation::ManageCatalogue);
    m_session.write([&] {
        CatalogueStore store(m_session.db());
        const auto m = store.measure(id);
        if (!m)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no measure with the id %1.").arg(id));
        if (m->active == active)
            throw CoreError(ErrorKind::InvalidInput,
                active ? tr("The measure %1 is already active.").arg(m->code)
                       : tr("The measure %1 is already inactive.").arg(m->code));
        if (active) {
            checkedDepartments(m->departmentIds); // a department may have gone meanwhile
        } else {
            const auto memo = store.memorandum(m->memorandumId);
            const QList<Measure> siblings = store.measuresOf(m->memorandumId);
            const bool lastActive = std::none_of(siblings.cbegin(), siblings.cend(),
                [&](const Measure& s) { return s.active && s.id != m->id; });
            if (memo && memo->active && lastActive)
                throw CoreError(ErrorKind::InvalidInput,
                    tr("%1 is the last active measure of the memorandum %2; deactivate the memorandum "
                       "instead.")
                        .arg(m->code, memo->code));
        }
        store.setMeasureActive(id, active);
        m_session.audit(active ? QStringLiteral("measure.reactivate") : QStringLiteral("measure.deactivate"),
            QStringLiteral("measure"), m->code, QJsonObject {{QStringLiteral("title"), m->title}});
    });
}

void CatalogueService::setImplementingDepartments(qint64 measureId, const QList<qint64>& departmentIds)
{
    m_session.require(Operation::ManageCatalogue);
    m_session.write([&] {
        CatalogueStore store(m_session.db());
        const auto m = store.measure(measureId);
        if (!m)
            throw CoreError(
                ErrorKind::InvalidInput, tr("There is no measure with the id %1.").arg(measureId));
        const QList<qint64> ids = checkedDepartments(departmentIds);
        store.setMeasureDepartments(measureId, ids);
        DepartmentStore departments(m_session.db());
        m_session.audit(QStringLiteral("measure.departments"), QStringLiteral("measure"), m->code,
            QJsonObject {{QStringLiteral("before"), departmentCodes(departments, m->departmentIds)},
                {QStringLiteral("after"), departmentCodes(departments, ids)}});
    });
}

Measure CatalogueService::editMeasure(const Measure& input, const QList<qint64>& departmentIds)
{
    m_session.require(Operation::ManageCatalogue);
    return m_session.write([&] {
        Measure after = editMeasure(input);
        QList<qint64> wanted = departmentIds, had = after.departmentIds;
        std::sort(wanted.begin(), wanted.end());
        wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
        std::sort(had.begin(), had.end());
        if (wanted != had) {
            setImplementingDepartments(after.id, departmentIds);
            after.departmentIds = CatalogueStore(m_session.db()).measure(after.id)->departmentIds;
        }
        return after;
    });
}

RuleBook CatalogueService::ruleBook()
{
    return RuleBook(RuleSetStore(m_session.db()).all());
}

RuleSet CatalogueService::ruleSetFor(QDate decisionDate)
{
    return ruleBook().ruleSetFor(decisionDate);
}

PublicityWindow CatalogueService::publicityFor(QDate decisionDate, Severity severity, bool specificSerious)
{
    return ruleBook().publicityFor(decisionDate, severity, specificSerious);
}

RuleSet CatalogueService::addRuleSet(const RuleSet& input)
{
    m_session.require(Operation::ManageCatalogue);
    RuleSet r = input;
    r.id = 0;
    r.source = input.source.trimmed();
    r.note = input.note.trimmed();
    r.caveat.clear();
    const QString problem = r.problem();
    if (!problem.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, problem);
    return m_session.write([&] {
        RuleSetStore store(m_session.db());
        if (store.exists(r.effectiveFrom))
            throw CoreError(ErrorKind::InvalidInput,
                tr("A rule set in force from %1 already exists.").arg(r.effectiveFrom.toString(Qt::ISODate)));
        r.id = store.insert(r);
        m_session.audit(QStringLiteral("ruleset.add"), QStringLiteral("ruleset"),
            r.effectiveFrom.toString(Qt::ISODate), ruleSetJson(r));
        return r;
    });
}

} // namespace cd
