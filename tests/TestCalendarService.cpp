// The working-day calendar in the database: seeded from the built-in one, imported by an
// administrator as a whole year at a time, cached per session and refreshed after any change.
#include "CoreError.h"
#include "domain/CalendarFile.h"
#include "services/CalendarService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Office.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cd;

namespace {

const QByteArray AdminPassword = "admin-password-1";
const QByteArray OfficerPassword = "officer-password-1";

// Not the State Council's notice (not published yet when this was written), but shaped like one:
// whole-week holidays with weekend make-up days, a date range reaching into the next January.
const QByteArray Year2027 = R"(# test arrangement for 2027
year 2027
holiday 2027-01-01..2027-01-03 元旦
workday 2027-01-31 春节调休
holiday 2027-02-06..2027-02-13 春节
workday 2027-02-14 春节调休
holiday 2027-04-03..2027-04-05 清明
workday 2027-04-25 劳动节调休
holiday 2027-05-01..2027-05-05 劳动节
workday 2027-05-08 劳动节调休
workday 2027-09-26 国庆调休
holiday 2027-10-01..2027-10-07 国庆
workday 2027-10-09 国庆调休
)";

} // namespace

class TestCalendarService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void builtInCalendarIsSeeded();
    void importAddsTheYearAndIsAudited();
    void importReplacesAYearAndOtherSessionsSeeIt();
    void onlyAnAdministratorImports();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void uncoveredYearsAreNamed();
    void aDayIsAddedAndRemovedAndAudited();
    void aDayThatBreaksTheRulesIsRefused();
    void aDayStartsAYearEnteredByHand();
    void convenienceCountsOnTheStoredCalendar();
    void missingCalendarIsSeededAtSignIn();

private:
    std::unique_ptr<Session> signIn(
        const QString& user = QStringLiteral("admin"), const QByteArray& password = AdminPassword)
    {
        return m_office->signIn(user, password);
    }
    std::unique_ptr<test::Office> m_office;
    std::unique_ptr<Session> m_admin;
};

void TestCalendarService::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestCalendarService::init()
{
    m_office = std::make_unique<test::Office>(test::Office::Empty, AdminPassword);
    m_admin = signIn();
}

void TestCalendarService::cleanup()
{
    m_admin.reset();
}

void TestCalendarService::builtInCalendarIsSeeded()
{
    CalendarService service(*m_admin);
    QVERIFY(service.calendar() == WorkingCalendar::builtIn());
    const QMap<int, QString> years = service.coveredYears();
    QCOMPARE(years.keys(), WorkingCalendar::builtIn().years());
    QCOMPARE(years.firstKey(), 2019);
    QCOMPARE(years.lastKey(), 2026);
    for (const QString& source : years)
        QCOMPARE(source, QStringLiteral("built-in"));
    QCOMPARE(CalendarService::describeSource(years.first()), QStringLiteral("built into CreditDesk"));
    // Only the exceptions are stored, each under its notice's year.
    const int stored = m_admin->db().scalar(QStringLiteral("SELECT count(*) FROM calendar_days")).toInt();
    int expected = 0;
    for (int y : WorkingCalendar::builtIn().years())
        expected += int(WorkingCalendar::builtIn().arrangement(y).holidays.size()
            + WorkingCalendar::builtIn().arrangement(y).makeUpWorkdays.size());
    QCOMPARE(stored, expected);
    QCOMPARE(m_admin->db()
                 .scalar(QStringLiteral("SELECT year FROM calendar_days WHERE day = '2018-12-30'"))
                 .toInt(),
        2019);
}

