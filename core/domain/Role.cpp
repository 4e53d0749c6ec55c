#include "domain/Role.h"

namespace cd {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role r : {Role::Officer, Role::Reviewer, Role::Supervisor, Role::Admin}) {
        if (Roles::key(r) == key.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("case officer");
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("administrator");
    }
    return {};
}

} // namespace cd
