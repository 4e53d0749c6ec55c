#include "services/CaseService.h"

#include "CoreError.h"
#include "services/CaseActions.h"
#include "services/ChangedMeanwhile.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "storage/CaseStore.h"
#include "storage/ListStore.h"
#include "storage/ObjectionStore.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd {

namespace {

QJsonObject caseSummary(const Case& c)
{
    return QJsonObject {{QStringLiteral("number"), c.number}, {QStringLiteral("state"), Cases::key(c.state)},
        {QStringLiteral("subjectId"), c.subjectId}};
}

[[noreturn]] void changedMeanwhile(Session& session, const Case& c)
{
    ChangedMeanwhile::raise(session, CaseService::tr("Case %1").arg(c.number), QStringLiteral("case"), c.id);
}

} // namespace

CaseService::CaseService(Session& session) : m_session(session) { }

Case CaseService::load(qint64 caseId)
{
    auto c = CaseStore(m_session.db()).byId(caseId);
    if (!c)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no case %1.").arg(caseId));
    for (const Objection& o :
        ObjectionStore(m_session.db()).onCaseBasis(c->id, c->basisRecordId, c->basisListEntryId)) {
        if (o.acceptedOn.isValid())
            c->suspensions.append({o.acceptedOn, o.decidedOn});
    }
    return *c;
}

Case CaseService::get(qint64 caseId)
{
    m_session.require(Operation::ReadCases);
    return load(caseId);
}

qint64 CaseService::resolve(const QString& idOrNumber)
{
    const QString text = idOrNumber.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return id;
    const auto found = CaseStore(m_session.db()).idByNumber(text);
    if (!found)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no case %1.").arg(text));
    return *found;
}

QList<CaseMeasure> CaseService::proposal(qint64 memorandumId)
{
    return OfficeRules(m_session).proposal(memorandumId);
}

QList<CaseSubject> CaseService::proposedCoSubjects(qint64 subjectId, qint64 basisRecordId)
{
    const auto record = RecordStore(m_session.db()).byId(basisRecordId);
    if (!record || record->subjectId != subjectId || record->polarity != Polarity::Negative
        || record->severity != Severity::Serious)
        return {};
    return CaseStore(m_session.db()).linkedPersons(subjectId, record->decisionDate);
}

