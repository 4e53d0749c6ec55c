#include "CoreError.h"
#include "domain/CalendarFile.h"
#include "util/TestUtil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cd;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QString Source = QStringLiteral("import.txt");

// Either a calendar or CoreError(InvalidInput): anything else escaping (or a crash) fails the test.
bool parsesOrRefuses(const QByteArray& bytes)
{
    try {
        CalendarFile::parse(bytes, Source);
        return true;
    } catch (const CoreError& error) {
        return error.kind() == ErrorKind::InvalidInput && error.message().startsWith(Source);
    }
}

} // namespace

class TestCalendarFile : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatAnAdministratorWrites();
    void writeThenParseGivesTheSameCalendar();
    void writtenTextReadsLikeTheNotice();
    void resourceMatchesTheRepositoryFile();
    void badInput_data();
    void badInput();
    void arbitraryBytesNeverCrash();
    void everyMalformedLineIsNamedAtOnce();
    void notepadsByteOrderMarkIsAllowed();
};

void TestCalendarFile::parsesWhatAnAdministratorWrites()
{
    // Saved by Windows Notepad: a byte order mark and CRLF line ends; keywords typed in any case.
    const QByteArray text = "\xEF\xBB\xBF# 2027 notice\r\n"
                            "\r\n"
                            "year 2027\r\n"
                            "Holiday 2027-10-01..2027-10-07   国庆   节 \r\n"
                            "WORKDAY 2027-09-26 国庆调休\r\n"
                            "workday 2027-10-09\r\n"
                            "  # indented comment\r\n";
    const WorkingCalendar calendar = CalendarFile::parse(text, Source);
    QCOMPARE(calendar.years(), QList<int> {2027});
    const YearArrangement year = calendar.arrangement(2027);
    QCOMPARE(year.holidays.size(), 7);
    QCOMPARE(year.holidays.value(d("2027-10-04")), QStringLiteral("国庆 节"));
    QCOMPARE(year.makeUpWorkdays.value(d("2027-09-26")), QStringLiteral("国庆调休"));
    QVERIFY(year.makeUpWorkdays.contains(d("2027-10-09")));
    QCOMPARE(year.makeUpWorkdays.value(d("2027-10-09")), QString());
    QCOMPARE(calendar.addWorkingDays(d("2027-09-30"), 1), d("2027-10-08"));
}

void TestCalendarFile::writeThenParseGivesTheSameCalendar()
{
    const WorkingCalendar original = WorkingCalendar::builtIn();
    const QByteArray written = CalendarFile::write(original);
    const WorkingCalendar reread = CalendarFile::parse(written, Source);
    QVERIFY(reread == original);
    QCOMPARE(CalendarFile::write(reread), written);

    const WorkingCalendar empty;
    QVERIFY_THROWS_EXCEPTION(CoreError, CalendarFile::parse(CalendarFile::write(empty), Source));
}

void TestCalendarFile::writtenTextReadsLikeTheNotice()
{
    const QString written = QString::fromUtf8(CalendarFile::write(WorkingCalendar::builtIn()));
    QVERIFY(written.contains(
        QStringLiteral("\nyear 2019\nworkday 2018-12-29 元旦调休\nholiday 2018-12-30..2019-01-01 元旦\n")));
    QVERIFY(written.contains(QStringLiteral("\nworkday 2019-02-02..2019-02-03 春节调休\n")));
    QVERIFY(written.contains(QStringLiteral("\nholiday 2020-01-24..2020-02-02 春节\n")));
    QVERIFY(written.contains(QStringLiteral("\nholiday 2023-04-05 清明\n")));
}

void TestCalendarFile::resourceMatchesTheRepositoryFile()
{
    const QString path = QStringLiteral(CREDITDESK_SOURCE_DIR "/resources/seed/calendar.txt");
    const QByteArray text = test::readAll(path);
    QVERIFY(!text.isEmpty());
    QVERIFY(CalendarFile::parse(text, path) == WorkingCalendar::builtIn());
}

