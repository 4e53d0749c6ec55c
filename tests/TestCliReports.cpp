#include "util/TestUtil.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace cd::test;

namespace {

const QByteArray Password = "reports-admin-pass";
const QByteArray DemoPassword = "CreditDesk-demo-2026";

// One part of a zip package (XLSX, DOCX), or a null array when unzip is not installed.
QByteArray unzipPart(const QString& archive, const QString& part)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        return {};
    QProcess p;
    // unzip reads names as patterns: [Content_Types].xml needs its brackets escaped.
    QString pattern = part;
    pattern.replace(QLatin1Char('['), QStringLiteral("\\[")).replace(QLatin1Char(']'), QStringLiteral("\\]"));
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, pattern});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

// The text of every element named `name` (w:t, v, t), in document order.
QStringList elementTexts(const QByteArray& xml, const QString& name)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == name)
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

// A worksheet as rows of cell values: numbers as doubles, shared strings resolved.
QList<QVariantList> sheetRows(const QByteArray& sheet, const QStringList& shared)
{
    QList<QVariantList> rows;
    QXmlStreamReader reader(sheet);
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("row")) {
            rows.append(QVariantList());
        } else if (reader.name() == QLatin1String("c")) {
            type = reader.attributes().value(QLatin1String("t")).toString();
            const QString ref = reader.attributes().value(QLatin1String("r")).toString();
            const int column = ref.at(0).unicode() - 'A';
            while (rows.last().size() < column)
                rows.last().append(QVariant());
            rows.last().append(QVariant());
        } else if (reader.name() == QLatin1String("v")) {
            const QString v = reader.readElementText();
            rows.last().last()
                = type == QLatin1String("s") ? QVariant(shared.value(v.toInt())) : QVariant(v.toDouble());
        }
    }
    return rows;
}

// A poppler tool's output, or a null string when the tool is not installed.
QString poppler(const QString& tool, const QStringList& args)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// `report metrics` and `report notice` as scripts run them: the figures, the files and their checks.
class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void metricsJsonShape();
    void usageAndInvalidInput();
    void noticePdfHoldsTheFigures();
    void spreadsheetHoldsTheFiguresAsNumbers();
    void wordDocumentHoldsTheFigures();
    void filesAreNeverOverwrittenOrHalfWritten();
    void numbersAreKeptPerYear();
    void onlySupervisorsAndAdminsIssue();
    void creditReportOfOneSubject();

private:
    QJsonObject metrics();
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_period;
};

void TestCliReports::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("office.db"));
    QCOMPARE(
        runCli({QStringLiteral("init"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}, Password)
            .exitCode,
        0);
    const CliRun demo
        = runCli({QStringLiteral("demo"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}, Password,
            {}, 300000);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // The demo office's cases run up to today; this year holds tasks on time, late and overdue.
    m_period = QString::number(QDate::currentDate().year());
}

QJsonObject TestCliReports::metrics()
{
    const CliRun r
        = runCli({QStringLiteral("report"), QStringLiteral("metrics"), m_db, QStringLiteral("--period"),
                     m_period, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")},
            Password);
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCliReports::metricsJsonShape()
{
    const QJsonObject m = metrics();
    for (const char* key : {"period", "from", "to", "evaluatedOn", "laggingThreshold", "objectionsAvailable",
             "departments", "totals"})
        QVERIFY2(m.contains(QLatin1String(key)), key);
    QCOMPARE(m.value(QStringLiteral("period")).toString(), m_period);
    QCOMPARE(m.value(QStringLiteral("objectionsAvailable")).toBool(), true);
    const QJsonArray departments = m.value(QStringLiteral("departments")).toArray();
    QVERIFY(departments.size() > 3);
    int received = 0;
    int overdue = 0;
    for (int i = 0; i < departments.size(); ++i) {
        const QJsonObject d = departments.at(i).toObject();
        QCOMPARE(d.value(QStringLiteral("rank")).toInt(), i + 1);
        received += d.value(QStringLiteral("received")).toInt();
        overdue += d.value(QStringLiteral("overdue")).toInt();
        QCOMPARE(d.value(QStringLiteral("received")).toInt(),
            d.value(QStringLiteral("onTime")).toInt() + d.value(QStringLiteral("late")).toInt()
                + d.value(QStringLiteral("overdue")).toInt() + d.value(QStringLiteral("pending")).toInt());
        // A share where verifications fell due, none (null) where no objection was verified.
        const QJsonValue share = d.value(QStringLiteral("verificationShare"));
        QVERIFY(share.isNull() || (share.toDouble() >= 0 && share.toDouble() <= 1));
        QCOMPARE(d.value(QStringLiteral("lagging")).toBool(),
            !d.value(QStringLiteral("laggingReasons")).toArray().isEmpty());
    }
    const QJsonObject totals = m.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("received")).toInt(), received);
    QCOMPARE(totals.value(QStringLiteral("overdue")).toInt(), overdue);
    QVERIFY(received > 0);
    QVERIFY(totals.value(QStringLiteral("late")).toInt() > 0); // the demo has late and overdue feedback
    QVERIFY(overdue > 0);
}

void TestCliReports::usageAndInvalidInput()
{
    const QString admin = QStringLiteral("admin");
    auto run = [&](const QStringList& args) { return runCli(args, Password).exitCode; };
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("metrics"), m_db, QStringLiteral("--user"), admin}), 2);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("metrics"), m_db, QStringLiteral("--period"),
                 QStringLiteral("2026Q5"), QStringLiteral("--user"), admin}),
        6);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"),
                 m_period, QStringLiteral("--user"), admin}),
        2);
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), path(QStringLiteral("notice.txt")), QStringLiteral("--user"), admin}),
        6);
    QVERIFY(!QFile::exists(path(QStringLiteral("notice.txt"))));
}

