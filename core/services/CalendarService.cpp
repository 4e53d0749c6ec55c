#include "services/CalendarService.h"

#include "CoreError.h"
#include "domain/CalendarFile.h"
#include "services/Session.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>

namespace cd {

namespace {

// Calendars by connection name (unique for the life of the process, so a closed session's entry can
// never be mistaken for a new one's) with the store's revision they were loaded at.
struct CachedCalendar
{
    qint64 revision = 0;
    WorkingCalendar calendar;
};

constexpr qsizetype MaxCachedCalendars = 8;

QMutex& cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CachedCalendar>& cache()
{
    static QHash<QString, CachedCalendar> entries;
    return entries;
}

QJsonArray toJson(const QList<int>& years)
{
    QJsonArray array;
    for (int y : years)
        array.append(y);
    return array;
}

} // namespace

CalendarService::CalendarService(Session& session) : m_session(session) { }

WorkingCalendar CalendarService::calendar()
{
    CalendarStore store(m_session.db());
    const QString key = m_session.db().sql().connectionName();
    // The revision first: a change landing between the two reads then only costs one more load.
    const qint64 revision = store.revision();
    {
        QMutexLocker lock(&cacheMutex());
        const auto found = cache().constFind(key);
        if (found != cache().cend() && found->revision == revision)
            return found->calendar;
    }
    const WorkingCalendar loaded = store.load();
    QMutexLocker lock(&cacheMutex());
    // Entries of closed sessions are never asked for again; a small bound keeps them from piling up.
    if (cache().size() >= MaxCachedCalendars && !cache().contains(key))
        cache().clear();
    cache().insert(key, CachedCalendar {revision, loaded});
    return loaded;
}

QMap<int, QString> CalendarService::coveredYears()
{
    return CalendarStore(m_session.db()).sources();
}

QString CalendarService::describeSource(const QString& source)
{
    if (source == CalendarStore::builtInSource())
        return tr("built into CreditDesk");
    if (source == manualSource())
        return tr("entered by hand");
    return source;
}

QList<int> CalendarService::importFile(const QByteArray& utf8, const QString& sourceName)
{
    m_session.require(Operation::ManageCalendar);
    const WorkingCalendar incoming = CalendarFile::parse(utf8, sourceName);
    const QList<int> years = incoming.years();
    // The folder it was imported from means nothing on another desk.
    const QString fileName = QFileInfo(sourceName).fileName();
    const QString source = fileName.isEmpty() ? sourceName : fileName;
    m_session.write([&] {
        CalendarStore store(m_session.db());
        WorkingCalendar merged = store.load();
        QMap<int, QString> sources = store.sources();
        QList<int> replaced;
        int days = 0;
        for (int y : years) {
            if (merged.covers(y))
                replaced << y;
            sources.insert(y, source);
            days += int(
                incoming.arrangement(y).holidays.size() + incoming.arrangement(y).makeUpWorkdays.size());
        }
        merged.merge(incoming);
        store.save(merged, sources);
        QStringList yearTexts;
        for (int y : years)
            yearTexts << QString::number(y);
        m_session.audit(QStringLiteral("calendar.import"), QStringLiteral("calendar"),
            yearTexts.join(QLatin1Char(',')),
            QJsonObject {{QStringLiteral("source"), source}, {QStringLiteral("years"), toJson(years)},
                {QStringLiteral("replaced"), toJson(replaced)}, {QStringLiteral("days"), days}});
    });
    return years;
}

void CalendarService::addDay(int year, QDate date, bool makeUpWorkday, const QString& rawName)
{
    m_session.require(Operation::ManageCalendar);
    const QString yearProblem = WorkingCalendar::checkYear(year);
    if (!yearProblem.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, yearProblem);
    const QString dayProblem = WorkingCalendar::checkDay(year, date, makeUpWorkday);
    if (!dayProblem.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, dayProblem);
    const QString name = rawName.simplified();
    if (name.size() > 40)
        throw CoreError(ErrorKind::InvalidInput, tr("A day's name may have at most 40 characters."));
    m_session.write([&] {
        CalendarStore store(m_session.db());
        WorkingCalendar calendar = store.load();
        QMap<int, QString> sources = store.sources();
        // One date, one meaning: a second arrangement listing it would leave the count ambiguous.
        for (int y : calendar.years()) {
            const YearArrangement a = calendar.arrangement(y);
            if (a.holidays.contains(date) || a.makeUpWorkdays.contains(date))
                throw CoreError(ErrorKind::InvalidInput,
                    tr("%1 is already listed in the arrangement for %2; remove it there first.")
                        .arg(date.toString(Qt::ISODate))
                        .arg(y));
        }
        const bool newYear = !calendar.covers(year);
        YearArrangement a = calendar.arrangement(year);
        (makeUpWorkday ? a.makeUpWorkdays : a.holidays).insert(date, name);
        calendar.setArrangement(a);
        if (newYear)
            sources.insert(year, manualSource());
        store.save(calendar, sources);
        m_session.audit(QStringLiteral("calendar.add-day"), QStringLiteral("calendar"),
            date.toString(Qt::ISODate),
            QJsonObject {{QStringLiteral("year"), year},
                {QStringLiteral("kind"),
                    makeUpWorkday ? QStringLiteral("workday") : QStringLiteral("holiday")},
                {QStringLiteral("name"), name}, {QStringLiteral("newYear"), newYear}});
    });
}

void CalendarService::removeDay(int year, QDate date)
{
    m_session.require(Operation::ManageCalendar);
    m_session.write([&] {
        CalendarStore store(m_session.db());
        WorkingCalendar calendar = store.load();
        YearArrangement a = calendar.arrangement(year);
        const bool holiday = a.holidays.contains(date);
        if (!holiday && !a.makeUpWorkdays.contains(date))
            throw CoreError(ErrorKind::InvalidInput,
                tr("%1 is not listed in the arrangement for %2.")
                    .arg(date.isValid() ? date.toString(Qt::ISODate) : tr("The date"))
                    .arg(year));
        const QString name = holiday ? a.holidays.take(date) : a.makeUpWorkdays.take(date);
        calendar.setArrangement(a);
        store.save(calendar, store.sources());
        m_session.audit(QStringLiteral("calendar.remove-day"), QStringLiteral("calendar"),
            date.toString(Qt::ISODate),
            QJsonObject {{QStringLiteral("year"), year},
                {QStringLiteral("kind"), holiday ? QStringLiteral("holiday") : QStringLiteral("workday")},
                {QStringLiteral("name"), name}});
    });
}

QDate CalendarService::addWorkingDays(QDate from, int n)
{
    return calendar().addWorkingDays(from, n);
}

int CalendarService::workingDaysBetween(QDate a, QDate b)
{
    return calendar().workingDaysBetween(a, b);
}

QList<int> CalendarService::uncoveredYears(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const WorkingCalendar c = calendar();
    QList<int> years;
    for (int y = std::min(from.year(), to.year()); y <= std::max(from.year(), to.year()); ++y) {
        if (!c.covers(y))
            years << y;
    }
    return years;
}

bool CalendarService::seedBuiltIn(Database& db)
{
    CalendarStore store(db);
    if (!store.isEmpty())
        return false;
    const WorkingCalendar builtIn = WorkingCalendar::builtIn();
    QMap<int, QString> sources;
    for (int y : builtIn.years())
        sources.insert(y, CalendarStore::builtInSource());
    if (db.inTransaction()) {
        store.save(builtIn, sources);
        return true;
    }
    Transaction tx(db);
    if (!store.isEmpty())
        return false; // another desk seeded it while we looked
    store.save(builtIn, sources);
    tx.commit();
    return true;
}

} // namespace cd