Case CaseService::draft(const CaseDraft& d)
{
    m_session.require(Operation::DraftCase);
    OfficeRules rules(m_session);
    const auto memorandum = rules.memorandum(d.memorandumId);
    if (!memorandum)
        throw CoreError(
            ErrorKind::InvalidInput, tr("memorandum: there is no active memorandum %1.").arg(d.memorandumId));
    if (d.initiatingDepartmentId <= 0 || !rules.departmentName(d.initiatingDepartmentId))
        throw CoreError(ErrorKind::InvalidInput, tr("initiating department: unknown department."));

    Case c;
    c.kind = memorandum->kind;
    c.state = CaseState::Draft;
    c.subjectId = d.subjectId;
    c.memorandumId = d.memorandumId;
    c.initiatingDepartmentId = d.initiatingDepartmentId;
    c.note = d.note.trimmed();
    c.draftedBy = m_session.user().name;

    // The basis: a record of this subject whose polarity fits the memorandum.
    if (d.basisRecordId <= 0 && d.basisListEntryId <= 0)
        throw CoreError(
            ErrorKind::InvalidInput, tr("basis: a case rests on a credit record or a list entry."));
    if (d.basisRecordId > 0) {
        const auto record = RecordStore(m_session.db()).byId(d.basisRecordId);
        if (!record)
            throw CoreError(
                ErrorKind::InvalidInput, tr("basis: there is no credit record %1.").arg(d.basisRecordId));
        if (record->subjectId != d.subjectId)
            throw CoreError(ErrorKind::InvalidInput,
                tr("basis: credit record %1 belongs to another subject.").arg(d.basisRecordId));
        const Polarity needed = c.kind == CaseKind::Sanction ? Polarity::Negative : Polarity::Positive;
        if (record->polarity != needed)
            throw CoreError(ErrorKind::InvalidInput,
                c.kind == CaseKind::Sanction
                    ? tr("basis: a sanction case needs a negative record; record %1 is positive.")
                          .arg(record->id)
                    : tr("basis: an incentive case needs a positive record; record %1 is negative.")
                          .arg(record->id));
        if (record->withdrawnOn.isValid())
            throw CoreError(ErrorKind::InvalidInput,
                tr("basis: credit record %1 was withdrawn on %2.")
                    .arg(record->id)
                    .arg(record->withdrawnOn.toString(Qt::ISODate)));
        c.basisRecordId = record->id;
    }
    if (d.basisListEntryId > 0) {
        const auto entry = ListStore(m_session.db()).byId(d.basisListEntryId);
        if (!entry)
            throw CoreError(
                ErrorKind::InvalidInput, tr("basis: there is no list entry %1.").arg(d.basisListEntryId));
        if (entry->subjectId != d.subjectId)
            throw CoreError(ErrorKind::InvalidInput,
                tr("basis: list entry %1 belongs to another subject.").arg(entry->number));
        const ListKind needed = c.kind == CaseKind::Sanction ? ListKind::Black : ListKind::Red;
        if (entry->kind != needed)
            throw CoreError(ErrorKind::InvalidInput,
                c.kind == CaseKind::Sanction
                    ? tr("basis: a sanction case needs a black-list entry; %1 is on the red list.")
                          .arg(entry->number)
                    : tr("basis: an incentive case needs a red-list entry; %1 is on the black list.")
                          .arg(entry->number));
        if (entry->approvedBy.isEmpty())
            throw CoreError(
                ErrorKind::InvalidInput, tr("basis: list entry %1 is not approved yet.").arg(entry->number));
        if (const auto gone = entry->exitOn(QDate::currentDate()))
            throw CoreError(ErrorKind::InvalidInput,
                tr("basis: list entry %1 is off its list (%2 on %3).")
                    .arg(entry->number, ListEntries::displayName(*gone),
                        entry->endsOn().toString(Qt::ISODate)));
        c.basisListEntryId = entry->id;
    }

    // Measures: the proposal, with the officer's selection; a mandatory one is never dropped silently.
    QList<CaseMeasure> measures = rules.proposal(d.memorandumId);
    if (d.selectedMeasures) {
        for (qint64 id : *d.selectedMeasures) {
            if (std::none_of(measures.begin(), measures.end(),
                    [&](const CaseMeasure& m) { return m.measureId == id; }))
                throw CoreError(ErrorKind::InvalidInput,
                    tr("measures: measure %1 is not part of memorandum \"%2\".")
                        .arg(id)
                        .arg(memorandum->title));
        }
        for (CaseMeasure& m : measures)
            m.selected = d.selectedMeasures->contains(m.measureId);
    }
    int selectedCount = 0;
    int longestMonths = 0;
    for (CaseMeasure& m : measures) {
        if (m.selected) {
            ++selectedCount;
            longestMonths = std::max(longestMonths, rules.defaultMonths(m.measureId));
            continue;
        }
        const QString reason = d.dropReasons.value(m.measureId).trimmed();
        if (m.mandatory && reason.isEmpty())
            throw CoreError(ErrorKind::InvalidInput,
                tr("measures: \"%1\" is mandatory; leaving it out needs a written reason.").arg(m.title));
        m.dropReason = reason.isEmpty() ? tr("not selected (recommended measure)") : reason;
    }
    if (selectedCount == 0)
        throw CoreError(ErrorKind::InvalidInput, tr("measures: select at least one measure."));
    c.measures = measures;

    c.termStart = d.termStart.isValid() ? d.termStart : QDate::currentDate();
    c.termEnd
        = d.termEnd.isValid() ? d.termEnd : c.termStart.addMonths(std::max(longestMonths, 1)).addDays(-1);
    if (c.termEnd < c.termStart)
        throw CoreError(ErrorKind::InvalidInput,
            tr("term: the end %1 lies before the start %2.")
                .arg(c.termEnd.toString(Qt::ISODate), c.termStart.toString(Qt::ISODate)));

    if (!d.coSubjects.isEmpty()) {
        const QList<CaseSubject> linked = proposedCoSubjects(d.subjectId, d.basisRecordId);
        for (qint64 id : d.coSubjects) {
            const auto it = std::find_if(
                linked.begin(), linked.end(), [&](const CaseSubject& s) { return s.subjectId == id; });
            if (it == linked.end())
                throw CoreError(ErrorKind::InvalidInput,
                    tr("co-subjects: subject %1 is not a person linked to this organisation for a serious "
                       "record.")
                        .arg(id));
            c.coSubjects.append(*it);
        }
    }

    return m_session.write([&] {
        CaseStore store(m_session.db());
        c.number = store.nextNumber(c.kind, QDate::currentDate().year());
        c.id = store.insert(c);
        QJsonArray dropped;
        for (const CaseMeasure& m : c.measures) {
            if (!m.selected && m.mandatory)
                dropped.append(QJsonObject {
                    {QStringLiteral("measure"), m.code}, {QStringLiteral("reason"), m.dropReason}});
        }
        QJsonObject summary = caseSummary(c);
        summary.insert(QStringLiteral("memorandumId"), c.memorandumId);
        summary.insert(QStringLiteral("basisRecordId"), c.basisRecordId);
        summary.insert(QStringLiteral("mandatoryDropped"), dropped);
        m_session.audit(QStringLiteral("case.draft"), QStringLiteral("case"), QString::number(c.id), summary);
        return load(c.id);
    });
}

