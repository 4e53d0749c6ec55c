#include "services/DemoData.h"

#include "CoreError.h"
#include "services/Session.h"
#include "services/UserService.h"

namespace cd {

DemoData::Result DemoData::fill(Session& admin, quint32 seed)
{
    Q_UNUSED(seed)
    admin.require(Operation::ManageUsers);
    Result result;
    // A demo password for a demo database: printed on purpose so anyone can sign in.
    result.password = QStringLiteral("CreditDesk-demo-2026");
    const QList<Account> accounts {
        {QStringLiteral("officer"), QStringLiteral("王经办"), QStringLiteral("officer")},
        {QStringLiteral("reviewer"), QStringLiteral("李审核"), QStringLiteral("reviewer")},
        {QStringLiteral("supervisor"), QStringLiteral("张分管"), QStringLiteral("supervisor")}};
    UserService users(admin);
    for (const Account& a : accounts) {
        users.add(a.name, *Roles::fromKey(a.role), result.password.toUtf8(), a.displayName);
        result.accounts << a;
    }
    result.counts << tr("%n users", nullptr, int(accounts.size()));
    return result;
}

} // namespace cd
