// The reference-data commands of the CLI (issue 3), run as a separate process: catalogue,
// departments, rules, calendar, calendar import and calendar add-days, with their JSON and exit codes.
#include "util/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using cd::test::runCli;

namespace {

const QByteArray AdminPassword = "管理员密码-2026";
const QByteArray OfficerPassword = "officer-pass-1";

const QByteArray Year2027 = "year 2027\n"
                            "holiday 2027-01-01..2027-01-03 元旦\n"
                            "workday 2027-02-14 春节调休\n"
                            "holiday 2027-02-06..2027-02-13 春节\n"
                            "workday 2027-09-26 国庆调休\n"
                            "holiday 2027-10-01..2027-10-07 国庆\n"
                            "workday 2027-10-09 国庆调休\n";

QJsonDocument json(const QString& out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(out.left(200)));
    return doc;
}

} // namespace

class TestCliCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpDocumentsTheCommands();
    void catalogueListsMemorandaMeasuresAndDepartments();
    void departmentsList();
    void rulesList();
    void calendarShowsAYear();
    void calendarImport();
    void badCalendarFileIsRefusedWithItsLine();
    void addDays();
    void addAndRemoveOneDay();
    void usageSignInAndInputErrors();

private:
    QStringList as(const QString& user) const { return {QStringLiteral("--user"), user}; }
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliCatalogue::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CREDITDESK_CLI_PATH)));
    qputenv("CREDITDESK_FAST_KDF", "1");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("office.db"));
    auto r = runCli(
        {QStringLiteral("init"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qputenv("CREDITDESK_NEW_PASSWORD", OfficerPassword);
    r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_db, QStringLiteral("officer1"),
                   QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--user"),
                   QStringLiteral("admin")},
        AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestCliCatalogue::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(bytes);
    return path;
}

void TestCliCatalogue::helpDocumentsTheCommands()
{
    const auto r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* usage : {"catalogue DB --user NAME", "departments DB --user NAME",
             "rules DB --user NAME", "calendar DB --user NAME [--year Y] [--json]",
             "calendar import DB FILE --user NAME", "calendar add-days DB FROM N --user NAME",
             "calendar add-day DB DATE (--holiday | --workday) [--name T] [--year Y] --user ADMIN",
             "calendar remove-day DB DATE [--year Y] --user ADMIN"})
        QVERIFY2(r.out.contains(QLatin1String(usage)), usage);
    for (const QStringList& command :
        {QStringList {QStringLiteral("catalogue")}, QStringList {QStringLiteral("rules")},
            QStringList {QStringLiteral("departments")}, QStringList {QStringLiteral("calendar")},
            QStringList {QStringLiteral("calendar"), QStringLiteral("import")},
            QStringList {QStringLiteral("calendar"), QStringLiteral("add-days")}}) {
        const auto h = runCli(QStringList {QStringLiteral("help")} + command);
        QCOMPARE(h.exitCode, 0);
        // Every command has a paragraph of help beyond its summary.
        QVERIFY2(h.out.count(QLatin1Char('\n')) >= 4, qPrintable(h.out));
    }
    QVERIFY(runCli({QStringLiteral("help"), QStringLiteral("calendar"), QStringLiteral("import")})
                .out.contains(QStringLiteral("line N")));
}

