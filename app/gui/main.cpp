#include "SelfTest.h"
#include "i18n/Language.h"
#include "main/DeskController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

using namespace cd;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    // The desktop entry's name, so Wayland and the task bar match the window to its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("creditdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/creditdesk.svg")));
    Language::install(app, QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main", "Database file to open."), QStringLiteral("FILE"));
    QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("main", "User name to sign in as."), QStringLiteral("NAME"));
    // For the package test on a newly installed machine, not for the desk: hidden from --help.
    QCommandLineOption selfTest(QStringLiteral("self-test"));
    selfTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(database);
    parser.addOption(user);
    parser.addOption(selfTest);
    parser.process(app);

    if (parser.isSet(selfTest)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runSelfTest(out, err);
    }

    // Sign in, work, sign out or be locked, sign in again: each window lives as long as its session.
    DeskController desk(parser.value(database), parser.value(user));
    QObject::connect(&desk, &DeskController::finished, &app, &QApplication::quit);
    desk.start();
    return app.exec();
}