void TestCalendarService::importAddsTheYearAndIsAudited()
{
    CalendarService service(*m_admin);
    QVERIFY(!service.calendar().covers(2027));
    const qint64 before = AuditLog(m_admin->db()).tail().seq;

    const QList<int> years = service.importFile(Year2027, QStringLiteral("/tmp/somewhere/calendar-2027.txt"));
    QCOMPARE(years, QList<int> {2027});

    const WorkingCalendar c = service.calendar();
    QVERIFY(c.covers(2027));
    QVERIFY(c.covers(2026));
    QVERIFY(!c.isWorkingDay(QDate(2027, 2, 8)));
    QVERIFY(c.isWorkingDay(QDate(2027, 2, 14))); // a Sunday worked in exchange
    QCOMPARE(c.holidayName(QDate(2027, 10, 4)), QStringLiteral("国庆"));
    QCOMPARE(c.addWorkingDays(QDate(2027, 2, 5), 1), QDate(2027, 2, 14));
    QCOMPARE(service.coveredYears().value(2027), QStringLiteral("calendar-2027.txt"));
    QCOMPARE(service.coveredYears().value(2026), QStringLiteral("built-in"));

    const QList<AuditEntry> entries = AuditLog(m_admin->db()).entries();
    QCOMPARE(entries.last().seq, before + 1);
    const AuditEntry& e = entries.last();
    QCOMPARE(e.action, QStringLiteral("calendar.import"));
    QCOMPARE(e.entity, QStringLiteral("calendar"));
    QCOMPARE(e.entityId, QStringLiteral("2027"));
    QCOMPARE(e.userName, QStringLiteral("admin"));
    const QJsonObject summary = QJsonDocument::fromJson(e.summary.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("years")).toArray(), QJsonArray {2027});
    QCOMPARE(summary.value(QStringLiteral("replaced")).toArray(), QJsonArray {});
    QCOMPARE(summary.value(QStringLiteral("source")).toString(), QStringLiteral("calendar-2027.txt"));

    // What is stored reads back as exactly what was imported, merged into the built-in years.
    WorkingCalendar expected = WorkingCalendar::builtIn();
    expected.merge(CalendarFile::parse(Year2027, QStringLiteral("x")));
    m_admin.reset();
    m_admin = signIn();
    QVERIFY(CalendarService(*m_admin).calendar() == expected);
}

void TestCalendarService::importReplacesAYearAndOtherSessionsSeeIt()
{
    auto other = signIn();
    CalendarService reader(*other);
    QVERIFY(reader.calendar().isWorkingDay(QDate(2026, 1, 5)));
    QVERIFY(!reader.calendar().covers(2027));

    // A revised notice for 2026: one more day off, and 2027 in the same file.
    QByteArray revised = CalendarFile::write(
        WorkingCalendar::fromArrangements({WorkingCalendar::builtIn().arrangement(2026)}));
    revised.replace(
        "holiday 2026-01-01..2026-01-03", "holiday 2026-01-01..2026-01-03 元旦\nholiday 2026-01-05");
    revised += "\n" + Year2027;
    const QList<int> years = CalendarService(*m_admin).importFile(revised, QStringLiteral("revised.txt"));
    QCOMPARE(years, (QList<int> {2026, 2027}));

    // The other desk's cached calendar notices the change.
    QVERIFY(!reader.calendar().isWorkingDay(QDate(2026, 1, 5)));
    QVERIFY(reader.calendar().covers(2027));
    QCOMPARE(reader.coveredYears().value(2026), QStringLiteral("revised.txt"));
    QCOMPARE(reader.coveredYears().value(2025), QStringLiteral("built-in"));
    const QJsonObject summary
        = QJsonDocument::fromJson(AuditLog(m_admin->db()).latest(1).constFirst().summary.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("replaced")).toArray(), QJsonArray {2026});
}

void TestCalendarService::onlyAnAdministratorImports()
{
    UserService(*m_admin).add(QStringLiteral("officer1"), Role::Officer, OfficerPassword);
    auto officer = signIn(QStringLiteral("officer1"), OfficerPassword);
    CalendarService service(*officer);
    QVERIFY(service.calendar() == WorkingCalendar::builtIn()); // reading is for everyone
    const qint64 before = AuditLog(officer->db()).tail().seq;
    try {
        service.importFile(Year2027, QStringLiteral("calendar-2027.txt"));
        QFAIL("an officer imported a calendar");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
    QVERIFY(!service.calendar().covers(2027));
    QCOMPARE(AuditLog(officer->db()).tail().seq, before);
}

void TestCalendarService::badFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("impossible date") << QByteArray("year 2027\nholiday 2027-02-30 春节\n")
                                     << QStringLiteral("bad.txt line 2:");
    QTest::newRow("weekday as make-up day")
        << QByteArray("year 2027\nholiday 2027-01-01\nworkday 2027-01-04 调休\n")
        << QStringLiteral("bad.txt line 3:");
    QTest::newRow("no year") << QByteArray("holiday 2027-01-01\n") << QStringLiteral("bad.txt line 1:");
    QTest::newRow("empty") << QByteArray("# nothing here\n") << QStringLiteral("bad.txt");
    QTest::newRow("not text") << QByteArray("\xff\xfe\x00\x01garbage", 12) << QStringLiteral("bad.txt");
}

