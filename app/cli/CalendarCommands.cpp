#include "Cli.h"
#include "CoreError.h"
#include "services/CalendarService.h"
#include "services/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

QJsonArray daysJson(const QMap<QDate, QString>& days)
{
    QJsonArray array;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        array.append(QJsonObject {
            {QStringLiteral("date"), it.key().toString(Qt::ISODate)}, {QStringLiteral("name"), it.value()}});
    return array;
}

QString yearList(const QList<int>& years)
{
    QStringList texts;
    for (int y : years)
        texts << QString::number(y);
    return texts.join(QStringLiteral(", "));
}

void warnUncovered(Cli& cli, const QList<int>& years)
{
    if (years.isEmpty())
        return;
    cli.err << Cli::tr("Warning: no holiday arrangement has been imported for %1; those days were counted as "
                       "plain Monday-to-Friday weeks.\n")
                   .arg(yearList(years));
}

int runCalendar(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral("calendar DB --user NAME [--year Y] [--json]");
    const Args args(arguments,
        {userOption(), jsonOption(),
            QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("Y"))},
        {QStringLiteral("DB")}, usage);
    int year = QDate::currentDate().year();
    if (args.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = args.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !WorkingCalendar::checkYear(year).isEmpty())
            throw CoreError(ErrorKind::Usage,
                Cli::tr("--year must be a year such as 2026.\nUsage: creditdesk-cli %1").arg(usage));
    }
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    CalendarService service(*session);
    const WorkingCalendar calendar = service.calendar();
    const QMap<int, QString> covered = service.coveredYears();
    const YearArrangement a = calendar.arrangement(year);

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray years;
        for (auto it = covered.cbegin(); it != covered.cend(); ++it)
            years.append(
                QJsonObject {{QStringLiteral("year"), it.key()}, {QStringLiteral("source"), it.value()}});
        cli.printJson(
            QJsonObject {{QStringLiteral("year"), year}, {QStringLiteral("covered"), covered.contains(year)},
                {QStringLiteral("source"), covered.value(year)},
                {QStringLiteral("holidays"), daysJson(a.holidays)},
                {QStringLiteral("workdays"), daysJson(a.makeUpWorkdays)},
                {QStringLiteral("coveredYears"), years}});
        return 0;
    }
    if (!covered.contains(year)) {
        cli.out << Cli::tr(
            "No holiday arrangement for %1 has been imported: deadlines in %1 count plain "
            "Monday-to-Friday weeks until an administrator imports the State Council's notice.\n")
                       .arg(year);
    } else {
        cli.out << Cli::tr("Holidays and make-up working days of %1 (source: %2):\n")
                       .arg(year)
                       .arg(CalendarService::describeSource(covered.value(year)));
        // One list in date order, as the notice reads.
        QMap<QDate, QString> lines;
        for (auto it = a.holidays.cbegin(); it != a.holidays.cend(); ++it)
            lines.insert(it.key(), Cli::tr("day off      %1").arg(it.value()));
        for (auto it = a.makeUpWorkdays.cbegin(); it != a.makeUpWorkdays.cend(); ++it)
            lines.insert(it.key(), Cli::tr("working day  %1").arg(it.value()));
        for (auto it = lines.cbegin(); it != lines.cend(); ++it)
            cli.out << QStringLiteral("  %1 %2  %3\n")
                           .arg(it.key().toString(Qt::ISODate),
                               QLocale::c().dayName(it.key().dayOfWeek(), QLocale::ShortFormat), it.value());
    }
    cli.out << Cli::tr("Years with an arrangement: %1\n").arg(yearList(covered.keys()));
    return 0;
}

int runCalendarImport(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption()}, {QStringLiteral("DB"), QStringLiteral("FILE")},
        QStringLiteral("calendar import DB FILE --user NAME"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    session->require(Operation::ManageCalendar);
    const QString path = args.positional(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoreError(ErrorKind::Failed, Cli::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    CalendarService service(*session);
    const QMap<int, QString> before = service.coveredYears();
    const QList<int> years = service.importFile(bytes, path);
    QList<int> replaced;
    for (int y : years) {
        if (before.contains(y))
            replaced << y;
    }
    cli.out << Cli::tr("Imported the holiday arrangement of %1 from %2.\n").arg(yearList(years), path);
    if (!replaced.isEmpty())
        cli.out << Cli::tr("It replaces the earlier arrangement of %1.\n").arg(yearList(replaced));
    return 0;
}

int runCalendarAddDays(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption()},
        {QStringLiteral("DB"), QStringLiteral("FROM"), QStringLiteral("N")},
        QStringLiteral("calendar add-days DB FROM N --user NAME"));
    const QString fromText = args.positional(1);
    const QDate from = QDate::fromString(fromText, QStringLiteral("yyyy-MM-dd"));
    if (!from.isValid())
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("FROM must be a date written YYYY-MM-DD, not \"%1\".").arg(fromText.left(40)));
    bool ok = false;
    const int n = args.positional(2).toInt(&ok);
    if (!ok || n < -100000 || n > 100000)
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("N must be a whole number of working days, not \"%1\".")
                .arg(args.positional(2).left(40)));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    CalendarService service(*session);
    const QDate result = service.addWorkingDays(from, n);
    cli.out << result.toString(Qt::ISODate) << "\n";
    cli.out.flush();
    warnUncovered(cli, service.uncoveredYears(from, result));
    return 0;
}

