// The version lives in one place, project(... VERSION ...) in the top-level CMakeLists.txt: the
// command line, the desktop client's --version and its About dialog all show that number.
#include "main/MainWindow.h"
#include "services/Session.h"
#include "util/TestUtil.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliVersion();
    void guiVersion();
    void aboutDialog();

private:
    QString m_projectVersion;
    QTemporaryDir m_dir;
};

void TestVersion::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_projectVersion = test::projectVersion();
    QVERIFY2(!m_projectVersion.isEmpty(), "no project(CreditDesk VERSION ...) in CMakeLists.txt");
}

void TestVersion::cliVersion()
{
    const auto r = test::runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("creditdesk-cli ") + m_projectVersion);
    QVERIFY(test::runCli({QStringLiteral("--help")})
                .out.startsWith(QStringLiteral("creditdesk-cli ") + m_projectVersion));
}

void TestVersion::guiVersion()
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(CREDITDESK_GUI_PATH), {QStringLiteral("--version")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()).trimmed(),
        QStringLiteral("CreditDesk ") + m_projectVersion);
}

void TestVersion::aboutDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("about.db"));
    Session::initialize(path, QStringLiteral("admin"), "about-password");
    MainWindow window(Session::signIn(path, QStringLiteral("admin"), "about-password"));
    window.show();
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString text;
    QString title;
    // The About box is modal: read it and close it from inside its own event loop.
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                title = box->windowTitle();
                text = box->text();
                box->accept();
            }
        }
    });
    about->trigger();
    QCOMPARE(title, QStringLiteral("About CreditDesk"));
    QVERIFY2(text.contains(QStringLiteral("<b>CreditDesk</b> ") + m_projectVersion + QStringLiteral("</p>")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SQLCipher 4.")), qPrintable(text));
}

QTEST_MAIN(TestVersion)
#include "TestVersion.moc"
