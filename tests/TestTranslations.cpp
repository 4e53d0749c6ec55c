// The Chinese translation is part of done: every message translated, with the same placeholders as
// its English source, so no screen or CLI line falls back to English or loses a value.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsCompleteAndKeepsEveryPlaceholder();
};

namespace {

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

} // namespace

void TestTranslations::chineseIsCompleteAndKeepsEveryPlaceholder()
{
    QFile file(QStringLiteral(CREDITDESK_SOURCE_DIR "/translations/creditdesk_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QStringList broken;
    QString context, source, translation;
    bool isUnfinished = false;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && source.isNull())
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                source = QString();
                translation.clear();
                forms.clear();
                isUnfinished = false;
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                    || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete"))
                    isUnfinished = false;
            } else if (xml.name() == QLatin1String("numerusform"))
                forms << xml.readElementText();
        } else if (xml.isCharacters() && !xml.isWhitespace() && !source.isNull()) {
            translation += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            if (isUnfinished)
                unfinished << context + QStringLiteral(": ") + source;
            const QStringList wanted = placeholders(source);
            for (const QString& t : forms.isEmpty() ? QStringList {translation} : forms) {
                if (!isUnfinished && placeholders(t) != wanted)
                    broken << context + QStringLiteral(": ") + source + QStringLiteral(" -> ") + t;
            }
            source = QString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 1000);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 10).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
