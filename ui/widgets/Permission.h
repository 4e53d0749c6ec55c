#pragma once

#include "services/AccessPolicy.h"

#include <QCoreApplication>

class QAction;
class QWidget;

namespace cd {

class Session;

// Enables an action or button for the roles AccessPolicy allows; when it is disabled the tooltip
// says why, in the words of the policy, so nobody is left guessing at a grey button.
class Permission
{
    Q_DECLARE_TR_FUNCTIONS(Permission)

public:
    static QString whyNot(const Session& session, Operation op); // empty when allowed
    static bool apply(QWidget* widget, const Session& session, Operation op);
    static bool apply(QAction* action, const Session& session, Operation op);
    // For a rule other than the role: enabled when `reason` is empty, else disabled with it as tooltip.
    static void explain(QWidget* widget, const QString& reason, const QString& enabledTip = {});
};

} // namespace cd
