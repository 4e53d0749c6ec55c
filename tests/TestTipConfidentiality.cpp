#include "services/SubjectService.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <zip.h>

#include <csignal>
#include <sys/resource.h>

using namespace cd;
using cd::test::Office;
using cd::test::runCli;

namespace {

const QString ReporterName = QStringLiteral("甄隐名");
const QString ReporterPhone = QStringLiteral("13912345678");

// Every form a secret takes that a tool searching the files would find: UTF-8, UTF-16 in both byte
// orders, percent-encoded (both cases of hex digits).
QList<QByteArray> encodings(const QString& secret)
{
    QByteArray be;
    for (QChar c : secret)
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    return {secret.toUtf8(), QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2), be,
        percent, percent.toLower()};
}

QList<QByteArray> zipEntries(const QString& path)
{
    QList<QByteArray> entries;
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return entries;
    const zip_int64_t n = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_file_t* f = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!f)
            continue;
        QByteArray data;
        char buffer[65536];
        zip_int64_t got = 0;
        while ((got = zip_fread(f, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(got));
        zip_fclose(f);
        entries << data;
    }
    zip_close(archive);
    return entries;
}

// The inflated content streams of a PDF and the text pdftotext reads from it (the glyphs of an
// embedded font are not the characters, so only the text layer shows what a reader would copy).
QList<QByteArray> pdfContents(const QString& path, const QByteArray& bytes)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while ((from = bytes.indexOf("stream", from)) >= 0) {
        qsizetype start = from + 6;
        if (bytes.mid(start, 2) == "\r\n")
            start += 2;
        else if (bytes.mid(start, 1) == "\n")
            start += 1;
        else {
            from = start;
            continue;
        }
        const qsizetype end = bytes.indexOf("endstream", start);
        if (end < 0)
            break;
        QByteArray packed = bytes.mid(start, end - start);
        if (packed.startsWith('x')) { // a zlib stream (FlateDecode)
            const quint32 hint = quint32(packed.size()) * 8;
            packed.prepend(char(hint & 0xff))
                .prepend(char((hint >> 8) & 0xff))
                .prepend(char((hint >> 16) & 0xff))
                .prepend(char(hint >> 24));
            parts << qUncompress(packed);
        }
        from = end + 9;
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-q"), path, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        qFatal("pdftotext (poppler-utils, installed by scripts/setup-debian.sh) could not read %s",
            qPrintable(path));
    parts << text.readAllStandardOutput();
    return parts;
}

// Where the first of the secrets shows in the folder's files (and inside them), or nothing.
QString leakIn(const QString& folder, const QStringList& secrets, int* filesSeen = nullptr)
{
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = cd::test::readAll(path);
        ++seen;
        QList<QByteArray> layers {bytes};
        if (bytes.startsWith("PK\x03\x04"))
            layers << zipEntries(path);
        if (bytes.startsWith("%PDF"))
            layers << pdfContents(path, bytes);
        for (const QString& secret : secrets) {
            for (const QByteArray& form : encodings(secret)) {
                for (const QByteArray& layer : layers) {
                    if (layer.contains(form))
                        return QStringLiteral("%1 holds %2").arg(path, secret);
                }
            }
        }
    }
    if (filesSeen)
        *filesSeen = seen;
    return {};
}

QString leakIn(const QStringList& printed, const QStringList& secrets)
{
    for (const QString& text : printed) {
        for (const QString& secret : secrets) {
            if (text.contains(secret))
                return QStringLiteral("printed %1:\n%2").arg(secret, text);
        }
    }
    return {};
}

} // namespace

// §10: a reporter's identity planted in a confidential report never appears in anything the
// program prints or writes, except the audited reveal to a reviewer.
class TestTipConfidentiality : public QObject
{
    Q_OBJECT

private slots:
    void theReporterAppearsNowhereButTheAuditedReveal();
    void anOfficeStoryLeaksNeitherTheReporterNorACitizenId();
    void aCrashLeavesNoCoreFileAndPrintsNoSecret();
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
    int seen = 0;
    const QString leak = leakIn(QFileInfo(db).absolutePath(), {ReporterName, ReporterPhone}, &seen);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY(seen >= 7); // the database, its key file, the backup and its key file, the exports
}