void TestCalendarService::badFileChangesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    CalendarService service(*m_admin);
    const WorkingCalendar before = service.calendar();
    const qint64 auditBefore = AuditLog(m_admin->db()).tail().seq;
    try {
        service.importFile(file, QStringLiteral("bad.txt"));
        QFAIL("a bad file was imported");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
    }
    QVERIFY(service.calendar() == before);
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, auditBefore);
    QVERIFY(!service.coveredYears().contains(2027));
}

void TestCalendarService::uncoveredYearsAreNamed()
{
    CalendarService service(*m_admin);
    QCOMPARE(service.uncoveredYears(QDate(2026, 12, 1), QDate(2028, 2, 1)), (QList<int> {2027, 2028}));
    QCOMPARE(service.uncoveredYears(QDate(2028, 2, 1), QDate(2026, 12, 1)), (QList<int> {2027, 2028}));
    QCOMPARE(service.uncoveredYears(QDate(2019, 1, 1), QDate(2026, 12, 31)), QList<int> {});
    QCOMPARE(service.uncoveredYears(QDate(2018, 6, 1), QDate(2019, 6, 1)), QList<int> {2018});
    QCOMPARE(service.uncoveredYears(QDate(), QDate(2030, 1, 1)), QList<int> {});
    service.importFile(Year2027, QStringLiteral("calendar-2027.txt"));
    QCOMPARE(service.uncoveredYears(QDate(2026, 12, 1), QDate(2028, 2, 1)), QList<int> {2028});
}

void TestCalendarService::aDayIsAddedAndRemovedAndAudited()
{
    auto other = signIn();
    CalendarService reader(*other);
    // Monday 2 November 2026 plus five working days: Monday 9 November, then a day later.
    QCOMPARE(reader.addWorkingDays(QDate(2026, 11, 2), 5), QDate(2026, 11, 9));
    CalendarService(*m_admin).addDay(2026, QDate(2026, 11, 4), false, QStringLiteral(" 城市 纪念日 "));
    QCOMPARE(reader.addWorkingDays(QDate(2026, 11, 2), 5), QDate(2026, 11, 10));
    QCOMPARE(reader.calendar().holidayName(QDate(2026, 11, 4)), QStringLiteral("城市 纪念日"));
    QCOMPARE(reader.coveredYears().value(2026), QStringLiteral("built-in"));
    AuditEntry e = AuditLog(m_admin->db()).latest(1).constFirst();
    QCOMPARE(e.action, QStringLiteral("calendar.add-day"));
    QCOMPARE(e.entityId, QStringLiteral("2026-11-04"));
    QCOMPARE(QJsonDocument::fromJson(e.summary.toUtf8()).object().value(QStringLiteral("kind")).toString(),
        QStringLiteral("holiday"));

    // A Saturday worked in exchange shortens the count instead.
    CalendarService(*m_admin).addDay(2026, QDate(2026, 11, 7), true, QStringLiteral("调休"));
    QCOMPARE(reader.addWorkingDays(QDate(2026, 11, 2), 5), QDate(2026, 11, 9));

    CalendarService(*m_admin).removeDay(2026, QDate(2026, 11, 4));
    CalendarService(*m_admin).removeDay(2026, QDate(2026, 11, 7));
    QCOMPARE(reader.addWorkingDays(QDate(2026, 11, 2), 5), QDate(2026, 11, 9));
    QVERIFY(reader.calendar() == WorkingCalendar::builtIn());
    e = AuditLog(m_admin->db()).latest(1).constFirst();
    QCOMPARE(e.action, QStringLiteral("calendar.remove-day"));
    QCOMPARE(e.entityId, QStringLiteral("2026-11-07"));
}

