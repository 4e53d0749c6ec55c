#pragma once

#include "main/WindowState.h"
#include "services/Session.h"

#include <QObject>
#include <QPointer>

namespace cd {

class MainWindow;
class SignInDialog;

// The life of a desk: sign in, work, and either sign out or be locked after an idle time. A lock
// ends the session (the database key is wiped with it) and asks for the password again; the same
// user gets their window back as they left it, anyone else a fresh one.
class DeskController : public QObject
{
    Q_OBJECT

public:
    DeskController(const QString& databasePath, const QString& userName, QObject* parent = nullptr);
    ~DeskController() override;

    void start();
    MainWindow* window() const;
    SignInDialog* signInDialog() const;
    // For tests: the idle time of the next windows, in milliseconds (-1: from QSettings).
    void setAutoLockMs(int ms) { m_autoLockMs = ms; }
    static constexpr int ModalUnwindMs = 100;

public slots:
    // Long work running under the window is cancelled (and rolled back) and waited for first.
    void lock();
    void signOut();
    // Closes the window (its connection must not outlive the old key), changes the database key
    // off the GUI thread, and asks for the password again; the same user gets their window back.
    void changeKey();

signals:
    void finished(); // the user closed the sign-in dialog: the program ends
    void locked();
    void keyChanged(bool changed); // the key change ended, the sign-in dialog says how
    void windowShown(MainWindow* window);

private:
    void showSignIn(const QString& userName, const QString& notice);
    void signedIn();
    void closeWindow();
    void runKeyChange(const Session::SiblingTicket& ticket);

    QString m_path;
    QString m_pendingUser;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_window;
    QPointer<MainWindow> m_closing; // deleted later, with its session
    WindowState m_kept;
    int m_autoLockMs = -1;
};

} // namespace cd
