#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cd {

// The four roles of DOMAIN.md. The stored words are the CLI's words too.
enum class Role { Officer, Reviewer, Supervisor, Admin };

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString key(Role role); // "officer", "reviewer", "supervisor", "admin"
    static std::optional<Role> fromKey(const QString& key);
    static QString displayName(Role role); // translated, for people
};

} // namespace cd
