#pragma once

#include "CoreError.h"
#include "domain/Case.h"
#include "services/AccessPolicy.h"

#include <QCoreApplication>

namespace cd {

class Session;

// Why an action on a case is closed: the one sentence, and the kind of error it is when the action
// is tried anyway (NotPermitted for the role and the four-eyes rule, InvalidInput for the state).
struct CaseRefusal
{
    ErrorKind kind = ErrorKind::InvalidInput;
    QString why;
    bool refused() const { return !why.isEmpty(); }
};

// Whether the signed-in user may take an action on a case now, and if not, the one sentence that
// says why: the role (AccessPolicy), the case's state, or the four-eyes rule. The GUI disables a
// button with this sentence as its tooltip; CaseService raises the same refusal when it is called,
// so the two can never disagree.
class CaseActions
{
    Q_DECLARE_TR_FUNCTIONS(CaseActions)

public:
    static CaseRefusal decision(const Session& session, const Case& c); // approve or reject
    static CaseRefusal withdrawal(const Session& session, const Case& c);
    static CaseRefusal pushing(const Session& session, const Case& c);
    // Throws CoreError(kind, why) when refused.
    static void enforce(const CaseRefusal& refusal);

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
};

} // namespace cd
