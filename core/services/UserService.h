#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class Session;

// Users and their key slots. A password only ever unlocks the user's slot in the key file; the
// users table says who the user is and what role they have.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Session& session);

    User add(const QString& name, Role role, QByteArrayView passwordUtf8, const QString& displayName = {},
        qint64 departmentId = 0);
    // Own password: the old one must unlock the slot again. Another user's (admin only): no old one.
    void changeOwnPassword(QByteArrayView oldPasswordUtf8, QByteArrayView newPasswordUtf8);
    void resetPassword(const QString& name, QByteArrayView newPasswordUtf8);
    // Removes the user's slot and marks them disabled; their audit entries stay. Run rekey after a
    // person leaves so that a copy of the old key file opens nothing.
    void disable(const QString& name);
    QList<User> list();

    static void checkPassword(QByteArrayView passwordUtf8);
    static void checkName(const QString& name);

private:
    Session& m_session;
};

} // namespace cd
