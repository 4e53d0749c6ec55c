#include "SelfTest.h"

#include "CoreError.h"
#include "main/MainWindow.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

namespace cd {

namespace {

struct SelfTest
{
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
};

} // namespace

int runSelfTest(QTextStream& out, QTextStream& err)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << SelfTest::tr("Self-test failed: no temporary folder (%1).").arg(dir.errorString()) << Qt::endl;
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("self-test.db"));
    const QByteArray password = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString user = QStringLiteral("selftest");
    try {
        Session::initialize(path, user, password);
        auto session = Session::signIn(path, user, password);
        const QString cipher = session->db().cipherVersion();
        MainWindow window(std::move(session));
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        auto* navigation = window.findChild<QListWidget*>();
        const int pages = navigation ? navigation->count() : 0;
        for (int row = 0; row < pages; ++row) {
            navigation->setCurrentRow(row);
            QApplication::processEvents();
        }
        if (!window.isVisible() || pages == 0) {
            err << SelfTest::tr("Self-test failed: the main window did not show its pages.") << Qt::endl;
            return 1;
        }
        out << SelfTest::tr(
            "CreditDesk %1 self-test passed: a new database opened with SQLCipher %2, the main "
            "window showed its %3 pages.")
                   .arg(QCoreApplication::applicationVersion(), cipher)
                   .arg(pages)
            << Qt::endl;
        window.close();
    } catch (const CoreError& e) {
        err << SelfTest::tr("Self-test failed: %1").arg(e.message()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace cd
