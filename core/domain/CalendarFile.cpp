#include "domain/CalendarFile.h"

#include "CoreError.h"

#include <QHash>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace cd {

namespace {

constexpr QStringView RangeSeparator = u"..";

struct Mention
{
    int line = 0;
    bool makeUpWorkday = false;
};

// Text from the file goes into an error message: keep it short and free of control characters,
// whatever bytes arrived.
QString quoted(QStringView text)
{
    constexpr qsizetype Longest = 40;
    QString out;
    for (QChar c : text.first(std::min(text.size(), Longest)))
        out.append(c.isPrint() ? c : QChar::ReplacementCharacter);
    if (text.size() > Longest)
        out.append(QChar(0x2026));
    return out;
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Strictly YYYY-MM-DD: QDate::fromString would also take forms an administrator did not mean.
QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const QStringView year = text.first(4), month = text.sliced(5, 2), day = text.sliced(8, 2);
    if (!isDigits(year) || !isDigits(month) || !isDigits(day))
        return {};
    return QDate(year.toInt(), month.toInt(), day.toInt());
}

// Splits off the first whitespace-separated word.
std::pair<QStringView, QStringView> firstWord(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    return {text.first(end), text.sliced(end).trimmed()};
}

class Parser
{
public:
    explicit Parser(const QString& sourceName) : m_source(sourceName) { }

    WorkingCalendar run(const QByteArray& utf8)
    {
        // Windows Notepad starts a UTF-8 file with a byte order mark.
        const QList<QByteArray> lines = (utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8).split('\n');
        // Every malformed line is named at once, so one round of corrections is enough.
        QStringList problems;
        int more = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = int(i + 1);
            try {
                QStringDecoder decoder(QStringDecoder::Utf8);
                const QString line = decoder.decode(lines[i]);
                if (decoder.hasError())
                    fail(CalendarFile::tr("the line is not UTF-8 text; save the file as UTF-8."));
                parseLine(line);
            } catch (const CoreError& error) {
                if (problems.size() < MaxProblems)
                    problems << error.message();
                else
                    ++more;
            }
        }
        if (more > 0)
            problems << CalendarFile::tr("%1: %n more line(s) with problems.", nullptr, more).arg(m_source);
        if (!problems.isEmpty())
            throw CoreError(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
        if (m_years.isEmpty())
            throw CoreError(ErrorKind::InvalidInput,
                CalendarFile::tr("%1: the file declares no year; it needs a line such as "
                                 "'year 2027' before its holidays.")
                    .arg(m_source));
        try {
            return WorkingCalendar::fromArrangements(m_years.values());
        } catch (const CoreError& error) {
            // The line checks above should have caught it first; still name the file.
            throw CoreError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(m_source, error.message()));
        }
    }

private:
    [[noreturn]] void fail(const QString& what) const
    {
        // One multi-argument substitution, so that a '%' in a file name cannot capture the others.
        throw CoreError(ErrorKind::InvalidInput,
            CalendarFile::tr("%1 line %2: %3").arg(m_source, QString::number(m_line), what));
    }

    void parseLine(QStringView line)
    {
        const QStringView text = line.trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            return;
        const auto [keyword, rest] = firstWord(text);
        if (keyword.compare(u"year", Qt::CaseInsensitive) == 0)
            parseYear(rest);
        else if (keyword.compare(u"holiday", Qt::CaseInsensitive) == 0)
            parseDays(keyword, rest, false);
        else if (keyword.compare(u"workday", Qt::CaseInsensitive) == 0)
            parseDays(keyword, rest, true);
        else
            fail(CalendarFile::tr("unknown keyword '%1'; a line starts with year, holiday or workday.")
                     .arg(quoted(keyword)));
    }

    void parseYear(QStringView rest)
    {
        m_year = -1; // until this line proves good: the days below it are not checked against a guess
        if (rest.size() != 4 || !isDigits(rest))
            fail(CalendarFile::tr("'%1' is not a year; write four digits, as in 'year 2027'.")
                     .arg(quoted(rest)));
        const int year = rest.toInt();
        const QString problem = WorkingCalendar::checkYear(year);
        if (!problem.isEmpty())
            fail(problem);
        if (m_yearLines.contains(year))
            fail(CalendarFile::tr("year %1 is already declared on line %2.")
                     .arg(year)
                     .arg(m_yearLines.value(year)));
        m_yearLines.insert(year, m_line);
        m_years.insert(year, YearArrangement {year, {}, {}});
        m_year = year;
    }

