#include "CoreError.h"
#include "services/ObjectionService.h"
#include "services/PublicExportService.h"
#include "services/TipService.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::Office;

// What the credit website receives: public fields only, masked IDs, nothing withdrawn, nothing
// past its publicity period, and never a confidential report.
class TestPublicExportService : public QObject
{
    Q_OBJECT

private slots:
    void onlyWhatIsPublicGoesOut();
};

void TestPublicExportService::onlyWhatIsPublicGoesOut()
{
    Office office;
    QTemporaryDir dir;
    const qint64 company
        = office.addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    const qint64 person
        = office.addPerson(QStringLiteral("19800101"), QStringLiteral("123"), QStringLiteral("张三"));
    const QString personId = Office::citizenId(QStringLiteral("19800101"), QStringLiteral("123"));
    const QDate recent = QDate::currentDate().addDays(-20);
    office.addRecord(company, QStringLiteral("启市监罚〔P〕1号"), Severity::General, recent);
    office.addRecord(person, QStringLiteral("启市监罚〔P〕2号"), Severity::General, recent);
    const qint64 wrong
        = office.addRecord(company, QStringLiteral("启市监罚〔P〕3号"), Severity::General, recent);
    office.addRecord(
        company, QStringLiteral("启市监罚〔P〕4号"), Severity::General, QDate(2023, 1, 9)); // ended 2024
    auto officer = office.as(QStringLiteral("officer"));
    auto reviewer = office.as(QStringLiteral("reviewer"));
    Objection o = ObjectionService(*officer).file(
        ObjectionTarget::Record, wrong, QStringLiteral("x"), recent.addDays(3));
    ObjectionService(*officer).accept(o.id, recent.addDays(4));
    ObjectionService(*reviewer).decide(
        o.id, ObjectionOutcome::InformationWrong, true, QStringLiteral("错误"), recent.addDays(5));
    TipService(*officer).add(company, QString(), QStringLiteral("举报内容绝密"), TipChannel::Phone, recent,
        TipReporter {QStringLiteral("甄隐名"), QStringLiteral("13912345678")});

    const QString json = dir.filePath(QStringLiteral("p.json"));
    const PublicExportResult r = PublicExportService(*officer).exportPublic(json);
    QCOMPARE(r.penalties, 2);
    const QByteArray bytes = cd::test::readAll(json);
    const QJsonArray penalties
        = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("penalties")).toArray();
    QStringList numbers;
    for (const QJsonValue& v : penalties)
        numbers << v.toObject().value(QStringLiteral("行政处罚决定书文号")).toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList {QStringLiteral("启市监罚〔P〕1号"), QStringLiteral("启市监罚〔P〕2号")}));
    QVERIFY(!bytes.contains(personId.toUtf8()));
    QVERIFY(bytes.contains(personId.left(6).toUtf8() + "********"));
    QVERIFY(!bytes.contains(QStringLiteral("举报").toUtf8()));
    QVERIFY(!bytes.contains(QStringLiteral("甄隐名").toUtf8()));

    for (const char* name : {"p.csv", "p.xlsx"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QCOMPARE(PublicExportService(*officer).exportPublic(path).penalties, 2);
        QVERIFY(QFileInfo(path).size() > 0);
    }
    try {
        PublicExportService(*officer).exportPublic(json);
        QFAIL("an export overwrote a file");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::Failed);
    }
    try {
        PublicExportService(*officer).exportPublic(dir.filePath(QStringLiteral("p.pdf")));
        QFAIL("an unknown format was accepted");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestPublicExportService)
#include "TestPublicExportService.moc"
