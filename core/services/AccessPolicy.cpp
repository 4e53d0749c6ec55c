#include "services/AccessPolicy.h"

#include "CoreError.h"

namespace cd {

bool AccessPolicy::allows(Role role, Operation op)
{
    switch (op) {
    case Operation::ChangeOwnPassword:
    case Operation::Verify:
    case Operation::ReadSubjects:
    case Operation::ReadRecords:
    case Operation::ReadCases:
    case Operation::CreditCheck:
    case Operation::ReadObjections:
    case Operation::ReadLists:
    case Operation::ReadSupervision:
        return true;
    case Operation::ProposeListEntry:
    case Operation::FileRepair:
    case Operation::RecordCommitment:
    case Operation::AddTip:
        return role == Role::Officer;
    case Operation::DecideListEntry:
    case Operation::DecideRepair:
    case Operation::ReadTipReporter:
        return role == Role::Reviewer;
    case Operation::ReadTips:
        return role == Role::Officer || role == Role::Reviewer || role == Role::Supervisor;
    case Operation::FileObjection:
        return role == Role::Officer;
    case Operation::DecideObjection:
        return role == Role::Reviewer;
    case Operation::AddRecord:
    case Operation::RecordFeedback:
        return role == Role::Officer;
    case Operation::DraftCase: // a reviewer may draft too; the four-eyes rule stops them approving it
        return role == Role::Officer || role == Role::Reviewer;
    case Operation::DecideCase:
        return role == Role::Reviewer;
    case Operation::PushCase:
        return role == Role::Officer || role == Role::Reviewer;
    case Operation::ReadAudit:
    case Operation::IssueNotice:
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
    case Operation::AddRecord:
        return tr("add credit records");
    case Operation::ReadRecords:
        return tr("read credit records");
    case Operation::DraftCase:
        return tr("draft cases");
    case Operation::DecideCase:
        return tr("approve or reject cases");
    case Operation::PushCase:
        return tr("push cases to the departments");
    case Operation::RecordFeedback:
        return tr("record the departments' feedback");
    case Operation::ReadCases:
        return tr("read cases");
    case Operation::CreditCheck:
        return tr("run a credit check");
    case Operation::FileObjection:
        return tr("file or accept objections");
    case Operation::DecideObjection:
        return tr("decide objections");
    case Operation::ReadObjections:
        return tr("read objections");
    case Operation::ProposeListEntry:
        return tr("propose list entries");
    case Operation::DecideListEntry:
        return tr("approve or revoke list entries");
    case Operation::ReadLists:
        return tr("read the red and black lists");
    case Operation::FileRepair:
        return tr("take in repair applications");
    case Operation::DecideRepair:
        return tr("decide repair applications");
    case Operation::RecordCommitment:
        return tr("record credit commitments");
    case Operation::AddTip:
        return tr("take in confidential reports");
    case Operation::ReadTips:
        return tr("read confidential reports");
    case Operation::ReadTipReporter:
        return tr("see who made a confidential report");
    case Operation::ReadSupervision:
        return tr("read the departments' figures");
    case Operation::IssueNotice:
        return tr("issue the notification");
    }
    return {};
}

} // namespace cd
