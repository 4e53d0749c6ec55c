// The .deb as a desk machine gets it: packaging/linux/clean-root.sh makes a clean Debian 12 root
// (debootstrap minbase, bookworm-backports enabled, cached under /var/cache/creditdesk-test), the
// test installs the package there with `apt-get install ./creditdesk_….deb`, so its Depends are
// resolved from the archive for real, and runs the installed programs inside the root.
#include "util/TestUtil.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace cd;

class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fileNameHasVersionAndArchitecture();
    void controlFields();
    void installedFiles();
    void sqlcipherFromBackports();
    void cliVersion();
    void initAndVerify();
    void chineseMessages();
    void guiOffscreen();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args, int timeoutMs = 120000);
    Run inRoot(const QStringList& command, int timeoutMs = 120000) const;
    QString field(const QString& name) const;

    QString m_version;
    QString m_root; // the run folder of clean-root.sh; the root itself is m_root + "/root"
};

namespace {

const QString Deb = QStringLiteral(CREDITDESK_DEB_PATH);
const QString CleanRoot = QStringLiteral(CREDITDESK_CLEAN_ROOT);
const QString Password = QStringLiteral("installed-package-1");

} // namespace

TestDebPackage::Run TestDebPackage::run(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out: ") + program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

TestDebPackage::Run TestDebPackage::inRoot(const QStringList& command, int timeoutMs) const
{
    return run(CleanRoot, QStringList {QStringLiteral("exec"), m_root} + command, timeoutMs);
}

QString TestDebPackage::field(const QString& name) const
{
    return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), Deb, name}).out.trimmed();
}

void TestDebPackage::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root: debootstrap, chroot and mount make the clean Debian root (run scripts/test.sh "
              "through sudo)");
    m_version = test::projectVersion();
    QVERIFY(!m_version.isEmpty());
    QVERIFY2(QFileInfo::exists(Deb),
        qPrintable(QStringLiteral("%1 is missing: cmake --build build --target package_deb").arg(Deb)));

    QElapsedTimer timer;
    timer.start();
    const Run created = run(CleanRoot, {QStringLiteral("create")}, 1500000);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    m_root = created.out.trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY2(
        QFileInfo(m_root + QStringLiteral("/root/usr/bin/apt-get")).isExecutable(), qPrintable(created.err));
    const qint64 createMs = timer.restart();
    const Run installed = run(CleanRoot, {QStringLiteral("install"), m_root, Deb}, 1200000);
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.err));
    // Figures, not limits: how long a clean root and the installation took this time.
    qInfo("clean root ready in %.1f s (%s), package installed with its dependencies in %.1f s",
        double(createMs) / 1000.0,
        created.err.contains(QStringLiteral("reusing")) ? "cached root copied" : "made by debootstrap",
        double(timer.elapsed()) / 1000.0);
}

void TestDebPackage::cleanupTestCase()
{
    if (!m_root.isEmpty()) {
        const Run destroyed = run(CleanRoot, {QStringLiteral("destroy"), m_root});
        QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
        QVERIFY(!QFileInfo::exists(m_root));
    }
}

void TestDebPackage::fileNameHasVersionAndArchitecture()
{
    const QString arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
    QCOMPARE(QFileInfo(Deb).fileName(), QStringLiteral("creditdesk_%1_%2.deb").arg(m_version, arch));
}

void TestDebPackage::controlFields()
{
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("creditdesk"));
    QCOMPARE(field(QStringLiteral("Version")), m_version);
    QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("misc"));
    QCOMPARE(field(QStringLiteral("Priority")), QStringLiteral("optional"));
    QVERIFY(field(QStringLiteral("Maintainer")).contains(QLatin1Char('<')));
    QVERIFY(field(QStringLiteral("Description")).startsWith(QStringLiteral("Case management")));
    const QString depends = field(QStringLiteral("Depends"));
    // Named by hand: the backports SQLCipher, the fonts and the plugins loaded at run time; found by
    // dpkg-shlibdeps: the libraries.
    for (const char* dependency :
        {"libsqlcipher1 (>= 4.6)", "fonts-noto-cjk", "qt6-qpa-plugins", "libqt6sql6-psql", "libqt6widgets6",
            "libqt6charts6", "libqt6sql6", "libssl3", "libzip4", "libxlsxwriter", "libfreexl1", "libc6"})
        QVERIFY2(depends.contains(QLatin1String(dependency)),
            qPrintable(dependency + QStringLiteral(" not in ") + depends));
}

