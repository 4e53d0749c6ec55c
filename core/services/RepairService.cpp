#include "services/RepairService.h"

#include "CoreError.h"
#include "services/ChangedMeanwhile.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "storage/ListStore.h"
#include "storage/RecordStore.h"
#include "storage/RepairStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

[[noreturn]] void changedMeanwhile(Session& session, const RepairApplication& a)
{
    ChangedMeanwhile::raise(
        session, RepairService::tr("Repair application %1").arg(a.number), QStringLiteral("repair"), a.id);
}

} // namespace

RepairService::RepairService(Session& session) : m_session(session) { }

RepairApplication RepairService::load(qint64 id)
{
    const auto a = RepairStore(m_session.db()).byId(id);
    if (!a)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no repair application %1.").arg(id));
    return *a;
}

RepairApplication RepairService::get(qint64 id)
{
    m_session.require(Operation::ReadRecords);
    return load(id);
}

QList<RepairApplication> RepairService::forSubject(qint64 subjectId)
{
    m_session.require(Operation::ReadRecords);
    return RepairStore(m_session.db()).forSubject(subjectId);
}

QList<RepairApplication> RepairService::office(bool openOnly, int limit)
{
    m_session.require(Operation::ReadRecords);
    return RepairStore(m_session.db()).office(openOnly, limit);
}

QString RepairService::conditionsUnmet(
    RepairTarget target, qint64 targetId, const QDate& on, qint64* subjectId)
{
    OfficeRules rules(m_session);
    RecordStore records(m_session.db());
    std::optional<CreditRecord> record;
    if (target == RepairTarget::Record) {
        record = records.byId(targetId);
        if (!record)
            return tr("There is no credit record %1.").arg(targetId);
        *subjectId = record->subjectId;
        if (record->polarity != Polarity::Negative)
            return tr("Record %1 is positive information; only dishonesty is repaired.").arg(targetId);
        if (record->withdrawnOn.isValid() && record->withdrawnOn <= on)
            return tr("Record %1 was withdrawn on %2; there is nothing to repair.")
                .arg(targetId)
                .arg(iso(record->withdrawnOn));
        if (record->repairedOn.isValid())
            return tr("Record %1 was repaired on %2 already.").arg(targetId).arg(iso(record->repairedOn));
    } else {
        const auto entry = ListStore(m_session.db()).byId(targetId);
        if (!entry)
            return tr("There is no list entry %1.").arg(targetId);
        *subjectId = entry->subjectId;
        if (entry->kind != ListKind::Black)
            return tr("List entry %1 is on the red list; only the black list is left by repair.")
                .arg(entry->number);
        if (!entry->listedOn(on))
            return tr("List entry %1 is not on the black list on %2.").arg(entry->number, iso(on));
        if (entry->basisRecordId > 0)
            record = records.byId(entry->basisRecordId);
    }
    if (record && record->severity) {
        // The rule set in force at the decision date says when, and whether, it can be repaired.
        const OfficeRules::Publicity p = rules.publicity(*record);
        if (!p.repairable)
            return tr(
                "Record %1 is \"specific serious\" information: under %2 it is published for the full period "
                "and cannot be repaired.")
                .arg(record->id)
                .arg(p.ruleSource);
        if (p.publicationEnds.isValid() && on >= p.publicationEnds && target == RepairTarget::Record)
            return tr(
                "The publication of record %1 ended by itself on %2 (the maximum period under %3); there is "
                "nothing to repair.")
                .arg(record->id)
                .arg(iso(p.publicationEnds), p.ruleSource);
        if (p.earliestRepair.isValid() && on < p.earliestRepair)
            return tr(
                "The minimum publicity period of record %1 under %2 runs until %3; a repair can be applied "
                "for from then.")
                .arg(record->id)
                .arg(p.ruleSource, iso(p.earliestRepair));
    }
    const int barYears = Settings(m_session).repairBarYears();
    if (barYears > 0) {
        const auto last
            = RepairStore(m_session.db()).lastApprovedBetween(*subjectId, on.addYears(-barYears), on);
        if (last)
            return tr(
                "The subject's repair %1 was approved on %2; the office bars another application for %n "
                "year(s) (setting repair_bar_years).",
                nullptr, barYears)
                .arg(last->number, iso(last->decidedOn));
    }
    return {};
}

QString RepairService::refusal(RepairTarget target, qint64 targetId, const QDate& on)
{
    m_session.require(Operation::ReadRecords);
    qint64 subject = 0;
    QString why = conditionsUnmet(target, targetId, on, &subject);
    if (why.isEmpty()) {
        if (const auto open = RepairStore(m_session.db()).openOn(target, targetId))
            why = tr("Repair application %1 on the same information is still open.").arg(*open);
    }
    return why;
}

RepairApplication RepairService::apply(RepairTarget target, qint64 targetId, const QDate& filedOn)
{
    m_session.require(Operation::FileRepair);
    if (!filedOn.isValid() || filedOn > QDate::currentDate())
        throw CoreError(ErrorKind::InvalidInput, tr("filing date: a date not in the future."));
    return m_session.write([&] {
        qint64 subject = 0;
        const QString why = conditionsUnmet(target, targetId, filedOn, &subject);
        if (!why.isEmpty())
            throw CoreError(ErrorKind::InvalidInput, why);
        RepairStore store(m_session.db());
        if (const auto open = store.openOn(target, targetId))
            throw CoreError(ErrorKind::InvalidInput,
                tr("Repair application %1 on the same information is still open.").arg(*open));
        RepairApplication a;
        a.number = store.nextNumber(filedOn.year());
        a.subjectId = subject;
        a.target = target;
        a.targetId = targetId;
        a.filedOn = filedOn;
        a.filedBy = m_session.user().name;
        a.id = store.insert(a);
        m_session.audit(QStringLiteral("repair.apply"), QStringLiteral("repair"), QString::number(a.id),
            QJsonObject {{QStringLiteral("number"), a.number},
                {QStringLiteral("target"), Repairs::key(target)}, {QStringLiteral("targetId"), targetId},
                {QStringLiteral("filedOn"), iso(filedOn)}});
        return load(a.id);
    });
}