Case CaseService::approve(qint64 caseId, qint64 seenVersion)
{
    m_session.require(Operation::DecideCase);
    return m_session.write([&] {
        Case c = load(caseId);
        if (seenVersion > 0 && c.rowVersion != seenVersion)
            changedMeanwhile(m_session, c);
        CaseActions::enforce(CaseActions::decision(m_session, c));
        if (!CaseStore(m_session.db())
                 .setDecision(c.id, CaseState::Approved, m_session.user().name, QString(), c.rowVersion))
            changedMeanwhile(m_session, c);
        m_session.audit(
            QStringLiteral("case.approve"), QStringLiteral("case"), QString::number(c.id), caseSummary(c));
        return load(c.id);
    });
}

Case CaseService::reject(qint64 caseId, const QString& reason, qint64 seenVersion)
{
    m_session.require(Operation::DecideCase);
    if (reason.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("reason: a rejection needs a written reason."));
    return m_session.write([&] {
        Case c = load(caseId);
        if (seenVersion > 0 && c.rowVersion != seenVersion)
            changedMeanwhile(m_session, c);
        CaseActions::enforce(CaseActions::decision(m_session, c));
        if (!CaseStore(m_session.db())
                 .setDecision(
                     c.id, CaseState::Rejected, m_session.user().name, reason.trimmed(), c.rowVersion))
            changedMeanwhile(m_session, c);
        QJsonObject summary = caseSummary(c);
        summary.insert(QStringLiteral("reason"), reason.trimmed());
        m_session.audit(
            QStringLiteral("case.reject"), QStringLiteral("case"), QString::number(c.id), summary);
        return load(c.id);
    });
}

Case CaseService::withdraw(qint64 caseId, qint64 seenVersion)
{
    m_session.require(Operation::DraftCase);
    return m_session.write([&] {
        Case c = load(caseId);
        if (seenVersion > 0 && c.rowVersion != seenVersion)
            changedMeanwhile(m_session, c);
        CaseActions::enforce(CaseActions::withdrawal(m_session, c));
        if (!CaseStore(m_session.db()).setWithdrawn(c.id, m_session.user().name, c.rowVersion))
            changedMeanwhile(m_session, c);
        m_session.audit(
            QStringLiteral("case.withdraw"), QStringLiteral("case"), QString::number(c.id), caseSummary(c));
        return load(c.id);
    });
}

