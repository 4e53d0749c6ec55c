#include "admin/UsersTab.h"

#include "CoreError.h"
#include "admin/TabMessage.h"
#include "admin/UserDialogs.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

UsersTab::UsersTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new SimpleTable({tr("User"), tr("Name"), tr("Role"), tr("Status")}, this))
    , m_add(new QPushButton(tr("&Add user…"), this))
    , m_reset(new QPushButton(tr("&Reset password…"), this))
    , m_disable(new QPushButton(tr("&Disable…"), this))
    , m_message(makeTabMessage(this))
{
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    Permission::apply(m_add, m_session, Operation::ManageUsers);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_reset);
    bar->addWidget(m_disable);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &UsersTab::disableSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersTab::updateActions);
    reload();
}

void UsersTab::reload()
{
    try {
        m_users = UserService(m_session).list();
    } catch (const CoreError& e) {
        m_users.clear();
        showTabMessage(m_message, e.message(), true);
    }
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const User& u : m_users) {
        rows << QStringList {
            u.name, u.displayName, Roles::displayName(u.role), u.disabled ? tr("disabled") : tr("active")};
        ids << u.id;
    }
    m_table->setRows(rows, ids);
    updateActions();
}

const User* UsersTab::selected() const
{
    const qint64 id = m_table->currentId();
    for (const User& u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

void UsersTab::updateActions()
{
    const QString role = Permission::whyNot(m_session, Operation::ManageUsers);
    const User* u = selected();
    QString reset = role;
    QString disable = role;
    if (role.isEmpty()) {
        if (!u) {
            reset = disable = tr("Choose a user in the list first.");
        } else if (u->disabled) {
            reset = disable = tr("The user %1 is disabled.").arg(u->name);
        } else if (u->id == m_session.user().id) {
            // Resetting one's own password would skip the current one, which a changed password needs.
            reset = tr("This is your own account: change your password with the current one (creditdesk-cli "
                       "user passwd).");
        }
    }
    Permission::explain(m_reset, reset);
    Permission::explain(m_disable, disable);
}

void UsersTab::addUser()
{
    if (!Permission::whyNot(m_session, Operation::ManageUsers).isEmpty())
        return;
    auto* dialog = new AddUserDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this] {
        reload();
        showTabMessage(m_message, tr("The user was added; they can sign in now."));
        emit changed();
    });
    dialog->open();
}

void UsersTab::resetPassword()
{
    const User* u = selected();
    if (!u || !m_reset->isEnabled())
        return;
    auto* dialog = new ResetPasswordDialog(m_session, u->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = u->name;
    connect(dialog, &FormDialog::saved, this, [this, name] {
        showTabMessage(m_message, tr("The password of %1 was reset.").arg(name));
        emit changed();
    });
    dialog->open();
}

void UsersTab::disableSelected()
{
    const User* u = selected();
    if (!u || !m_disable->isEnabled())
        return;
    const QString name = u->name;
    const auto answer = QMessageBox::question(this, tr("Disable a user"),
        tr("Disable %1? Their key slot is removed at once and they can no longer sign in; their audit "
           "entries stay.\n\nThen change the database key (Administration › Database), so that an old "
           "copy of the key file opens nothing.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        UserService(m_session).disable(name);
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
        return;
    }
    reload();
    showTabMessage(m_message,
        tr("Disabled %1 and removed their key slot. Change the database key now so that an old copy of the "
           "key file opens nothing.")
            .arg(name));
    emit changed();
}

} // namespace cd
