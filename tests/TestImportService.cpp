#include "CoreError.h"
#include "exchange/TableSource.h"
#include "services/ImportService.h"
#include "services/RecordService.h"
#include "services/SubjectService.h"
#include "util/Office.h"

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

private:
    QString write(const QString& name, const QString& text, const char* encoding = "UTF-8");
    int recordCount();

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

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
