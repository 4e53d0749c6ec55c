#include "main/MainWindow.h"

#include "admin/AdminPage.h"
#include "admin/DatabaseTab.h"
#include "cases/CaseDetailDialog.h"
#include "cases/CasesPage.h"
#include "cases/DraftCaseDialog.h"
#include "check/CheckPage.h"
#include "exchange/ExchangeActions.h"
#include "exchange/FeedbackImportDialog.h"
#include "exchange/ImportDialog.h"
#include "exchange/PackageDialog.h"
#include "lists/ListsPage.h"
#include "lists/ProposeListEntryDialog.h"
#include "main/IdleWatcher.h"
#include "main/LanguageMenu.h"
#include "objections/FileObjectionDialog.h"
#include "objections/ObjectionsPage.h"
#include "records/NewRecordDialog.h"
#include "records/RecordsPage.h"
#include "repairs/ApplyRepairDialog.h"
#include "repairs/RepairsPage.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "subjects/NewSubjectDialog.h"
#include "subjects/SubjectDetailDialog.h"
#include "subjects/SubjectsPage.h"
#include "supervision/SupervisionPage.h"
#include "widgets/DraftStore.h"
#include "widgets/FormDialog.h"
#include "widgets/Permission.h"
#include "widgets/PlaceholderPage.h"
#include "widgets/ScrollPage.h"
#include "work/WorkPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace cd {

namespace {

// Pages offer focusSearch() and reload() when they have a search or data; placeholders have neither.
void invokeIfPresent(QObject* page, const char* signature)
{
    if (!page)
        return;
    const int index = page->metaObject()->indexOfMethod(signature);
    if (index >= 0)
        page->metaObject()->method(index).invoke(page);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_idle(new IdleWatcher(this))
    , m_drafts(new DraftStore(this))
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

    buildPages();
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockRequested);
    // A change made in a dialog shows in the lists behind it.
    connect(this, &MainWindow::dataChanged, this, [this] {
        for (int i = 0; i < m_pages->count(); ++i)
            invokeIfPresent(m_pages->widget(i), "reload()");
    });

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

void MainWindow::buildPages()
{
    auto* work = new WorkPage(*m_session, this);
    connect(work, &WorkPage::openCase, this, &MainWindow::openCase);
    addPage(QStringLiteral("workPage"), tr("My work"), work);

    auto* subjects = new SubjectsPage(*m_session, this);
    connect(subjects, &SubjectsPage::openSubject, this, &MainWindow::openSubject);
    connect(subjects, &SubjectsPage::newSubject, this, &MainWindow::newSubject);
    addPage(QStringLiteral("subjectsPage"), tr("Subjects"), subjects);

    auto* records = new RecordsPage(*m_session, this);
    connect(records, &RecordsPage::openSubject, this, &MainWindow::openSubject);
    connect(records, &RecordsPage::newRecord, this, [this] { newRecord(); });
    addPage(QStringLiteral("recordsPage"), tr("Credit records"), records);

    auto* cases = new CasesPage(*m_session, this);
    connect(cases, &CasesPage::openCase, this, &MainWindow::openCase);
    connect(cases, &CasesPage::draftCase, this, [this] { draftCase(); });
    addPage(QStringLiteral("casesPage"), tr("Cases"), cases);

    auto* check = new CheckPage(*m_session, this);
    connect(check, &CheckPage::openCase, this, &MainWindow::openCase);
    addPage(QStringLiteral("checkPage"), tr("Credit check"), check);

    const QString coming = tr("This area arrives with its service in the core; until then the command line "
                              "and the other pages cover what exists.");
    addPage(
        QLatin1String(ObjectionsPage), tr("Objections"), new PlaceholderPage(tr("Objections"), coming, this));
    addPage(QLatin1String(RepairPage), tr("Credit repair"),
        new PlaceholderPage(tr("Credit repair"), coming, this));
    addPage(QLatin1String(ListsPage), tr("Red and black lists"),
        new PlaceholderPage(tr("Red and black lists"), coming, this));
    addPage(QLatin1String(SupervisionPage), tr("Supervision"),
        new PlaceholderPage(tr("Supervision"), coming, this));
    replacePage(QLatin1String(SupervisionPage), tr("Supervision"),
        new ScrollPage(new cd::SupervisionPage(*m_session), this));
    auto* objections = new cd::ObjectionsPage(*m_session, this);
    connect(objections, &cd::ObjectionsPage::changed, this, &MainWindow::dataChanged);
    connect(objections, &cd::ObjectionsPage::openSubject, this, &MainWindow::openSubject);
    replacePage(QLatin1String(ObjectionsPage), tr("Objections"), objections);
    auto* repairs = new cd::RepairsPage(*m_session, this);
    connect(repairs, &cd::RepairsPage::changed, this, &MainWindow::dataChanged);
    connect(repairs, &cd::RepairsPage::openSubject, this, &MainWindow::openSubject);
    replacePage(QLatin1String(RepairPage), tr("Credit repair"), repairs);
    auto* lists = new cd::ListsPage(*m_session, this);
    connect(lists, &cd::ListsPage::changed, this, &MainWindow::dataChanged);
    connect(lists, &cd::ListsPage::openSubject, this, &MainWindow::openSubject);
    replacePage(QLatin1String(ListsPage), tr("Red and black lists"), lists);

    if (AccessPolicy::allows(m_session->user().role, Operation::ManageUsers)
        || AccessPolicy::allows(m_session->user().role, Operation::ReadAudit)) {
        auto* admin = new AdminPage(*m_session, this);
        connect(admin, &AdminPage::changed, this, &MainWindow::dataChanged);
        addPage(QStringLiteral("adminPage"), tr("Administration"), admin);
    }
}

void MainWindow::addPage(const QString& objectName, const QString& title, QWidget* page)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, objectName);
}

