#include "services/CommitmentService.h"

#include "CoreError.h"
#include "services/ChangedMeanwhile.h"
#include "services/CheckService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "storage/CommitmentStore.h"

#include <QJsonObject>

namespace cd {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

[[noreturn]] void changedMeanwhile(Session& session, const Commitment& c)
{
    ChangedMeanwhile::raise(
        session, CommitmentService::tr("Commitment %1").arg(c.number), QStringLiteral("commitment"), c.id);
}

} // namespace

CommitmentService::CommitmentService(Session& session) : m_session(session) { }

Commitment CommitmentService::load(qint64 id)
{
    const auto c = CommitmentStore(m_session.db()).byId(id);
    if (!c)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no commitment %1.").arg(id));
    return *c;
}

Commitment CommitmentService::get(qint64 id)
{
    m_session.require(Operation::ReadRecords);
    return load(id);
}

QList<Commitment> CommitmentService::forSubject(qint64 subjectId)
{
    m_session.require(Operation::ReadRecords);
    return CommitmentStore(m_session.db()).forSubject(subjectId);
}

QList<Commitment> CommitmentService::proposedBreaches(const QDate& date, int limit)
{
    m_session.require(Operation::ReadRecords);
    return CommitmentStore(m_session.db()).unconfirmedBreaches(date, limit);
}

Commitment CommitmentService::add(qint64 subjectId, qint64 departmentId, const QString& matter,
    const QString& missingMaterial, const QDate& committedOn, const QDate& dueOn)
{
    m_session.require(Operation::RecordCommitment);
    if (matter.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("matter: name the approval granted on the commitment."));
    if (missingMaterial.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("missing material: name what is to be supplied."));
    if (!committedOn.isValid() || committedOn > QDate::currentDate())
        throw CoreError(ErrorKind::InvalidInput, tr("commitment date: a date not in the future."));
    if (!dueOn.isValid() || dueOn < committedOn)
        throw CoreError(ErrorKind::InvalidInput,
            tr("due date: on or after the commitment date (%1).").arg(iso(committedOn)));
    if (!OfficeRules(m_session).departmentName(departmentId))
        throw CoreError(ErrorKind::InvalidInput, tr("department: unknown department %1.").arg(departmentId));
    // 容缺受理 is for the subjects the check finds eligible for the green channel (§2).
    const CreditCheckResult check = CheckService(m_session).check(subjectId, committedOn);
    if (!check.greenChannel)
        throw CoreError(ErrorKind::InvalidInput,
            tr("subject: %1 does not qualify for the green channel on %2 (%3).")
                .arg(check.subject.name, iso(committedOn), check.greenChannelReason));
    return m_session.write([&] {
        CommitmentStore store(m_session.db());
        Commitment c;
        c.number = store.nextNumber(committedOn.year());
        c.subjectId = subjectId;
        c.departmentId = departmentId;
        c.matter = matter.trimmed();
        c.missingMaterial = missingMaterial.trimmed();
        c.committedOn = committedOn;
        c.dueOn = dueOn;
        c.createdBy = m_session.user().name;
        c.id = store.insert(c);
        m_session.audit(QStringLiteral("commitment.add"), QStringLiteral("commitment"), QString::number(c.id),
            QJsonObject {{QStringLiteral("number"), c.number}, {QStringLiteral("subjectId"), subjectId},
                {QStringLiteral("departmentId"), departmentId}, {QStringLiteral("dueOn"), iso(dueOn)}});
        return load(c.id);
    });
}

Commitment CommitmentService::keep(qint64 id, const QDate& on)
{
    m_session.require(Operation::RecordCommitment);
    return m_session.write([&] {
        const Commitment c = load(id);
        if (c.keptOn.isValid())
            throw CoreError(ErrorKind::InvalidInput,
                tr("Commitment %1 was recorded as kept on %2 already.").arg(c.number, iso(c.keptOn)));
        if (!on.isValid() || on < c.committedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("date supplied: between the commitment (%1) and today.").arg(iso(c.committedOn)));
        if (!CommitmentStore(m_session.db()).setKept(id, on, c.rowVersion))
            changedMeanwhile(m_session, c);
        m_session.audit(QStringLiteral("commitment.keep"), QStringLiteral("commitment"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), c.number}, {QStringLiteral("keptOn"), iso(on)},
                {QStringLiteral("late"), on > c.dueOn}});
        return load(id);
    });
}

Commitment CommitmentService::confirmBreach(qint64 id, const QDate& on)
{
    m_session.require(Operation::RecordCommitment);
    m_session.require(Operation::AddRecord);
    return m_session.write([&] {
        const Commitment c = load(id);
        if (c.breachRecordId > 0)
            throw CoreError(ErrorKind::InvalidInput,
                tr("The breach of commitment %1 was confirmed already (record %2).")
                    .arg(c.number)
                    .arg(c.breachRecordId));
        if (!on.isValid() || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput, tr("confirmation date: a date not in the future."));
        if (c.stateOn(on) == CommitmentState::Kept)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Commitment %1 was kept on %2; there is no breach to confirm.")
                    .arg(c.number, iso(c.keptOn)));
        if (c.stateOn(on) != CommitmentState::Broken)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Commitment %1 is not broken on %2: the material is due by %3.")
                    .arg(c.number, iso(on), iso(c.dueOn)));
        CreditRecord r;
        r.subjectId = c.subjectId;
        r.polarity = Polarity::Negative;
        r.category = tr("breach of a credit commitment");
        r.severity = Severity::General;
        r.decisionNo = c.number;
        r.decisionDate = on;
        r.legalBasis
            = tr("commitment %1: %2 not supplied by %3 (§2)").arg(c.number, c.missingMaterial, iso(c.dueOn));
        r.content = c.matter;
        r.departmentId = c.departmentId;
        const CreditRecord made = RecordService(m_session).add(r);
        if (!CommitmentStore(m_session.db()).setBreachRecord(id, made.id, c.rowVersion))
            changedMeanwhile(m_session, c);
        m_session.audit(QStringLiteral("commitment.breach"), QStringLiteral("commitment"),
            QString::number(id),
            QJsonObject {{QStringLiteral("number"), c.number}, {QStringLiteral("recordId"), made.id}});
        return load(id);
    });
}

} // namespace cd
