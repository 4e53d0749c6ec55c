#include "CoreError.h"
#include "exchange/TableSource.h"
#include "services/ImportService.h"
#include "services/RecordService.h"
#include "services/SubjectService.h"
#include "storage/Database.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

const QString PenaltyHeader
    = QStringLiteral("行政相对人名称,统一社会信用代码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,"
                     "处罚类别,处罚内容,处罚决定日期,处罚机关,数据来源单位\n");

QString penaltyRow(const QString& name, const QString& code, const QString& number, const QString& date,
    const QString& department = QStringLiteral("市市场监管局"))
{
    return QStringLiteral("%1,%2,%3,无照经营,\"未取得营业执照, "
                          "从事经营\",《无证无照经营查处办法》第十三条,罚款,罚款5000元,%4,%5,%5\n")
        .arg(name, code, number, date, department);
}

} // namespace

// Imports as departments send them: strict, lossless, repeatable, and refusing with reasons.
class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void penaltiesInGb18030RegisterSubjectsAndRecords();
    void reimportingChangesNothing();
    void rejectedRowsComeBackWithReasonsAndMaskedIds();
    void strictImportsNothingWhenARowFails();
    void cancellingKeepsNothing();
    void headerProblemsAreNamed();
    void subjectsImport();
    void xlsPenaltiesAndSubjects();
    void badFilesGiveOneMessageAndWriteNothing_data();
    void badFilesGiveOneMessageAndWriteNothing();
    void formulasWithoutValueAreRejectedRows();
    void aMillionRowsAreRefusedBeforeAnythingIsWritten();

private:
    QString write(const QString& name, const QString& text, const char* encoding = "UTF-8");
    int recordCount();
    // Subjects, records, licences and audit entries: what a half-written import would leave.
    QList<qint64> rowCounts();

    std::unique_ptr<Office> m_office;
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

void TestImportService::init()
{
    m_office = std::make_unique<Office>();
    m_a = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    m_b = Office::uscc(QStringLiteral("MA1X2Y3W5"));
}

void TestImportService::cleanup()
{
    m_office.reset();
}

QString TestImportService::write(const QString& name, const QString& text, const char* encoding)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QStringEncoder enc(encoding);
    f.write(enc.encode(text));
    return path;
}

int TestImportService::recordCount()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    int n = 0;
    for (const QString& code : {m_a, m_b}) {
        if (const auto s = SubjectService(*officer).byCode(code))
            n += RecordService(*officer).forSubject(s->id).size();
    }
    return n;
}

QList<qint64> TestImportService::rowCounts()
{
    auto admin = m_office->as(QStringLiteral("admin"));
    QList<qint64> counts;
    for (const char* table : {"subjects", "subject_names", "credit_records", "licences", "audit_log"})
        counts << admin->db()
                      .scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                      .toLongLong();
    return counts;
}

void TestImportService::penaltiesInGb18030RegisterSubjectsAndRecords()
{
    const QString path = write(QStringLiteral("p.csv"),
        PenaltyHeader
            + penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a, QStringLiteral("启市监罚〔2026〕1号"),
                QStringLiteral("2026/3/2"))
            + penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a, QStringLiteral("启市监罚〔2026〕2号"),
                QStringLiteral("2026年3月5日"))
            + penaltyRow(QStringLiteral("启东市明达贸易有限公司"), m_b, QStringLiteral("启市监罚〔2026〕3号"),
                QStringLiteral("46090")),
        "GB18030");
    auto officer = m_office->as(QStringLiteral("officer"));
    const ImportResult r = ImportService(*officer).importRecords(path, {});
    QCOMPARE(r.format, QStringLiteral("CSV (GB18030)"));
    QCOMPARE(r.rows, 3);
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.subjectsCreated, 2);
    QVERIFY(r.rejected.isEmpty());
    const auto subject = SubjectService(*officer).byCode(m_a);
    QVERIFY(subject);
    QCOMPARE(subject->name, QStringLiteral("启东市华信建材有限公司"));
    const auto records = RecordService(*officer).forSubject(subject->id);
    QCOMPARE(records.size(), 2);
    const CreditRecord& first = records.last().record.decisionNo == QStringLiteral("启市监罚〔2026〕1号")
        ? records.last().record
        : records.first().record;
    QCOMPARE(first.decisionDate, QDate(2026, 3, 2));
    QCOMPARE(first.category, QStringLiteral("无照经营"));
    QVERIFY(first.content.contains(QStringLiteral("未取得营业执照, 从事经营")));
    QCOMPARE(first.severity, std::optional<Severity>(Severity::General));
    QCOMPARE(first.departmentName, QStringLiteral("市市场监管局"));
    QVERIFY(!r.notes.isEmpty()); // the defaulted severity is said
}

