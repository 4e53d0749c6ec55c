#include "CoreError.h"
#include "domain/WorkingCalendar.h"

#include <QTest>

using namespace cd;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// An oracle that reads the arrangements directly, day by day, sharing nothing with the calendar's
// cumulative index.
bool slowIsWorkingDay(const WorkingCalendar& calendar, QDate date)
{
    for (int year = date.year() + 1; year >= date.year() - 1; --year) {
        const YearArrangement arrangement = calendar.arrangement(year);
        if (arrangement.holidays.contains(date))
            return false;
        if (arrangement.makeUpWorkdays.contains(date))
            return true;
    }
    return date.dayOfWeek() <= 5;
}

YearArrangement arrangement(int year, QMap<QDate, QString> holidays, QMap<QDate, QString> workdays = {})
{
    return YearArrangement {year, std::move(holidays), std::move(workdays)};
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void coversTheShippedYears();
    void holidayName();
    void uncoveredYearsCountPlainWeeks();
    void addAndBetweenAgreeWithADayByDayCount();
    void betweenAgreesOverLongSpans();
    void invalidDates();
    void setArrangementRejects_data();
    void setArrangementRejects();
    void mergeReplacesCoveredYears();
    void mergeLetsNewerWinOnSharedDates();
};

void TestWorkingCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    QTest::newRow("2019 National Day eve, Monday") << d("2019-09-30") << true;
    for (int day = 1; day <= 7; ++day)
        QTest::addRow("2019-10-0%d National Day", day) << QDate(2019, 10, day) << false;
    QTest::newRow("2019-09-29 make-up Sunday") << d("2019-09-29") << true;
    QTest::newRow("2019-10-12 make-up Saturday") << d("2019-10-12") << true;
    QTest::newRow("2019-10-13 ordinary Sunday") << d("2019-10-13") << false;
    QTest::newRow("2018-12-29 make-up from the 2019 notice") << d("2018-12-29") << true;
    QTest::newRow("2018-12-31 New Year from the 2019 notice") << d("2018-12-31") << false;
    QTest::newRow("2020-01-19 Spring Festival make-up Sunday") << d("2020-01-19") << true;
    QTest::newRow("2020-01-31 extended Spring Festival") << d("2020-01-31") << false;
    QTest::newRow("2020-02-01 make-up day cancelled by the extension") << d("2020-02-01") << false;
    QTest::newRow("2020-02-03 work resumes") << d("2020-02-03") << true;
    QTest::newRow("2022-12-31 New Year from the 2023 notice") << d("2022-12-31") << false;
    QTest::newRow("2026-01-02 New Year Friday") << d("2026-01-02") << false;
    QTest::newRow("2026-01-04 make-up Sunday") << d("2026-01-04") << true;
    QTest::newRow("2026-02-23 Spring Festival Monday") << d("2026-02-23") << false;
}

void TestWorkingCalendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingCalendar::builtIn().isWorkingDay(date), working);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Friday to the make-up Sunday") << d("2019-09-27") << 1 << d("2019-09-29");
    QTest::newRow("over the 2019 National Day week") << d("2019-09-30") << 1 << d("2019-10-08");
    // A decision on Thursday 2026-09-24, published within 7 working days: 25-27 Sep are 中秋 (off);
    // Mon 28 (1), Tue 29 (2), Wed 30 (3); 1-7 Oct are 国庆 (off); Thu 8 (4), Fri 9 (5), Saturday 10 is
    // a make-up working day (6), Sunday 11 is off, Monday 12 (7).
    QTest::newRow("7 working days over 中秋 and 国庆 2026") << d("2026-09-24") << 7 << d("2026-10-12");
    QTest::newRow("into the extended 2020 Spring Festival") << d("2020-01-23") << 1 << d("2020-02-03");
    QTest::newRow("from a holiday") << d("2020-01-31") << 1 << d("2020-02-03");
    QTest::newRow("to the 2026 make-up Sunday") << d("2025-12-31") << 1 << d("2026-01-04");
    QTest::newRow("into the 2019 notice from an uncovered 2018") << d("2018-12-28") << 1 << d("2018-12-29");
    QTest::newRow("over New Year 2019") << d("2018-12-29") << 1 << d("2019-01-02");
    QTest::newRow("zero from a holiday") << d("2019-10-01") << 0 << d("2019-10-01");
    QTest::newRow("back over National Day") << d("2019-10-08") << -1 << d("2019-09-30");
    QTest::newRow("back from a Sunday to the make-up Saturday") << d("2019-10-13") << -1 << d("2019-10-12");
    QTest::newRow("back from a make-up Saturday") << d("2019-10-12") << -1 << d("2019-10-11");
    QTest::newRow("back into uncovered 2018") << d("2019-01-02") << -2 << d("2018-12-28");
    QTest::newRow("uncovered 2030: Friday to Monday") << d("2030-10-04") << 1 << d("2030-10-07");
    QTest::newRow("uncovered 2030: Monday back to Friday") << d("2030-10-07") << -1 << d("2030-10-04");
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    QCOMPARE(calendar.addWorkingDays(from, n), expected);
    if (n >= 0)
        QCOMPARE(calendar.workingDaysBetween(from, expected), n);
}

