#include "services/ProtectionActions.h"

#include "services/Session.h"

namespace cd {

QString ProtectionActions::role(const Session& session, Operation op)
{
    if (AccessPolicy::allows(session.user().role, op))
        return {};
    return tr("Not permitted: a %1 may not %2.")
        .arg(Roles::displayName(session.user().role), AccessPolicy::describe(op));
}

QString ProtectionActions::whyNotAccept(const Session& session, const Objection& o)
{
    if (QString r = role(session, Operation::FileObjection); !r.isEmpty())
        return r;
    if (o.state != ObjectionState::Filed)
        return tr("Objection %1 is %2; only a filed objection is accepted or not.")
            .arg(o.number, Objections::displayName(o.state));
    return {};
}

QString ProtectionActions::whyNotNotAccept(const Session& session, const Objection& o)
{
    // Refusing an objection is a decision against the subject: a reviewer's, never its filer's.
    if (QString r = role(session, Operation::DecideObjection); !r.isEmpty())
        return r;
    if (o.state != ObjectionState::Filed)
        return tr("Objection %1 is %2; only a filed objection is accepted or not.")
            .arg(o.number, Objections::displayName(o.state));
    if (o.filedBy.compare(session.user().name, Qt::CaseInsensitive) == 0)
        return tr("You filed objection %1; another reviewer must decide not to accept it.").arg(o.number);
    return {};
}

QString ProtectionActions::whyNotDecide(const Session& session, const Objection& o)
{
    if (QString r = role(session, Operation::DecideObjection); !r.isEmpty())
        return r;
    if (o.state != ObjectionState::Accepted)
        return tr("Objection %1 is %2; only an accepted objection is decided.")
            .arg(o.number, Objections::displayName(o.state));
    const QString me = session.user().name;
    if (o.filedBy.compare(me, Qt::CaseInsensitive) == 0 || o.acceptedBy.compare(me, Qt::CaseInsensitive) == 0)
        return tr("You filed or accepted objection %1; another reviewer must decide it.").arg(o.number);
    return {};
}

QString ProtectionActions::whyNotReceive(const Session& session, const RepairApplication& a)
{
    if (QString r = role(session, Operation::FileRepair); !r.isEmpty())
        return r;
    if (a.state != RepairState::Submitted)
        return tr("Repair application %1 is %2; materials are taken only while it is open.")
            .arg(a.number, Repairs::displayName(a.state));
    return {};
}

QString ProtectionActions::whyNotDecide(const Session& session, const RepairApplication& a)
{
    if (QString r = role(session, Operation::DecideRepair); !r.isEmpty())
        return r;
    if (a.state != RepairState::Submitted)
        return tr("Repair application %1 was %2 already.").arg(a.number, Repairs::displayName(a.state));
    if (a.filedBy.compare(session.user().name, Qt::CaseInsensitive) == 0)
        return tr("You took in repair application %1; another reviewer must decide it.").arg(a.number);
    return {};
}

QString ProtectionActions::whyNotApprove(const Session& session, const RepairApplication& a)
{
    if (QString r = whyNotDecide(session, a); !r.isEmpty())
        return r;
    const QList<RepairMaterial> missing = a.missing();
    if (!missing.isEmpty()) {
        QStringList names;
        for (RepairMaterial m : missing)
            names << Repairs::displayName(m);
        return tr("Repair application %1 cannot be approved: missing %2.")
            .arg(a.number, names.join(QStringLiteral(", ")));
    }
    return {};
}

QString ProtectionActions::whyNotApprove(const Session& session, const ListEntry& e)
{
    if (QString r = role(session, Operation::DecideListEntry); !r.isEmpty())
        return r;
    if (!e.approvedBy.isEmpty())
        return tr("List entry %1 was approved already by %2.").arg(e.number, e.approvedBy);
    if (e.exitReason)
        return tr("List entry %1 was revoked before approval.").arg(e.number);
    if (e.createdBy.compare(session.user().name, Qt::CaseInsensitive) == 0)
        return tr("You proposed list entry %1; another reviewer must approve it.").arg(e.number);
    return {};
}

QString ProtectionActions::whyNotRevoke(const Session& session, const ListEntry& e, const QDate& today)
{
    if (QString r = role(session, Operation::DecideListEntry); !r.isEmpty())
        return r;
    if (const auto gone = e.exitOn(today))
        return tr("List entry %1 is off its list already (%2 on %3).")
            .arg(e.number, ListEntries::displayName(*gone), e.endsOn().toString(Qt::ISODate));
    return {};
}

} // namespace cd
