#include "reports/DocumentFonts.h"
#include "reports/OfficialPdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

// The text layer of our PDFs says what the page shows: copying, searching and the city's archive
// software read the same characters the clerk typed.
class TestOfficialPdf : public QObject
{
    Q_OBJECT

private slots:
    void textExtractsAsWritten_data();
    void textExtractsAsWritten();
    void aTableRowIsNeverSplitOverAPageBreak();

private:
    static QStringList extractedLines(const QByteArray& pdf);
};

QStringList TestOfficialPdf::extractedLines(const QByteArray& bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .remove(QLatin1Char(' '))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestOfficialPdf::textExtractsAsWritten_data()
{
    QTest::addColumn<QString>("text");
    // Each shares its glyph in Noto CJK with a radical below U+4E00 that Qt would name it by:
    // Kangxi radicals (用 ⽤, 金 ⾦, 山 ⼭) and simplified ones of the supplement (车 ⻋, 门 ⻔, 长 ⻓, 马
    // ⻢, 鱼 ⻥, 风 ⻛, 见 ⻅, 贝 ⻉, 页 ⻚, 食 ⻝).
    QTest::newRow("kangxi") << QStringLiteral("信用金山");
    QTest::newRow("supplement") << QStringLiteral("汽车门长马鱼风见贝页食");
    QTest::newRow("a company") << QStringLiteral("寅阳镇嘉禾汽车服务股份有限公司");
}

void TestOfficialPdf::textExtractsAsWritten()
{
    QFETCH(QString, text);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils, installed by scripts/setup-debian.sh) is missing");
    OfficialPdf pdf(QStringLiteral("test"));
    QTextCursor cursor(&pdf.document());
    cursor.insertBlock(pdf.bodyBlock(),
        OfficialPdf::charFormat(DocumentFonts::font(DocumentFonts::fangSong(), OfficialPdf::BodyPoints)));
    cursor.insertText(text);
    cursor.insertBlock(pdf.bodyBlock(),
        OfficialPdf::charFormat(DocumentFonts::font(DocumentFonts::heiTi(), OfficialPdf::BodyPoints)));
    cursor.insertText(text);
    const QStringList lines = extractedLines(pdf.finish());
    QCOMPARE(lines.value(0), text);
    QCOMPARE(lines.value(1), text);
}

void TestOfficialPdf::aTableRowIsNeverSplitOverAPageBreak()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils, installed by scripts/setup-debian.sh) is missing");
    // A name beside figures: the CJK line is taller than the digits' line. The table starts a little
    // lower each time, so that some page break falls inside a row's height.
    NoticeTable table;
    table.title = QStringLiteral("Table 1");
    table.header = {QStringLiteral("Rank"), QStringLiteral("Department"), QStringLiteral("Received"),
        QStringLiteral("Late")};
    table.widths = {10, 50, 20, 20};
    for (int i = 1; i <= 40; ++i)
        table.rows.append({{NoticeCell::Kind::Count, i}, {NoticeCell::Kind::Text, QStringLiteral("市财政局")},
            {NoticeCell::Kind::Count, 100 + i}, {NoticeCell::Kind::Count, i % 7}});
    for (int offset = 0; offset < 12; ++offset) {
        OfficialPdf pdf(QStringLiteral("test"));
        QTextCursor cursor(&pdf.document());
        QTextBlockFormat spacer = pdf.bodyBlock();
        spacer.setTopMargin(pdf.linePitch() * offset / 12.0);
        cursor.insertBlock(spacer,
            OfficialPdf::charFormat(DocumentFonts::font(DocumentFonts::fangSong(), OfficialPdf::BodyPoints)));
        cursor.insertText(QStringLiteral("各部门"));
        pdf.insertTable(cursor, table, 10.5);
        const QStringList lines = extractedLines(pdf.finish());
        for (int i = 1; i <= 40; ++i) {
            const QString row = QStringLiteral("%1市财政局%2%3").arg(i).arg(100 + i).arg(i % 7);
            QVERIFY2(lines.contains(row),
                qPrintable(QStringLiteral("offset %1: row %2 split").arg(offset).arg(i)));
        }
    }
}

QTEST_MAIN(TestOfficialPdf)
#include "TestOfficialPdf.moc"