void TestWorkingCalendar::coversTheShippedYears()
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    for (int year = 2019; year <= 2026; ++year)
        QVERIFY2(calendar.covers(year), qPrintable(QString::number(year)));
    QVERIFY(!calendar.covers(2018));
    QVERIFY(!calendar.covers(2027));
    QCOMPARE(calendar.years().size(), 8);
}

void TestWorkingCalendar::holidayName()
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    QCOMPARE(calendar.holidayName(d("2019-10-03")), QStringLiteral("国庆"));
    QCOMPARE(calendar.holidayName(d("2020-02-01")), QStringLiteral("春节"));
    QCOMPARE(calendar.holidayName(d("2018-12-31")), QStringLiteral("元旦"));
    QCOMPARE(calendar.holidayName(d("2019-09-29")), QString());
    QCOMPARE(calendar.holidayName(d("2019-10-10")), QString());
}

void TestWorkingCalendar::uncoveredYearsCountPlainWeeks()
{
    const WorkingCalendar empty;
    QVERIFY(!empty.covers(2019));
    QVERIFY(empty.isWorkingDay(d("2019-10-01")));
    QVERIFY(!empty.isWorkingDay(d("2019-09-29")));
    QCOMPARE(empty.addWorkingDays(d("2019-09-27"), 1), d("2019-09-30"));
    QCOMPARE(empty.workingDaysBetween(d("2019-09-27"), d("2019-10-11")), 10);

    // 2027 is not in the shipped calendar: its National Day counts as ordinary days until an
    // administrator imports the notice.
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    QVERIFY(!calendar.covers(2027));
    QVERIFY(calendar.isWorkingDay(d("2027-10-01")));
    QCOMPARE(calendar.addWorkingDays(d("2027-09-30"), 1), d("2027-10-01"));
}

void TestWorkingCalendar::addAndBetweenAgreeWithADayByDayCount()
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    constexpr int MaxN = 30;
    // From the uncovered end of 2018 to the uncovered start of 2027, so the edges of the table count.
    for (QDate from = d("2018-11-01"); from <= d("2027-02-28"); from = from.addDays(1)) {
        QDate day = from;
        for (int n = 1; n <= MaxN; ++n) {
            do
                day = day.addDays(1);
            while (!slowIsWorkingDay(calendar, day));
            if (calendar.addWorkingDays(from, n) != day || calendar.workingDaysBetween(from, day) != n
                || calendar.workingDaysBetween(day, from) != -n)
                QFAIL(qPrintable(QStringLiteral("%1 + %2 working days: expected %3, got %4 (between %5)")
                                     .arg(from.toString(Qt::ISODate))
                                     .arg(n)
                                     .arg(day.toString(Qt::ISODate),
                                         calendar.addWorkingDays(from, n).toString(Qt::ISODate))
                                     .arg(calendar.workingDaysBetween(from, day))));
        }
        QCOMPARE(calendar.addWorkingDays(from, 0), from);
        QCOMPARE(calendar.workingDaysBetween(from, from), 0);

        day = from;
        for (int n = 1; n <= MaxN; ++n) {
            do
                day = day.addDays(-1);
            while (!slowIsWorkingDay(calendar, day));
            if (calendar.addWorkingDays(from, -n) != day)
                QFAIL(qPrintable(QStringLiteral("%1 - %2 working days: expected %3, got %4")
                                     .arg(from.toString(Qt::ISODate))
                                     .arg(n)
                                     .arg(day.toString(Qt::ISODate),
                                         calendar.addWorkingDays(from, -n).toString(Qt::ISODate))));
        }
        if (calendar.isWorkingDay(from) != slowIsWorkingDay(calendar, from))
            QFAIL(qPrintable(from.toString(Qt::ISODate)));
    }
}

