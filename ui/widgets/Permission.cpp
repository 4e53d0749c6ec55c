#include "widgets/Permission.h"

#include "services/Session.h"

#include <QAction>
#include <QWidget>

namespace cd {

QString Permission::whyNot(const Session& session, Operation op)
{
    if (AccessPolicy::allows(session.user().role, op))
        return {};
    return tr("Not permitted: a %1 may not %2.")
        .arg(Roles::displayName(session.user().role), AccessPolicy::describe(op));
}

bool Permission::apply(QWidget* widget, const Session& session, Operation op)
{
    explain(widget, whyNot(session, op), widget->toolTip());
    return widget->isEnabled();
}

bool Permission::apply(QAction* action, const Session& session, Operation op)
{
    const QString reason = whyNot(session, op);
    action->setEnabled(reason.isEmpty());
    if (!reason.isEmpty())
        action->setToolTip(reason);
    return reason.isEmpty();
}

void Permission::explain(QWidget* widget, const QString& reason, const QString& enabledTip)
{
    widget->setEnabled(reason.isEmpty());
    widget->setToolTip(reason.isEmpty() ? enabledTip : reason);
}

} // namespace cd