void TestCliReports::noticePdfHoldsTheFigures()
{
    const QString pdf = path(QStringLiteral("notice.pdf"));
    const CliRun r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), pdf, QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("启信用办〔%1〕").arg(QDate::currentDate().year())));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));

    const QString info = poppler(QStringLiteral("pdfinfo"), {pdf});
    if (info.isNull())
        QSKIP("poppler-utils is not installed");
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));

    // Every font embedded (the "emb" column), none a Type 3 bitmap.
    const QStringList fonts
        = poppler(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2);
    for (const QString& line : fonts.mid(2)) {
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("Type 3")), qPrintable(line));
    }

    const QString text
        = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("启东市社会信用体系建设领导小组办公室")));
    QVERIFY(text.contains(QStringLiteral("— 1 —")));
    const QJsonObject m = metrics();
    const QJsonObject totals = m.value(QStringLiteral("totals")).toObject();
    // The overall paragraph holds the office totals; the table rows each department's figures.
    const QString compact = QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    QVERIFY(compact.contains(
        QStringLiteral("received%1measuretasks").arg(totals.value(QStringLiteral("received")).toInt())));
    QVERIFY(compact.contains(QStringLiteral("and%1late").arg(totals.value(QStringLiteral("late")).toInt())));
    for (const QJsonValue& v : m.value(QStringLiteral("departments")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("name")).toString();
        QVERIFY2(compact.contains(name), qPrintable(name));
        // Rank, name, received, acknowledged, on time, late, overdue, pending: one row of table 1.
        const QString row = QStringLiteral("%1%2%3%4%5%6%7%8")
                                .arg(d.value(QStringLiteral("rank")).toInt())
                                .arg(name)
                                .arg(d.value(QStringLiteral("received")).toInt())
                                .arg(d.value(QStringLiteral("acknowledged")).toInt())
                                .arg(d.value(QStringLiteral("onTime")).toInt())
                                .arg(d.value(QStringLiteral("late")).toInt())
                                .arg(d.value(QStringLiteral("overdue")).toInt())
                                .arg(d.value(QStringLiteral("pending")).toInt());
        QVERIFY2(compact.contains(row),
            qPrintable(row + QLatin1String(" not in: ") + compact.mid(compact.indexOf(name) - 20, 80)));
        if (d.value(QStringLiteral("lagging")).toBool())
            QVERIFY2(compact.contains(
                         QStringLiteral("%1(rank%2)").arg(name).arg(d.value(QStringLiteral("rank")).toInt())),
                qPrintable(name));
    }
}

void TestCliReports::spreadsheetHoldsTheFiguresAsNumbers()
{
    const QString xlsx = path(QStringLiteral("notice.xlsx"));
    const CliRun r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), xlsx, QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(xlsx).startsWith("PK"));
    const QByteArray workbook = unzipPart(xlsx, QStringLiteral("xl/workbook.xml"));
    if (workbook.isNull())
        QSKIP("unzip is not installed");
    QCOMPARE(elementTexts(workbook, QStringLiteral("sheet")).size(), 3); // feedback, performance, lagging
    const QStringList shared
        = elementTexts(unzipPart(xlsx, QStringLiteral("xl/sharedStrings.xml")), QStringLiteral("t"));
    const QByteArray sheet1 = unzipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet1.contains("<pane ySplit=\"1\"")); // the header row stays in view
    const QList<QVariantList> rows = sheetRows(sheet1, shared);

    const QJsonObject m = metrics();
    const QJsonArray departments = m.value(QStringLiteral("departments")).toArray();
    QCOMPARE(rows.size(), departments.size() + 2); // header, departments, office total
    QCOMPARE(rows.first().value(1).toString(), QStringLiteral("Department"));
    auto same = [](const QVariant& cell, const QJsonValue& figure) {
        if (figure.isNull())
            return cell.isNull();
        return cell.typeId() == QMetaType::Double && qAbs(cell.toDouble() - figure.toDouble()) < 1e-9;
    };
    for (int i = 0; i <= departments.size(); ++i) {
        const QJsonObject d = i < departments.size() ? departments.at(i).toObject()
                                                     : m.value(QStringLiteral("totals")).toObject();
        const QVariantList row = rows.at(i + 1);
        QCOMPARE(row.value(1).toString(), d.value(QStringLiteral("name")).toString());
        int column = 2;
        for (const char* key : {"received", "acknowledged", "onTime", "late", "overdue", "pending",
                 "onTimeShare", "medianWorkingDays"}) {
            QVERIFY2(same(row.value(column), d.value(QLatin1String(key))),
                qPrintable(QStringLiteral("%1 %2: %3")
                               .arg(d.value(QStringLiteral("name")).toString(), QLatin1String(key),
                                   row.value(column).toString())));
            ++column;
        }
    }
}

