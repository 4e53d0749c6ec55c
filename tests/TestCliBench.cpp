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
        const QString name = f.value(QStringLiteral("name")).toString();
        names << name;
        if (f.contains(QStringLiteral("skipped"))) {
#ifdef CREDITDESK_GUI_BUILT
            QFAIL(qPrintable(f.value(QStringLiteral("skipped")).toString()));
#endif
            continue;
        }
        if (name == QLatin1String("peak RSS")) {
            QVERIFY(f.value(QStringLiteral("peak_rss_mb")).toDouble() > 10);
            continue;
        }
        for (const char* key : {"p50_ms", "p95_ms", "plain_p50_ms", "ratio"})
            QVERIFY2(f.value(QLatin1String(key)).toDouble() > 0,
                qPrintable(name + QLatin1Char(' ') + QLatin1String(key)));
        QVERIFY(f.value(QStringLiteral("p95_ms")).toDouble() >= f.value(QStringLiteral("p50_ms")).toDouble());
    }
    for (const char* expected :
        {"open database", "lookup by code", "name substring, 2 characters", "name substring, 4 characters",
            "credit check, subject with many records", "quarter supervision metrics", "notification PDF",
            "case list, first screen (100 rows, sorted)", "GUI, every list opened", "import", "peak RSS"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    // The timed repetitions come after a first pass over the same inputs, which is reported too.
    const QJsonObject lookup = figures.at(names.indexOf(QStringLiteral("lookup by code"))).toObject();
    QVERIFY(lookup.value(QStringLiteral("cold_p50_ms")).toDouble() > 0);
    QVERIFY(lookup.value(QStringLiteral("plain_cold_p50_ms")).toDouble() > 0);
    // The desktop client's memory, each database in a process of its own, after every page was
    // visited, its lists scrolled past their first page, and a subject and a case opened.
#ifdef CREDITDESK_GUI_BUILT
    const QJsonObject gui = figures.at(names.indexOf(QStringLiteral("GUI, every list opened"))).toObject();
    QVERIFY(gui.value(QStringLiteral("peak_rss_mb")).toDouble() > 10);
    QVERIFY(gui.value(QStringLiteral("plain_peak_rss_mb")).toDouble() > 10);
    QVERIFY(gui.value(QStringLiteral("pages")).toInt() >= 10);
    QCOMPARE(gui.value(QStringLiteral("dialogs")).toInt(), 2);
    QVERIFY(gui.value(QStringLiteral("rows_loaded")).toInt() > 1000);
#endif
    // The benchmark cleans up after itself and refuses a scale it was not made for.
    QCOMPARE(
        cd::test::runCli({QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("0")}).exitCode,
        6);
}

QTEST_GUILESS_MAIN(TestCliBench)
#include "TestCliBench.moc"
