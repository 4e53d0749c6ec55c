#include "domain/Case.h"

namespace cd {

QString Cases::key(CaseState s)
{
    switch (s) {
    case CaseState::Draft:
        return QStringLiteral("draft");
    case CaseState::Approved:
        return QStringLiteral("approved");
    case CaseState::Pushed:
        return QStringLiteral("pushed");
    case CaseState::Rejected:
        return QStringLiteral("rejected");
    case CaseState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<CaseState> Cases::stateFromKey(const QString& key)
{
    for (CaseState s : {CaseState::Draft, CaseState::Approved, CaseState::Pushed, CaseState::Rejected,
             CaseState::Withdrawn}) {
        if (Cases::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Cases::displayName(CaseState s)
{
    switch (s) {
    case CaseState::Draft:
        return tr("draft");
    case CaseState::Approved:
        return tr("approved");
    case CaseState::Pushed:
        return tr("pushed");
    case CaseState::Rejected:
        return tr("rejected");
    case CaseState::Withdrawn:
        return tr("withdrawn");
    }
    return {};
}

QString Cases::key(CaseKind k)
{
    return k == CaseKind::Incentive ? QStringLiteral("incentive") : QStringLiteral("sanction");
}

std::optional<CaseKind> Cases::kindFromKey(const QString& key)
{
    if (key == QLatin1String("incentive"))
        return CaseKind::Incentive;
    if (key == QLatin1String("sanction"))
        return CaseKind::Sanction;
    return std::nullopt;
}

QString Cases::displayName(CaseKind k)
{
    return k == CaseKind::Incentive ? tr("joint incentive") : tr("joint sanction");
}

QString Cases::key(TaskResponse r)
{
    switch (r) {
    case TaskResponse::Applied:
        return QStringLiteral("applied");
    case TaskResponse::NotApplicable:
        return QStringLiteral("not_applicable");
    case TaskResponse::Refused:
        return QStringLiteral("refused");
    case TaskResponse::None:
        break;
    }
    return {};
}

std::optional<TaskResponse> Cases::responseFromKey(const QString& key)
{
    if (key.isEmpty())
        return TaskResponse::None;
    for (TaskResponse r : {TaskResponse::Applied, TaskResponse::NotApplicable, TaskResponse::Refused}) {
        if (Cases::key(r) == key)
            return r;
    }
    return std::nullopt;
}

QString Cases::displayName(TaskResponse r)
{
    switch (r) {
    case TaskResponse::Applied:
        return tr("applied");
    case TaskResponse::NotApplicable:
        return tr("not applicable");
    case TaskResponse::Refused:
        return tr("refused");
    case TaskResponse::None:
        return tr("no answer yet");
    }
    return {};
}

} // namespace cd
