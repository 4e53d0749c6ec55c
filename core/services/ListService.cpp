#include "services/ListService.h"

#include "CoreError.h"
#include "services/ChangedMeanwhile.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "storage/ListStore.h"
#include "storage/RecordStore.h"
#include "storage/SubjectStore.h"

#include <QJsonObject>

namespace cd {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

[[noreturn]] void changedMeanwhile(Session& session, const ListEntry& e)
{
    ChangedMeanwhile::raise(
        session, ListService::tr("List entry %1").arg(e.number), QStringLiteral("list_entry"), e.id);
}

} // namespace

ListService::ListService(Session& session) : m_session(session) { }

void ListService::validate(const ListProposal& p, const QDate& today)
{
    if (p.subjectId <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("subject: choose the subject to list."));
    if (p.domain.trimmed().isEmpty())
        throw CoreError(
            ErrorKind::InvalidInput, tr("domain: name the field of the list (tax, environment …)."));
    if (p.basis.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("basis: name the determination the entry rests on."));
    if (p.departmentId <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("department: name the department that determined it."));
    if (!p.entryDate.isValid() || p.entryDate > today)
        throw CoreError(ErrorKind::InvalidInput, tr("entry date: a date not in the future."));
    if (p.plannedExit.isValid() && p.plannedExit <= p.entryDate)
        throw CoreError(
            ErrorKind::InvalidInput, tr("planned exit: after the entry date (%1).").arg(iso(p.entryDate)));
}

ListEntry ListService::load(qint64 id)
{
    const auto e = ListStore(m_session.db()).byId(id);
    if (!e)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no list entry %1.").arg(id));
    return *e;
}

ListEntry ListService::get(qint64 id)
{
    m_session.require(Operation::ReadLists);
    return load(id);
}

QList<ListEntry> ListService::forSubject(qint64 subjectId)
{
    m_session.require(Operation::ReadLists);
    return ListStore(m_session.db()).forSubject(subjectId);
}

QList<ListEntry> ListService::listedOn(ListKind kind, const QString& domain, const QDate& date, int limit)
{
    m_session.require(Operation::ReadLists);
    if (!date.isValid())
        throw CoreError(ErrorKind::InvalidInput, tr("date: give a date as YYYY-MM-DD."));
    return ListStore(m_session.db()).listedOn(kind, domain.trimmed(), date, limit);
}

QList<ListEntry> ListService::awaitingApproval(ListKind kind, const QString& domain, int limit)
{
    m_session.require(Operation::ReadLists);
    return ListStore(m_session.db()).awaitingApproval(kind, domain.trimmed(), limit);
}

QStringList ListService::domains()
{
    m_session.require(Operation::ReadLists);
    return ListStore(m_session.db()).domains();
}

ListEntry ListService::propose(const ListProposal& p)
{
    m_session.require(Operation::ProposeListEntry);
    validate(p);
    if (!OfficeRules(m_session).departmentName(p.departmentId))
        throw CoreError(
            ErrorKind::InvalidInput, tr("department: unknown department %1.").arg(p.departmentId));
    return m_session.write([&] {
        if (!SubjectStore(m_session.db()).byId(p.subjectId))
            throw CoreError(ErrorKind::InvalidInput, tr("subject: there is no subject %1.").arg(p.subjectId));
        if (p.basisRecordId > 0) {
            const auto r = RecordStore(m_session.db()).byId(p.basisRecordId);
            if (!r || r->subjectId != p.subjectId)
                throw CoreError(ErrorKind::InvalidInput,
                    tr("basis record: record %1 is not a record of this subject.").arg(p.basisRecordId));
            const Polarity needed = p.kind == ListKind::Black ? Polarity::Negative : Polarity::Positive;
            if (r->polarity != needed)
                throw CoreError(ErrorKind::InvalidInput,
                    p.kind == ListKind::Black
                        ? tr("basis record: a black-list entry rests on a negative record; %1 is positive.")
                              .arg(r->id)
                        : tr("basis record: a red-list entry rests on a positive record; %1 is negative.")
                              .arg(r->id));
        }
        ListStore store(m_session.db());
        ListEntry e;
        e.number = store.nextNumber(p.kind, p.entryDate.year());
        e.subjectId = p.subjectId;
        e.kind = p.kind;
        e.domain = p.domain.trimmed();
        e.basis = p.basis.trimmed();
        e.basisRecordId = p.basisRecordId;
        e.departmentId = p.departmentId;
        e.entryDate = p.entryDate;
        e.plannedExit = p.plannedExit;
        e.createdBy = m_session.user().name;
        e.id = store.insert(e);
        m_session.audit(QStringLiteral("list.propose"), QStringLiteral("list_entry"), QString::number(e.id),
            QJsonObject {{QStringLiteral("number"), e.number},
                {QStringLiteral("list"), ListEntries::key(e.kind)}, {QStringLiteral("domain"), e.domain},
                {QStringLiteral("subjectId"), e.subjectId}, {QStringLiteral("entryDate"), iso(e.entryDate)},
                {QStringLiteral("plannedExit"), iso(e.plannedExit)}});
        return load(e.id);
    });
}

ListEntry ListService::approve(qint64 id)
{
    m_session.require(Operation::DecideListEntry);
    return m_session.write([&] {
        const ListEntry e = load(id);
        if (!e.approvedBy.isEmpty())
            throw CoreError(ErrorKind::InvalidInput,
                tr("List entry %1 was approved already by %2.").arg(e.number, e.approvedBy));
        if (e.exitDate.isValid())
            throw CoreError(
                ErrorKind::InvalidInput, tr("List entry %1 was revoked before approval.").arg(e.number));
        if (e.createdBy.compare(m_session.user().name, Qt::CaseInsensitive) == 0)
            throw CoreError(ErrorKind::NotPermitted,
                tr("Not permitted: you proposed list entry %1; another reviewer must approve it.")
                    .arg(e.number));
        if (!ListStore(m_session.db()).setApproved(id, m_session.user().name, e.rowVersion))
            changedMeanwhile(m_session, e);
        m_session.audit(QStringLiteral("list.approve"), QStringLiteral("list_entry"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), e.number}});
        return load(id);
    });
}

ListEntry ListService::revoke(qint64 id, const QString& reason, const QDate& on)
{
    m_session.require(Operation::DecideListEntry);
    if (reason.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("reason: revoking a list entry needs a written reason."));
    return m_session.write([&] {
        const ListEntry e = load(id);
        if (!on.isValid() || on < e.entryDate || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("revocation date: between the entry date (%1) and today.").arg(iso(e.entryDate)));
        if (const auto gone = e.exitOn(on))
            throw CoreError(ErrorKind::InvalidInput,
                tr("List entry %1 is off its list already (%2 on %3).")
                    .arg(e.number, ListEntries::displayName(*gone), iso(e.endsOn())));
        if (!ListStore(m_session.db())
                 .setExit(id, on, ListExitReason::Revocation, reason.trimmed(), e.rowVersion))
            changedMeanwhile(m_session, e);
        m_session.audit(QStringLiteral("list.revoke"), QStringLiteral("list_entry"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), e.number}, {QStringLiteral("on"), iso(on)},
                {QStringLiteral("reason"), reason.trimmed()}});
        return load(id);
    });
}

} // namespace cd
