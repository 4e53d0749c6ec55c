#pragma once

#include "domain/ListEntry.h"
#include "domain/Objection.h"
#include "domain/Repair.h"
#include "services/AccessPolicy.h"

#include <QCoreApplication>

namespace cd {

class Session;

// Like CaseActions, for objections, repair applications and list entries: whether the signed-in
// user may take an action now, and if not the one sentence saying why (role, state, four eyes), so
// the GUI can disable a button with it as tooltip. The services enforce the same rules again.
class ProtectionActions
{
    Q_DECLARE_TR_FUNCTIONS(ProtectionActions)

public:
    // Each returns an empty string when the action is open.
    static QString whyNotAccept(const Session& session, const Objection& o);
    static QString whyNotNotAccept(const Session& session, const Objection& o);
    static QString whyNotDecide(const Session& session, const Objection& o);

    static QString whyNotReceive(const Session& session, const RepairApplication& a);
    static QString whyNotDecide(const Session& session, const RepairApplication& a);
    // Approval also needs every item of the checklist.
    static QString whyNotApprove(const Session& session, const RepairApplication& a);

    static QString whyNotApprove(const Session& session, const ListEntry& e);
    static QString whyNotRevoke(const Session& session, const ListEntry& e, const QDate& today);

private:
    static QString role(const Session& session, Operation op);
};

} // namespace cd
