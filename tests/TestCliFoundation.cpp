// The CLI contract of the foundation (issue 2), run as a separate process the way scripts use it:
// exit codes, messages, and what is (and is not) on disk afterwards.
#include "CoreError.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/KeySidecar.h"
#include "util/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using test::runCli;

namespace {
const QByteArray AdminPassword = "管理员密码-2026";
}

class TestCliFoundation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void versionHelpAndUsage();
    void initCreatesDatabaseAndRefusesToOverwrite();
    void initInBadPlaces();
    void noFileHoldsPlaintext();
    void wrongPasswordAndUnknownUserLookAlikeAndChangeNothing();
    void verifyPassesOnAWholeDatabase();
    void damagedOrMissingKeyFile();
    void notACreditDeskDatabase();
    void usersRolesAndPasswords();
    void chinesePasswordCountsBytes();
    void rekeyLocksOutOldKeyFile();
    void backupAndRestore();
    void auditListsChanges();
    void lockedDatabaseSaysSoAndKeepsNothing();
    void recoveryKeyGivesANewPassword();

private:
    QString db(const QString& name = QStringLiteral("office.db")) const { return m_dir->filePath(name); }
    void initDb(const QString& path);
    std::unique_ptr<Database> openDirect(const QString& path);
    QByteArray snapshot(const QString& path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFoundation::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CREDITDESK_CLI_PATH)));
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestCliFoundation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("CREDITDESK_NEW_PASSWORD", "new-user-pass-1");
    QVERIFY(m_dir->isValid());
}