Case CaseService::push(qint64 caseId, const QDate& on, qint64 seenVersion)
{
    m_session.require(Operation::PushCase);
    OfficeRules rules(m_session);
    const int feedbackDays = rules.feedbackWorkingDays();
    return m_session.write([&] {
        Case c = load(caseId);
        if (seenVersion > 0 && c.rowVersion != seenVersion)
            changedMeanwhile(m_session, c);
        CaseActions::enforce(CaseActions::pushing(m_session, c));
        if (!on.isValid() || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput, tr("push date: it must be a date not in the future."));
        CaseStore store(m_session.db());
        if (!store.setPushed(c.id, m_session.user().name, on, c.rowVersion))
            changedMeanwhile(m_session, c);
        QList<std::pair<qint64, QString>> subjects {{c.subjectId, c.subjectName}};
        for (const CaseSubject& s : c.coSubjects)
            subjects.append({s.subjectId, s.name});
        const QDate due = rules.addWorkingDays(on, feedbackDays);
        int tasks = 0;
        for (const CaseMeasure& m : c.measures) {
            if (!m.selected)
                continue;
            const auto departments = store.implementingDepartments(m.measureId);
            if (departments.isEmpty())
                throw CoreError(ErrorKind::InvalidInput,
                    tr("Measure \"%1\" has no implementing department; an administrator must set one "
                       "before the case can be pushed.")
                        .arg(m.title));
            for (const auto& dept : departments) {
                for (const auto& subject : subjects) {
                    MeasureTask t;
                    t.caseId = c.id;
                    t.measureId = m.measureId;
                    t.subjectId = subject.first;
                    t.departmentId = dept.id;
                    t.pushedOn = on;
                    t.dueOn = due;
                    store.insertTask(t);
                    ++tasks;
                }
            }
        }
        QJsonObject summary = caseSummary(c);
        summary.insert(QStringLiteral("tasks"), tasks);
        summary.insert(QStringLiteral("dueOn"), due.toString(Qt::ISODate));
        m_session.audit(QStringLiteral("case.push"), QStringLiteral("case"), QString::number(c.id), summary);
        return load(c.id);
    });
}

MeasureTask CaseService::acknowledge(qint64 taskId, const QDate& on)
{
    m_session.require(Operation::RecordFeedback);
    return m_session.write([&] {
        CaseStore store(m_session.db());
        const auto task = store.task(taskId);
        if (!task)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no measure task %1.").arg(taskId));
        if (!on.isValid() || on < task->pushedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("date: an acknowledgement lies between the push (%1) and today.")
                    .arg(task->pushedOn.toString(Qt::ISODate)));
        if (task->acknowledgedOn.isValid())
            return *task;
        if (!store.setAcknowledged(taskId, on, m_session.user().name, store.taskVersion(taskId)))
            throw CoreError(ErrorKind::Failed, tr("Task %1 was changed meanwhile; try again.").arg(taskId));
        m_session.audit(QStringLiteral("task.acknowledge"), QStringLiteral("task"), QString::number(taskId),
            QJsonObject {{QStringLiteral("on"), on.toString(Qt::ISODate)}});
        return *store.task(taskId);
    });
}

MeasureTask CaseService::respond(qint64 taskId, TaskResponse response, const QDate& on,
    const QString& reference, const QString& reason, const QDate& appliedOn)
{
    m_session.require(Operation::RecordFeedback);
    if (response == TaskResponse::None)
        throw CoreError(ErrorKind::InvalidInput, tr("response: applied, not_applicable or refused."));
    if (response == TaskResponse::Applied && reference.trimmed().isEmpty())
        throw CoreError(
            ErrorKind::InvalidInput, tr("reference: an applied measure needs its reference (文号)."));
    if (response != TaskResponse::Applied && reason.trimmed().isEmpty())
        throw CoreError(
            ErrorKind::InvalidInput, tr("reason: \"%1\" needs a reason.").arg(Cases::displayName(response)));
    return m_session.write([&] {
        CaseStore store(m_session.db());
        const auto task = store.task(taskId);
        if (!task)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no measure task %1.").arg(taskId));
        if (!on.isValid() || on < task->pushedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("date: feedback lies between the push (%1) and today.")
                    .arg(task->pushedOn.toString(Qt::ISODate)));
        if (task->response != TaskResponse::None)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Task %1 was already answered \"%2\" on %3; the answer is not overwritten.")
                    .arg(taskId)
                    .arg(Cases::displayName(task->response), task->respondedOn.toString(Qt::ISODate)));
        MeasureTask answer = *task;
        answer.response = response;
        answer.respondedOn = on;
        answer.appliedOn
            = response == TaskResponse::Applied ? (appliedOn.isValid() ? appliedOn : on) : QDate();
        answer.reference = reference.trimmed();
        answer.reason = reason.trimmed();
        if (!store.setResponse(taskId, answer, m_session.user().name, store.taskVersion(taskId)))
            throw CoreError(ErrorKind::Failed, tr("Task %1 was changed meanwhile; try again.").arg(taskId));
        m_session.audit(QStringLiteral("task.respond"), QStringLiteral("task"), QString::number(taskId),
            QJsonObject {{QStringLiteral("response"), Cases::key(response)},
                {QStringLiteral("on"), on.toString(Qt::ISODate)},
                {QStringLiteral("late"), on > task->dueOn}});
        return *store.task(taskId);
    });
}

} // namespace cd
