#include "main/DeskController.h"

#include "admin/DatabaseTab.h"
#include "main/MainWindow.h"
#include "objections/DecisionDialog.h"
#include "services/Session.h"
#include "signin/SignInDialog.h"
#include "widgets/LongTask.h"

#include <QApplication>
#include <QTimer>

namespace cd {

DeskController::DeskController(const QString& databasePath, const QString& userName, QObject* parent)
    : QObject(parent), m_path(databasePath)
{
    m_pendingUser = userName;
}

DeskController::~DeskController()
{
    delete m_window;
    delete m_signIn;
}

MainWindow* DeskController::window() const
{
    return m_window;
}

SignInDialog* DeskController::signInDialog() const
{
    return m_signIn;
}

void DeskController::start()
{
    showSignIn(m_pendingUser, QString());
}

void DeskController::showSignIn(const QString& userName, const QString& notice)
{
    delete m_signIn;
    m_signIn = new SignInDialog(nullptr, m_path);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!userName.isEmpty())
        m_signIn->setUserName(userName);
    if (!notice.isEmpty())
        m_signIn->setNotice(notice);
    connect(m_signIn, &QDialog::accepted, this, &DeskController::signedIn);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        // Nobody signs in: what a locked window kept is dropped with the program.
        m_kept = {};
        emit finished();
    });
    m_signIn->show();
}

void DeskController::signedIn()
{
    std::unique_ptr<Session> session = m_signIn->takeSession();
    m_path = m_signIn->databasePath();
    m_signIn->deleteLater();
    m_signIn = nullptr;
    if (!session)
        return;
    const QString user = session->user().name;
    m_window = new MainWindow(std::move(session));
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->setAutoLockInterval(m_autoLockMs >= 0 ? m_autoLockMs : MainWindow::configuredAutoLockMs());
    connect(m_window, &MainWindow::signOutRequested, this, &DeskController::signOut);
    connect(m_window, &MainWindow::lockRequested, this, &DeskController::lock);
    connect(m_window, &MainWindow::changeKeyRequested, this, &DeskController::changeKey);
    if (!m_kept.isEmpty() && m_kept.userName.compare(user, Qt::CaseInsensitive) == 0)
        m_window->restoreWindowState(m_kept);
    // Another user never sees what the locked one typed.
    m_kept = {};
    m_window->show();
    emit windowShown(m_window);
}

void DeskController::closeWindow()
{
    if (!m_window)
        return;
    MainWindow* window = m_window;
    m_window = nullptr;
    // Deleting the window ends its session, which wipes the database key. Later rather than now:
    // this runs inside a signal of the window's own timer or menu.
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->hide();
    window->deleteLater();
    m_closing = window;
}

void DeskController::lock()
{
    if (!m_window)
        return;
    // A worker writing through its own connection: the session (and its key) must outlive it.
    // Cancel it (its transaction rolls back), let it end, then lock.
    if (LongTask::isRunning()) {
        LongTask::cancelRunning();
        QTimer::singleShot(ModalUnwindMs, this, &DeskController::lock);
        return;
    }
    // A confirmation, input or file dialog runs its own event loop inside some window's code; the
    // window must not go while that code is still on the stack. Close the dialog (as Cancel would),
    // let its loop return, then lock.
    if (QWidget* modal = QApplication::activeModalWidget()) {
        // A decision half written is kept for its user, as the forms are.
        if (auto* decision = qobject_cast<DecisionDialog*>(modal))
            decision->keepDraft();
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        QTimer::singleShot(ModalUnwindMs, this, &DeskController::lock);
        return;
    }
    m_kept = m_window->takeWindowState();
    const QString user = m_kept.userName;
    // The sign-in dialog is shown before the window goes, so the program never has no window.
    showSignIn(user, tr("Locked after a time without use. Sign in again to continue where you were."));
    closeWindow();
    emit locked();
}

void DeskController::signOut()
{
    m_kept = {};
    const QString user = m_window ? m_window->session().user().name : QString();
    showSignIn(user, QString());
    closeWindow();
}

void DeskController::changeKey()
{
    if (!m_window || LongTask::isRunning())
        return;
    const Session::SiblingTicket ticket = m_window->session().siblingTicket();
    m_kept = m_window->takeWindowState();
    showSignIn(m_kept.userName, tr("The database key is being changed…"));
    m_signIn->setEnabled(false);
    closeWindow();
    // The window, and with it the connection on the old key, goes when the event loop next runs.
    QTimer::singleShot(0, this, [this, ticket] { runKeyChange(ticket); });
}

void DeskController::runKeyChange(const Session::SiblingTicket& ticket)
{
    if (m_closing) {
        QTimer::singleShot(ModalUnwindMs, this, [this, ticket] { runKeyChange(ticket); });
        return;
    }
    if (!m_signIn)
        return;
    m_signIn->setEnabled(true);
    const LongTask::Outcome outcome = DatabaseTab::changeKey(m_signIn, ticket);
    if (m_signIn)
        m_signIn->setNotice(outcome.message);
    emit keyChanged(outcome.ok());
}

} // namespace cd