void TestImportService::reimportingChangesNothing()
{
    const QString path = write(QStringLiteral("p.csv"),
        PenaltyHeader
            + penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a, QStringLiteral("启市监罚〔2026〕1号"),
                QStringLiteral("2026-03-02")));
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(ImportService(*officer).importRecords(path, {}).imported, 1);
    const ImportResult again = ImportService(*officer).importRecords(path, {});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 1);
    QCOMPARE(again.subjectsCreated, 0);
    QCOMPARE(recordCount(), 1);
}

void TestImportService::rejectedRowsComeBackWithReasonsAndMaskedIds()
{
    const QString person = Office::citizenId(QStringLiteral("19800101"), QStringLiteral("123"));
    QString badPerson = person;
    badPerson[10] = badPerson[10] == u'1' ? u'2' : u'1'; // the month, so the check character fails
    const QString path = write(QStringLiteral("bad.csv"),
        PenaltyHeader
            + penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a, QStringLiteral("启市监罚〔2026〕1号"),
                QStringLiteral("2026-03-02"))
            + penaltyRow(QStringLiteral("张三"), badPerson, QStringLiteral("启市监罚〔2026〕2号"),
                QStringLiteral("2026-03-02"))
            + penaltyRow(QStringLiteral("启东市明达贸易有限公司"), m_b, QStringLiteral("启市监罚〔2026〕3号"),
                QStringLiteral("明天"))
            + penaltyRow(QStringLiteral("启东市明达贸易有限公司"), m_b, QStringLiteral("启市监罚〔2026〕4号"),
                QStringLiteral("2026-03-02"), QStringLiteral("不存在局"))
            + penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a, QStringLiteral("启市监罚〔2026〕1号"),
                QStringLiteral("2026-03-02"))
            + penaltyRow(QStringLiteral("启东市明达贸易有限公司"), m_b, QStringLiteral("启市监罚〔2026〕5号"),
                QStringLiteral("2030-01-01")));
    auto officer = m_office->as(QStringLiteral("officer"));
    const ImportResult r = ImportService(*officer).importRecords(path, {});
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.rejected.size(), 5);
    QCOMPARE(r.rejected.at(0).row, 3);
    QCOMPARE(r.rejected.at(0).column, QStringLiteral("统一社会信用代码"));
    QVERIFY2(!r.rejected.at(0).value.contains(badPerson.mid(6, 8)), qPrintable(r.rejected.at(0).value));
    QCOMPARE(r.rejected.at(1).column, QStringLiteral("处罚决定日期"));
    QCOMPARE(r.rejected.at(2).column, QStringLiteral("处罚机关"));
    QCOMPARE(r.rejected.at(2).reason, QStringLiteral("not a department of the office"));
    QCOMPARE(r.rejected.at(2).value, QStringLiteral("不存在局"));
    QVERIFY(r.rejected.at(3).reason.contains(QStringLiteral("row 2")));
    QVERIFY(r.rejected.at(4).reason.contains(QStringLiteral("future")));
    // Nobody was registered for a rejected row.
    QVERIFY(!SubjectService(*officer).byCode(m_b));

    // The error report reads back as the same rows.
    const QString report = m_dir.filePath(QStringLiteral("errors.xlsx"));
    QFile::remove(report);
    ImportService::writeErrorReport(r, report);
    auto source = TableSource::open(report);
    TableRow row;
    QVERIFY(source->next(row));
    QCOMPARE(row.cells.size(), 4);
    QVERIFY(source->next(row));
    QCOMPARE(row.cells.at(0), QStringLiteral("3"));
    QCOMPARE(row.cells.at(1), QStringLiteral("统一社会信用代码"));
    int rest = 1;
    while (source->next(row))
        ++rest;
    QCOMPARE(rest, 5);
    try {
        ImportService::writeErrorReport(r, report);
        QFAIL("an error report was overwritten");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::Failed);
    }
}