    void parseDays(QStringView keyword, QStringView rest, bool makeUpWorkday)
    {
        if (m_year < 0)
            return; // under a year line already reported as wrong
        if (m_year == 0)
            fail(CalendarFile::tr("'%1' comes before any year line; the file must declare the year first, "
                                  "as in 'year 2027'.")
                     .arg(keyword));
        const auto [dates, nameText] = firstWord(rest);
        if (dates.isEmpty())
            fail(CalendarFile::tr("'%1' needs a date or a range such as 2019-10-01..2019-10-07.")
                     .arg(keyword));

        const qsizetype separator = dates.indexOf(RangeSeparator);
        const QStringView startText = separator < 0 ? dates : dates.first(separator);
        const QStringView endText = separator < 0 ? dates : dates.sliced(separator + RangeSeparator.size());
        const QDate start = parseDate(startText);
        const QDate end = parseDate(endText);
        if (!start.isValid() || !end.isValid())
            fail(CalendarFile::tr("'%1' is not a date; write dates as YYYY-MM-DD and ranges as "
                                  "2019-10-01..2019-10-07.")
                     .arg(quoted(start.isValid() ? endText : startText)));
        if (end < start)
            fail(CalendarFile::tr("the range ends on %1, before it starts on %2.")
                     .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));

        const QString name = nameText.toString().simplified();
        YearArrangement& arrangement = m_years[m_year];
        // Bounded: checkDay refuses any day more than a few weeks outside the year.
        for (QDate day = start; day <= end; day = day.addDays(1)) {
            const QString problem = WorkingCalendar::checkDay(m_year, day, makeUpWorkday);
            if (!problem.isEmpty())
                fail(problem);
            const auto seen = m_seen.constFind(day);
            if (seen != m_seen.cend()) {
                if (seen->makeUpWorkday == makeUpWorkday)
                    fail(CalendarFile::tr("%1 is already listed on line %2.")
                             .arg(day.toString(Qt::ISODate))
                             .arg(seen->line));
                fail(CalendarFile::tr("%1 is both a holiday and a make-up working day (see line %2).")
                         .arg(day.toString(Qt::ISODate))
                         .arg(seen->line));
            }
            m_seen.insert(day, Mention {m_line, makeUpWorkday});
            (makeUpWorkday ? arrangement.makeUpWorkdays : arrangement.holidays).insert(day, name);
        }
    }

    static constexpr int MaxProblems = 20;

    QString m_source;
    int m_line = 0;
    int m_year = 0; // the year line in force, 0 before the first, -1 after a wrong one
    QMap<int, YearArrangement> m_years;
    QHash<int, int> m_yearLines;
    QHash<QDate, Mention> m_seen;
};

struct Entry
{
    QDate date;
    bool makeUpWorkday = false;
    QString name;
};

QList<Entry> entriesByDate(const YearArrangement& arrangement)
{
    QList<Entry> entries;
    for (auto it = arrangement.holidays.cbegin(); it != arrangement.holidays.cend(); ++it)
        entries.append(Entry {it.key(), false, it.value()});
    for (auto it = arrangement.makeUpWorkdays.cbegin(); it != arrangement.makeUpWorkdays.cend(); ++it)
        entries.append(Entry {it.key(), true, it.value()});
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.date < b.date; });
    return entries;
}

QByteArray statement(const Entry& first, const Entry& last)
{
    QString line = first.makeUpWorkday ? QStringLiteral("workday ") : QStringLiteral("holiday ");
    line += first.date.toString(Qt::ISODate);
    if (last.date != first.date) {
        line += RangeSeparator;
        line += last.date.toString(Qt::ISODate);
    }
    if (!first.name.isEmpty())
        line += u' ' + first.name;
    return line.toUtf8() + '\n';
}

} // namespace

WorkingCalendar CalendarFile::parse(const QByteArray& utf8, const QString& sourceName)
{
    return Parser(sourceName).run(utf8);
}

QByteArray CalendarFile::write(const WorkingCalendar& calendar)
{
    QByteArray out = "# CreditDesk working-day calendar, UTF-8, one statement per line:\n"
                     "#   year YYYY                                 the arrangement of that year's notice\n"
                     "#   holiday YYYY-MM-DD[..YYYY-MM-DD] [name]   days off\n"
                     "#   workday YYYY-MM-DD[..YYYY-MM-DD] [name]   weekend days worked in exchange\n";
    const QList<int> years = calendar.years();
    for (int year : years) {
        out += "\nyear " + QByteArray::number(year) + '\n';
        const QList<Entry> entries = entriesByDate(calendar.arrangement(year));
        for (qsizetype i = 0; i < entries.size();) {
            qsizetype j = i;
            while (j + 1 < entries.size() && entries[j + 1].date == entries[j].date.addDays(1)
                && entries[j + 1].makeUpWorkday == entries[i].makeUpWorkday
                && entries[j + 1].name == entries[i].name)
                ++j;
            out += statement(entries[i], entries[j]);
            i = j + 1;
        }
    }
    return out;
}

} // namespace cd
