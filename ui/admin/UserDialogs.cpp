#include "admin/UserDialogs.h"

#include "CoreError.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cd {

PasswordForm::PasswordForm(QWidget* parent)
    : FormDialog(parent), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this))
{
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit* e : {m_password, m_repeat})
        e->setEchoMode(QLineEdit::Password);
}

QByteArray PasswordForm::password() const
{
    return m_password->text().toUtf8();
}

QString PasswordForm::passwordProblem() const
{
    try {
        UserService::checkPassword(password());
    } catch (const CoreError& e) {
        return e.message();
    }
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords differ; type the same password twice.");
    return {};
}

void PasswordForm::saveExtra(QVariantMap& state) const
{
    state.remove(m_password->objectName());
    state.remove(m_repeat->objectName());
}

AddUserDialog::AddUserDialog(Session& session, QWidget* parent)
    : PasswordForm(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    setMinimumWidth(480);
    m_name->setObjectName(QStringLiteral("userName"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_name->setPlaceholderText(tr("Signs in with this, e.g. zhangwei"));
    m_displayName->setPlaceholderText(tr("As colleagues see it, e.g. 张伟"));
    for (Role r : {Role::Officer, Role::Reviewer, Role::Supervisor, Role::Admin})
        m_role->addItem(Roles::displayName(r), int(r));

    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_name);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    auto* hint = new QLabel(tr("At least 8 bytes: a Chinese character counts as 3."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    finishForm(form);
}

QString AddUserDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Type the new user's name.");
    try {
        UserService::checkName(m_name->text().trimmed());
    } catch (const CoreError& e) {
        return e.message();
    }
    return passwordProblem();
}

qint64 AddUserDialog::write()
{
    return UserService(m_session)
        .add(m_name->text(), Role(m_role->currentData().toInt()), password(), m_displayName->text())
        .id;
}

ResetPasswordDialog::ResetPasswordDialog(Session& session, const QString& userName, QWidget* parent)
    : PasswordForm(parent), m_session(session), m_userName(userName)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset the password of %1").arg(userName));
    setMinimumWidth(440);
    auto* form = new QFormLayout;
    auto* intro = new QLabel(
        tr("%1 signs in with this password from now on; tell them in person and ask them to change it.")
            .arg(userName),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    finishForm(form);
}

QString ResetPasswordDialog::problem() const
{
    return passwordProblem();
}

qint64 ResetPasswordDialog::write()
{
    UserService(m_session).resetPassword(m_userName, password());
    return 0;
}

} // namespace cd
