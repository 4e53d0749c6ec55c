#include "services/CaseActions.h"

#include "services/Session.h"

namespace cd {

QString CaseActions::role(const Session& session, Operation op)
{
    if (AccessPolicy::allows(session.user().role, op))
        return {};
    return tr("Not permitted: a %1 may not %2.")
        .arg(Roles::displayName(session.user().role), AccessPolicy::describe(op));
}

CaseRefusal CaseActions::decision(const Session& session, const Case& c)
{
    if (QString r = role(session, Operation::DecideCase); !r.isEmpty())
        return {ErrorKind::NotPermitted, r};
    if (c.state != CaseState::Draft)
        return {ErrorKind::InvalidInput,
            tr("Case %1 is %2; only a draft is decided.").arg(c.number, Cases::displayName(c.state))};
    if (c.draftedBy.compare(session.user().name, Qt::CaseInsensitive) == 0)
        return {ErrorKind::NotPermitted,
            tr("Not permitted: you drafted case %1; another reviewer must decide on it.").arg(c.number)};
    return {};
}

CaseRefusal CaseActions::withdrawal(const Session& session, const Case& c)
{
    if (QString r = role(session, Operation::DraftCase); !r.isEmpty())
        return {ErrorKind::NotPermitted, r};
    if (c.state != CaseState::Draft && c.state != CaseState::Approved)
        return {ErrorKind::InvalidInput,
            tr("Case %1 is %2; only a case not yet pushed can be withdrawn.")
                .arg(c.number, Cases::displayName(c.state))};
    if (c.draftedBy.compare(session.user().name, Qt::CaseInsensitive) != 0)
        return {ErrorKind::NotPermitted,
            tr("Not permitted: only %1, who drafted case %2, may withdraw it.").arg(c.draftedBy, c.number)};
    return {};
}

CaseRefusal CaseActions::pushing(const Session& session, const Case& c)
{
    if (QString r = role(session, Operation::PushCase); !r.isEmpty())
        return {ErrorKind::NotPermitted, r};
    if (c.state != CaseState::Approved)
        return {ErrorKind::InvalidInput,
            tr("Case %1 is %2; only an approved case can be pushed.")
                .arg(c.number, Cases::displayName(c.state))};
    return {};
}

void CaseActions::enforce(const CaseRefusal& refusal)
{
    if (refusal.refused())
        throw CoreError(refusal.kind, refusal.why);
}

QString CaseActions::whyNotApprove(const Session& session, const Case& c)
{
    return decision(session, c).why;
}

QString CaseActions::whyNotReject(const Session& session, const Case& c)
{
    return decision(session, c).why;
}

QString CaseActions::whyNotWithdraw(const Session& session, const Case& c)
{
    return withdrawal(session, c).why;
}

QString CaseActions::whyNotPush(const Session& session, const Case& c)
{
    return pushing(session, c).why;
}

QString CaseActions::whyNotAcknowledge(const Session& session, const MeasureTask* task)
{
    if (QString r = role(session, Operation::RecordFeedback); !r.isEmpty())
        return r;
    if (!task)
        return tr("Select a measure task first.");
    if (task->acknowledgedOn.isValid())
        return tr("The department acknowledged this task on %1.")
            .arg(task->acknowledgedOn.toString(Qt::ISODate));
    return {};
}

QString CaseActions::whyNotRespond(const Session& session, const MeasureTask* task)
{
    if (QString r = role(session, Operation::RecordFeedback); !r.isEmpty())
        return r;
    if (!task)
        return tr("Select a measure task first.");
    if (task->response != TaskResponse::None)
        return tr("This task was answered \"%1\" on %2; an answer is never overwritten.")
            .arg(Cases::displayName(task->response), task->respondedOn.toString(Qt::ISODate));
    return {};
}

} // namespace cd