// §10 and the masking of citizen IDs together, through the command line as an office uses it: a
// person and a company with cases, confidential reports, measure packages without
// --with-citizen-ids, feedback and imports with rejected rows, every export, the notification and
// a credit report, the audit trail and verify. Neither the reporter nor the person's full ID shows in
// anything printed or in any file written, inside zipped and compressed parts included.
void TestTipConfidentiality::anOfficeStoryLeaksNeitherTheReporterNorACitizenId()
{
    Office office;
    const QString db = office.path();
    const QDir folder = QFileInfo(db).dir();
    QTemporaryDir inputs; // what the office receives: it holds the ID on purpose, so it lies apart
    const QString company = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    const QString personId = Office::citizenId(QStringLiteral("19800101"), QStringLiteral("123"));
    const QStringList secrets {ReporterName, ReporterPhone, personId};
    const QByteArray reporterLines
        = (ReporterName + QLatin1Char('\n') + ReporterPhone + QLatin1Char('\n')).toUtf8();

    QStringList printed;
    const auto run = [&](const QStringList& args, const QString& user, const QByteArray& in = {}) {
        const auto r = runCli(QStringList(args) << QStringLiteral("--user") << user, Office::Password, in);
        printed << r.out + r.err; // not the arguments: the ID is typed there on purpose
        return r;
    };
    const auto ok = [&](const QStringList& args, const QString& user, const QByteArray& in = {}) {
        const auto r = run(args, user, in);
        if (r.exitCode != 0)
            qWarning("%s: exit %d\n%s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : QString();
    };
    const auto json = [&](const QStringList& args, const QString& user, const QByteArray& in = {}) {
        return QJsonDocument::fromJson(ok(QStringList(args) << QStringLiteral("--json"), user, in).toUtf8())
            .object();
    };
    const QString officer = QStringLiteral("officer"), reviewer = QStringLiteral("reviewer");
    const auto out = [&](const QString& name) { return folder.filePath(name); };

    QVERIFY(!ok({QStringLiteral("subject"), QStringLiteral("add"), db, QStringLiteral("--kind"),
                    QStringLiteral("legal_person"), QStringLiteral("--code"), company,
                    QStringLiteral("--name"), QStringLiteral("启东市华信化工有限公司")},
        officer)
                 .isEmpty());
    QVERIFY(!ok({QStringLiteral("subject"), QStringLiteral("add"), db, QStringLiteral("--kind"),
                    QStringLiteral("natural_person"), QStringLiteral("--code"), personId,
                    QStringLiteral("--name"), QStringLiteral("张三")},
        officer)
                 .isEmpty());
    QVERIFY(!ok({QStringLiteral("subject"), QStringLiteral("link"), db, company, personId,
                    QStringLiteral("--role"), QStringLiteral("legal_representative")},
        officer)
                 .isEmpty());
    QList<qint64> records;
    for (const QString& code : {company, personId}) {
        const QJsonObject r
            = json({QStringLiteral("record"), QStringLiteral("add"), db, QStringLiteral("--subject"), code,
                       QStringLiteral("--polarity"), QStringLiteral("negative"), QStringLiteral("--category"),
                       QStringLiteral("行政处罚"), QStringLiteral("--severity"), QStringLiteral("serious"),
                       QStringLiteral("--decision-no"),
                       QStringLiteral("启市监罚〔2026〕%1号").arg(records.size() + 1),
                       QStringLiteral("--decision-date"), QStringLiteral("2026-01-05"),
                       QStringLiteral("--department"), QStringLiteral("市市场监管局")},
                officer);
        QVERIFY(r.value(QStringLiteral("id")).toInteger() > 0);
        records << r.value(QStringLiteral("id")).toInteger();
    }
    for (const QString& code : {company, personId})
        QVERIFY(
            !ok({QStringLiteral("report-tip"), QStringLiteral("add"), db, QStringLiteral("--subject"), code,
                    QStringLiteral("--content"), QStringLiteral("夜间偷排污水"), QStringLiteral("--channel"),
                    QStringLiteral("phone"), QStringLiteral("--reporter-stdin")},
                officer, reporterLines)
                 .isEmpty());

    // A case on each, approved and pushed; the company's takes its legal representative along.
    QSet<QString> departments;
    for (int i = 0; i < 2; ++i) {
        QStringList draft {QStringLiteral("case"), QStringLiteral("new"), db, QStringLiteral("--subject"),
            i == 0 ? company : personId, QStringLiteral("--memorandum"), QStringLiteral("SERIOUS"),
            QStringLiteral("--record"), QString::number(records.at(i)), QStringLiteral("--start"),
            QStringLiteral("2026-02-02")};
        if (i == 0)
            draft << QStringLiteral("--co-subjects") << QStringLiteral("linked");
        const QString id = QString::number(json(draft, officer).value(QStringLiteral("id")).toInteger());
        QVERIFY(!ok({QStringLiteral("case"), QStringLiteral("approve"), db, id}, reviewer).isEmpty());
        QVERIFY(!ok({QStringLiteral("case"), QStringLiteral("push"), db, id, QStringLiteral("--on"),
                        QStringLiteral("2026-02-02")},
            officer)
                     .isEmpty());
        for (const QJsonValue t : json({QStringLiteral("case"), QStringLiteral("show"), db, id}, officer)
                                      .value(QStringLiteral("tasks"))
                                      .toArray())
            departments << t.toObject().value(QStringLiteral("department")).toString();
    }
    QVERIFY(!departments.isEmpty());
    int packages = 0;
    for (const QString& d : departments) {
        QVERIFY(!ok({QStringLiteral("package"), db, QStringLiteral("--department"), d,
                        QStringLiteral("--out"), out(QStringLiteral("package-%1.xlsx").arg(++packages))},
            officer)
                     .isEmpty());
    }

    // Returned files with mistakes: the ID typed into the wrong column, a person registered twice.
    const QString feedback = QDir(inputs.path()).filePath(QStringLiteral("feedback.csv"));
    {
        QFile f(feedback);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(("任务编号,反馈结果\n" + personId + ",已签收\n1,已签收\n").toUtf8());
    }
    run({QStringLiteral("feedback"), db, feedback, QStringLiteral("--errors"),
            out(QStringLiteral("feedback-errors.xlsx"))},
        officer);
    run({QStringLiteral("feedback"), db, feedback, QStringLiteral("--json")}, officer);
    const QString subjects = QDir(inputs.path()).filePath(QStringLiteral("subjects.csv"));
    {
        QFile f(subjects);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(("身份证号,姓名\n" + personId + ",张三\n" + personId + ",张三\n").toUtf8());
    }
    run({QStringLiteral("import"), db, subjects, QStringLiteral("--kind"), QStringLiteral("subjects"),
            QStringLiteral("--errors"), out(QStringLiteral("import-errors.xlsx"))},
        officer);
    run({QStringLiteral("import"), db, subjects, QStringLiteral("--kind"), QStringLiteral("subjects"),
            QStringLiteral("--json")},
        officer);
    QVERIFY(QFile::exists(out(QStringLiteral("feedback-errors.xlsx"))));
    QVERIFY(QFile::exists(out(QStringLiteral("import-errors.xlsx"))));

    // What is read and sent out.
    for (const QString& who : {officer, reviewer, QStringLiteral("supervisor")}) {
        ok({QStringLiteral("check"), db, personId, QStringLiteral("--json")}, who);
        ok({QStringLiteral("subject"), QStringLiteral("show"), db, personId, QStringLiteral("--json")}, who);
        ok({QStringLiteral("subject"), QStringLiteral("find"), db, QStringLiteral("张三")}, who);
        ok({QStringLiteral("report-tip"), QStringLiteral("list"), db}, who);
    }
    for (const char* name : {"public.json", "public.csv", "public.xlsx"})
        QVERIFY(
            !ok({QStringLiteral("export"), QStringLiteral("public"), db, QStringLiteral("--out"),
                    out(QString::fromLatin1(name)), QStringLiteral("--as-of"), QStringLiteral("2026-03-01")},
                officer)
                 .isEmpty());
    QVERIFY(!ok(
        {QStringLiteral("report"), QStringLiteral("check"), db, personId, QStringLiteral("--as-of"),
            QStringLiteral("2026-03-01"), QStringLiteral("--out"), out(QStringLiteral("credit-report.pdf"))},
        officer)
                 .isEmpty());
    for (const char* name : {"notice.pdf", "notice.docx", "notice.xlsx"})
        QVERIFY(!ok({QStringLiteral("report"), QStringLiteral("notice"), db, QStringLiteral("--period"),
                        QStringLiteral("2026q1"), QStringLiteral("--out"), out(QString::fromLatin1(name))},
            QStringLiteral("supervisor"))
                     .isEmpty());
    QVERIFY(!ok({QStringLiteral("audit"), db, QStringLiteral("--json")}, QStringLiteral("admin")).isEmpty());
    QVERIFY(!ok({QStringLiteral("verify"), db, QStringLiteral("--json")}, QStringLiteral("admin")).isEmpty());
    QVERIFY(!ok({QStringLiteral("backup"), db, out(QStringLiteral("copy.db"))}, QStringLiteral("admin"))
                 .isEmpty());

    QString leak = leakIn(printed, secrets);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    int seen = 0;
    leak = leakIn(folder.path(), secrets, &seen);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY2(seen >= 14, qPrintable(QString::number(seen)));
}

// A command killed by a signal while it holds the database key and a reporter's name (half typed in)
// prints nothing of it and leaves no core file: both mains switch core dumps off first thing.
void TestTipConfidentiality::aCrashLeavesNoCoreFileAndPrintsNoSecret()
{
    Office office;
    const QString code = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    {
        auto officer = office.as(QStringLiteral("officer"));
        SubjectService(*officer).add(
            SubjectKind::LegalPerson, code, QStringLiteral("启东市华信化工有限公司"));
    }
    const QString folder = QFileInfo(office.path()).absolutePath();
    for (int signal : {SIGSEGV, SIGABRT}) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CREDITDESK_PASSWORD"), QString::fromUtf8(Office::Password));
        // Under the sanitizers the signal is the test's, not a finding: let it kill the process.
        for (const QString& name : {QStringLiteral("ASAN_OPTIONS"), QStringLiteral("UBSAN_OPTIONS")}) {
            const QString before = env.value(name);
            env.insert(name,
                (before.isEmpty() ? QString() : before + u':')
                    + QStringLiteral("handle_segv=0:handle_abort=0"));
        }
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(folder); // where the kernel would write "core"
        // As if the desk allowed core files: the program must switch them off itself.
        p.setChildProcessModifier([] {
            rlimit limit {};
            getrlimit(RLIMIT_CORE, &limit);
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_CORE, &limit);
        });
        p.start(QStringLiteral(CREDITDESK_CLI_PATH),
            {QStringLiteral("report-tip"), QStringLiteral("add"), office.path(), QStringLiteral("--subject"),
                code, QStringLiteral("--content"), QStringLiteral("夜间偷排污水"),
                QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--reporter-stdin"),
                QStringLiteral("--user"), QStringLiteral("officer")});
        QVERIFY(p.waitForStarted());
        p.write((ReporterName + QLatin1Char('\n')).toUtf8()); // the contact line never comes
        // Signed in and waiting for the second line; the name sits in its memory.
        QString limits;
        for (int i = 0; i < 100 && p.state() == QProcess::Running; ++i) {
            QThread::msleep(50);
            limits = QString::fromLatin1(
                cd::test::readAll(QStringLiteral("/proc/%1/limits").arg(p.processId())));
            const QString wchan
                = QString::fromLatin1(cd::test::readAll(QStringLiteral("/proc/%1/wchan").arg(p.processId())));
            if (i >= 20 && wchan.contains(QStringLiteral("read")))
                break;
        }
        QCOMPARE(p.state(), QProcess::Running);
        const QRegularExpression core(
            QStringLiteral("^Max core file size\\s+(\\S+)"), QRegularExpression::MultilineOption);
        QCOMPARE(core.match(limits).captured(1), QStringLiteral("0"));
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const QByteArray printed = p.readAllStandardOutput() + p.readAllStandardError();
        for (const QByteArray& form : encodings(ReporterName))
            QVERIFY2(!printed.contains(form), printed.constData());
        QVERIFY2(!QDir(folder).entryList({QStringLiteral("core*")}).size(), qPrintable(folder));
    }
    const QString leak = leakIn(folder, {ReporterName});
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}
QTEST_GUILESS_MAIN(TestTipConfidentiality)
#include "TestTipConfidentiality.moc"
