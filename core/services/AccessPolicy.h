#pragma once

#include "domain/Role.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// Every operation a service offers, for the role matrix. The matrix lives here, in core, so the
// CLI and the GUI can never disagree about who may do what.
enum class Operation {
    ManageUsers, // add users, reset another's password, disable
    ChangeOwnPassword, // every role
    Rekey,
    Backup,
    Restore,
    ReadAudit,
    Verify,
    // Reference data every role reads; only an administrator changes it.
    ManageCatalogue, // memoranda, measures, their departments, publicity rule sets
    ManageCalendar, // the working-day calendar
    ManageDepartments,
    ManageSettings,
    ReadSubjects, // show and search subjects, citizen IDs masked: every role
    AddSubject,
    EditSubject, // rename, link and unlink
    RevealCitizenId, // see a person's full citizen ID; each time is audited
    AddRecord, // credit records (officer)
    ReadRecords, // every role
    DraftCase, // draft and withdraw cases (officer)
    DecideCase, // approve or reject a draft (reviewer; never one's own)
    PushCase, // push an approved case to the departments (officer, reviewer)
    RecordFeedback, // departments' acknowledgements and answers (officer)
    ReadCases, // every role
    CreditCheck, // every role
    FileObjection, // file an objection, accept it or not (officer)
    DecideObjection, // decide on verified information (reviewer; not who filed or accepted it)
    ReadObjections, // every role
    ProposeListEntry, // propose a red or black list entry (officer)
    DecideListEntry, // approve an entry, revoke one (reviewer; never one's own proposal)
    ReadLists, // every role
    FileRepair, // take in a repair application and its materials (officer)
    DecideRepair, // approve or reject it (reviewer; not who took it in)
    RecordCommitment, // record a written commitment, its keeping, confirm a broken one (officer)
    AddTip, // take in a confidential report from the public (officer)
    ReadTips, // what was reported, never who reported it (officer, reviewer, supervisor)
    ReadTipReporter, // who reported it; each time is audited (reviewer)
    ReadSupervision, // the departments' figures (§19): every role
    IssueNotice, // number and export the notification (通报): supervisor, admin
};

class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static bool allows(Role role, Operation op);
    // Throws CoreError(NotPermitted) naming the role and the operation.
    static void require(Role role, Operation op);
    static QString describe(Operation op); // translated, for messages
};

} // namespace cd