void TestCalendarService::aDayThatBreaksTheRulesIsRefused()
{
    CalendarService service(*m_admin);
    const qint64 before = AuditLog(m_admin->db()).tail().seq;
    const auto message = [&](const std::function<void()>& change) {
        try {
            change();
        } catch (const CoreError& e) {
            return e.kind() == ErrorKind::InvalidInput ? e.message() : QStringLiteral("wrong kind");
        }
        return QString();
    };
    QVERIFY(message([&] {
        service.addDay(2026, QDate(2026, 11, 4), true, {});
    }).contains(QStringLiteral("weekday")));
    QVERIFY(message([&] {
        service.addDay(2026, QDate(2026, 10, 1), false, {});
    }).contains(QStringLiteral("already listed in the arrangement for 2026")));
    // 2019's notice settles 2018-12-30; the 2018 arrangement cannot list it a second time.
    QVERIFY(message([&] {
        service.addDay(2018, QDate(2018, 12, 30), false, {});
    }).contains(QStringLiteral("arrangement for 2019")));
    QVERIFY(message([&] {
        service.addDay(2026, QDate(2028, 1, 3), false, {});
    }).contains(QStringLiteral("does not belong")));
    QVERIFY(
        message([&] { service.removeDay(2026, QDate(2026, 11, 4)); }).contains(QStringLiteral("not listed")));
    QVERIFY(service.calendar() == WorkingCalendar::builtIn());
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, before);

    UserService(*m_admin).add(QStringLiteral("officer1"), Role::Officer, OfficerPassword);
    auto officer = signIn(QStringLiteral("officer1"), OfficerPassword);
    try {
        CalendarService(*officer).removeDay(2026, QDate(2026, 10, 1));
        QFAIL("an officer changed the calendar");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
    QVERIFY(!service.calendar().isWorkingDay(QDate(2026, 10, 1)));
}

void TestCalendarService::aDayStartsAYearEnteredByHand()
{
    CalendarService service(*m_admin);
    QCOMPARE(service.uncoveredYears(QDate(2027, 1, 1), QDate(2027, 12, 31)), QList<int> {2027});
    service.addDay(2027, QDate(2027, 10, 1), false, QStringLiteral("国庆"));
    QVERIFY(service.calendar().covers(2027));
    QCOMPARE(service.coveredYears().value(2027), CalendarService::manualSource());
    QCOMPARE(
        CalendarService::describeSource(CalendarService::manualSource()), QStringLiteral("entered by hand"));
    // Importing the notice later replaces the hand-made year.
    service.importFile(Year2027, QStringLiteral("calendar-2027.txt"));
    QCOMPARE(service.coveredYears().value(2027), QStringLiteral("calendar-2027.txt"));
}

void TestCalendarService::convenienceCountsOnTheStoredCalendar()
{
    CalendarService service(*m_admin);
    // National Day 2026: 1 to 7 October off, Saturday 10 October worked.
    QCOMPARE(service.addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));
    QCOMPARE(service.addWorkingDays(QDate(2026, 9, 30), 3), QDate(2026, 10, 10));
    QCOMPARE(service.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 10)), 3);
    // §13: published within 7 working days of a decision taken just before the Spring Festival.
    QCOMPARE(service.addWorkingDays(QDate(2026, 2, 13), 7), QDate(2026, 3, 2));
}

void TestCalendarService::missingCalendarIsSeededAtSignIn()
{
    // A database from before the calendar lived in it.
    m_admin->db().exec(QStringLiteral("DELETE FROM calendar_years"));
    QCOMPARE(m_admin->db().scalar(QStringLiteral("SELECT count(*) FROM calendar_days")).toInt(), 0);
    m_admin.reset();
    m_admin = signIn();
    QVERIFY(CalendarService(*m_admin).calendar() == WorkingCalendar::builtIn());
    // And a calendar that is there is left alone.
    CalendarService(*m_admin).importFile(Year2027, QStringLiteral("calendar-2027.txt"));
    m_admin.reset();
    m_admin = signIn();
    QVERIFY(CalendarService(*m_admin).calendar().covers(2027));
}

QTEST_GUILESS_MAIN(TestCalendarService)
#include "TestCalendarService.moc"