void TestDebPackage::installedFiles()
{
    const QString root = m_root + QStringLiteral("/root");
    for (const char* file :
        {"/usr/bin/creditdesk", "/usr/bin/creditdesk-cli", "/usr/share/applications/creditdesk.desktop",
            "/usr/share/icons/hicolor/scalable/apps/creditdesk.svg",
            "/usr/share/icons/hicolor/48x48/apps/creditdesk.png",
            "/usr/share/icons/hicolor/256x256/apps/creditdesk.png", "/usr/share/man/man1/creditdesk-cli.1.gz",
            "/usr/share/man/man1/creditdesk.1.gz", "/usr/share/doc/creditdesk/copyright"})
        QVERIFY2(QFileInfo::exists(root + QLatin1String(file)), file);
    // Stripped, as Debian ships programs.
    const Run kind = run(QStringLiteral("file"), {root + QStringLiteral("/usr/bin/creditdesk-cli")});
    QVERIFY2(kind.out.contains(QStringLiteral(", stripped")), qPrintable(kind.out));
    const Run man
        = inRoot({QStringLiteral("zcat"), QStringLiteral("/usr/share/man/man1/creditdesk-cli.1.gz")});
    QCOMPARE(man.exitCode, 0);
    QVERIFY(man.out.contains(QStringLiteral("\"CreditDesk %1\"").arg(m_version)));
    const Run desktop = inRoot({QStringLiteral("grep"), QStringLiteral("-x"),
        QStringLiteral("Icon=creditdesk"), QStringLiteral("/usr/share/applications/creditdesk.desktop")});
    QCOMPARE(desktop.exitCode, 0);
}

void TestDebPackage::sqlcipherFromBackports()
{
    const Run version = inRoot({QStringLiteral("dpkg-query"), QStringLiteral("-W"),
        QStringLiteral("-f=${Version}"), QStringLiteral("libsqlcipher1")});
    QCOMPARE(version.exitCode, 0);
    const Run atLeast = inRoot({QStringLiteral("dpkg"), QStringLiteral("--compare-versions"), version.out,
        QStringLiteral("ge"), QStringLiteral("4.6")});
    QVERIFY2(atLeast.exitCode == 0, qPrintable(version.out));
    QCOMPARE(inRoot({QStringLiteral("dpkg-query"), QStringLiteral("-W"), QStringLiteral("-f=${Status}"),
                        QStringLiteral("fonts-noto-cjk")})
                 .out,
        QStringLiteral("install ok installed"));
}

void TestDebPackage::cliVersion()
{
    const Run r = inRoot({QStringLiteral("creditdesk-cli"), QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("creditdesk-cli ") + m_version);
}

void TestDebPackage::initAndVerify()
{
    // The production key derivation: no CREDITDESK_FAST_KDF in the root.
    const QStringList env {QStringLiteral("env"), QStringLiteral("CREDITDESK_PASSWORD=") + Password};
    Run r = inRoot(env
        + QStringList {QStringLiteral("creditdesk-cli"), QStringLiteral("init"),
            QStringLiteral("/root/office.db"), QStringLiteral("--user"), QStringLiteral("admin")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/root/root/office.db.keys")));
    r = inRoot(env
        + QStringList {QStringLiteral("creditdesk-cli"), QStringLiteral("verify"),
            QStringLiteral("/root/office.db"), QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(report.value(QStringLiteral("cipherVersion")).toString().startsWith(QStringLiteral("4.6")));
    // A wrong password is still a sign-in failure from the installed program.
    r = inRoot({QStringLiteral("env"), QStringLiteral("CREDITDESK_PASSWORD=wrong-password"),
        QStringLiteral("creditdesk-cli"), QStringLiteral("verify"), QStringLiteral("/root/office.db"),
        QStringLiteral("--user"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 3);
}

void TestDebPackage::chineseMessages()
{
    // The translations are compiled into the programs; nothing under /usr/share is needed for them.
    const Run r = inRoot({QStringLiteral("env"), QStringLiteral("CREDITDESK_LANGUAGE=zh_CN"),
        QStringLiteral("creditdesk-cli"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("用法：creditdesk-cli")), qPrintable(r.out.left(400)));
}

void TestDebPackage::guiOffscreen()
{
    const QStringList offscreen {QStringLiteral("env"), QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    Run r = inRoot(offscreen + QStringList {QStringLiteral("creditdesk"), QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("CreditDesk ") + m_version);
    r = inRoot(offscreen + QStringList {QStringLiteral("creditdesk"), QStringLiteral("--self-test")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("self-test passed")), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "TestDebPackage.moc"
