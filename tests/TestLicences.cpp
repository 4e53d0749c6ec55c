#include "CoreError.h"
#include "domain/Licence.h"
#include "domain/ReportPeriod.h"
#include "services/CheckService.h"
#include "services/ImportService.h"
#include "services/LicenceService.h"
#include "services/PublicExportService.h"
#include "services/SubjectService.h"
#include "services/SupervisionService.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::Office;

namespace {

const QString LicenceHeader = QStringLiteral(
    "行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件号码,法定代表人,"
    "行政许可决定文书名称,"
    "行政许可决定文书号,许可类别,许可证书名称,许可编号,许可内容,许可决定日期,有效期自,有效期至,许可机关,"
    "许可机关统一社会信用代码,当前状态,数据来源单位,公示日期\n");

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

// 行政许可 in the 双公示 licence format: imported by the national headers, published within the
// §13 deadline and counted there, shown on the credit website while valid, and never a credit
// record: neither for nor against the green channel, never a case's basis.
class TestLicences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nationalHeadersImportAndReimportChangesNothing();
    void aLicenceIsNeitherPositiveNorNegative();
    void publicExportShowsLicencesUnderPublication();
    void supervisionCountsTheirPublication();
    void xlsLicenceFile();
    void aLaterFileRevokesAndNothingReinstates();
    void theDeskListsASubjectsLicences();
    void stateWords();

private:
    QString write(const QString& text);

    std::unique_ptr<Office> m_office;
    QTemporaryDir m_dir;
    QString m_a, m_b, m_person;
    QDate m_decided;
    ImportResult m_first;
};