void TestImportService::strictImportsNothingWhenARowFails()
{
    const QString path = write(QStringLiteral("s.csv"),
        PenaltyHeader
            + penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a, QStringLiteral("启市监罚〔2026〕1号"),
                QStringLiteral("2026-03-02"))
            + penaltyRow(QStringLiteral("启东市明达贸易有限公司"), m_b, QStringLiteral("启市监罚〔2026〕3号"),
                QStringLiteral("x")));
    auto officer = m_office->as(QStringLiteral("officer"));
    ImportOptions strict;
    strict.strict = true;
    const ImportResult r = ImportService(*officer).importRecords(path, strict);
    QVERIFY(r.rolledBack);
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.rejected.size(), 1);
    QVERIFY(!SubjectService(*officer).byCode(m_a));
    QCOMPARE(recordCount(), 0);
}

void TestImportService::cancellingKeepsNothing()
{
    QString text = PenaltyHeader;
    for (int i = 0; i < 2500; ++i)
        text += penaltyRow(QStringLiteral("启东市华信建材有限公司"), m_a,
            QStringLiteral("启市监罚〔2026〕%1号").arg(i + 1), QStringLiteral("2026-03-02"));
    const QString path = write(QStringLiteral("c.csv"), text);
    auto officer = m_office->as(QStringLiteral("officer"));
    int calls = 0;
    try {
        ImportService(*officer).importRecords(path, {}, [&](int) { return ++calls < 2; });
        QFAIL("a cancelled import finished");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::Failed);
    }
    QCOMPARE(calls, 2);
    QCOMPARE(recordCount(), 0);
    QVERIFY(!SubjectService(*officer).byCode(m_a));
}

void TestImportService::headerProblemsAreNamed()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const auto refusal = [&](const QString& text) -> QString {
        try {
            ImportService(*officer).importRecords(write(QStringLiteral("h.csv"), text), {});
        } catch (const CoreError& e) {
            return e.kind() == ErrorKind::InvalidInput ? e.message() : QStringLiteral("kind");
        }
        return {};
    };
    QVERIFY(refusal(QStringLiteral("甲,乙,丙\n1,2,3\n")).contains(QStringLiteral("not a header row")));
    QVERIFY(
        refusal(QStringLiteral("统一社会信用代码,行政处罚决定书文号,处罚决定日期,处罚机关,处罚决定日期\n"))
            .contains(QStringLiteral("处罚决定日期")));
    QVERIFY(refusal(QStringLiteral("统一社会信用代码,处罚决定日期,处罚机关\n"))
                .contains(QStringLiteral("行政处罚决定书文号")));
    QVERIFY(refusal(QString()).contains(QStringLiteral("no rows")));
}

void TestImportService::subjectsImport()
{
    const QString person = Office::citizenId(QStringLiteral("19800101"), QStringLiteral("123"));
    const QString path = write(QStringLiteral("subjects.csv"),
        QStringLiteral(
            "统一社会信用代码,名称,住所,成立日期\n%1,启东市华信建材有限公司,启东市人民中路1号,2012-05-01\n"
            "%2,张三,,\n%1,重复,,\n")
            .arg(m_a, person));
    auto officer = m_office->as(QStringLiteral("officer"));
    const ImportResult r = ImportService(*officer).importSubjects(path, {});
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.rejected.size(), 1);
    const auto s = SubjectService(*officer).byCode(m_a);
    QVERIFY(s);
    QCOMPARE(s->registeredOn, QDate(2012, 5, 1));
    QCOMPARE(SubjectService(*officer).byCode(person)->kind, SubjectKind::NaturalPerson);
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    try {
        ImportService(*supervisor).importSubjects(path, {});
        QFAIL("a supervisor imported subjects");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
}

