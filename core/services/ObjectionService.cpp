#include "services/ObjectionService.h"

#include "CoreError.h"
#include "services/ChangedMeanwhile.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "storage/ListStore.h"
#include "storage/ObjectionStore.h"
#include "storage/RecordStore.h"

#include <QJsonObject>

namespace cd {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

[[noreturn]] void changedMeanwhile(Session& session, const Objection& o)
{
    ChangedMeanwhile::raise(
        session, ObjectionService::tr("Objection %1").arg(o.number), QStringLiteral("objection"), o.id);
}

} // namespace

ObjectionService::ObjectionService(Session& session) : m_session(session) { }

Objection ObjectionService::load(qint64 id)
{
    const auto o = ObjectionStore(m_session.db()).byId(id);
    if (!o)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no objection %1.").arg(id));
    return *o;
}

Objection ObjectionService::get(qint64 id)
{
    m_session.require(Operation::ReadObjections);
    return load(id);
}

QList<Objection> ObjectionService::forSubject(qint64 subjectId)
{
    m_session.require(Operation::ReadObjections);
    return ObjectionStore(m_session.db()).forSubject(subjectId);
}

QList<Objection> ObjectionService::office(bool openOnly, int limit)
{
    m_session.require(Operation::ReadObjections);
    return ObjectionStore(m_session.db()).office(openOnly, limit);
}

Objection ObjectionService::file(ObjectionTarget target, qint64 targetId, const QString& description,
    const QDate& filedOn, qint64 raisingDepartmentId)
{
    m_session.require(Operation::FileObjection);
    if (description.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("description: say what is disputed and why."));
    if (!filedOn.isValid() || filedOn > QDate::currentDate())
        throw CoreError(ErrorKind::InvalidInput, tr("filing date: a date not in the future."));
    if (raisingDepartmentId > 0 && !OfficeRules(m_session).departmentName(raisingDepartmentId))
        throw CoreError(ErrorKind::InvalidInput, tr("raising department: unknown department."));
    return m_session.write([&] {
        ObjectionStore store(m_session.db());
        Objection o;
        o.subjectId = store.subjectOfTarget(target, targetId);
        if (o.subjectId == 0)
            throw CoreError(ErrorKind::InvalidInput,
                tr("target: there is no %1 %2.").arg(Objections::displayName(target)).arg(targetId));
        o.number = store.nextNumber(filedOn.year());
        o.target = target;
        o.targetId = targetId;
        o.raisedByDepartment = raisingDepartmentId > 0;
        o.raisingDepartmentId = raisingDepartmentId;
        o.description = description.trimmed();
        o.filedOn = filedOn;
        o.filedBy = m_session.user().name;
        o.id = store.insert(o);
        m_session.audit(QStringLiteral("objection.file"), QStringLiteral("objection"), QString::number(o.id),
            QJsonObject {{QStringLiteral("number"), o.number},
                {QStringLiteral("target"), Objections::key(target)}, {QStringLiteral("targetId"), targetId},
                {QStringLiteral("raisedBy"),
                    o.raisedByDepartment ? QStringLiteral("department") : QStringLiteral("subject")}});
        return load(o.id);
    });
}

Objection ObjectionService::accept(qint64 id, const QDate& on)
{
    m_session.require(Operation::FileObjection);
    OfficeRules rules(m_session);
    const int verificationDays = Settings(m_session).verificationWorkingDays();
    return m_session.write([&] {
        ObjectionStore store(m_session.db());
        const Objection o = load(id);
        if (o.state != ObjectionState::Filed)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Objection %1 is %2; only a filed objection can be accepted.")
                    .arg(o.number, Objections::displayName(o.state)));
        if (!on.isValid() || on < o.filedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("acceptance date: between the filing (%1) and today.").arg(iso(o.filedOn)));
        const qint64 verifier = store.providingDepartment(o.target, o.targetId);
        const QDate due = rules.addWorkingDays(on, verificationDays);
        if (!store.setAccepted(id, on, m_session.user().name, verifier, due, o.rowVersion))
            changedMeanwhile(m_session, o);
        // The departments carrying out measures on this information are told to suspend them.
        const QList<qint64> told = store.departmentsConcerned(o.target, o.targetId);
        for (qint64 dept : told)
            store.addNotice(id, dept, QStringLiteral("suspension"), on);
        m_session.audit(QStringLiteral("objection.accept"), QStringLiteral("objection"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), o.number}, {QStringLiteral("acceptedOn"), iso(on)},
                {QStringLiteral("verificationDue"), iso(due)},
                {QStringLiteral("verifyingDepartmentId"), verifier},
                {QStringLiteral("departmentsTold"), int(told.size())}});
        return load(id);
    });
}

