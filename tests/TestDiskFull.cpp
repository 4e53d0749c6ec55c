// A full disk (issue 9): on a size-limited tmpfs the test makes itself, an import, case work, a
// backup, a report and a password change each fail with one clear message (exit 1), keep the
// database consistent and the key file whole, leave nothing half-done, and work again once space
// is freed.
#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/KeySidecar.h"
#include "util/SmallDisk.h"
#include "util/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using test::runCli;

namespace {

const QByteArray Password = "disk-full-pass-1";

struct Counts
{
    qint64 subjects = 0, records = 0, cases = 0, audit = 0;
    bool operator==(const Counts&) const = default;
};

QString uscc(const QString& org9)
{
    const QString first17 = QStringLiteral("91320681") + org9;
    return first17 + usccCheckCharacter(first17);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failsWithOneMessageAndLosesNothing_data();
    void failsWithOneMessageAndLosesNothing();

private:
    Counts counts();
    QStringList leftovers() const;

    std::unique_ptr<test::SmallDisk> m_disk;
    QTemporaryDir m_outside;
    QString m_db, m_csv, m_code;
    qint64 m_record = 0;
};

void TestDiskFull::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    // 2,000 penalty rows: far more than the space left on the disk.
    m_csv = m_outside.filePath(QStringLiteral("penalties.csv"));
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚内容,处罚决定日期,处罚机关\n");
    for (int i = 0; i < 2000; ++i)
        f.write(QStringLiteral(
            "磁盘测试商贸%1有限公司,%2,启市监罚〔2026〕%1号,罚款,罚款1000元,2026-11-02,市市场监管局\n")
                    .arg(i)
                    .arg(uscc(QStringLiteral("%1").arg(300000000 + i)))
                    .toUtf8());
}

void TestDiskFull::init()
{
    m_disk = std::make_unique<test::SmallDisk>(8 * 1024 * 1024);
    if (!m_disk->isMounted())
        QSKIP(qPrintable(m_disk->why()));
    m_db = m_disk->filePath(QStringLiteral("office.db"));
    Session::initialize(m_db, QStringLiteral("admin"), Password);
    auto admin = Session::signIn(m_db, QStringLiteral("admin"), Password);
    UserService(*admin).add(QStringLiteral("officer"), Role::Officer, Password);
    UserService(*admin).add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    admin.reset();
    auto officer = Session::signIn(m_db, QStringLiteral("officer"), Password);
    m_code = uscc(QStringLiteral("MA1X2Y3W4"));
    const Subject s
        = SubjectService(*officer).add(SubjectKind::LegalPerson, m_code, QStringLiteral("满盘商贸有限公司"));
    CreditRecord r;
    r.subjectId = s.id;
    r.polarity = Polarity::Negative;
    r.category = QStringLiteral("行政处罚");
    r.severity = Severity::Serious;
    r.decisionNo = QStringLiteral("启市监处罚〔2026〕77号");
    r.decisionDate = QDate::currentDate().addDays(-5);
    r.publishedOn = r.decisionDate.addDays(1);
    r.departmentId = *OfficeRules(*officer).departmentId(QStringLiteral("市市场监管局"));
    m_record = RecordService(*officer).add(r).id;
}

void TestDiskFull::cleanup()
{
    m_disk.reset(); // unmounts, also after a failed check
}