void TestCalendarFile::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown keyword")
        << QByteArray("year 2019\nholidays 2019-10-01 国庆\n")
        << "import.txt line 2: unknown keyword 'holidays'; a line starts with year, "
           "holiday or workday.";
    QTest::newRow("no real date")
        << QByteArray("year 2019\nholiday 2019-02-30 春节\n")
        << "import.txt line 2: '2019-02-30' is not a date; write dates as YYYY-MM-DD and "
           "ranges as 2019-10-01..2019-10-07.";
    QTest::newRow("date written with slashes")
        << QByteArray("year 2019\nholiday 2019-10-01..2019/10/07 国庆\n")
        << "import.txt line 2: '2019/10/07' is not a date; write dates as YYYY-MM-DD and ranges as "
           "2019-10-01..2019-10-07.";
    QTest::newRow("range written with a tilde")
        << QByteArray("year 2019\nholiday 2019-10-01~2019-10-07 国庆\n")
        << "import.txt line 2: '2019-10-01~2019-10-07' is not a date; write dates as YYYY-MM-DD and ranges "
           "as "
           "2019-10-01..2019-10-07.";
    QTest::newRow("range end before start")
        << QByteArray("# 2019\nyear 2019\nholiday 2019-10-07..2019-10-01 国庆\n")
        << "import.txt line 3: the range ends on 2019-10-01, before it starts on 2019-10-07.";
    QTest::newRow("make-up day on a weekday") << QByteArray("year 2019\nworkday 2019-10-08 国庆调休\n")
                                              << "import.txt line 2: 2019-10-08 is a weekday; only a "
                                                 "Saturday or Sunday can be a make-up working day.";
    QTest::newRow("make-up range reaching a weekday")
        << QByteArray("year 2019\nworkday 2019-09-28..2019-09-30 国庆调休\n")
        << "import.txt line 2: 2019-09-30 is a weekday; only a Saturday or Sunday can be a make-up working "
           "day.";
    QTest::newRow("holiday and working day")
        << QByteArray("year 2019\nholiday 2019-10-01..2019-10-07 国庆\nworkday 2019-10-05 国庆调休\n")
        << "import.txt line 3: 2019-10-05 is both a holiday and a make-up working day (see line 2).";
    QTest::newRow("same date twice across years")
        << QByteArray("year 2022\nholiday 2022-12-31 元旦\nyear 2023\nholiday 2022-12-31..2023-01-02 元旦\n")
        << "import.txt line 4: 2022-12-31 is already listed on line 2.";
    QTest::newRow("no year line before the days") << QByteArray("holiday 2019-10-01..2019-10-07 国庆\n")
                                                  << "import.txt line 1: 'holiday' comes before any year "
                                                     "line; the file must declare the year first, as "
                                                     "in 'year 2027'.";
    QTest::newRow("empty file")
        << QByteArray()
        << "import.txt: the file declares no year; it needs a line such as 'year 2027' "
           "before its holidays.";
    QTest::newRow("only comments")
        << QByteArray("# nothing yet\n\n")
        << "import.txt: the file declares no year; it needs a line such as 'year 2027' "
           "before its holidays.";
    QTest::newRow("year declared twice") << QByteArray("year 2019\n\nyear 2019\n")
                                         << "import.txt line 3: year 2019 is already declared on line 1.";
    QTest::newRow("year with a letter")
        << QByteArray("year 20l9\n")
        << "import.txt line 1: '20l9' is not a year; write four digits, as in "
           "'year 2027'.";
    QTest::newRow("year out of range")
        << QByteArray("year 1800\n")
        << "import.txt line 1: The year 1800 is outside the years a calendar can "
           "hold (1900 to 2999).";
    QTest::newRow("date in another year") << QByteArray("year 2019\nholiday 2021-01-01 元旦\n")
                                          << "import.txt line 2: 2021-01-01 does not belong to the "
                                             "arrangement for 2019, which may only reach into "
                                             "the December before and the January after.";
    QTest::newRow("holiday without a date") << QByteArray("year 2019\nholiday\n")
                                            << "import.txt line 2: 'holiday' needs a date or a range such as "
                                               "2019-10-01..2019-10-07.";
    QTest::newRow("not UTF-8") << QByteArray("year 2019\nholiday 2019-10-01 \xb9\xfa\xc7\xec\n")
                               << "import.txt line 2: the line is not UTF-8 text; save the file as UTF-8.";
    QTest::newRow("control characters shown harmlessly")
        << QByteArray("year 2019\nho\x01liday 2019-10-01\n", 29)
        << QStringLiteral(
               "import.txt line 2: unknown keyword 'ho\uFFFDliday'; a line starts with year, holiday or "
               "workday.");
}