void TestCliReports::wordDocumentHoldsTheFigures()
{
    const QString docx = path(QStringLiteral("notice.docx"));
    const CliRun r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), docx, QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray document = unzipPart(docx, QStringLiteral("word/document.xml"));
    if (document.isNull())
        QSKIP("unzip is not installed");
    for (const char* part :
        {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
            "word/settings.xml", "word/footer1.xml", "word/footer2.xml", "docProps/core.xml"})
        QVERIFY2(!unzipPart(docx, QLatin1String(part)).isEmpty(), part);
    QVERIFY(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")); // A4
    QVERIFY(document.contains("w:eastAsia=\"仿宋\""));
    QVERIFY(unzipPart(docx, QStringLiteral("word/footer1.xml")).contains(" PAGE "));

    // Every <w:t> in order: table cells follow one another, so a department's row reads as a run.
    const QString cells = QLatin1Char('|')
        + elementTexts(document, QStringLiteral("w:t")).join(QLatin1Char('|')) + QLatin1Char('|');
    QVERIFY(cells.contains(QStringLiteral("启东市社会信用体系建设领导小组办公室")));
    const QJsonObject m = metrics();
    for (const QJsonValue& v : m.value(QStringLiteral("departments")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString row = QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|")
                                .arg(d.value(QStringLiteral("rank")).toInt())
                                .arg(d.value(QStringLiteral("name")).toString())
                                .arg(d.value(QStringLiteral("received")).toInt())
                                .arg(d.value(QStringLiteral("acknowledged")).toInt())
                                .arg(d.value(QStringLiteral("onTime")).toInt())
                                .arg(d.value(QStringLiteral("late")).toInt())
                                .arg(d.value(QStringLiteral("overdue")).toInt())
                                .arg(d.value(QStringLiteral("pending")).toInt());
        QVERIFY2(cells.contains(row), qPrintable(row));
    }
}

void TestCliReports::filesAreNeverOverwrittenOrHalfWritten()
{
    const QString pdf = path(QStringLiteral("kept.pdf"));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("someone's file");
    f.close();
    const QStringList args {QStringLiteral("report"), QStringLiteral("notice"), m_db,
        QStringLiteral("--period"), m_period, QStringLiteral("--out"), pdf, QStringLiteral("--user"),
        QStringLiteral("admin")};
    CliRun r = runCli(args, Password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("--force")));
    QCOMPARE(readAll(pdf), QByteArray("someone's file"));
    r = runCli(QStringList(args) << QStringLiteral("--force"), Password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(readAll(pdf).startsWith("%PDF-"));

    const QString missing = path(QStringLiteral("no-such-folder/notice.pdf"));
    r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), missing, QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(missing));

#ifdef Q_OS_LINUX
    // A folder nobody can write to, root included: a clear failure and nothing left behind.
    r = runCli({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"),
                   m_period, QStringLiteral("--out"), QStringLiteral("/proc/creditdesk-notice.pdf"),
                   QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write /proc/creditdesk-notice.pdf")), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/creditdesk-notice.pdf")));
