#include "domain/Objection.h"

namespace cd {

QString Objections::key(ObjectionState s)
{
    switch (s) {
    case ObjectionState::Filed:
        return QStringLiteral("filed");
    case ObjectionState::Accepted:
        return QStringLiteral("accepted");
    case ObjectionState::NotAccepted:
        return QStringLiteral("not_accepted");
    case ObjectionState::Decided:
        return QStringLiteral("decided");
    }
    return {};
}

std::optional<ObjectionState> Objections::stateFromKey(const QString& key)
{
    for (ObjectionState s : {ObjectionState::Filed, ObjectionState::Accepted, ObjectionState::NotAccepted,
             ObjectionState::Decided}) {
        if (Objections::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Objections::displayName(ObjectionState s)
{
    switch (s) {
    case ObjectionState::Filed:
        return tr("filed, awaiting acceptance");
    case ObjectionState::Accepted:
        return tr("accepted, under verification");
    case ObjectionState::NotAccepted:
        return tr("not accepted");
    case ObjectionState::Decided:
        return tr("decided");
    }
    return {};
}

QString Objections::key(ObjectionTarget t)
{
    switch (t) {
    case ObjectionTarget::Record:
        return QStringLiteral("record");
    case ObjectionTarget::ListEntry:
        return QStringLiteral("list_entry");
    case ObjectionTarget::Case:
        return QStringLiteral("case");
    }
    return {};
}

std::optional<ObjectionTarget> Objections::targetFromKey(const QString& key)
{
    for (ObjectionTarget t : {ObjectionTarget::Record, ObjectionTarget::ListEntry, ObjectionTarget::Case}) {
        if (Objections::key(t) == key)
            return t;
    }
    return std::nullopt;
}

QString Objections::displayName(ObjectionTarget t)
{
    switch (t) {
    case ObjectionTarget::Record:
        return tr("credit record");
    case ObjectionTarget::ListEntry:
        return tr("list entry");
    case ObjectionTarget::Case:
        return tr("case");
    }
    return {};
}

QString Objections::noticeDisplayName(const QString& kind)
{
    if (kind == QLatin1String("suspension"))
        return tr("suspension notice");
    if (kind == QLatin1String("restoration"))
        return tr("restoration notice");
    if (kind == QLatin1String("resumption"))
        return tr("resumption notice");
    return kind;
}

} // namespace cd
