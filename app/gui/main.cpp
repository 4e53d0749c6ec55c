#include "crypto/ProcessHardening.h"
#include "i18n/Language.h"
#include "main/DeskController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace cd;

int main(int argc, char** argv)
{
    disableCoreDumps();
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

    // Sign in, work, sign out or be locked, sign in again: each window lives as long as its session.
    DeskController desk(parser.value(database), parser.value(user));
    QObject::connect(&desk, &DeskController::finished, &app, &QApplication::quit);
    desk.start();
    return app.exec();
}
