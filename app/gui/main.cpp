#include "i18n/Language.h"
#include "main/MainWindow.h"
#include "services/Session.h"
#include "signin/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace cd;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    Language::install(app, QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main", "Database file to open."), QStringLiteral("FILE"));
    QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("main", "User name to sign in as."), QStringLiteral("NAME"));
    parser.addOption(database);
    parser.addOption(user);
    parser.process(app);

    // Sign in, work, sign out, sign in again: the window lives as long as its session.
    QString path = parser.value(database);
    QString userName = parser.value(user);
    for (;;) {
        SignInDialog dialog(nullptr, path);
        if (!userName.isEmpty())
            dialog.setUserName(userName);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        path = dialog.databasePath();
        MainWindow window(dialog.takeSession());
        bool signedOut = false;
        QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
            signedOut = true;
            window.close();
        });
        window.show();
        app.exec();
        if (!signedOut)
            return 0;
    }
}