void TestWorkingCalendar::betweenAgreesOverLongSpans()
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const QDate start = d("2015-01-01");
    int count = 0;
    for (QDate day = start.addDays(1); day <= d("2032-12-31"); day = day.addDays(1)) {
        count += slowIsWorkingDay(calendar, day) ? 1 : 0;
        if (calendar.workingDaysBetween(start, day) != count)
            QFAIL(qPrintable(day.toString(Qt::ISODate)));
    }
    // And back: the last working day of the span is where adding all of them from the start lands.
    QDate lastWorking = d("2032-12-31");
    while (!slowIsWorkingDay(calendar, lastWorking))
        lastWorking = lastWorking.addDays(-1);
    QCOMPARE(calendar.addWorkingDays(start, count), lastWorking);
}

void TestWorkingCalendar::invalidDates()
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(!calendar.addWorkingDays(QDate(), 3).isValid());
    QCOMPARE(calendar.workingDaysBetween(QDate(), d("2019-10-08")), 0);
}

void TestWorkingCalendar::setArrangementRejects_data()
{
    QTest::addColumn<YearArrangement>("arrangement");
    QTest::addColumn<QString>("message");

    QTest::newRow("make-up day on a Tuesday")
        << arrangement(2019, {}, {{d("2019-10-08"), "x"}})
        << "2019-10-08 is a weekday; only a Saturday or Sunday can be a make-up working day.";
    QTest::newRow("holiday and make-up day at once") << arrangement(2019, {{d("2019-10-05"), "国庆"}},
        {{d("2019-10-05"), "国庆"}}) << "2019-10-05 is both a holiday and a make-up working day.";
    QTest::newRow("date far outside the year")
        << arrangement(2019, {{d("2021-01-01"), "元旦"}})
        << "2021-01-01 does not belong to the arrangement for 2019, which may only reach into the December "
           "before and the January after.";
    QTest::newRow("year out of range")
        << arrangement(1800, {}) << "The year 1800 is outside the years a calendar can hold (1900 to 2999).";
}

void TestWorkingCalendar::setArrangementRejects()
{
    QFETCH(YearArrangement, arrangement);
    QFETCH(QString, message);
    WorkingCalendar calendar = WorkingCalendar::builtIn();
    try {
        calendar.setArrangement(arrangement);
        QFAIL("accepted");
    } catch (const CoreError& error) {
        QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        QCOMPARE(error.message(), message);
    }
    QVERIFY(calendar == WorkingCalendar::builtIn());
}

void TestWorkingCalendar::mergeReplacesCoveredYears()
{
    WorkingCalendar calendar = WorkingCalendar::builtIn();
    WorkingCalendar update;
    // A corrected 2026 without National Day, and the first 2027 days.
    update.setArrangement(arrangement(2026, {{d("2026-01-01"), "元旦"}}));
    update.setArrangement(arrangement(2027, {{d("2027-10-01"), "国庆"}}, {{d("2027-09-26"), "国庆调休"}}));
    calendar.merge(update);

    QCOMPARE(calendar.years(), (QList<int> {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}));
    QVERIFY(calendar.isWorkingDay(d("2026-10-01")));
    QVERIFY(!calendar.isWorkingDay(d("2026-01-04")));
    QVERIFY(!calendar.isWorkingDay(d("2027-10-01")));
    QVERIFY(calendar.isWorkingDay(d("2027-09-26")));
    QVERIFY(!calendar.isWorkingDay(d("2025-10-01")));
    QVERIFY(calendar.arrangement(2025) == WorkingCalendar::builtIn().arrangement(2025));
    QCOMPARE(calendar.addWorkingDays(d("2027-09-30"), 1), d("2027-10-04"));
}

void TestWorkingCalendar::mergeLetsNewerWinOnSharedDates()
{
    // Left alone, the later notice (2020) would decide 2019-12-28; the import's 2019 must.
    WorkingCalendar calendar;
    calendar.setArrangement(arrangement(2020, {{d("2019-12-28"), "元旦"}}));
    QVERIFY(!calendar.isWorkingDay(d("2019-12-28")));
    WorkingCalendar newer;
    newer.setArrangement(arrangement(2019, {}, {{d("2019-12-28"), "元旦调休"}}));
    calendar.merge(newer);
    QVERIFY(calendar.isWorkingDay(d("2019-12-28")));
    QVERIFY(calendar.arrangement(2020).holidays.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "TestWorkingCalendar.moc"
