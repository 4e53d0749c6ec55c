#include "services/AccessPolicy.h"

#include "CoreError.h"

namespace cd {

bool AccessPolicy::allows(Role role, Operation op)
{
    switch (op) {
    case Operation::ChangeOwnPassword:
    case Operation::Verify:
    case Operation::ReadSubjects:
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
    case Operation::AddSubject:
    case Operation::EditSubject:
        return role == Role::Officer || role == Role::Admin;
    case Operation::RevealCitizenId:
        // The people who work on a person's case, not those who only watch figures or run the system.
        return role == Role::Officer || role == Role::Reviewer;
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
    case Operation::ReadSubjects:
        return tr("look up subjects");
    case Operation::AddSubject:
        return tr("register subjects");
    case Operation::EditSubject:
        return tr("change subjects");
    case Operation::RevealCitizenId:
        return tr("see a full citizen ID");
    }
    return {};
}

} // namespace cd