#endif
#ifdef Q_OS_UNIX
    // An unwritable folder (root writes anywhere, so only as another user): a clear failure, and the
    // temporary file the export writes first is gone too.
    if (::geteuid() != 0) {
        QTemporaryDir locked;
        QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QString target = locked.filePath(QStringLiteral("notice.pdf"));
        r = runCli(
            {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
                QStringLiteral("--out"), target, QStringLiteral("--user"), QStringLiteral("admin")},
            Password);
        QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Cannot write")));
        QVERIFY(QDir(locked.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
#endif
}

void TestCliReports::numbersAreKeptPerYear()
{
    const int year = QDate::currentDate().year();
    const QString first = path(QStringLiteral("first.pdf"));
    CliRun r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), first, QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 0);
    const QString number = r.out.section(QLatin1Char(' '), 1, 1);
    QVERIFY(number.startsWith(QStringLiteral("启信用办〔%1〕").arg(year)));
    const int serial = number.section(QStringLiteral("〕"), 1).remove(QStringLiteral("号")).toInt();
    QVERIFY(serial >= 1);

    // Printing the same number again reuses it; the next export takes the next one.
    r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), path(QStringLiteral("again.pdf")), QStringLiteral("--number"),
            QString::number(serial), QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(number));
    QVERIFY(r.out.contains(QStringLiteral("again")));
    r = runCli({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"),
                   QStringLiteral("%1-01").arg(year), QStringLiteral("--out"),
                   path(QStringLiteral("other.pdf")), QStringLiteral("--number"), QString::number(serial),
                   QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 6); // that number belongs to another period
    // Another format of the same notification keeps its number; another period takes the next one.
    r = runCli({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"),
                   m_period, QStringLiteral("--out"), path(QStringLiteral("same.docx")),
                   QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(number));
    r = runCli({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"),
                   QStringLiteral("%1-01").arg(year), QStringLiteral("--out"),
                   path(QStringLiteral("next.pdf")), QStringLiteral("--user"), QStringLiteral("admin")},
        Password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("〕%1号").arg(serial + 1)), qPrintable(r.out));

    const CliRun audit = runCli({QStringLiteral("audit"), m_db, QStringLiteral("--user"),
                                    QStringLiteral("admin"), QStringLiteral("--json")},
        Password);
    QVERIFY(audit.out.contains(QStringLiteral("notice.issue")));
    QVERIFY(audit.out.contains(QStringLiteral("notice.reprint")));
}

void TestCliReports::onlySupervisorsAndAdminsIssue()
{
    const QString pdf = path(QStringLiteral("officer.pdf"));
    CliRun r = runCli(
        {QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"), m_period,
            QStringLiteral("--out"), pdf, QStringLiteral("--user"), QStringLiteral("officer")},
        DemoPassword);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!QFile::exists(pdf));
    r = runCli({QStringLiteral("report"), QStringLiteral("metrics"), m_db, QStringLiteral("--period"),
                   m_period, QStringLiteral("--user"), QStringLiteral("officer")},
        DemoPassword);
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("report"), QStringLiteral("notice"), m_db, QStringLiteral("--period"),
                   m_period, QStringLiteral("--out"), path(QStringLiteral("supervisor.pdf")),
                   QStringLiteral("--user"), QStringLiteral("supervisor")},
        DemoPassword);
    QCOMPARE(r.exitCode, 0);
}

void TestCliReports::creditReportOfOneSubject()
{
    // A subject of the demo office that has joint measures.
    const CliRun found
        = runCli({QStringLiteral("check"), m_db, QStringLiteral("91"), QStringLiteral("--limit"),
                     QStringLiteral("100"), QStringLiteral("--user"), QStringLiteral("admin"),
                     QStringLiteral("--json")},
            Password);
    QCOMPARE(found.exitCode, 0);
    QJsonObject subject;
    for (const QJsonValue& v : QJsonDocument::fromJson(found.out.toUtf8()).array())
        if (!v.toObject().value(QStringLiteral("measures")).toArray().isEmpty())
            subject = v.toObject();
    QVERIFY(!subject.isEmpty());
    const QString code = subject.value(QStringLiteral("code")).toString();
    const QString name = subject.value(QStringLiteral("name")).toString();

    const QString pdf = path(QStringLiteral("report.pdf"));
    CliRun r = runCli({QStringLiteral("report"), QStringLiteral("check"), m_db, code, QStringLiteral("--out"),
                          pdf, QStringLiteral("--user"), QStringLiteral("officer")},
        DemoPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(name));
    r = runCli({QStringLiteral("report"), QStringLiteral("check"), m_db, QStringLiteral("91"),
                   QStringLiteral("--out"), path(QStringLiteral("many.pdf")), QStringLiteral("--user"),
                   QStringLiteral("officer")},
        DemoPassword);
    QCOMPARE(r.exitCode, 6); // more than one subject
    QVERIFY(!QFile::exists(path(QStringLiteral("many.pdf"))));

    const QString text
        = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (text.isNull())
        QSKIP("poppler-utils is not installed");
    const QString compact = QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    QVERIFY2(compact.contains(name), qPrintable(name + QLatin1String(" not in: ") + compact.left(400)));
    QVERIFY(compact.contains(code));
    const QJsonObject first = subject.value(QStringLiteral("measures")).toArray().first().toObject();
    QVERIFY(
        compact.contains(QString(first.value(QStringLiteral("case")).toString()).remove(QLatin1Char(' '))));
    QVERIFY(poppler(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("(A4)")));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
