#pragma once

#include "domain/Case.h"
#include "services/AccessPolicy.h"

#include <QCoreApplication>

namespace cd {

class Session;

// Whether the signed-in user may take an action on a case now, and if not, the one sentence that
// says why: the role (AccessPolicy), the case's state, or the four-eyes rule. The GUI disables a
// button with this sentence as its tooltip; CaseService enforces the same rules when it is called.
class CaseActions
{
    Q_DECLARE_TR_FUNCTIONS(CaseActions)

public:
    // Each returns an empty string when the action is open.
    static QString whyNotApprove(const Session& session, const Case& c);
    static QString whyNotReject(const Session& session, const Case& c);
    static QString whyNotWithdraw(const Session& session, const Case& c);
    static QString whyNotPush(const Session& session, const Case& c);
    // task: the selected task, or null when none is selected.
    static QString whyNotAcknowledge(const Session& session, const MeasureTask* task);
    static QString whyNotRespond(const Session& session, const MeasureTask* task);

private:
    static QString role(const Session& session, Operation op);
    static QString decide(const Session& session, const Case& c);
};

} // namespace cd
