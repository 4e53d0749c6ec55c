#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Session;

// Database file, user and password; the last file and user are remembered. A wrong password gives
// the same message as the CLI and another try; the password field is cleared, nothing else.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget* parent = nullptr, const QString& databasePath = {});
    ~SignInDialog() override;

    // The session once the dialog was accepted; the caller takes it.
    std::unique_ptr<Session> takeSession();

    void setUserName(const QString& name);
    // A line above the fields (why the dialog is shown again after a lock).
    void setNotice(const QString& text);
    QString databasePath() const;

private slots:
    void browse();
    void trySignIn();
    void updateButton();

private:
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QLabel* m_notice;
    QPushButton* m_signIn;
    std::unique_ptr<Session> m_session;
};

} // namespace cd