int MainWindow::pageIndex(const QString& objectName) const
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == objectName)
            return i;
    }
    return -1;
}

void MainWindow::replacePage(const QString& objectName, const QString& title, QWidget* page)
{
    const int index = pageIndex(objectName);
    if (index < 0) {
        addPage(objectName, title, page);
        return;
    }
    QWidget* old = m_pages->widget(index);
    page->setObjectName(objectName);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_navigation->item(index)->setText(title);
    if (m_navigation->currentRow() == index)
        m_pages->setCurrentIndex(index);
}

void MainWindow::showPage(const QString& objectName)
{
    const int index = pageIndex(objectName);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addAction(tr("Auto-lock &time…"), this, &MainWindow::chooseAutoLock);
    buildExchangeMenu(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* refresh = edit->addAction(tr("&Refresh"), this, &MainWindow::reloadCurrentPage);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* language = new LanguageMenu(this);
    view->addMenu(language);
    connect(language, &LanguageMenu::changed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        QMessageBox::information(this, tr("Language"), message);
    });

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* page = go->addAction(m_navigation->item(i)->text());
        const QString name = m_navigation->item(i)->data(Qt::UserRole).toString();
        if (i < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, name] { showPage(name); });
    }

    QMenu* work = menuBar()->addMenu(tr("&Work"));
    QAction* newSubjectAction = work->addAction(tr("New &subject…"), this, &MainWindow::newSubject);
    newSubjectAction->setObjectName(QStringLiteral("newSubjectAction"));
    Permission::apply(newSubjectAction, *m_session, Operation::AddSubject);
    QAction* newRecordAction = work->addAction(tr("New credit &record…"), this, [this] { newRecord(); });
    newRecordAction->setObjectName(QStringLiteral("newRecordAction"));
    Permission::apply(newRecordAction, *m_session, Operation::AddRecord);
    QAction* draftCaseAction = work->addAction(tr("&Draft case…"), this, [this] { draftCase(); });
    draftCaseAction->setObjectName(QStringLiteral("draftCaseAction"));
    Permission::apply(draftCaseAction, *m_session, Operation::DraftCase);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CreditDesk"), this, &MainWindow::about)
        ->setObjectName(QStringLiteral("aboutAction"));

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(find);
    tools->addAction(refresh);
    tools->addSeparator();
    tools->addAction(newSubjectAction);
    tools->addAction(newRecordAction);
    tools->addAction(draftCaseAction);
}