QString TestLicences::write(const QString& text)
{
    const QString path = m_dir.filePath(QStringLiteral("licences.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    return path;
}

void TestLicences::init()
{
    m_office = std::make_unique<Office>();
    // Registered long ago, no negative record: eligible for the green channel before and after.
    m_office->addCompany(
        QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市海鸿食品有限公司"), QDate(2015, 3, 1));
    m_a = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    m_b = Office::uscc(QStringLiteral("MA1X2Y3W5"));
    m_person = Office::citizenId(QStringLiteral("19800101"), QStringLiteral("123"));
    m_decided = QDate::currentDate().addDays(-30);
    const QString t = iso(m_decided);
    const auto row
        = [&](const QStringList& cells) { return cells.join(QLatin1Char(',')) + QLatin1Char('\n'); };
    const QString path = write(LicenceHeader
        + row({QStringLiteral("启东市海鸿食品有限公司"), QStringLiteral("法人及非法人组织"), m_a, QString(),
            QStringLiteral("王海鸿"), QStringLiteral("食品经营许可决定书"),
            QStringLiteral("启审批许〔L〕1号"), QStringLiteral("普通"), QStringLiteral("食品经营许可证"),
            QStringLiteral("JY13206810000001"), QStringLiteral("\"预包装食品销售，热食类食品制售\""), t, t,
            QStringLiteral("长期"), QStringLiteral("市行政审批局"), QStringLiteral("11320681MB0000000X"),
            QStringLiteral("有效"), QStringLiteral("市行政审批局"), iso(m_decided.addDays(2))})
        + row({QStringLiteral("张三"), QStringLiteral("自然人"), QString(), m_person, QString(),
            QStringLiteral("准予行政许可决定书"), QStringLiteral("启审批许〔L〕2号"), QStringLiteral("普通"),
            QStringLiteral("小餐饮登记证"), QStringLiteral("XCY0002"), QStringLiteral("小餐饮"), t, t,
            iso(m_decided.addYears(5)), QStringLiteral("市行政审批局"), QString(), QStringLiteral("1"),
            QStringLiteral("市行政审批局"), iso(m_decided.addDays(3))})
        + row({QStringLiteral("启东市江海饭店"), QStringLiteral("个体工商户"), m_b, QString(),
            QStringLiteral("赵江海"), QStringLiteral("食品经营许可决定书"),
            QStringLiteral("启审批许〔L〕3号"), QStringLiteral("普通"), QStringLiteral("食品经营许可证"),
            QString(), QString(), t, t, QString(), QStringLiteral("市行政审批局"), QString(),
            QStringLiteral("无效"), QStringLiteral("市行政审批局"), iso(m_decided.addDays(1))})
        + row({QStringLiteral("启东市江海饭店"), QString(), m_b, QString(), QString(), QString(),
            QStringLiteral("启审批许〔L〕4号"), QStringLiteral("普通"), QString(), QString(), QString(),
            QStringLiteral("2020-01-02"), QStringLiteral("2020-01-02"), QStringLiteral("2025-01-01"),
            QStringLiteral("市行政审批局"), QString(), QStringLiteral("有效"), QString(),
            QStringLiteral("2020-01-03")})
        + row({QStringLiteral("启东市江海饭店"), QString(), m_b, QString(), QString(), QString(),
            QStringLiteral("启审批许〔L〕5号"), QStringLiteral("特许"), QString(), QString(), QString(), t, t,
            QString(), QStringLiteral("市行政审批局"), QString(), QString(), QString(), QString()})
        + row({QStringLiteral("启东市江海饭店"), QString(), m_b, QString(), QString(), QString(),
            QStringLiteral("启审批许〔L〕6号"), QString(), QString(), QString(), QString(), t, t, QString(),
            QStringLiteral("市行政审批局"), QString(), QStringLiteral("作废中"), QString(), QString()})
        + row({QStringLiteral("启东市江海饭店"), QString(), m_b, QString(), QString(), QString(),
            QStringLiteral("启审批许〔L〕7号"), QString(), QString(), QString(), QString(), t, t,
            iso(m_decided.addDays(-1)), QStringLiteral("市行政审批局"), QString(), QString(), QString(),
            QString()}));
    auto officer = m_office->as(QStringLiteral("officer"));
    m_first = ImportService(*officer).importLicences(path, {});
}

void TestLicences::cleanup()
{
    m_office.reset();
}

void TestLicences::nationalHeadersImportAndReimportChangesNothing()
{
    QCOMPARE(m_first.rows, 7);
    QCOMPARE(m_first.imported, 5);
    QCOMPARE(m_first.subjectsCreated, 2);
    QCOMPARE(m_first.rejected.size(), 2);
    QCOMPARE(m_first.rejected.at(0).row, 7);
    QCOMPARE(m_first.rejected.at(0).column, QStringLiteral("当前状态"));
    QCOMPARE(m_first.rejected.at(1).row, 8);
    QVERIFY2(m_first.rejected.at(1).reason.contains(QStringLiteral("before")),
        qPrintable(m_first.rejected.at(1).reason));
    auto officer = m_office->as(QStringLiteral("officer"));
    // The person came from 证件号码, the organisation beside it from 行政相对人代码_1.
    const auto person = SubjectService(*officer).byCode(m_person);
    QVERIFY(person);
    QCOMPARE(person->kind, SubjectKind::NaturalPerson);
    QCOMPARE(SubjectService(*officer).byCode(m_b)->kind, SubjectKind::IndividualBusiness);

    const ImportResult again = ImportService(*officer).importLicences(
        write(LicenceHeader
            + QStringLiteral("启东市海鸿食品有限公司,,%1,,,,启审批许〔L〕1号,,,,,%2,,,市行政审批局,,,,\n")
                  .arg(m_a, iso(m_decided))),
        {});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 1);
    QVERIFY(again.rejected.isEmpty());

    // A penalty file's header is not a licence file's: the missing column is named.
    try {
        ImportService(*officer).importLicences(
            write(QStringLiteral(
                "统一社会信用代码,行政处罚决定书文号,处罚决定日期,处罚机关\n%1,X1,2026-01-05,市市场监管局\n")
                      .arg(m_a)),
            {});
        QFAIL("a penalty file was taken for licences");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("行政许可决定文书号")), qPrintable(e.message()));
    }
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    try {
        ImportService(*supervisor).importLicences(write(LicenceHeader), {});
        QFAIL("a supervisor imported licences");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
}

void TestLicences::aLicenceIsNeitherPositiveNorNegative()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const auto a = SubjectService(*officer).byCode(m_a);
    const CreditCheckResult check = CheckService(*officer).check(a->id, QDate::currentDate());
    QVERIFY(check.records.isEmpty());
    QVERIFY(check.measures.isEmpty());
    QVERIFY2(check.greenChannel, qPrintable(check.greenChannelReason));
    // The individual business holds only licences (one revoked): still no negative record.
    const auto b = SubjectService(*officer).byCode(m_b);
    QVERIFY(CheckService(*officer).check(b->id, QDate::currentDate()).records.isEmpty());
}

