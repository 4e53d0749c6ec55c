// The Windows installer's script compiled on Linux: CPack fills in packaging/windows/NSIS.template.in
// with the staged files of this build and Debian's makensis compiles it, so a mistake in the
// template, a missing language string or a wrong CPack variable fails here, not on a Windows desk.
// (The programs inside are the Linux ones; the Windows build is packaging/windows/README.md.)
#include "util/TestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestNsisInstaller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installerIsBuilt();
    void perMachineUnderProgramFiles();
    void everyTextInEnglishAndChinese();
    void startMenuUninstallerAndIcon();

private:
    QTemporaryDir m_out;
    QString m_script;
    QString m_installer;
};

void TestNsisInstaller::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("makensis")).isEmpty())
        QSKIP("makensis is not installed (scripts/setup-debian.sh installs the nsis package)");
    QProcess cpack;
    cpack.setProcessChannelMode(QProcess::MergedChannels);
    cpack.start(QStringLiteral(CREDITDESK_CPACK),
        {QStringLiteral("-G"), QStringLiteral("NSIS"), QStringLiteral("--config"),
            QStringLiteral(CREDITDESK_CPACK_CONFIG), QStringLiteral("-B"), m_out.path()});
    QVERIFY(cpack.waitForFinished(600000));
    const QString log = QString::fromUtf8(cpack.readAll());
    QString nsisLog;
    QDir packages(m_out.filePath(QStringLiteral("_CPack_Packages")));
    for (const QFileInfo& system : packages.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        m_script = system.filePath() + QStringLiteral("/NSIS/project.nsi");
        nsisLog
            = QString::fromUtf8(test::readAll(system.filePath() + QStringLiteral("/NSIS/NSISOutput.log")));
    }
    QVERIFY2(cpack.exitCode() == 0, qPrintable(log + nsisLog.right(3000)));
    for (const QFileInfo& file : QDir(m_out.path()).entryInfoList({QStringLiteral("*.exe")}))
        m_installer = file.filePath();
}

void TestNsisInstaller::installerIsBuilt()
{
    QVERIFY(!m_installer.isEmpty());
    QVERIFY(QFileInfo(m_installer)
                .fileName()
                .startsWith(QStringLiteral("creditdesk-%1-").arg(test::projectVersion())));
    QVERIFY(test::readAll(m_installer).startsWith("MZ"));
    QVERIFY(QFileInfo(m_installer).size() > 1000000);
}

void TestNsisInstaller::perMachineUnderProgramFiles()
{
    const QString script = QString::fromUtf8(test::readAll(m_script));
    QVERIFY(script.contains(QStringLiteral("InstallDir \"$PROGRAMFILES64\\CreditDesk\"")));
    QVERIFY(script.contains(QStringLiteral("RequestExecutionLevel admin")));
    QVERIFY(script.contains(QStringLiteral("SetShellVarContext all")));
    QVERIFY(script.contains(QStringLiteral("!define VERSION \"%1\"").arg(test::projectVersion())));
}

void TestNsisInstaller::everyTextInEnglishAndChinese()
{
    const QString script = QString::fromUtf8(test::readAll(m_script));
    QVERIFY(script.contains(QStringLiteral("!insertmacro MUI_LANGUAGE \"English\"")));
    QVERIFY(script.contains(QStringLiteral("!insertmacro MUI_LANGUAGE \"SimpChinese\"")));
    static const QRegularExpression langString(
        QStringLiteral("^LangString (\\w+) (\\d+) \"(.*)\"$"), QRegularExpression::MultilineOption);
    QMap<QString, QSet<QString>> languages;
    for (auto it = langString.globalMatch(script); it.hasNext();) {
        const auto m = it.next();
        languages[m.captured(1)].insert(m.captured(2));
        if (m.captured(2) == QLatin1String("2052"))
            QVERIFY2(m.captured(3).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                qPrintable(m.captured(1)));
    }
    QVERIFY(languages.size() >= 10);
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        QCOMPARE(it.value(), (QSet<QString> {QStringLiteral("1033"), QStringLiteral("2052")}));
        QVERIFY2(script.count(QStringLiteral("$(%1)").arg(it.key())) > 0,
            qPrintable(it.key() + QStringLiteral(" unused")));
    }
}

void TestNsisInstaller::startMenuUninstallerAndIcon()
{
    const QString script = QString::fromUtf8(test::readAll(m_script));
    QVERIFY(
        script.contains(QStringLiteral("CreateShortCut \"$SMPROGRAMS\\$StartMenuFolder\\${PRODUCT}.lnk\"")));
    QVERIFY(script.contains(QStringLiteral("WriteUninstaller \"$INSTDIR\\Uninstall.exe\"")));
    // The uninstaller deletes what was installed, file by file: the programs among them.
    QVERIFY(script.contains(QStringLiteral("Delete \"$INSTDIR\\bin\\creditdesk")));
    QVERIFY(script.contains(QStringLiteral("DeleteRegKey HKLM \"${UNINSTALL_KEY}\"")));
    QVERIFY(script.contains(QStringLiteral("creditdesk.ico")));
}

QTEST_GUILESS_MAIN(TestNsisInstaller)
#include "TestNsisInstaller.moc"