void TestImportService::xlsPenaltiesAndSubjects()
{
    const QString dir = QStringLiteral(CREDITDESK_SOURCE_DIR "/tests/data/xls/");
    auto officer = m_office->as(QStringLiteral("officer"));
    const ImportResult r = ImportService(*officer).importRecords(dir + QStringLiteral("penalties.xls"), {});
    QCOMPARE(r.format, QStringLiteral("XLS"));
    QCOMPARE(r.rows, 4);
    QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).reason));
    QCOMPARE(r.imported, 4);
    QCOMPARE(r.subjectsCreated, 3);
    const auto a = SubjectService(*officer).byCode(m_a);
    QVERIFY(a);
    QCOMPARE(a->name, QStringLiteral("启东市华信建材有限公司"));
    QMap<QString, CreditRecord> byNumber;
    for (const QString& code : {m_a, m_b, QStringLiteral("320681198001011230")}) {
        const auto s = SubjectService(*officer).byCode(code);
        QVERIFY2(s, qPrintable(code));
        for (const RecordView& v : RecordService(*officer).forSubject(s->id))
            byNumber.insert(v.record.decisionNo, v.record);
    }
    QCOMPARE(byNumber.size(), 4);
    const CreditRecord first = byNumber.value(QStringLiteral("启市监罚〔2026〕11号"));
    QCOMPARE(first.decisionDate, QDate(2026, 3, 2)); // a date cell
    QCOMPARE(first.category, QStringLiteral("无照经营"));
    QCOMPARE(first.content, QStringLiteral("未取得营业执照，从事建材经营\n罚款5000元"));
    QCOMPARE(first.legalBasis, QStringLiteral("《无证无照经营查处办法》第十三条"));
    QCOMPARE(first.departmentName, QStringLiteral("市市场监管局"));
    const CreditRecord second = byNumber.value(QStringLiteral("启市监罚〔2026〕12号"));
    QCOMPARE(second.decisionDate, QDate(2026, 3, 9)); // an Excel serial
    QCOMPARE(second.content, QStringLiteral("罚款2万元")); // the empty 违法事实 adds nothing
    QCOMPARE(byNumber.value(QStringLiteral("启市监罚〔2026〕13号")).decisionDate, QDate(2026, 3, 5));
    QCOMPARE(byNumber.value(QStringLiteral("启市监罚〔2026〕14号")).decisionDate, QDate(2026, 3, 6));
    QCOMPARE(ImportService(*officer).importRecords(dir + QStringLiteral("penalties.xls"), {}).unchanged, 4);

    const ImportResult subjects
        = ImportService(*officer).importSubjects(dir + QStringLiteral("subjects.xls"), {});
    QCOMPARE(subjects.format, QStringLiteral("XLS"));
    QVERIFY2(subjects.rejected.isEmpty(), qPrintable(subjects.rejected.value(0).reason));
    QCOMPARE(subjects.imported, 4);
    const auto food = SubjectService(*officer).byCode(Office::uscc(QStringLiteral("MA1X2Y3W6")));
    QVERIFY(food);
    QCOMPARE(food->name, QStringLiteral("启东市海鸿食品有限公司"));
    QCOMPARE(food->address, QStringLiteral("启东市汇龙镇人民中路88号"));
    QCOMPARE(food->registeredOn, QDate(2012, 5, 1));
    const auto person = SubjectService(*officer).byCode(QStringLiteral("320681198506152469"));
    QVERIFY(person);
    QCOMPARE(person->kind, SubjectKind::NaturalPerson);
    QCOMPARE(person->name, QStringLiteral("李四"));
    QVERIFY(person->address.isEmpty());
    QVERIFY(!person->registeredOn.isValid());
    const auto shop = SubjectService(*officer).byCode(Office::uscc(QStringLiteral("MA1X2Y3W7")));
    QCOMPARE(shop->kind, SubjectKind::IndividualBusiness);
    QCOMPARE(shop->registeredOn, QDate(2015, 8, 20));
    QCOMPARE(SubjectService(*officer).byCode(Office::uscc(QStringLiteral("MA1X2Y3W8")))->registeredOn,
        QDate(2012, 4, 1));
}