void MainWindow::buildExchangeMenu(QMenu* file)
{
    // Long work: each runs off the GUI thread behind a progress dialog with Cancel (LongTask). An
    // entry the role may not use stays visible, disabled, its tooltip saying why.
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import records or subjects…"), this, [this] {
        auto* dialog = new ImportDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportDialog::imported, this, &MainWindow::dataChanged);
        dialog->show();
    });
    importAction->setObjectName(QStringLiteral("importAction"));
    Permission::apply(importAction, *m_session, Operation::AddRecord);
    QAction* feedback = file->addAction(tr("Import &feedback…"), this, &MainWindow::importFeedback);
    feedback->setObjectName(QStringLiteral("importFeedbackAction"));
    Permission::apply(feedback, *m_session, Operation::RecordFeedback);
    QAction* package = file->addAction(tr("Send measure &package…"), this, &MainWindow::sendPackage);
    package->setObjectName(QStringLiteral("sendPackageAction"));
    Permission::apply(package, *m_session, Operation::PushCase);
    QAction* publicExport = file->addAction(tr("&Export for the credit website…"), this,
        [this] { ExchangeActions::exportPublicAs(this, *m_session); });
    publicExport->setObjectName(QStringLiteral("publicExportAction"));
    Permission::apply(publicExport, *m_session, Operation::ReadRecords);

    file->addSeparator();
    QAction* backup = file->addAction(
        tr("&Back up database…"), this, [this] { DatabaseTab::backUpAs(this, *m_session); });
    backup->setObjectName(QStringLiteral("backupAction"));
    Permission::apply(backup, *m_session, Operation::Backup);
    QAction* rekey = file->addAction(tr("Change database &key…"), this, [this] {
        if (DatabaseTab::confirmKeyChange(this))
            emit changeKeyRequested();
    });
    rekey->setObjectName(QStringLiteral("rekeyAction"));
    Permission::apply(rekey, *m_session, Operation::Rekey);
    if (auto* tab = findChild<DatabaseTab*>())
        connect(tab, &DatabaseTab::changeKeyRequested, this, &MainWindow::changeKeyRequested);
}

void MainWindow::importFeedback()
{
    if (!Permission::whyNot(*m_session, Operation::RecordFeedback).isEmpty())
        return;
    auto* dialog = new FeedbackImportDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FeedbackImportDialog::imported, this, &MainWindow::dataChanged);
    dialog->show();
}

void MainWindow::sendPackage()
{
    if (!Permission::whyNot(*m_session, Operation::PushCase).isEmpty())
        return;
    auto* dialog = new PackageDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PackageDialog::sent, this, &MainWindow::dataChanged);
    dialog->show();
}

void MainWindow::focusSearch()
{
    invokeIfPresent(currentPage(), "focusSearch()");
}

void MainWindow::reloadCurrentPage()
{
    invokeIfPresent(currentPage(), "reload()");
}

void MainWindow::openSubject(qint64 id)
{
    if (id <= 0)
        return;
    auto* dialog = new SubjectDetailDialog(*m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubjectDetailDialog::openCase, this, &MainWindow::openCase);
    connect(dialog, &SubjectDetailDialog::newRecord, this, &MainWindow::newRecord);
    connect(dialog, &SubjectDetailDialog::draftCase, this, &MainWindow::draftCase);
    // The pages file and open objections and repairs, so their lists reload and dataChanged fires.
    if (auto* objections = findChild<cd::ObjectionsPage*>()) {
        connect(dialog, &SubjectDetailDialog::fileObjection, objections, &cd::ObjectionsPage::fileObjection);
        connect(dialog, &SubjectDetailDialog::openObjection, objections, &cd::ObjectionsPage::openObjection);
    }
    if (auto* repairs = findChild<cd::RepairsPage*>()) {
        connect(dialog, &SubjectDetailDialog::applyForRepair, repairs, &cd::RepairsPage::applyForRepair);
        connect(dialog, &SubjectDetailDialog::openRepair, repairs, &cd::RepairsPage::openApplication);
    }
    connect(this, &MainWindow::dataChanged, dialog, &SubjectDetailDialog::reload);
    dialog->show();
}

void MainWindow::openCase(qint64 id)
{
    if (id <= 0)
        return;
    auto* dialog = new CaseDetailDialog(*m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseDetailDialog::openSubject, this, &MainWindow::openSubject);
    connect(dialog, &CaseDetailDialog::caseChanged, this, &MainWindow::dataChanged);
    dialog->show();
}

