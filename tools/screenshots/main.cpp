// Takes the screenshots in docs/screenshots/: every main screen of the desktop client, in Chinese,
// on a demo database. A tool for people writing the README, not a test:
//
//   creditdesk-screenshots DB USER OUTDIR      (password from CREDITDESK_PASSWORD)
//
// Run it under Xvfb (or any display) so fonts render as on a desk.
#include "exchange/ExchangeActions.h"
#include "i18n/Language.h"
#include "main/MainWindow.h"
#include "services/CaseService.h"
#include "services/Session.h"
#include "services/SubjectService.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace cd;

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget* w, const QString& path)
{
    settle(400);
    return w->grab().save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: creditdesk-screenshots DB USER OUTDIR (password from CREDITDESK_PASSWORD)\n";
        return 2;
    }
    Language::install(app, QStringLiteral("zh_CN"));
    const QString outDir = args.at(3);
    QDir().mkpath(outDir);
    auto session = Session::signIn(args.at(1), args.at(2), qgetenv("CREDITDESK_PASSWORD"));
    Session* s = session.get();
    MainWindow window(std::move(session));
    window.resize(1440, 880);
    window.show();
    settle(800);

    const QList<std::pair<QString, QString>> pages {{QStringLiteral("workPage"), QStringLiteral("01-work")},
        {QStringLiteral("subjectsPage"), QStringLiteral("02-subjects")},
        {QStringLiteral("recordsPage"), QStringLiteral("03-records")},
        {QStringLiteral("casesPage"), QStringLiteral("04-cases")},
        {QStringLiteral("checkPage"), QStringLiteral("05-check")},
        {QLatin1String(MainWindow::ObjectionsPage), QStringLiteral("06-objections")},
        {QLatin1String(MainWindow::RepairPage), QStringLiteral("07-repair")},
        {QLatin1String(MainWindow::ListsPage), QStringLiteral("08-lists")},
        {QLatin1String(MainWindow::SupervisionPage), QStringLiteral("09-supervision")},
        {QStringLiteral("adminPage"), QStringLiteral("10-admin")}};
    int failures = 0;
    for (const auto& [page, file] : pages) {
        window.showPage(page);
        if (!save(&window, QStringLiteral("%1/%2.png").arg(outDir, file)))
            ++failures;
    }
    // The administration page's most telling tabs: the calendar in colour, the catalogue's master-detail.
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("adminTabs"))) {
        window.showPage(QStringLiteral("adminPage"));
        for (const auto& [tab, file] : QList<std::pair<int, QString>> {
                 {3, QStringLiteral("10-admin")}, {2, QStringLiteral("13-admin-catalogue")}}) {
            tabs->setCurrentIndex(tab);
            // October: National Day's week off and the weekend days worked for it, in colour.
            if (auto* month = window.findChild<QCalendarWidget*>(QStringLiteral("calendarMonth")))
                month->setCurrentPage(QDate::currentDate().year(), 10);
            failures += !save(&window, QStringLiteral("%1/%2.png").arg(outDir, file));
        }
    }
    // A subject and a case as a clerk opens them: the demo's first pushed sanction case.
    const Case c = CaseService(*s).get(1);
    window.openCase(c.id);
    settle(500);
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != &window && w->isVisible() && w->inherits("QDialog")) {
            w->resize(1100, 760);
            failures += !save(w, QStringLiteral("%1/11-case.png").arg(outDir));
            w->close();
        }
    }
    window.openSubject(c.subjectId);
    settle(500);
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != &window && w->isVisible() && w->inherits("QDialog")) {
            w->resize(1100, 760);
            failures += !save(w, QStringLiteral("%1/12-subject.png").arg(outDir));
            w->close();
        }
    }
    // The administrator's database tab (the admin page's last tab).
    window.showPage(QStringLiteral("adminPage"));
    if (QWidget* admin = window.findChild<QWidget*>(QStringLiteral("adminPage"))) {
        if (auto* tabs = admin->findChild<QTabWidget*>()) {
            tabs->setCurrentIndex(tabs->count() - 1);
            failures += !save(&window, QStringLiteral("%1/14-database.png").arg(outDir));
        }
    }
    // Long work's progress dialog, caught while a public export waits at its last safe point.
    {
        QTemporaryDir scratch;
        std::atomic<bool> shot {false};
        QTimer grabber;
        grabber.setInterval(100);
        QObject::connect(&grabber, &QTimer::timeout, [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* p = qobject_cast<QProgressDialog*>(w); p && p->isVisible() && !shot) {
                    shot = true;
                    failures += !p->grab().save(QStringLiteral("%1/15-long-work.png").arg(outDir));
                }
            }
        });
        grabber.start();
        LongTask::setProgressHookForTests([&](const LongTask::Context&) {
            while (!shot)
                QThread::msleep(20);
        });
        ExchangeActions::exportPublic(&window, *s, scratch.filePath(QStringLiteral("信用网站公示.xlsx")));
        LongTask::setProgressHookForTests({});
    }
    err << "screenshots written to " << outDir << (failures ? " with failures" : "") << "\n";
    return failures ? 1 : 0;
}
