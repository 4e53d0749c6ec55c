#include "CoreError.h"
#include "SelfTest.h"
#include "crypto/ProcessHardening.h"
#include "i18n/Language.h"
#include "main/BenchTour.h"
#include "main/DeskController.h"
#include "platform/PeakMemory.h"
#include "services/Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace cd;

namespace {

// `creditdesk-cli bench` runs this in a child process: the password comes on standard input, the
// figures go to standard output as one JSON object. The clerk's own settings are left alone.
int benchTour(const QString& path, const QString& user, bool plaintext, qint64 subjectId)
{
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QByteArray password = in.readLine().trimmed();
    try {
        Session::Options options;
        options.plaintextForBenchmark = plaintext;
        QJsonObject figures = BenchTour::run(Session::signIn(path, user, password, options), subjectId);
        figures.insert(QStringLiteral("peak_rss_mb"), double(peakResidentBytes()) / (1024.0 * 1024.0));
        std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        return 0;
    } catch (const CoreError& e) {
        std::fputs(e.message().toLocal8Bit().constData(), stderr);
        std::fputs("\n", stderr);
        return 1;
    }
}

} // namespace

int main(int argc, char** argv)
{
    disableCoreDumps();
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
    QCommandLineOption tour(QStringLiteral("bench-tour"), QString(), QStringLiteral("FILE"));
    QCommandLineOption plaintext(QStringLiteral("bench-plaintext"));
    QCommandLineOption subject(QStringLiteral("bench-subject"), QString(), QStringLiteral("ID"));
    for (QCommandLineOption* hidden : {&tour, &plaintext, &subject}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*hidden);
    }
    parser.addOption(selfTest);
    parser.process(app);
    if (parser.isSet(tour))
        return benchTour(parser.value(tour), parser.value(user), parser.isSet(plaintext),
            parser.value(subject).toLongLong());

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
