#include "services/SubjectService.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QDirIterator>
#include <QTest>

using namespace cd;
using cd::test::Office;
using cd::test::runCli;

namespace {

const QString ReporterName = QStringLiteral("甄隐名");
const QString ReporterPhone = QStringLiteral("13912345678");

} // namespace

// §10: a reporter's identity planted in a confidential report never appears in anything the
// program prints or writes, except the audited reveal to a reviewer.
class TestTipConfidentiality : public QObject
{
    Q_OBJECT

private slots:
    void theReporterAppearsNowhereButTheAuditedReveal();
};

void TestTipConfidentiality::theReporterAppearsNowhereButTheAuditedReveal()
{
    Office office;
    const QString code = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    {
        auto officer = office.as(QStringLiteral("officer"));
        SubjectService(*officer).add(
            SubjectKind::LegalPerson, code, QStringLiteral("启东市华信化工有限公司"));
    }
    const QString db = office.path();
    const QByteArray password = Office::Password;
    const QByteArray reporterLines
        = (ReporterName + QLatin1Char('\n') + ReporterPhone + QLatin1Char('\n')).toUtf8();

    QStringList printed;
    const auto run = [&](const QStringList& args, const QByteArray& in = {}) {
        const auto r = runCli(args, password, in);
        printed << r.out << r.err;
        return r;
    };
    auto added
        = run({QStringLiteral("report-tip"), QStringLiteral("add"), db, QStringLiteral("--subject"), code,
                  QStringLiteral("--content"), QStringLiteral("夜间偷排污水"), QStringLiteral("--channel"),
                  QStringLiteral("phone"), QStringLiteral("--reporter-stdin"), QStringLiteral("--user"),
                  QStringLiteral("officer"), QStringLiteral("--json")},
            reporterLines);
    QCOMPARE(added.exitCode, 0);
    // A refused report must not echo what it was given either.
    auto refused = run(
        {QStringLiteral("report-tip"), QStringLiteral("add"), db, QStringLiteral("--subject"), code,
            QStringLiteral("--content"), QString(), QStringLiteral("--channel"), QStringLiteral("phone"),
            QStringLiteral("--reporter-stdin"), QStringLiteral("--user"), QStringLiteral("officer")},
        reporterLines);
    QCOMPARE(refused.exitCode, 6);
    for (const QString& user :
        {QStringLiteral("officer"), QStringLiteral("supervisor"), QStringLiteral("reviewer")}) {
        QCOMPARE(run({QStringLiteral("report-tip"), QStringLiteral("show"), db, QStringLiteral("1"),
                         QStringLiteral("--user"), user, QStringLiteral("--json")})
                     .exitCode,
            0);
        QCOMPARE(
            run({QStringLiteral("report-tip"), QStringLiteral("list"), db, QStringLiteral("--user"), user})
                .exitCode,
            0);
    }
    // A supervisor may not see who reported; the refusal does not say either.
    QCOMPARE(
        run({QStringLiteral("report-tip"), QStringLiteral("show"), db, QStringLiteral("1"),
                QStringLiteral("--reveal-reporter"), QStringLiteral("--user"), QStringLiteral("supervisor")})
            .exitCode,
        5);
    run({QStringLiteral("subject"), QStringLiteral("find"), db, ReporterName, QStringLiteral("--user"),
        QStringLiteral("officer"), QStringLiteral("--json")});
    run({QStringLiteral("check"), db, code, QStringLiteral("--user"), QStringLiteral("officer"),
        QStringLiteral("--json")});
    QCOMPARE(
        run({QStringLiteral("verify"), db, QStringLiteral("--user"), QStringLiteral("admin")}).exitCode, 0);
    const QString backup = QFileInfo(db).dir().filePath(QStringLiteral("copy.db"));
    QCOMPARE(run({QStringLiteral("backup"), db, backup, QStringLiteral("--user"), QStringLiteral("admin")})
                 .exitCode,
        0);
    // The exports the office sends out: the credit website's files.
    for (const char* name : {"public.json", "public.csv", "public.xlsx"})
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("public"), db, QStringLiteral("--out"),
                         QFileInfo(db).dir().filePath(QString::fromLatin1(name)), QStringLiteral("--user"),
                         QStringLiteral("officer")})
                     .exitCode,
            0);

    for (const QString& text : printed) {
        QVERIFY2(!text.contains(ReporterName), qPrintable(text));
        QVERIFY2(!text.contains(ReporterPhone), qPrintable(text));
    }

    // The reveal shows it to a reviewer and leaves a trace that names the report, not the reporter.
    const auto revealed = runCli(
        {QStringLiteral("report-tip"), QStringLiteral("show"), db, QStringLiteral("1"),
            QStringLiteral("--reveal-reporter"), QStringLiteral("--user"), QStringLiteral("reviewer")},
        password);
    QCOMPARE(revealed.exitCode, 0);
    QVERIFY(revealed.out.contains(ReporterName));
    const auto audit = runCli({QStringLiteral("audit"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("--json")},
        password);
    QCOMPARE(audit.exitCode, 0);
    QVERIFY(audit.out.contains(QStringLiteral("tip.reveal-reporter")));
    QVERIFY(!audit.out.contains(ReporterName));
    QVERIFY(!audit.out.contains(ReporterPhone));

    // No file the program wrote holds it in any encoding a tool would find.
    QDirIterator files(
        QFileInfo(db).absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = cd::test::readAll(path);
        ++seen;
        for (const QString& secret : {ReporterName, ReporterPhone}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
            QVERIFY2(
                !bytes.contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)),
                qPrintable(path));
        }
    }
    QVERIFY(seen >= 7); // the database, its key file, the backup and its key file, the exports
}

QTEST_GUILESS_MAIN(TestTipConfidentiality)
#include "TestTipConfidentiality.moc"
