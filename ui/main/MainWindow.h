#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace cd {

class Session;

// The clerk's window: navigation on the left, one page per area of work on the right, the signed-in
// user and database in the status bar. Pages come from their own folders (ui/admin, …).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    void addPage(const QString& objectName, const QString& title, QWidget* page);
    void showPage(const QString& objectName);

signals:
    void signOutRequested();

private:
    void buildMenus();
    void about();

    std::unique_ptr<Session> m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
};

} // namespace cd