RepairApplication RepairService::receive(qint64 id, RepairMaterial item, const QDate& on, const QString& note)
{
    m_session.require(Operation::FileRepair);
    return m_session.write([&] {
        RepairApplication a = load(id);
        if (a.state != RepairState::Submitted)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Repair application %1 is %2; materials are taken only while it is open.")
                    .arg(a.number, Repairs::displayName(a.state)));
        if (!a.required.contains(item))
            throw CoreError(ErrorKind::InvalidInput,
                tr("material: %1 is not asked of this subject.").arg(Repairs::displayName(item)));
        if (!on.isValid() || on < a.filedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("date received: between the filing (%1) and today.").arg(iso(a.filedOn)));
        RepairStore store(m_session.db());
        store.addMaterial(id, {item, on, note.trimmed()}, m_session.user().name);
        a = load(id);
        // The decision's time limit runs from the day the checklist is complete.
        if (a.missing().isEmpty() && !a.materialsCompleteOn.isValid()) {
            OfficeRules rules(m_session);
            QDate complete = a.filedOn;
            for (const RepairMaterialReceipt& r : a.received)
                complete = std::max(complete, r.receivedOn);
            const QDate due = rules.addWorkingDays(complete, Settings(m_session).repairDecisionWorkingDays());
            if (!store.setMaterialsComplete(id, complete, due, a.rowVersion))
                changedMeanwhile(m_session, a);
        }
        m_session.audit(QStringLiteral("repair.material"), QStringLiteral("repair"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), a.number}, {QStringLiteral("item"), Repairs::key(item)},
                {QStringLiteral("receivedOn"), iso(on)}});
        return load(id);
    });
}

RepairApplication RepairService::approve(qint64 id, const QString& reason, const QDate& on)
{
    return decide(id, true, reason, on);
}

RepairApplication RepairService::reject(qint64 id, const QString& reason, const QDate& on)
{
    if (reason.trimmed().isEmpty())
        throw CoreError(
            ErrorKind::InvalidInput, tr("reason: a rejection states which condition is not met."));
    return decide(id, false, reason, on);
}

RepairApplication RepairService::decide(qint64 id, bool approve, const QString& reason, const QDate& on)
{
    m_session.require(Operation::DecideRepair);
    return m_session.write([&] {
        const RepairApplication a = load(id);
        if (a.state != RepairState::Submitted)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Repair application %1 was %2 already.").arg(a.number, Repairs::displayName(a.state)));
        if (a.filedBy.compare(m_session.user().name, Qt::CaseInsensitive) == 0)
            throw CoreError(ErrorKind::NotPermitted,
                tr("Not permitted: you took in repair application %1; another reviewer must decide it.")
                    .arg(a.number));
        if (!on.isValid() || on < a.filedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("decision date: between the filing (%1) and today.").arg(iso(a.filedOn)));
        if (approve) {
            QStringList missing;
            for (RepairMaterial m : a.missing())
                missing << Repairs::displayName(m);
            if (!missing.isEmpty())
                throw CoreError(ErrorKind::InvalidInput,
                    tr("Repair application %1 cannot be approved: missing %2.")
                        .arg(a.number, missing.join(QStringLiteral("; "))));
            qint64 subject = 0;
            const QString why = conditionsUnmet(a.target, a.targetId, a.filedOn, &subject);
            if (!why.isEmpty())
                throw CoreError(ErrorKind::InvalidInput, why);
        }
        if (!RepairStore(m_session.db())
                 .setDecided(id, approve ? RepairState::Approved : RepairState::Rejected, on,
                     m_session.user().name, reason.trimmed(), a.rowVersion))
            changedMeanwhile(m_session, a);
        if (approve) {
            // Publication ends (终止公示) and the list membership with it; the measures resting on
            // either are lifted from the decision date.
            const QString note = tr("repair %1 approved").arg(a.number);
            ListStore lists(m_session.db());
            if (a.target == RepairTarget::Record) {
                RecordStore(m_session.db()).setRepaired(a.targetId, on);
                for (const ListEntry& e : lists.restingOnRecord(a.targetId)) {
                    if (e.listedOn(on))
                        lists.setExit(e.id, on, ListExitReason::Repair, note, e.rowVersion);
                }
            } else if (const auto e = lists.byId(a.targetId)) {
                lists.setExit(e->id, on, ListExitReason::Repair, note, e->rowVersion);
            }
        }
        m_session.audit(approve ? QStringLiteral("repair.approve") : QStringLiteral("repair.reject"),
            QStringLiteral("repair"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), a.number}, {QStringLiteral("decidedOn"), iso(on)},
                {QStringLiteral("reason"), reason.trimmed()},
                {QStringLiteral("late"), a.decisionDue.isValid() && on > a.decisionDue}});
        return load(id);
    });
}

} // namespace cd
