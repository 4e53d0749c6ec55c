// The data-exchange commands as scripts run them: import of every kind, the public export and the
// supervision figures that licences add to, with their JSON shapes and exit codes.
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::CliRun;
using cd::test::keySet;
using cd::test::keysOf;
using cd::test::Office;

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void licencesImportExportAndFigures();
    void badFilesAndKinds();

private:
    CliRun run(const QStringList& args);
    QString write(const QString& name, const QString& text);

    Office m_office;
    QTemporaryDir m_dir;
};

CliRun TestCliExchange::run(const QStringList& args)
{
    return cd::test::runCli(args, Office::Password);
}

QString TestCliExchange::write(const QString& name, const QString& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    return path;
}

void TestCliExchange::licencesImportExportAndFigures()
{
    const QDate decided = QDate::currentDate().addDays(-20);
    const QString file = write(QStringLiteral("licences.csv"),
        QStringLiteral(
            "行政相对人名称,行政相对人代码_1,行政许可决定文书号,许可类别,许可证书名称,许可决定日期,有效期至,"
            "许可机关,当前状态,公示日期\n"
            "启东市海鸿食品有限公司,%1,启审批许〔C〕1号,普通,食品经营许可证,%2,长期,市行政审批局,有效,%3\n"
            "启东市海鸿食品有限公司,%1,启审批许〔C〕2号,普通,食品经营许可证,%2,,市行政审批局,作废,%3\n")
            .arg(Office::uscc(QStringLiteral("MA1X2Y3W4")), decided.toString(Qt::ISODate),
                decided.addDays(1).toString(Qt::ISODate)));
    const CliRun imported = run({QStringLiteral("import"), m_office.path(), file, QStringLiteral("--kind"),
        QStringLiteral("licences"), QStringLiteral("--user"), QStringLiteral("officer"),
        QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 6); // one row rejected, the other kept
    const QJsonObject result = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(keysOf(result),
        keySet({"format", "rows", "imported", "unchanged", "updated", "subjectsCreated", "rolledBack",
            "rejected", "notes"}));
    QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("subjectsCreated")).toInt(), 1);
    QCOMPARE(
        result.value(QStringLiteral("rejected")).toArray().first().toObject().value(QStringLiteral("column")),
        QStringLiteral("当前状态"));
    const CliRun again = run({QStringLiteral("import"), m_office.path(), file, QStringLiteral("--kind"),
        QStringLiteral("licences"), QStringLiteral("--user"), QStringLiteral("officer")});
    QVERIFY2(again.out.startsWith(QStringLiteral("imported 0, rejected 1\n")), qPrintable(again.out));

    // The subject's licences as scripts read them.
    const CliRun listed = run({QStringLiteral("licence"), QStringLiteral("list"), m_office.path(),
        Office::uscc(QStringLiteral("MA1X2Y3W4")), QStringLiteral("--user"), QStringLiteral("officer"),
        QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray licences = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(licences.size(), 1);
    const QJsonObject licence = licences.first().toObject();
    QCOMPARE(keysOf(licence),
        keySet({"id", "subjectId", "decisionNo", "documentName", "kind", "certificateName", "licenceNo",
            "content", "decisionDate", "validFrom", "validTo", "department", "revoked", "publishedOn",
            "publicationDue", "publication", "onWebsite"}));
    QCOMPARE(licence.value(QStringLiteral("decisionNo")).toString(), QStringLiteral("启审批许〔C〕1号"));
    QVERIFY(licence.value(QStringLiteral("validTo")).isNull()); // 长期
    QCOMPARE(licence.value(QStringLiteral("publication")).toString(), QStringLiteral("on_time"));
    QVERIFY(licence.value(QStringLiteral("onWebsite")).toBool());

    const QString out = m_dir.filePath(QStringLiteral("public.json"));
    const CliRun exported
        = run({QStringLiteral("export"), QStringLiteral("public"), m_office.path(), QStringLiteral("--out"),
            out, QStringLiteral("--user"), QStringLiteral("officer"), QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE(keysOf(summary), keySet({"redList", "blackList", "penalties", "licences", "file"}));
    QCOMPARE(summary.value(QStringLiteral("licences")).toInt(), 1);
    const QJsonObject published = QJsonDocument::fromJson(cd::test::readAll(out)).object();
    QCOMPARE(keysOf(published), keySet({"asOf", "redList", "blackList", "penalties", "licences"}));

    const CliRun metrics = run({QStringLiteral("report"), QStringLiteral("metrics"), m_office.path(),
        QStringLiteral("--period"), QString::number(decided.year()), QStringLiteral("--user"),
        QStringLiteral("supervisor"), QStringLiteral("--json")});
    QCOMPARE(metrics.exitCode, 0);
    const QJsonObject totals
        = QJsonDocument::fromJson(metrics.out.toUtf8()).object().value(QStringLiteral("totals")).toObject();
    QVERIFY(totals.contains(QStringLiteral("recordsDue")));
    QCOMPARE(totals.value(QStringLiteral("licencesDue")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("licencesOnTime")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("recordsOnTime")).toInt(), 1);
}

void TestCliExchange::badFilesAndKinds()
{
    const QString page
        = write(QStringLiteral("page.xls"), QStringLiteral("<html><body>导出失败</body></html>"));
    const CliRun bad = run({QStringLiteral("import"), m_office.path(), page, QStringLiteral("--kind"),
        QStringLiteral("records"), QStringLiteral("--user"), QStringLiteral("officer")});
    QCOMPARE(bad.exitCode, 6);
    QVERIFY2(bad.err.contains(QStringLiteral("not an Excel workbook")), qPrintable(bad.err));
    QCOMPARE(bad.out, QString());
    const CliRun kind = run({QStringLiteral("import"), m_office.path(), page, QStringLiteral("--kind"),
        QStringLiteral("permits"), QStringLiteral("--user"), QStringLiteral("officer")});
    QCOMPARE(kind.exitCode, 2);
    QVERIFY2(kind.err.contains(QStringLiteral("licences")), qPrintable(kind.err));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "TestCliExchange.moc"
