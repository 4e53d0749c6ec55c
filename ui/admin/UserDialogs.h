#pragma once

#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;

namespace cd {

class Session;

// The new password typed twice, checked with the CLI's rule (UserService::checkPassword) while typing.
// Passwords never go into the typed state an auto-lock keeps.
class PasswordForm : public FormDialog
{
    Q_OBJECT

protected:
    explicit PasswordForm(QWidget* parent);
    QString passwordProblem() const;
    QByteArray password() const;
    void saveExtra(QVariantMap& state) const override;

    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

// 新增用户: name, display name, role and the first password (administrators).
class AddUserDialog : public PasswordForm
{
    Q_OBJECT

public:
    AddUserDialog(Session& session, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("addUser"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    QComboBox* m_role;
};

// 重置密码: an administrator gives another user a new password; no old one is needed.
class ResetPasswordDialog : public PasswordForm
{
    Q_OBJECT

public:
    ResetPasswordDialog(Session& session, const QString& userName, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("resetPassword"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    Session& m_session;
    QString m_userName;
};

} // namespace cd