QDate dayArgument(const QString& text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("DATE must be a date written YYYY-MM-DD, not \"%1\".").arg(text.left(40)));
    return date;
}

int runCalendarAddDay(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral(
        "calendar add-day DB DATE (--holiday | --workday) [--name T] [--year Y] --user ADMIN");
    const Args args(arguments,
        {userOption(), QCommandLineOption(QStringLiteral("holiday")),
            QCommandLineOption(QStringLiteral("workday")),
            QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("T")),
            QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("Y"))},
        {QStringLiteral("DB"), QStringLiteral("DATE")}, usage);
    if (args.isSet(QStringLiteral("holiday")) == args.isSet(QStringLiteral("workday")))
        throw CoreError(ErrorKind::Usage,
            Cli::tr("Give either --holiday or --workday.\nUsage: creditdesk-cli %1").arg(usage));
    const QDate date = dayArgument(args.positional(1));
    const int year = args.integer(QStringLiteral("year"), date.year());
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const bool workday = args.isSet(QStringLiteral("workday"));
    CalendarService(*session).addDay(year, date, workday, args.value(QStringLiteral("name")));
    cli.out << (workday ? Cli::tr("%1 is a make-up working day in the arrangement for %2 now.\n")
                        : Cli::tr("%1 is a day off in the arrangement for %2 now.\n"))
                   .arg(date.toString(Qt::ISODate))
                   .arg(year);
    return 0;
}

int runCalendarRemoveDay(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("Y"))},
        {QStringLiteral("DB"), QStringLiteral("DATE")},
        QStringLiteral("calendar remove-day DB DATE [--year Y] --user ADMIN"));
    const QDate date = dayArgument(args.positional(1));
    const int year = args.integer(QStringLiteral("year"), date.year());
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    CalendarService(*session).removeDay(year, date);
    cli.out << Cli::tr("%1 was taken out of the arrangement for %2; it is an ordinary day of its week now.\n")
                   .arg(date.toString(Qt::ISODate))
                   .arg(year);
    return 0;
}

} // namespace

void addCalendarCommands(QList<Command>& commands)
{
    commands
        << Command {QStringLiteral("calendar"), QStringLiteral("calendar DB --user NAME [--year Y] [--json]"),
               Cli::tr("Show the holidays and make-up working days of a year."),
               Cli::tr(
                   "Lists the days off and the make-up working days (weekend days worked in exchange) that "
                   "the State Council's notice for year Y (default: this year) settles, which may reach into "
                   "the neighbouring December and January, and the years that have an arrangement. Deadlines "
                   "count working days on this calendar; in a year without an arrangement they count plain "
                   "Monday-to-Friday weeks."),
               runCalendar}
        << Command {QStringLiteral("calendar import"), QStringLiteral("calendar import DB FILE --user NAME"),
               Cli::tr("Import a year's holiday arrangement (administrators only)."),
               Cli::tr("FILE is UTF-8 text in the calendar format: 'year 2027', then lines such as "
                       "'holiday 2027-10-01..2027-10-07 NAME' (days off) and 'workday 2027-09-26 NAME' "
                       "(a weekend day worked in exchange); # starts a comment. Every year the file "
                       "declares replaces the stored arrangement of that year; the others stay. Prints "
                       "the years imported. A mistake stops the import with \"FILE line N: ...\" and "
                       "exit code 6, and nothing is changed."),
               runCalendarImport}
        << Command {QStringLiteral("calendar add-days"),
               QStringLiteral("calendar add-days DB FROM N --user NAME"),
               Cli::tr("Print the date N working days after FROM."),
               Cli::tr("FROM is a date (YYYY-MM-DD), not counted itself; N may be negative to count "
                       "backwards. This is how every deadline is worked out, so a clerk can check one "
                       "against a paper calendar. Warns on standard error when the count passes through a "
                       "year without an imported arrangement. Exit code 6 for a malformed FROM or N."),
               runCalendarAddDays}
        << Command {QStringLiteral("calendar add-day"),
               QStringLiteral(
                   "calendar add-day DB DATE (--holiday | --workday) [--name T] [--year Y] --user ADMIN"),
               Cli::tr(
                   "Add one day off or make-up working day to a year's arrangement (administrators only)."),
               Cli::tr(
                   "DATE (YYYY-MM-DD) becomes a day off (--holiday) or a Saturday or Sunday worked in "
                   "exchange (--workday) in the arrangement of year Y (default: DATE's year; a notice may "
                   "reach into the December before and the January after). A date that an arrangement "
                   "already lists is refused; a year without an arrangement gets one, recorded as entered "
                   "by hand. Audited. Exit code 6 names what is wrong."),
               runCalendarAddDay}
        << Command {QStringLiteral("calendar remove-day"),
               QStringLiteral("calendar remove-day DB DATE [--year Y] --user ADMIN"),
               Cli::tr("Take one day out of a year's arrangement (administrators only)."),
               Cli::tr("DATE is then an ordinary day of its week: a working day from Monday to Friday, a day "
                       "off on Saturday and Sunday. Y defaults to DATE's year. Audited; exit code 6 when the "
                       "arrangement does not list DATE."),
               runCalendarRemoveDay};
}

} // namespace cd::cli
