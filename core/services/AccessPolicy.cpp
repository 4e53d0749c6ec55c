#include "services/AccessPolicy.h"

#include "CoreError.h"

namespace cd {

bool AccessPolicy::allows(Role role, Operation op)
{
    switch (op) {
    case Operation::ChangeOwnPassword:
    case Operation::Verify:
        return true;
    case Operation::ReadAudit:
        return role == Role::Admin || role == Role::Supervisor;
    case Operation::ManageUsers:
    case Operation::Rekey:
    case Operation::Backup:
    case Operation::Restore:
    case Operation::ManageCatalogue:
    case Operation::ManageCalendar:
    case Operation::ManageDepartments:
    case Operation::ManageSettings:
        return role == Role::Admin;
    }
    return false;
}

void AccessPolicy::require(Role role, Operation op)
{
    if (!allows(role, op))
        throw CoreError(ErrorKind::NotPermitted,
            tr("Not permitted: a %1 may not %2.").arg(Roles::displayName(role), describe(op)));
}

QString AccessPolicy::describe(Operation op)
{
    switch (op) {
    case Operation::ManageUsers:
        return tr("manage users");
    case Operation::ChangeOwnPassword:
        return tr("change their own password");
    case Operation::Rekey:
        return tr("change the database key");
    case Operation::Backup:
        return tr("make a backup");
    case Operation::Restore:
        return tr("restore a backup");
    case Operation::ReadAudit:
        return tr("read the audit trail");
    case Operation::Verify:
        return tr("verify the database");
    case Operation::ManageCatalogue:
        return tr("change the measure catalogue or the publicity rules");
    case Operation::ManageCalendar:
        return tr("change the working-day calendar");
    case Operation::ManageDepartments:
        return tr("change the departments");
    case Operation::ManageSettings:
        return tr("change the settings");
    }
    return {};
}

} // namespace cd