Counts TestDiskFull::counts()
{
    auto s = Session::signIn(m_db, QStringLiteral("admin"), Password);
    Database& db = s->db();
    Counts c;
    c.subjects = db.scalar(QStringLiteral("SELECT count(*) FROM subjects")).toLongLong();
    c.records = db.scalar(QStringLiteral("SELECT count(*) FROM credit_records")).toLongLong();
    c.cases = db.scalar(QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    c.audit = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    return c;
}

// Anything but the database, its key file and the filler is something a failure left behind.
QStringList TestDiskFull::leftovers() const
{
    QStringList files = QDir(QFileInfo(m_db).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    files.removeAll(QStringLiteral("office.db"));
    files.removeAll(QStringLiteral("office.db.keys"));
    files.removeAll(QStringLiteral("filler.bin"));
    return files;
}

void TestDiskFull::failsWithOneMessageAndLosesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("output"); // a file the command makes on the small disk, if any
    // What is left free: enough to sign in (SQLite's shared-memory file), not enough for the work.
    QTest::addColumn<int>("leave");
    QTest::newRow("import") << QStringList {QStringLiteral("import"), QStringLiteral("DB"),
        QStringLiteral("CSV"), QStringLiteral("--kind"), QStringLiteral("records")}
                            << QStringLiteral("officer") << QString() << 64 * 1024;
    QTest::newRow("case new") << QStringList {QStringLiteral("case"), QStringLiteral("new"),
        QStringLiteral("DB"), QStringLiteral("--subject"), QStringLiteral("CODE"),
        QStringLiteral("--memorandum"), QStringLiteral("SERIOUS"), QStringLiteral("--record"),
        QStringLiteral("RECORD")}
                              << QStringLiteral("officer") << QString() << 40 * 1024;
    QTest::newRow("backup") << QStringList {QStringLiteral("backup"), QStringLiteral("DB"),
        QStringLiteral("OUT")}
                            << QStringLiteral("admin") << QStringLiteral("copy.db") << 64 * 1024;
    QTest::newRow("report") << QStringList {QStringLiteral("report"), QStringLiteral("check"),
        QStringLiteral("DB"), QStringLiteral("CODE"), QStringLiteral("--out"), QStringLiteral("OUT")}
                            << QStringLiteral("officer") << QStringLiteral("report.pdf") << 40 * 1024;
    QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("public"),
        QStringLiteral("DB"), QStringLiteral("--out"), QStringLiteral("OUT")}
                            << QStringLiteral("admin") << QStringLiteral("public.json") << 40 * 1024;
    QTest::newRow("password") << QStringList {QStringLiteral("user"), QStringLiteral("passwd"),
        QStringLiteral("DB"), QStringLiteral("--for"), QStringLiteral("officer")}
                              << QStringLiteral("admin") << QString() << 36 * 1024;
}

void TestDiskFull::failsWithOneMessageAndLosesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, user);
    QFETCH(QString, output);
    QFETCH(int, leave);
    const QString out = output.isEmpty() ? QString() : m_disk->filePath(output);
    for (QString& a : args) {
        if (a == QLatin1String("DB"))
            a = m_db;
        else if (a == QLatin1String("CSV"))
            a = m_csv;
        else if (a == QLatin1String("CODE"))
            a = m_code;
        else if (a == QLatin1String("RECORD"))
            a = QString::number(m_record);
        else if (a == QLatin1String("OUT"))
            a = out;
    }
    args << QStringLiteral("--user") << user;
    qputenv("CREDITDESK_NEW_PASSWORD", "officer-new-pass-2");
    const Counts before = counts();
    const QByteArray keysBefore = test::readAll(KeySidecar::pathFor(m_db));

    QVERIFY(m_disk->fill(leave));
    const auto full = runCli(args, Password);
    // One message: the program's own lines (the test build's FAST_KDF warning aside).
    const QStringList lines
        = full.err.split(u'\n').filter(QRegularExpression(QStringLiteral("^creditdesk-cli: ")));
    QVERIFY2(full.exitCode == 1, qPrintable(QString::number(full.exitCode) + full.out + full.err));
    QVERIFY2(lines.size() == 1 && lines.first().contains(QStringLiteral("The disk is full")),
        qPrintable(full.err));
    // The key file is whole and unchanged: the same password still opens the same slot.
    QCOMPARE(test::readAll(KeySidecar::pathFor(m_db)), keysBefore);
    QVERIFY(!out.isEmpty() ? !QFile::exists(out) : true);

    m_disk->freeSpace();
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    const auto verify = runCli(
        {QStringLiteral("verify"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}, Password);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY(counts() == before); // nothing half-done: not one row of the import, not one audit entry
    QVERIFY(Session::signIn(m_db, QStringLiteral("officer"), Password));

    // With space again the same work goes through.
    const auto again = runCli(args, Password);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY(!out.isEmpty() ? QFile::exists(out) : counts().audit > before.audit);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
