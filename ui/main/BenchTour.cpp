#include "main/BenchTour.h"

#include "main/MainWindow.h"
#include "models/BrowseModel.h"
#include "services/Session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QListWidget>
#include <QScrollBar>
#include <QTabWidget>

namespace cd {

namespace {

constexpr int ScreensPerList = 5;

void settle()
{
    // Twice: a page shown posts the events that load its list, and loading posts layout events.
    QApplication::processEvents();
    QApplication::processEvents();
}

// Scrolls every list that is on screen down a few screens; the views ask their models for more
// as the end comes near, as they do under a clerk's wheel.
int scrollLists(QWidget* root)
{
    int rows = 0;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model())
            continue;
        for (int screen = 0; screen < ScreensPerList; ++screen) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            settle();
        }
        rows += view->model()->rowCount();
    }
    return rows;
}

int visitTabs(QWidget* root)
{
    int rows = 0;
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            rows += scrollLists(tabs->currentWidget());
        }
    }
    return rows;
}

qint64 firstIdOf(QWidget* page)
{
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (view->model() && view->model()->rowCount() > 0)
            return view->model()->index(0, 0).data(BrowseModel::IdRole).toLongLong();
    }
    return 0;
}

} // namespace

QJsonObject BenchTour::run(std::unique_ptr<Session> session, qint64 subjectId)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window(std::move(session));
    window.resize(1280, 800);
    window.show();
    settle();

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    int pages = 0;
    int rows = 0;
    qint64 caseId = 0;
    for (int i = 0; navigation && i < navigation->count(); ++i) {
        const QString name = navigation->item(i)->data(Qt::UserRole).toString();
        window.showPage(name);
        settle();
        ++pages;
        rows += scrollLists(window.currentPage());
        if (name == QLatin1String("subjectsPage") && subjectId <= 0)
            subjectId = firstIdOf(window.currentPage());
        if (name == QLatin1String("casesPage"))
            caseId = firstIdOf(window.currentPage());
    }

    window.openSubject(subjectId);
    settle();
    window.openCase(caseId);
    settle();
    int dialogs = 0;
    for (QDialog* dialog : window.findChildren<QDialog*>()) {
        if (!dialog->isVisible())
            continue;
        ++dialogs;
        rows += visitTabs(dialog);
    }
    return {{QStringLiteral("pages"), pages}, {QStringLiteral("dialogs"), dialogs},
        {QStringLiteral("rows_loaded"), rows},
        {QStringLiteral("elapsed_ms"), double(timer.nsecsElapsed()) / 1e6}};
}

} // namespace cd