void TestLicences::publicExportShowsLicencesUnderPublication()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const QString json = m_dir.filePath(QStringLiteral("public.json"));
    const PublicExportResult r = PublicExportService(*officer).exportPublic(json);
    QCOMPARE(r.licences, 2); // not the revoked one, the expired one or the unpublished one
    QCOMPARE(r.penalties, 0);
    const QByteArray bytes = cd::test::readAll(json);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QVERIFY(root.contains(QStringLiteral("penalties")));
    QStringList numbers;
    for (const QJsonValue& v : root.value(QStringLiteral("licences")).toArray())
        numbers << v.toObject().value(QStringLiteral("行政许可决定文书号")).toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList {QStringLiteral("启审批许〔L〕1号"), QStringLiteral("启审批许〔L〕2号")}));
    const QJsonObject first = root.value(QStringLiteral("licences")).toArray().last().toObject();
    QCOMPARE(first.value(QStringLiteral("许可证书名称")).toString(), QStringLiteral("食品经营许可证"));
    QCOMPARE(first.value(QStringLiteral("有效期至")).toString(), QString()); // 长期
    QVERIFY(!bytes.contains(m_person.toUtf8()));
    QVERIFY(bytes.contains(m_person.left(6).toUtf8() + "********"));

    const QString csv = m_dir.filePath(QStringLiteral("public.csv"));
    QCOMPARE(PublicExportService(*officer).exportPublic(csv).licences, 2);
    const QString text = QString::fromUtf8(cd::test::readAll(csv));
    QCOMPARE(text.count(QStringLiteral("\r\n行政许可,")), 2);
    QVERIFY(!text.contains(m_person));
    // Once its validity is over a licence leaves the website by itself.
    const QString later = m_dir.filePath(QStringLiteral("later.json"));
    QCOMPARE(PublicExportService(*officer).exportPublic(later, m_decided.addYears(6)).licences, 1);
}

void TestLicences::supervisionCountsTheirPublication()
{
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    const ReportPeriod period = ReportPeriod::parse(
        QStringLiteral("%1..%2").arg(iso(m_decided.addDays(-3)), iso(m_decided.addDays(20))));
    const SupervisionReport report = SupervisionService(*supervisor).report(period);
    const auto it = std::find_if(report.departments.begin(), report.departments.end(),
        [](const DepartmentMetrics& m) { return m.name == QStringLiteral("市行政审批局"); });
    QVERIFY(it != report.departments.end());
    // Four decided in the period (evaluated on its last day, past every deadline): three published
    // within 7 working days, one never published.
    QCOMPARE(it->licencesDue, 4);
    QCOMPARE(it->licencesOnTime, 3);
    QCOMPARE(it->recordsDue, 4);
    QCOMPARE(it->recordsOnTime, 3);
    QCOMPARE(report.totals.licencesDue, 4);
}

void TestLicences::xlsLicenceFile()
{
    // Made by LibreOffice (tests/data/xls/README.md): dates as date cells, as a serial, as text.
    auto officer = m_office->as(QStringLiteral("officer"));
    const ImportResult r = ImportService(*officer).importLicences(
        QStringLiteral(CREDITDESK_SOURCE_DIR "/tests/data/xls/licences.xls"), {});
    QCOMPARE(r.format, QStringLiteral("XLS"));
    QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).column + r.rejected.value(0).reason));
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.subjectsCreated, 2);
    const auto shop = SubjectService(*officer).byCode(Office::uscc(QStringLiteral("MA1X2Y3W7")));
    QVERIFY(shop);
    QCOMPARE(shop->name, QStringLiteral("启东市江海饭店"));
    QCOMPARE(shop->kind, SubjectKind::IndividualBusiness);
}