void TestCalendarFile::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        CalendarFile::parse(text, Source);
        QFAIL("accepted");
    } catch (const CoreError& error) {
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        QCOMPARE(error.message(), message);
    }
}

void TestCalendarFile::arbitraryBytesNeverCrash()
{
    const QByteArray seed = CalendarFile::write(WorkingCalendar::builtIn());
    // Every truncation of a good file.
    for (qsizetype length = 0; length <= seed.size(); length += 3)
        QVERIFY(parsesOrRefuses(seed.left(length)));

    // Mutations: bytes overwritten, dropped and duplicated, from a fixed seed so failures repeat.
    QRandomGenerator random(20190929);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = seed;
        const int edits = 1 + random.bounded(8);
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.remove(at, 1 + random.bounded(20));
                break;
            default:
                bytes.insert(at, bytes.mid(random.bounded(bytes.size()), 1 + random.bounded(40)));
            }
        }
        if (!parsesOrRefuses(bytes))
            QFAIL(bytes.toBase64().constData());
    }

    // Pure noise, and extremes a hand-written fuzzer would try.
    for (int round = 0; round < 500; ++round) {
        QByteArray noise(random.bounded(400), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        QVERIFY(parsesOrRefuses(noise));
    }
    QVERIFY(parsesOrRefuses("year 1900\nyear 2999\nholiday 1899-12-01..3000-01-31 x\n"));
    QVERIFY(parsesOrRefuses("year 2019\nholiday 2019-01-01..9999-12-31 x\n"));
    QVERIFY(parsesOrRefuses(QByteArray(100000, '\n') + "year 2019"));
    QVERIFY(parsesOrRefuses(QByteArray("year 2019\nholiday 2019-10-01 ") + QByteArray(100000, 'x')));
}

void TestCalendarFile::everyMalformedLineIsNamedAtOnce()
{
    // Next year's notice typed in by hand, with a slip on three lines: all three are named, each on
    // its own line, so one round of corrections is enough.
    const QByteArray text = "year 2027\n"
                            "holiday 2027-01-01..2027-01-03 元旦\n"
                            "holiday 2027-02-30 春节\n"
                            "workday 2027-02-15 春节调休\n"
                            "holiday 2027-04-03..2027-04-05 清明\n"
                            "holidy 2027-05-01..2027-05-05 劳动节\n"
                            "holiday 2027-10-01..2027-10-07 国庆\n";
    try {
        CalendarFile::parse(text, Source);
        QFAIL("accepted");
    } catch (const CoreError& error) {
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        const QStringList lines = error.message().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("import.txt line 3: '2027-02-30' is not a date")),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("import.txt line 4: 2027-02-15 is a weekday")),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("import.txt line 6: unknown keyword 'holidy'")),
            qPrintable(lines.at(2)));
    }
    // A wrong year line is named once; the days under it are not blamed for belonging to no year.
    try {
        CalendarFile::parse("year 2O27\nholiday 2027-01-01 元旦\nworkday 2027-01-30 调休\n", Source);
        QFAIL("accepted");
    } catch (const CoreError& error) {
        QCOMPARE(error.message(),
            QStringLiteral("import.txt line 1: '2O27' is not a year; write four digits, as "
                           "in 'year 2027'."));
    }
    // A file of nothing but mistakes names the first twenty and counts the rest.
    QByteArray many = "year 2027\n";
    for (int i = 0; i < 25; ++i)
        many += "holiday 2027-13-01\n";
    try {
        CalendarFile::parse(many, Source);
        QFAIL("accepted");
    } catch (const CoreError& error) {
        const QStringList lines = error.message().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.last(), QStringLiteral("import.txt: 5 more line(s) with problems."));
    }
}

void TestCalendarFile::notepadsByteOrderMarkIsAllowed()
{
    const WorkingCalendar c = CalendarFile::parse(
        "\xEF\xBB\xBFyear 2027\r\nholiday 2027-01-01 元旦\r\nworkday 2027-01-30 调休\r\n", Source);
    QVERIFY(c.covers(2027));
    QVERIFY(!c.isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(c.isWorkingDay(QDate(2027, 1, 30)));
    QCOMPARE(c.holidayName(QDate(2027, 1, 1)), QStringLiteral("元旦"));
}

QTEST_GUILESS_MAIN(TestCalendarFile)
#include "TestCalendarFile.moc"
