#include "services/UserService.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/KeySidecar.h"
#include "storage/ServerRoles.h"
#include "storage/UserStore.h"

#include <QRegularExpression>

namespace cd {

UserService::UserService(Session& session) : m_session(session) { }

void UserService::checkPassword(QByteArrayView passwordUtf8)
{
    // Bytes, not characters: a Chinese character is three bytes of UTF-8.
    if (passwordUtf8.size() < 8)
        throw CoreError(ErrorKind::InvalidInput,
            tr("The password is too short: it must be at least 8 bytes (a Chinese character counts as "
               "3)."));
    if (passwordUtf8.size() > 1024)
        throw CoreError(ErrorKind::InvalidInput, tr("The password is too long: at most 1024 bytes."));
}

void UserService::checkName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_.-]{1,64}$"));
    if (!allowed.match(name).hasMatch())
        throw CoreError(ErrorKind::InvalidInput,
            tr("The user name \"%1\" is not valid: use 1 to 64 letters, digits, '.', '_' or '-'.")
                .arg(name.left(80)));
}

User UserService::add(const QString& rawName, Role role, QByteArrayView passwordUtf8,
    const QString& displayName, qint64 departmentId)
{
    m_session.require(Operation::ManageUsers);
    const QString name = rawName.trimmed();
    checkName(name);
    checkPassword(passwordUtf8);
    User user;
    user.name = name;
    user.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    user.role = role;
    user.departmentId = departmentId;
    UserStore store(m_session.db());
    const QJsonObject summary {
        {QStringLiteral("role"), Roles::key(role)}, {QStringLiteral("displayName"), user.displayName}};
    auto insert = [&] {
        if (store.byName(name))
            throw CoreError(ErrorKind::InvalidInput, tr("A user named %1 already exists.").arg(name));
        user.id = store.insert(user);
    };
    if (m_session.isServer()) {
        m_session.write([&] {
            insert();
            ServerRoles(m_session.db()).createLogin(name, role, passwordUtf8);
            m_session.audit(QStringLiteral("user.add"), QStringLiteral("user"), name, summary);
        });
        return user;
    }
    m_session.changeKeyFile(
        [&](KeySidecar& sidecar) {
            insert();
            sidecar.addUserSlot(name, passwordUtf8, m_session.key());
        },
        QStringLiteral("user.add"), QStringLiteral("user"), name, summary);
    return user;
}

void UserService::changeOwnPassword(QByteArrayView oldPasswordUtf8, QByteArrayView newPasswordUtf8)
{
    m_session.require(Operation::ChangeOwnPassword);
    checkPassword(newPasswordUtf8);
    const QString name = m_session.user().name;
    if (m_session.isServer()) {
        if (!m_session.isSignInPassword(oldPasswordUtf8))
            throw CoreError(
                ErrorKind::SignIn, tr("The current password is wrong; the password was not changed."));
        m_session.write([&] {
            ServerRoles(m_session.db()).setPassword(name, newPasswordUtf8);
            m_session.audit(QStringLiteral("user.passwd"), QStringLiteral("user"), name,
                QJsonObject {{QStringLiteral("by"), name}});
        });
        m_session.passwordChanged(newPasswordUtf8);
        return;
    }
    m_session.changeKeyFile(
        [&](KeySidecar& sidecar) {
            if (!sidecar.unlockUser(name, oldPasswordUtf8))
                throw CoreError(
                    ErrorKind::SignIn, tr("The current password is wrong; the password was not changed."));
            sidecar.addUserSlot(name, newPasswordUtf8, m_session.key());
        },
        QStringLiteral("user.passwd"), QStringLiteral("user"), name,
        QJsonObject {{QStringLiteral("by"), name}});
}

void UserService::resetPassword(const QString& rawName, QByteArrayView newPasswordUtf8)
{
    m_session.require(Operation::ManageUsers);
    checkPassword(newPasswordUtf8);
    const QString name = rawName.trimmed();
    UserStore store(m_session.db());
    auto check = [&] {
        const auto user = store.byName(name);
        if (!user)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no user named %1.").arg(name));
        if (user->disabled)
            throw CoreError(ErrorKind::InvalidInput, tr("The user %1 is disabled.").arg(name));
        return *user;
    };
    const QJsonObject summary {{QStringLiteral("by"), m_session.user().name}};
    if (m_session.isServer()) {
        m_session.write([&] {
            ServerRoles(m_session.db()).setPassword(check().name, newPasswordUtf8, true);
            m_session.audit(QStringLiteral("user.reset-password"), QStringLiteral("user"), name, summary);
        });
        return;
    }
    m_session.changeKeyFile(
        [&](KeySidecar& sidecar) { sidecar.addUserSlot(check().name, newPasswordUtf8, m_session.key()); },
        QStringLiteral("user.reset-password"), QStringLiteral("user"), name, summary);
}

void UserService::disable(const QString& rawName)
{
    m_session.require(Operation::ManageUsers);
    const QString name = rawName.trimmed();
    UserStore store(m_session.db());
    auto markDisabled = [&] {
        const auto user = store.byName(name);
        if (!user)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no user named %1.").arg(name));
        if (user->disabled)
            throw CoreError(ErrorKind::InvalidInput, tr("The user %1 is already disabled.").arg(name));
        if (user->role == Role::Admin && store.countActiveAdmins() <= 1)
            throw CoreError(ErrorKind::InvalidInput,
                tr("%1 is the last administrator and cannot be disabled.").arg(name));
        store.setDisabled(user->id, true);
        return *user;
    };
    const QJsonObject summary {{QStringLiteral("by"), m_session.user().name}};
    if (m_session.isServer()) {
        m_session.write([&] {
            ServerRoles(m_session.db()).disableLogin(markDisabled().name);
            m_session.audit(QStringLiteral("user.disable"), QStringLiteral("user"), name, summary);
        });
        return;
    }
    m_session.changeKeyFile([&](KeySidecar& sidecar) { sidecar.removeUserSlot(markDisabled().name); },
        QStringLiteral("user.disable"), QStringLiteral("user"), name, summary);
}

QList<User> UserService::list()
{
    return UserStore(m_session.db()).all();
}

} // namespace cd