void MainWindow::openForm(FormDialog* form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_forms.append(form);
    connect(form, &FormDialog::saved, this, &MainWindow::dataChanged);
    form->show();
}

void MainWindow::newSubject()
{
    if (!Permission::whyNot(*m_session, Operation::AddSubject).isEmpty())
        return;
    auto* form = new NewSubjectDialog(*m_session, this);
    connect(form, &FormDialog::saved, this, &MainWindow::openSubject);
    openForm(form);
}

void MainWindow::newRecord(qint64 subjectId)
{
    if (!Permission::whyNot(*m_session, Operation::AddRecord).isEmpty())
        return;
    auto* form = new NewRecordDialog(*m_session, subjectId, this);
    connect(form, &FormDialog::saved, this,
        [this](qint64 id) { statusBar()->showMessage(tr("Credit record %1 saved.").arg(id), 5000); });
    openForm(form);
}

void MainWindow::draftCase(qint64 subjectId)
{
    if (!Permission::whyNot(*m_session, Operation::DraftCase).isEmpty())
        return;
    auto* form = new DraftCaseDialog(*m_session, subjectId, this);
    connect(form, &FormDialog::saved, this, &MainWindow::openCase);
    openForm(form);
}

QList<FormDialog*> MainWindow::openForms() const
{
    // Every form of the window, wherever it was opened from (a page, a subject's or a case's view).
    QList<FormDialog*> forms;
    for (FormDialog* f : findChildren<FormDialog*>()) {
        if (f->isVisible())
            forms << f;
    }
    return forms;
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
}

void MainWindow::chooseAutoLock()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Auto-lock"),
        tr("Lock the desk after this many minutes without keyboard or mouse (0: never):"),
        IdleWatcher::configuredMinutes(), 0, 480, 1, &ok);
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("security/autoLockMinutes"), minutes);
    setAutoLockInterval(minutes * 60 * 1000);
}

int MainWindow::configuredAutoLockMs()
{
    return IdleWatcher::configuredMinutes() * 60 * 1000;
}

WindowState MainWindow::takeWindowState()
{
    WindowState state;
    state.userName = m_session->user().name;
    if (QWidget* page = currentPage())
        state.page = page->objectName();
    for (FormDialog* form : openForms()) {
        state.forms.append({form->formKey(), form->typedState()});
        form->discard();
    }
    // Decision dialogs the lock closed left their text in the store.
    for (auto it = m_drafts->all().cbegin(); it != m_drafts->all().cend(); ++it)
        state.forms.append({QStringLiteral("draft:") + it.key(), it.value()});
    return state;
}

void MainWindow::restoreWindowState(const WindowState& state)
{
    if (!state.page.isEmpty())
        showPage(state.page);
    for (const WindowState::Form& kept : state.forms) {
        if (kept.key.startsWith(QLatin1String("draft:"))) {
            m_drafts->keep(kept.key.mid(6), kept.typed);
            continue;
        }
        const int before = int(m_forms.size());
        if (kept.key == QLatin1String("newSubject"))
            newSubject();
        else if (kept.key == QLatin1String("newRecord"))
            newRecord();
        else if (kept.key == QLatin1String("draftCase"))
            draftCase();
        FormDialog* form = m_forms.size() > before ? m_forms.last().data() : nullptr;
        // The protection forms are opened by their pages.
        if (kept.key == QLatin1String("fileObjection")) {
            if (auto* page = findChild<cd::ObjectionsPage*>())
                form = page->fileObjection();
        } else if (kept.key == QLatin1String("applyRepair")) {
            if (auto* page = findChild<cd::RepairsPage*>())
                form = page->applyForRepair();
        } else if (kept.key == QLatin1String("proposeListEntry")) {
            if (auto* page = findChild<cd::ListsPage*>())
                form = page->propose();
        }
        if (form)
            form->restoreTypedState(kept.typed);
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CreditDesk"),
        tr("<p><b>CreditDesk</b> %1</p><p>Case management for joint incentives for trustworthiness "
           "and joint sanctions for dishonesty.</p><p>Database engine: SQLCipher %2</p>")
            .arg(QStringLiteral(CREDITDESK_VERSION), m_session->db().cipherVersion()));
}

} // namespace cd
