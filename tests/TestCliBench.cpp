// `bench --scale 1` once, to prove it works: every figure measured on both databases. Its figures
// are never asserted (machines differ); only that they exist and make sense.
#include "util/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliBench : public QObject
{
    Q_OBJECT

private slots:
    void benchMeasuresEveryFigureOnBothDatabases();
};

void TestCliBench::benchMeasuresEveryFigureOnBothDatabases()
{
    const auto r = cd::test::runCli(
        {QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("--json")},
        {}, {}, 600000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray figures = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList names;
    for (const QJsonValue& v : figures) {
        const QJsonObject f = v.toObject();
        names << f.value(QStringLiteral("name")).toString();
        if (f.contains(QStringLiteral("peak_rss_mb"))) {
            QVERIFY(f.value(QStringLiteral("peak_rss_mb")).toDouble() > 10);
            continue;
        }
        for (const char* key : {"p50_ms", "p95_ms", "plain_p50_ms", "ratio"})
            QVERIFY2(f.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(f.value(QStringLiteral("p95_ms")).toDouble() >= f.value(QStringLiteral("p50_ms")).toDouble());
    }
    for (const char* expected :
        {"open database", "lookup by code", "name substring, 2 characters", "name substring, 4 characters",
            "credit check, subject with many records", "quarter supervision metrics", "import", "peak RSS"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    // The benchmark cleans up after itself and refuses a scale it was not made for.
    QCOMPARE(
        cd::test::runCli({QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("0")}).exitCode,
        6);
}

QTEST_GUILESS_MAIN(TestCliBench)
#include "TestCliBench.moc"