Objection ObjectionService::notAccept(qint64 id, const QString& reason)
{
    // Refusing an objection closes the subject's way to a verification: a decision, so four eyes.
    m_session.require(Operation::DecideObjection);
    if (reason.trimmed().isEmpty())
        throw CoreError(
            ErrorKind::InvalidInput, tr("reason: not accepting an objection needs a written reason."));
    return m_session.write([&] {
        const Objection o = load(id);
        if (o.state != ObjectionState::Filed)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Objection %1 is %2; only a filed objection can be refused acceptance.")
                    .arg(o.number, Objections::displayName(o.state)));
        if (o.filedBy.compare(m_session.user().name, Qt::CaseInsensitive) == 0)
            throw CoreError(ErrorKind::NotPermitted,
                tr("Not permitted: you filed objection %1; another reviewer must decide not to accept it.")
                    .arg(o.number));
        if (!ObjectionStore(m_session.db())
                 .setNotAccepted(id, reason.trimmed(), m_session.user().name, o.rowVersion))
            changedMeanwhile(m_session, o);
        m_session.audit(QStringLiteral("objection.not-accept"), QStringLiteral("objection"),
            QString::number(id),
            QJsonObject {{QStringLiteral("number"), o.number}, {QStringLiteral("reason"), reason.trimmed()}});
        return load(id);
    });
}

Objection ObjectionService::decide(
    qint64 id, ObjectionOutcome outcome, bool revoke, const QString& reason, const QDate& on)
{
    m_session.require(Operation::DecideObjection);
    if (reason.trimmed().isEmpty())
        throw CoreError(
            ErrorKind::InvalidInput, tr("reason: a decision states what the verification found."));
    return m_session.write([&] {
        ObjectionStore store(m_session.db());
        const Objection o = load(id);
        if (o.state != ObjectionState::Accepted)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Objection %1 is %2; only an accepted objection is decided.")
                    .arg(o.number, Objections::displayName(o.state)));
        const QString me = m_session.user().name;
        if (o.filedBy.compare(me, Qt::CaseInsensitive) == 0
            || o.acceptedBy.compare(me, Qt::CaseInsensitive) == 0)
            throw CoreError(ErrorKind::NotPermitted,
                tr("Not permitted: you filed or accepted objection %1; another reviewer must decide it.")
                    .arg(o.number));
        if (!on.isValid() || on < o.acceptedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("decision date: between the acceptance (%1) and today.").arg(iso(o.acceptedOn)));
        const bool wrong = outcome == ObjectionOutcome::InformationWrong;
        if (!store.setDecided(id, outcome, wrong && revoke, on, me, reason.trimmed(), o.rowVersion))
            changedMeanwhile(m_session, o);
        if (wrong) {
            // Restore the subject's reputation: the information and its publication go, the measures
            // resting on it are revoked from today, and every department told is told again.
            const QString note = tr("objection %1: information found wrong (%2)")
                                     .arg(o.number, revoke ? tr("revoked") : tr("corrected"));
            switch (o.target) {
            case ObjectionTarget::Record: {
                RecordStore(m_session.db()).setWithdrawn(o.targetId, on, note);
                // A list entry determined on the wrong record falls with it.
                ListStore lists(m_session.db());
                for (const ListEntry& entry : lists.restingOnRecord(o.targetId)) {
                    if (!entry.exitOn(on))
                        lists.setExit(entry.id, on, ListExitReason::Revocation, note, entry.rowVersion);
                }
                break;
            }
            case ObjectionTarget::Case:
                store.revokeCase(o.targetId, on);
                break;
            case ObjectionTarget::ListEntry: {
                ListStore lists(m_session.db());
                if (const auto entry = lists.byId(o.targetId); entry && !entry->exitOn(on))
                    lists.setExit(entry->id, on, ListExitReason::Revocation, note, entry->rowVersion);
                break;
            }
            }
        }
        for (qint64 dept : store.departmentsConcerned(o.target, o.targetId))
            store.addNotice(
                id, dept, wrong ? QStringLiteral("restoration") : QStringLiteral("resumption"), on);
        m_session.audit(QStringLiteral("objection.decide"), QStringLiteral("objection"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), o.number},
                {QStringLiteral("outcome"), wrong ? QStringLiteral("wrong") : QStringLiteral("right")},
                {QStringLiteral("decidedOn"), iso(on)},
                {QStringLiteral("suspendedFrom"), iso(o.acceptedOn)}});
        return load(id);
    });
}

} // namespace cd