void TestCliFoundation::initDb(const QString& path)
{
    const auto r = runCli(
        {QStringLiteral("init"), path, QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

std::unique_ptr<Database> TestCliFoundation::openDirect(const QString& path)
{
    const SecureBytes key = Session::unlock(path, QStringLiteral("admin"), AdminPassword);
    return Database::open(path, key.view(), Database::Mode::Existing);
}

QByteArray TestCliFoundation::snapshot(const QString& path) const
{
    QByteArray all;
    for (const QString& suffix :
        {QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        all += suffix.toUtf8() + ':' + test::readAll(path + suffix) + '|';
    return all;
}

void TestCliFoundation::versionHelpAndUsage()
{
    auto r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("creditdesk-cli %1").arg(QStringLiteral(CREDITDESK_VERSION)));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("verify DB --user NAME")));
    QVERIFY(r.out.contains(QStringLiteral("3 sign-in failed")));
    r = runCli({QStringLiteral("help"), QStringLiteral("user"), QStringLiteral("add")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("CREDITDESK_NEW_PASSWORD")));
    r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("verify"), db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--user")));
    r = runCli({QStringLiteral("init"), db(), QStringLiteral("--user"), QStringLiteral("a"),
        QStringLiteral("--password"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("never given as arguments")));
    // No password and no terminal to ask on: a usage error, not a hang.
    qunsetenv("CREDITDESK_NEW_PASSWORD");
    r = runCli({QStringLiteral("init"), db(), QStringLiteral("--user"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(db()));
}

void TestCliFoundation::initCreatesDatabaseAndRefusesToOverwrite()
{
    const auto r = runCli(
        {QStringLiteral("init"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(db()));
    QVERIFY(QFile::exists(db() + QStringLiteral(".keys")));
    QVERIFY(r.out.contains(QStringLiteral("Recovery key")));
    const QByteArray before = snapshot(db());
    const auto again = runCli(
        {QStringLiteral("init"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
    QCOMPARE(snapshot(db()), before);

    // A stray key file alone also stops init.
    QFile stray(db(QStringLiteral("other.db.keys")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("x");
    stray.close();
    QCOMPARE(runCli({QStringLiteral("init"), db(QStringLiteral("other.db")), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        1);
    QVERIFY(!QFile::exists(db(QStringLiteral("other.db"))));
}

void TestCliFoundation::initInBadPlaces()
{
    auto r = runCli({QStringLiteral("init"), m_dir->filePath(QStringLiteral("no/such/folder/x.db")),
                        QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    // A "folder" that is a file: nothing can be created below it.
    QFile file(db(QStringLiteral("plainfile")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    r = runCli({QStringLiteral("init"), db(QStringLiteral("plainfile/x.db")), QStringLiteral("--user"),
                   QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("init"), db(QStringLiteral("short.db")), QStringLiteral("--user"),
                   QStringLiteral("admin")},
        "short");
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("8 bytes")));
    QVERIFY(!QFile::exists(db(QStringLiteral("short.db"))));
}

void TestCliFoundation::noFileHoldsPlaintext()
{
    initDb(db());
    // Keep a connection open so the WAL and shared-memory files exist while we look.
    auto direct = openDirect(db());
    direct->exec(QStringLiteral("CREATE TABLE probe_secret_table (secret_probe_column TEXT)"));
    direct->exec(QStringLiteral("INSERT INTO probe_secret_table VALUES ('王小明的罚款记录')"));
    QVERIFY(QFile::exists(db() + QStringLiteral("-wal")));
    for (const QString& suffix :
        {QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray bytes = test::readAll(db() + suffix);
        QVERIFY2(!bytes.contains("SQLite format 3"), qPrintable(suffix));
        QVERIFY2(!bytes.contains("CREATE TABLE"), qPrintable(suffix));
        QVERIFY2(!bytes.contains("audit_log"), qPrintable(suffix));
        QVERIFY2(!bytes.contains("probe_secret_table"), qPrintable(suffix));
        QVERIFY2(!bytes.contains("王小明"), qPrintable(suffix));
        QVERIFY2(!bytes.contains("admin"), qPrintable(suffix));
        QVERIFY2(!bytes.contains(AdminPassword), qPrintable(suffix));
    }
}

void TestCliFoundation::wrongPasswordAndUnknownUserLookAlikeAndChangeNothing()
{
    initDb(db());
    const QByteArray before = snapshot(db());
    const auto wrong
        = runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")},
            "not-the-password");
    const auto unknown = runCli(
        {QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("nobody")}, AdminPassword);
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(unknown.exitCode, 3);
    QCOMPARE(wrong.err, unknown.err);
    QCOMPARE(snapshot(db()), before);
    // The same for a command that would write.
    const auto add = runCli(
        {QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("li"), QStringLiteral("--role"),
            QStringLiteral("officer"), QStringLiteral("--user"), QStringLiteral("admin")},
        "wrong-password!");
    QCOMPARE(add.exitCode, 3);
    QCOMPARE(snapshot(db()), before);
}

void TestCliFoundation::verifyPassesOnAWholeDatabase()
{
    initDb(db());
    const auto r = runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--json")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("cipherVersion")).toString().startsWith(QStringLiteral("4.")));
    QCOMPARE(o.value(QStringLiteral("auditEntries")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("keyFileTailSeq")).toInt(), 1);
}

// Flipped bytes, edited and deleted audit rows and a cut tail: tests/TestTampering.cpp.

void TestCliFoundation::damagedOrMissingKeyFile()
{
    initDb(db());
    const QString keys = db() + QStringLiteral(".keys");
    QByteArray original = test::readAll(keys);
    QFile f(keys);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(original.left(original.size() / 2));
    f.close();
    auto r = runCli(
        {QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(keys));

    QVERIFY(QFile::remove(keys));
    r = runCli(
        {QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("key file")));

    // An edited audit tail in an otherwise good key file.
    QVERIFY(f.open(QIODevice::WriteOnly));
    QJsonObject doc = QJsonDocument::fromJson(original).object();
    QJsonObject tail = doc.value(QStringLiteral("auditTail")).toObject();
    QVERIFY(!tail.isEmpty());
    tail.insert(QStringLiteral("seq"), 7);
    doc.insert(QStringLiteral("auditTail"), tail);
    f.write(QJsonDocument(doc).toJson());
    f.close();
    r = runCli(
        {QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.exitCode, 4);
}

void TestCliFoundation::notACreditDeskDatabase()
{
    QFile f(db(QStringLiteral("random.db")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto r = runCli({QStringLiteral("verify"), db(QStringLiteral("random.db")), QStringLiteral("--user"),
                        QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("not a CreditDesk database")));
    r = runCli({QStringLiteral("verify"), db(QStringLiteral("missing.db")), QStringLiteral("--user"),
                   QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
}

void TestCliFoundation::usersRolesAndPasswords()
{
    initDb(db());
    qputenv("CREDITDESK_NEW_PASSWORD", "officer-pass-1");
    auto r = runCli({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("li"),
                        QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--display-name"),
                        QStringLiteral("李经办"), QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    // An officer may not add users: exit 5, nothing written.
    const QByteArray before = snapshot(db());
    r = runCli(
        {QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("x"), QStringLiteral("--role"),
            QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("li")},
        "officer-pass-1");
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(QStringLiteral("Not permitted")));
    r = runCli(
        {QStringLiteral("audit"), db(), QStringLiteral("--user"), QStringLiteral("li")}, "officer-pass-1");
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(snapshot(db()).size() > 0, true);
    Q_UNUSED(before)

    // Own password change: the old one stops working, the new one works.
    qputenv("CREDITDESK_NEW_PASSWORD", "officer-pass-2");
    r = runCli({QStringLiteral("user"), QStringLiteral("passwd"), db(), QStringLiteral("--user"),
                   QStringLiteral("li")},
        "officer-pass-1");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("list"), db(), QStringLiteral("--user"),
                        QStringLiteral("li")},
                 "officer-pass-1")
                 .exitCode,
        3);
    r = runCli({QStringLiteral("user"), QStringLiteral("list"), db(), QStringLiteral("--user"),
                   QStringLiteral("LI"), QStringLiteral("--json")},
        "officer-pass-2");
    QCOMPARE(r.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(users.size(), 2);

    // Disabled: cannot sign in any more; the last admin cannot be disabled.
    r = runCli({QStringLiteral("user"), QStringLiteral("disable"), db(), QStringLiteral("li"),
                   QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("list"), db(), QStringLiteral("--user"),
                        QStringLiteral("li")},
                 "officer-pass-2")
                 .exitCode,
        3);
    r = runCli({QStringLiteral("user"), QStringLiteral("disable"), db(), QStringLiteral("admin"),
                   QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("last administrator")));
    r = runCli({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("bad name!"),
                   QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--user"),
                   QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 6);
    r = runCli(
        {QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("z"), QStringLiteral("--role"),
            QStringLiteral("boss"), QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 2);
    qunsetenv("CREDITDESK_NEW_PASSWORD");
    QCOMPARE(runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        0);
}

void TestCliFoundation::chinesePasswordCountsBytes()
{
    // Three Chinese characters are nine bytes: long enough, although only three characters.
    const QByteArray chinese = "信用办";
    QCOMPARE(chinese.size(), 9);
    auto r
        = runCli({QStringLiteral("init"), db(), QStringLiteral("--user"), QStringLiteral("管理员")}, chinese);
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("管理员")}, chinese);
    QCOMPARE(r.exitCode, 0);
    // Two characters (six bytes) are too short.
    r = runCli(
        {QStringLiteral("init"), db(QStringLiteral("b.db")), QStringLiteral("--user"), QStringLiteral("a")},
        "信用");
    QCOMPARE(r.exitCode, 6);
    // One byte different is a wrong password.
    QByteArray near = chinese;
    near[8] = char(near[8] ^ 1);
    QCOMPARE(
        runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("管理员")}, near)
            .exitCode,
        3);
}

void TestCliFoundation::rekeyLocksOutOldKeyFile()
{
    initDb(db());
    const QByteArray oldKeys = test::readAll(db() + QStringLiteral(".keys"));
    const SecureBytes oldKey = Session::unlock(db(), QStringLiteral("admin"), AdminPassword);
    qputenv("CREDITDESK_NEW_PASSWORD", "reviewer-pass-1");
    QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("wang"),
                        QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        0);
    qunsetenv("CREDITDESK_NEW_PASSWORD");
    auto r = runCli(
        {QStringLiteral("rekey"), db(), QStringLiteral("--user"), QStringLiteral("wang")}, "reviewer-pass-1");
    QCOMPARE(r.exitCode, 5);
    r = runCli(
        {QStringLiteral("rekey"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.exitCode, 0);
    // Every remaining user still signs in, without having given their password to the admin.
    QCOMPARE(runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("wang")},
                 "reviewer-pass-1")
                 .exitCode,
        0);
    QCOMPARE(runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        0);
    // The old key no longer opens the file.
    QVERIFY_THROWS_EXCEPTION(CoreError, Database::open(db(), oldKey.view(), Database::Mode::Existing));
}

void TestCliFoundation::backupAndRestore()
{
    initDb(db());
    auto r = runCli({QStringLiteral("backup"), db(), db(QStringLiteral("copy.db")), QStringLiteral("--user"),
                        QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(db(QStringLiteral("copy.db.keys"))));
    QVERIFY(!QFile::exists(db(QStringLiteral("copy.db.partial"))));
    QCOMPARE(runCli({QStringLiteral("verify"), db(QStringLiteral("copy.db")), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        0);
    // Refuses to overwrite a backup.
    QCOMPARE(runCli({QStringLiteral("backup"), db(), db(QStringLiteral("copy.db")), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        1);
    // Restore to a new place, and over the original only with --replace.
    r = runCli({QStringLiteral("restore"), db(QStringLiteral("copy.db")), db(QStringLiteral("restored.db")),
                   QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("verify"), db(QStringLiteral("restored.db")), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        0);
    r = runCli({QStringLiteral("restore"), db(QStringLiteral("copy.db")), db(), QStringLiteral("--user"),
                   QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("restore"), db(QStringLiteral("copy.db")), db(), QStringLiteral("--user"),
                   QStringLiteral("admin"), QStringLiteral("--replace")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("office.db.replaced-*")});
    QVERIFY2(aside.size() >= 2, qPrintable(aside.join(QLatin1Char(','))));
    // A damaged backup is refused and the target is left alone.
    QFile f(db(QStringLiteral("copy.db")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(4096 + 50);
    f.putChar('!');
    f.close();
    const QByteArray before = snapshot(db(QStringLiteral("restored.db")));
    r = runCli({QStringLiteral("restore"), db(QStringLiteral("copy.db")), db(QStringLiteral("restored.db")),
                   QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--replace")},
        AdminPassword);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(snapshot(db(QStringLiteral("restored.db"))), before);
}

void TestCliFoundation::auditListsChanges()
{
    initDb(db());
    qputenv("CREDITDESK_NEW_PASSWORD", "officer-pass-1");
    QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("li"),
                        QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        0);
    qunsetenv("CREDITDESK_NEW_PASSWORD");
    auto r = runCli({QStringLiteral("audit"), db(), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--json")},
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("user.add"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
    QVERIFY(!r.out.contains(QStringLiteral("officer-pass-1")));
    r = runCli({QStringLiteral("audit"), db(), QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("--since"), QStringLiteral("2999-01-01"), QStringLiteral("--json")},
        AdminPassword);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = runCli({QStringLiteral("audit"), db(), QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("--since"), QStringLiteral("yesterday")},
        AdminPassword);
    QCOMPARE(r.exitCode, 6);
}

void TestCliFoundation::lockedDatabaseSaysSoAndKeepsNothing()
{
    initDb(db());
    auto direct = openDirect(db());
    QVERIFY(direct->sql().transaction()); // another desk holds the write lock
    const auto r = runCli(
        {QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("li"), QStringLiteral("--role"),
            QStringLiteral("officer"), QStringLiteral("--user"), QStringLiteral("admin")},
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("busy")) || r.err.contains(QStringLiteral("locked")),
        qPrintable(r.err));
    direct->sql().rollback();
    direct.reset();
    const auto list = runCli({QStringLiteral("user"), QStringLiteral("list"), db(), QStringLiteral("--user"),
                                 QStringLiteral("admin"), QStringLiteral("--json")},
        AdminPassword);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
}

void TestCliFoundation::recoveryKeyGivesANewPassword()
{
    const auto init = runCli(
        {QStringLiteral("init"), db(), QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(init.exitCode, 0);
    const QString line
        = init.out.section(QStringLiteral("Recovery key"), 1).section(QLatin1Char('\n'), 1, 1).trimmed();
    QVERIFY2(line.count(QLatin1Char('-')) >= 10, qPrintable(line));
    const QByteArray before = snapshot(db());
    qputenv("CREDITDESK_RECOVERY_KEY", "AAAA-BBBB-CCCC");
    qputenv("CREDITDESK_NEW_PASSWORD", "a-brand-new-pass");
    auto r = runCli({QStringLiteral("recover"), db(), QStringLiteral("--user"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(snapshot(db()), before);
    // The key as printed, or typed in lower case without dashes, both work.
    qputenv("CREDITDESK_RECOVERY_KEY", line.toLower().remove(QLatin1Char('-')).toUtf8());
    r = runCli({QStringLiteral("recover"), db(), QStringLiteral("--user"), QStringLiteral("admin")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qunsetenv("CREDITDESK_RECOVERY_KEY");
    QCOMPARE(runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")},
                 AdminPassword)
                 .exitCode,
        3);
    QCOMPARE(runCli({QStringLiteral("verify"), db(), QStringLiteral("--user"), QStringLiteral("admin")},
                 "a-brand-new-pass")
                 .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "TestCliFoundation.moc"
