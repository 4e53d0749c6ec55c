#include "main/MainWindow.h"

#include "admin/AdminPage.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace cd {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CreditDesk — %1").arg(m_session->path()));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    if (AccessPolicy::allows(m_session->user().role, Operation::ManageUsers)
        || AccessPolicy::allows(m_session->user().role, Operation::ReadAudit))
        addPage(QStringLiteral("adminPage"), tr("Administration"), new AdminPage(*m_session, this));

    auto* who = new QLabel(
        tr("%1 (%2)").arg(m_session->user().displayName, Roles::displayName(m_session->user().role)), this);
    who->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addPermanentWidget(who);
    statusBar()->showMessage(tr("Signed in to %1").arg(m_session->path()), 5000);
    buildMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (settings.value(QStringLiteral("mainWindow/geometry")).isNull())
        resize(1200, 760);
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
}

void MainWindow::addPage(const QString& objectName, const QString& title, QWidget* page)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, objectName);
}

void MainWindow::showPage(const QString& objectName)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == objectName)
            m_navigation->setCurrentRow(i);
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CreditDesk"), this, &MainWindow::about);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CreditDesk"),
        tr("<p><b>CreditDesk</b> %1</p><p>Case management for joint incentives for trustworthiness "
           "and joint sanctions for dishonesty.</p><p>Database engine: SQLCipher %2</p>")
            .arg(QStringLiteral(CREDITDESK_VERSION), m_session->db().cipherVersion()));
}

} // namespace cd
