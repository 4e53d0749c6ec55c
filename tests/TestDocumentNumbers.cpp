#include "storage/StoreHelpers.h"
#include "util/Office.h"

#include <QSet>
#include <QTest>

using namespace cd;

// Document numbers stay unique and in order past 9999 a year (a city drafts more cases than that).
class TestDocumentNumbers : public QObject
{
    Q_OBJECT

private slots:
    void numbersRunPastFourDigitsPerSeriesAndYear();
};

void TestDocumentNumbers::numbersRunPastFourDigitsPerSeriesAndYear()
{
    cd::test::Office office;
    auto admin = office.as(QStringLiteral("admin"));
    QSet<QString> seen;
    QString last;
    admin->write([&] {
        for (int i = 0; i < 10001; ++i) {
            last = StoreHelpers::nextDocumentNumber(admin->db(), QStringLiteral("联惩"), 2026);
            seen.insert(last);
        }
        QCOMPARE(StoreHelpers::nextDocumentNumber(admin->db(), QStringLiteral("联惩"), 2027),
            QStringLiteral("联惩〔2027〕0001号"));
        QCOMPARE(StoreHelpers::nextDocumentNumber(admin->db(), QStringLiteral("异议"), 2026),
            QStringLiteral("异议〔2026〕0001号"));
    });
    QCOMPARE(seen.size(), 10001);
    QCOMPARE(last, QStringLiteral("联惩〔2026〕10001号"));
    QVERIFY(seen.contains(QStringLiteral("联惩〔2026〕0001号")));
    QVERIFY(seen.contains(QStringLiteral("联惩〔2026〕9999号")));
}

QTEST_GUILESS_MAIN(TestDocumentNumbers)
#include "TestDocumentNumbers.moc"
