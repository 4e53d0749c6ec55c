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
};

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
    const QByteArray bytes = pdf.finish();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput())
                                  .remove(QLatin1Char(' '))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), text);
    QCOMPARE(lines.value(1), text);
}

QTEST_MAIN(TestOfficialPdf)
#include "TestOfficialPdf.moc"