void TestImportService::badFilesGiveOneMessageAndWriteNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a phrase of the one message
    const QString a = Office::uscc(QStringLiteral("MA1X2Y3W4")); // init() has not run for _data
    const QByteArray good = (PenaltyHeader
        + penaltyRow(QStringLiteral("启东市华信建材有限公司"), a, QStringLiteral("启市监罚〔2026〕1号"),
            QStringLiteral("2026-03-02")))
                                .toUtf8();
    // A real workbook cut in half, as an interrupted download or a full USB stick leaves it.
    const QString whole = m_dir.filePath(QStringLiteral("whole.xlsx"));
    QVERIFY(cd::test::writeXlsx(whole,
        QStringLiteral(
            "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>统一社会信用代码</t></is>"
            "</c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>%1</t></is></c></row></sheetData>"
            "</worksheet>")
            .arg(a)
            .toUtf8(),
        "<sst/>"));
    const QByteArray workbook = cd::test::readAll(whole);
    QTest::newRow("a truncated zip") << QStringLiteral("cut.xlsx") << workbook.left(workbook.size() / 2)
                                     << QStringLiteral("cut short");
    QTest::newRow("a web page named .xlsx")
        << QStringLiteral("page.xlsx")
        << QByteArray("<html><body><table><tr><td>") + good + "</td></tr></table>"
        << QStringLiteral("not an Excel workbook");
    QTest::newRow("a PDF named .csv")
        << QStringLiteral("scan.csv") << QByteArray("%PDF-1.7\n\0\0\0", 12) + good
        << QStringLiteral("neither a spreadsheet nor a CSV");
    QTest::newRow("a zip that is no workbook")
        << QStringLiteral("z.xlsx") << QByteArray("PK\x03\x04") + QByteArray(200, '\0')
        << QStringLiteral("zip archive");
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16 without its BOM")
        << QStringLiteral("u16.csv") << QByteArray(utf16.encode(QString::fromUtf8(good)))
        << QStringLiteral("another encoding"); // no NUL among its first bytes of CJK text
    // Big5 bytes for a traditional-Chinese header: not UTF-8, so read as GB18030, and no column matches.
    QTest::newRow("another encoding (Big5)")
        << QStringLiteral("big5.csv")
        << QByteArray("\xB2\xCE\xA4\x40\xAA\xC0\xB7\x7C\xAB\x48\xA5\xCE\xA5\x4E\xBD\x58,\xA6\x57\xBA\xD9\n")
            + good
        << QStringLiteral("encoding");
    QTest::newRow("duplicate headers")
        << QStringLiteral("dup.csv")
        << (QStringLiteral(
               "统一社会信用代码,行政处罚决定书文号,处罚决定日期,处罚机关,处罚决定日期\n%1,X1,2026-03-02,"
               "市市场监管局,2026-03-02\n")
                   .arg(a)
                   .toUtf8())
        << QStringLiteral("处罚决定日期");
    QTest::newRow("no header row") << QStringLiteral(
        "nohead.csv") << QStringLiteral("%1,启市监罚〔2026〕9号,2026-03-02,市市场监管局\n").arg(a).toUtf8()
                                   << QStringLiteral("header row");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray() << QStringLiteral("no rows");
    QTest::newRow("unclosed quote") << QStringLiteral("quote.csv") << good + "\"启东市,\n"
                                    << QStringLiteral("never closed");
}

void TestImportService::badFilesGiveOneMessageAndWriteNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    const QList<qint64> before = rowCounts();
    auto officer = m_office->as(QStringLiteral("officer"));
    try {
        ImportService(*officer).importRecords(path, {});
        QFAIL("a bad file was imported");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message())); // one message
    }
    QCOMPARE(rowCounts(), before);
}