void TestCliCatalogue::catalogueListsMemorandaMeasuresAndDepartments()
{
    auto r = runCli(QStringList {QStringLiteral("catalogue"), m_db, QStringLiteral("--json")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray memoranda = json(r.out).array();
    QCOMPARE(memoranda.size(), 7);
    QSet<QString> mandatoryJudgment;
    for (const QJsonValue& v : memoranda) {
        const QJsonObject m = v.toObject();
        QVERIFY(!m.value(QStringLiteral("code")).toString().isEmpty());
        const QJsonArray measures = m.value(QStringLiteral("measures")).toArray();
        QVERIFY2(!measures.isEmpty(), qPrintable(m.value(QStringLiteral("code")).toString()));
        for (const QJsonValue& mv : measures) {
            const QJsonObject measure = mv.toObject();
            QCOMPARE(measure.value(QStringLiteral("kind")), m.value(QStringLiteral("kind")));
            QVERIFY(measure.value(QStringLiteral("mandatory")).isBool());
            const QJsonArray departments = measure.value(QStringLiteral("departments")).toArray();
            QVERIFY(!departments.isEmpty());
            QVERIFY(!departments.first().toObject().value(QStringLiteral("name")).toString().isEmpty());
            if (m.value(QStringLiteral("code")).toString() == QLatin1String("JUDGMENT")
                && measure.value(QStringLiteral("mandatory")).toBool())
                mandatoryJudgment << measure.value(QStringLiteral("code")).toString();
        }
    }
    QCOMPARE(mandatoryJudgment,
        (QSet<QString> {
            QStringLiteral("S-TRAVEL"), QStringLiteral("S-CONSUME"), QStringLiteral("S-JDISCLOSE")}));

    r = runCli(
        QStringList {QStringLiteral("catalogue"), m_db} + as(QStringLiteral("officer1")), OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("失信被执行人联合惩戒")));
    QVERIFY(r.out.contains(QStringLiteral("* S-TRAVEL")));
    QVERIFY(r.out.contains(QStringLiteral("mandatory")));
    QVERIFY(r.out.contains(QStringLiteral("法院")));
}

void TestCliCatalogue::departmentsList()
{
    auto r = runCli(QStringList {QStringLiteral("departments"), m_db, QStringLiteral("--json")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = json(r.out).array();
    QCOMPARE(list.size(), 34);
    QSet<QString> names;
    for (const QJsonValue& v : list) {
        names << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(v.toObject().value(QStringLiteral("active")).toBool());
    }
    for (const QString& n : {QStringLiteral("市公共资源交易中心"), QStringLiteral("团市委"),
             QStringLiteral("税务局"), QStringLiteral("市工商联")})
        QVERIFY2(names.contains(n), qPrintable(n));
    r = runCli(
        QStringList {QStringLiteral("departments"), m_db} + as(QStringLiteral("admin")), AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("SCJGJ")));
    QVERIFY(r.out.contains(QStringLiteral("市市场监管局")));
}

void TestCliCatalogue::rulesList()
{
    auto r = runCli(QStringList {QStringLiteral("rules"), m_db, QStringLiteral("--json")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray sets = json(r.out).array();
    QCOMPARE(sets.size(), 2);
    const QJsonObject first = sets.at(0).toObject();
    const QJsonObject second = sets.at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("effectiveFrom")).toString(), QStringLiteral("2019-01-01"));
    QCOMPARE(second.value(QStringLiteral("effectiveFrom")).toString(), QStringLiteral("2026-04-01"));
    auto period = [](const QJsonObject& set, const char* severity) {
        return set.value(QStringLiteral("periods")).toObject().value(QLatin1String(severity)).toObject();
    };
    QCOMPARE(period(first, "serious").value(QStringLiteral("minMonths")).toInt(), 6);
    QCOMPARE(period(first, "serious").value(QStringLiteral("specificSeriousMonths")).toInt(), 36);
    QCOMPARE(period(second, "serious").value(QStringLiteral("minMonths")).toInt(), 12);
    QVERIFY(period(second, "serious").value(QStringLiteral("specificSeriousMonths")).isNull());
    QCOMPARE(period(second, "minor").value(QStringLiteral("publish")).toBool(), false);
    QCOMPARE(period(second, "general").value(QStringLiteral("maxMonths")).toInt(), 12);

    r = runCli(QStringList {QStringLiteral("rules"), m_db} + as(QStringLiteral("officer1")), OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("In force from 2026-04-01")));
    QVERIFY(r.out.contains(QStringLiteral("not repairable")));
}

void TestCliCatalogue::calendarShowsAYear()
{
    auto r = runCli(QStringList {QStringLiteral("calendar"), m_db, QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--json")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject year = json(r.out).object();
    QCOMPARE(year.value(QStringLiteral("year")).toInt(), 2026);
    QVERIFY(year.value(QStringLiteral("covered")).toBool());
    QCOMPARE(year.value(QStringLiteral("source")).toString(), QStringLiteral("built-in"));
    const QJsonArray holidays = year.value(QStringLiteral("holidays")).toArray();
    QVERIFY(holidays.contains(QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-10-01")},
        {QStringLiteral("name"), QStringLiteral("国庆")}}));
    const QJsonArray workdays = year.value(QStringLiteral("workdays")).toArray();
    QVERIFY(workdays.contains(QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-10-10")},
        {QStringLiteral("name"), QStringLiteral("国庆调休")}}));
    QVERIFY(year.value(QStringLiteral("coveredYears")).toArray().size() >= 8);
    QCOMPARE(year.value(QStringLiteral("coveredYears"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("year"))
                 .toInt(),
        2019);

    r = runCli(
        QStringList {QStringLiteral("calendar"), m_db, QStringLiteral("--year"), QStringLiteral("2019")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("2018-12-30"))); // the 2019 notice reaches into 2018
    QVERIFY(r.out.contains(QStringLiteral("2019-10-12")));
    QVERIFY(r.out.contains(QStringLiteral("built into CreditDesk")));

    r = runCli(
        QStringList {QStringLiteral("calendar"), m_db, QStringLiteral("--year"), QStringLiteral("2031")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("No holiday arrangement for 2031")));
}

void TestCliCatalogue::calendarImport()
{
    const QString file = writeFile(QStringLiteral("calendar-2027.txt"), Year2027);
    const QStringList import {QStringLiteral("calendar"), QStringLiteral("import"), m_db, file};
    auto r = runCli(import + as(QStringLiteral("officer1")), OfficerPassword);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(QStringLiteral("Not permitted")));

    r = runCli(import + as(QStringLiteral("admin")), AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("2027")));
    QVERIFY(!r.out.contains(QStringLiteral("replaces")));

    r = runCli(QStringList {QStringLiteral("calendar"), m_db, QStringLiteral("--year"),
                   QStringLiteral("2027"), QStringLiteral("--json")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(json(r.out).object().value(QStringLiteral("covered")).toBool());
    QCOMPARE(
        json(r.out).object().value(QStringLiteral("source")).toString(), QStringLiteral("calendar-2027.txt"));

    // Importing the same year again replaces it and says so.
    r = runCli(import + as(QStringLiteral("admin")), AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("replaces")));

    r = runCli(
        {QStringLiteral("audit"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QStringLiteral("calendar.import")), 2);

    r = runCli(QStringList {QStringLiteral("calendar"), QStringLiteral("import"), m_db,
                   m_dir.filePath(QStringLiteral("missing.txt"))}
            + as(QStringLiteral("admin")),
        AdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("missing.txt")));
}

void TestCliCatalogue::badCalendarFileIsRefusedWithItsLine()
{
    const QString file = writeFile(QStringLiteral("bad-2028.txt"),
        "# 2028\nyear 2028\nholiday 2028-01-01 元旦\nworkday 2028-01-03 调休\n");
    auto r = runCli(QStringList {QStringLiteral("calendar"), QStringLiteral("import"), m_db, file}
            + as(QStringLiteral("admin")),
        AdminPassword);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(file + QStringLiteral(" line 4:")), qPrintable(r.err));
    r = runCli(QStringList {QStringLiteral("calendar"), m_db, QStringLiteral("--year"),
                   QStringLiteral("2028"), QStringLiteral("--json")}
            + as(QStringLiteral("admin")),
        AdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!json(r.out).object().value(QStringLiteral("covered")).toBool());
}

