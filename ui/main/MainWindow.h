#pragma once

#include "main/WindowState.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace cd {

class DraftStore;
class FormDialog;
class IdleWatcher;
class Session;

// The clerk's window: navigation on the left, one page per area of work on the right, the signed-in
// user and database in the status bar. Pages come from their own folders (ui/work, ui/subjects, …).
// A page with a focusSearch() slot gets Ctrl+F; one with reload() gets F5.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    void addPage(const QString& objectName, const QString& title, QWidget* page);
    // Puts `page` where the page of that name is (a placeholder, say), keeping its place in the
    // navigation; adds it if there is none.
    void replacePage(const QString& objectName, const QString& title, QWidget* page);
    void showPage(const QString& objectName);
    QWidget* currentPage() const;
    QList<FormDialog*> openForms() const;

    // Locks after this long without keyboard or mouse; 0: never.
    void setAutoLockInterval(int milliseconds);
    static int configuredAutoLockMs();
    // The page and the open forms with what was typed in them; the forms are closed.
    WindowState takeWindowState();
    void restoreWindowState(const WindowState& state);

    // The areas other engineers are building; each starts as a placeholder page of this name.
    static constexpr const char* ObjectionsPage = "objectionsPage"; // 异议
    static constexpr const char* RepairPage = "repairPage"; // 信用修复
    static constexpr const char* ListsPage = "listsPage"; // 红黑名单
    static constexpr const char* SupervisionPage = "supervisionPage"; // 督查

public slots:
    void openSubject(qint64 id);
    void openCase(qint64 id);
    void newSubject();
    void newRecord(qint64 subjectId = 0);
    void draftCase(qint64 subjectId = 0);
    void focusSearch();
    void reloadCurrentPage();
    void importFeedback();
    void sendPackage();

signals:
    void signOutRequested();
    // Something was saved: lists and open views read again.
    void dataChanged();
    // Idle for the auto-lock interval, or Lock chosen: the controller ends the session.
    void lockRequested();
    // An administrator confirmed a change of the database key: the controller closes this window
    // (its connection must not stay open on the old key) and changes the key.
    void changeKeyRequested();

private:
    void buildPages();
    void buildMenus();
    void about();
    void chooseAutoLock();
    int pageIndex(const QString& objectName) const;
    void openForm(FormDialog* form);
    void buildExchangeMenu(QMenu* file);

    std::unique_ptr<Session> m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QList<QPointer<FormDialog>> m_forms;
    IdleWatcher* m_idle;
    DraftStore* m_drafts;
};

} // namespace cd