void TestImportService::formulasWithoutValueAreRejectedRows()
{
    // A sheet saved by a program that does not compute formulas (a script, a converter): the
    // row with the uncomputed date is rejected with the way out, the others are imported.
    const QString path = m_dir.filePath(QStringLiteral("f.xlsx"));
    const auto cells = [](int row, const QStringList& values, const QString& date) {
        QString xml = QStringLiteral("<row r=\"%1\">").arg(row);
        for (const QString& v : values)
            xml += QStringLiteral("<c t=\"inlineStr\"><is><t>%1</t></is></c>").arg(v);
        return xml + date + QStringLiteral("</row>");
    };
    const QString sheet = QStringLiteral("<worksheet><sheetData>")
        + cells(1,
            {QStringLiteral("统一社会信用代码"), QStringLiteral("行政相对人名称"),
                QStringLiteral("行政处罚决定书文号"), QStringLiteral("处罚机关"),
                QStringLiteral("违法行为类型")},
            QStringLiteral("<c t=\"inlineStr\"><is><t>处罚决定日期</t></is></c>"))
        + cells(2,
            {m_a, QStringLiteral("启东市华信建材有限公司"), QStringLiteral("F1"),
                QStringLiteral("市市场监管局"), QStringLiteral("无照经营")},
            QStringLiteral("<c><v>46083</v></c>"))
        + cells(3,
            {m_b, QStringLiteral("启东市明达贸易有限公司"), QStringLiteral("F2"),
                QStringLiteral("市市场监管局"), QStringLiteral("无照经营")},
            QStringLiteral("<c><f>DATE(2026,3,2)</f></c>"))
        + QStringLiteral("</sheetData></worksheet>");
    QVERIFY(cd::test::writeXlsx(path, sheet.toUtf8(), "<sst/>"));
    auto officer = m_office->as(QStringLiteral("officer"));
    ImportOptions strict;
    strict.strict = true;
    const QList<qint64> before = rowCounts();
    const ImportResult refused = ImportService(*officer).importRecords(path, strict);
    QVERIFY(refused.rolledBack);
    QCOMPARE(rowCounts(), before);
    const ImportResult r = ImportService(*officer).importRecords(path, {});
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.rejected.size(), 1);
    QCOMPARE(r.rejected.first().row, 3);
    QVERIFY2(
        r.rejected.first().reason.contains(QStringLiteral("formula")), qPrintable(r.rejected.first().reason));
    QVERIFY(!SubjectService(*officer).byCode(m_b)); // nobody registered for the rejected row
}

void TestImportService::aMillionRowsAreRefusedBeforeAnythingIsWritten()
{
    // Generated here, a megabyte at a time: about 110 MB that never sit in memory whole.
    const QString path = m_dir.filePath(QStringLiteral("million.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(PenaltyHeader.toUtf8());
        const QByteArray prefix
            = QStringLiteral("启东市华信建材有限公司,%1,启市监罚〔2026〕").arg(m_a).toUtf8();
        const QByteArray suffix
            = QStringLiteral("号,无照经营,,,罚款,罚款5000元,2026-03-02,市市场监管局,\n").toUtf8();
        QByteArray chunk;
        for (int i = 1; i <= 1000000; ++i) {
            chunk += prefix;
            chunk += QByteArray::number(i);
            chunk += suffix;
            if (chunk.size() > (1 << 20)) {
                QVERIFY(f.write(chunk) == chunk.size());
                chunk.clear();
            }
        }
        QVERIFY(f.write(chunk) == chunk.size());
    }
    const QList<qint64> before = rowCounts();
    auto officer = m_office->as(QStringLiteral("officer"));
    int progressCalls = 0;
    try {
        ImportService(*officer).importRecords(path, {}, [&](int) { return ++progressCalls > 0; });
        QFAIL("a million rows were taken in one import");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("Split the file")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("500")), qPrintable(e.message()));
    }
    QCOMPARE(progressCalls, 0); // refused before a row was read, let alone written
    QCOMPARE(rowCounts(), before);
    QCOMPARE(recordCount(), 0);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