void TestLicences::aLaterFileRevokesAndNothingReinstates()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const QString header
        = QStringLiteral("统一社会信用代码,行政许可决定文书号,许可决定日期,许可机关,当前状态\n");
    const QString revoke
        = header + QStringLiteral("%1,启审批许〔L〕1号,%2,市行政审批局,2\n").arg(m_a, iso(m_decided));
    const ImportResult r = ImportService(*officer).importLicences(write(revoke), {});
    QVERIFY(r.rejected.isEmpty());
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.unchanged, 0);
    // Off the website from the next export on.
    const QString json = m_dir.filePath(QStringLiteral("after.json"));
    QCOMPARE(PublicExportService(*officer).exportPublic(json).licences, 1);
    // The same file again: nothing left to change.
    const ImportResult again = ImportService(*officer).importLicences(write(revoke), {});
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 1);

    // An old file saying 有效 does not bring it back, and says so.
    const ImportResult old = ImportService(*officer).importLicences(
        write(header + QStringLiteral("%1,启审批许〔L〕1号,%2,市行政审批局,有效\n").arg(m_a, iso(m_decided))),
        {});
    QCOMPARE(old.updated, 0);
    QCOMPARE(old.unchanged, 1);
    QCOMPARE(old.notes.size(), 1);
    QVERIFY2(old.notes.first().contains(QStringLiteral("revoked")), qPrintable(old.notes.first()));
    const auto a = SubjectService(*officer).byCode(m_a);
    const QList<LicenceView> list = LicenceService(*officer).forSubject(a->id);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().licence.revoked);
    QVERIFY(!list.first().onWebsite);

    // --strict with a bad row keeps the revocation out as well.
    const QString mixed = header
        + QStringLiteral("%1,启审批许〔L〕2号,%2,市行政审批局,2\n%1,X,not-a-date,市行政审批局,1\n")
              .arg(m_person, iso(m_decided));
    ImportOptions strict;
    strict.strict = true;
    const ImportResult rolledBack = ImportService(*officer).importLicences(write(mixed), strict);
    QVERIFY(rolledBack.rolledBack);
    QCOMPARE(rolledBack.updated, 0);
    const auto person = SubjectService(*officer).byCode(m_person);
    QVERIFY(!LicenceService(*officer).forSubject(person->id).first().licence.revoked);
}

void TestLicences::theDeskListsASubjectsLicences()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const auto b = SubjectService(*officer).byCode(m_b);
    const QList<LicenceView> list = LicenceService(*officer).forSubject(b->id, m_decided.addDays(30));
    // 3号 (revoked), 4号 (expired in 2025) and 5号 (never published): newest decision first.
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.last().licence.decisionNo, QStringLiteral("启审批许〔L〕4号"));
    QCOMPARE(list.last().licence.departmentName, QStringLiteral("市行政审批局"));
    for (const LicenceView& v : list)
        QVERIFY2(!v.onWebsite, qPrintable(v.licence.decisionNo));
    const auto unpublished = std::find_if(list.begin(), list.end(),
        [](const LicenceView& v) { return v.licence.decisionNo == QStringLiteral("启审批许〔L〕5号"); });
    QVERIFY(unpublished != list.end());
    QCOMPARE(unpublished->publication, PublicationStatus::Overdue);
    const auto revoked
        = std::find_if(list.begin(), list.end(), [](const LicenceView& v) { return v.licence.revoked; });
    QCOMPARE(revoked->licence.decisionNo, QStringLiteral("启审批许〔L〕3号"));
    QCOMPARE(revoked->publication, PublicationStatus::OnTime);
}

void TestLicences::stateWords()
{
    QCOMPARE(Licences::revokedFromState(QString()), std::optional<bool>(false));
    QCOMPARE(Licences::revokedFromState(QStringLiteral("1")), std::optional<bool>(false));
    QCOMPARE(Licences::revokedFromState(QStringLiteral("有效")), std::optional<bool>(false));
    QCOMPARE(Licences::revokedFromState(QStringLiteral("2")), std::optional<bool>(true));
    QCOMPARE(Licences::revokedFromState(QStringLiteral("注销")), std::optional<bool>(true));
    QVERIFY(!Licences::revokedFromState(QStringLiteral("3")));
    Licence l;
    l.publishedOn = QDate(2026, 3, 4);
    l.validTo = QDate(2026, 12, 31);
    QVERIFY(!Licences::underPublication(l, QDate(2026, 3, 3)));
    QVERIFY(Licences::underPublication(l, QDate(2026, 12, 31)));
    QVERIFY(!Licences::underPublication(l, QDate(2027, 1, 1)));
    l.revoked = true;
    QVERIFY(!Licences::underPublication(l, QDate(2026, 6, 1)));
}

QTEST_GUILESS_MAIN(TestLicences)
#include "TestLicences.moc"