void TestCliCatalogue::addDays()
{
    const QStringList addDays {QStringLiteral("calendar"), QStringLiteral("add-days"), m_db};
    // National Day 2026: 1 to 7 October off.
    auto r = runCli(addDays + QStringList {QStringLiteral("2026-09-30"), QStringLiteral("1")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2026-10-08"));
    QVERIFY(!r.err.contains(QStringLiteral("Warning")));
    r = runCli(addDays + QStringList {QStringLiteral("2026-10-08"), QStringLiteral("-1")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2026-09-30"));
    // Into a year without an arrangement: the date, and a warning on standard error.
    r = runCli(addDays + QStringList {QStringLiteral("2035-12-28"), QStringLiteral("5")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2036-01-04"));
    QVERIFY(r.err.contains(QStringLiteral("Warning")));
    QVERIFY(r.err.contains(QStringLiteral("2035, 2036")));

    r = runCli(addDays + QStringList {QStringLiteral("2026-02-30"), QStringLiteral("1")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("2026-02-30")));
    r = runCli(addDays + QStringList {QStringLiteral("2026-09-30"), QStringLiteral("ten")}
            + as(QStringLiteral("officer1")),
        OfficerPassword);
    QCOMPARE(r.exitCode, 6);
}

void TestCliCatalogue::addAndRemoveOneDay()
{
    const QStringList count {QStringLiteral("calendar"), QStringLiteral("add-days"), m_db,
        QStringLiteral("2026-11-02"), QStringLiteral("5"), QStringLiteral("--user"),
        QStringLiteral("officer1")};
    QCOMPARE(runCli(count, OfficerPassword).out.trimmed(), QStringLiteral("2026-11-09"));
    const QStringList add {QStringLiteral("calendar"), QStringLiteral("add-day"), m_db,
        QStringLiteral("2026-11-04"), QStringLiteral("--holiday"), QStringLiteral("--name"),
        QStringLiteral("纪念日")};
    auto r = runCli(add + as(QStringLiteral("officer1")), OfficerPassword);
    QCOMPARE(r.exitCode, 5);

    r = runCli(add + as(QStringLiteral("admin")), AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("2026-11-04")));
    QCOMPARE(runCli(count, OfficerPassword).out.trimmed(), QStringLiteral("2026-11-10"));
    r = runCli(add + as(QStringLiteral("admin")), AdminPassword);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("already listed")), qPrintable(r.err));

    // A weekday cannot be worked in exchange; neither or both kinds is a usage error.
    r = runCli(QStringList {QStringLiteral("calendar"), QStringLiteral("add-day"), m_db,
                   QStringLiteral("2026-11-05"), QStringLiteral("--workday")}
            + as(QStringLiteral("admin")),
        AdminPassword);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("weekday")));
    r = runCli(QStringList {QStringLiteral("calendar"), QStringLiteral("add-day"), m_db,
                   QStringLiteral("2026-11-05")}
            + as(QStringLiteral("admin")),
        AdminPassword);
    QCOMPARE(r.exitCode, 2);

    const QStringList remove {
        QStringLiteral("calendar"), QStringLiteral("remove-day"), m_db, QStringLiteral("2026-11-04")};
    r = runCli(remove + as(QStringLiteral("admin")), AdminPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(runCli(count, OfficerPassword).out.trimmed(), QStringLiteral("2026-11-09"));
    r = runCli(remove + as(QStringLiteral("admin")), AdminPassword);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("not listed")));
    r = runCli(
        {QStringLiteral("audit"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}, AdminPassword);
    QCOMPARE(r.out.count(QStringLiteral("calendar.add-day")), 1);
    QCOMPARE(r.out.count(QStringLiteral("calendar.remove-day")), 1);
}

void TestCliCatalogue::usageSignInAndInputErrors()
{
    // No --user, a missing argument, an unknown option, a malformed --year: usage.
    QCOMPARE(runCli({QStringLiteral("catalogue"), m_db}, AdminPassword).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("rules")}, AdminPassword).exitCode, 2);
    QCOMPARE(runCli(QStringList {QStringLiteral("departments"), m_db, QStringLiteral("--verbose")}
                     + as(QStringLiteral("admin")),
                 AdminPassword)
                 .exitCode,
        2);
    QCOMPARE(runCli(QStringList {QStringLiteral("calendar"), m_db, QStringLiteral("--year"),
                        QStringLiteral("20x6")}
                     + as(QStringLiteral("admin")),
                 AdminPassword)
                 .exitCode,
        2);
    QCOMPARE(runCli(QStringList {QStringLiteral("calendar"), QStringLiteral("add-days"), m_db,
                        QStringLiteral("2026-01-01")}
                     + as(QStringLiteral("admin")),
                 AdminPassword)
                 .exitCode,
        2);
    QCOMPARE(runCli(QStringList {QStringLiteral("calendar"), QStringLiteral("import"), m_db}
                     + as(QStringLiteral("admin")),
                 AdminPassword)
                 .exitCode,
        2);
    // Wrong password and unknown user: sign-in.
    const auto wrong = runCli(
        QStringList {QStringLiteral("catalogue"), m_db} + as(QStringLiteral("admin")), "wrong-password");
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(
        runCli(QStringList {QStringLiteral("calendar"), m_db} + as(QStringLiteral("nobody")), AdminPassword)
            .exitCode,
        3);
}

QTEST_GUILESS_MAIN(TestCliCatalogue)
#include "TestCliCatalogue.moc"
