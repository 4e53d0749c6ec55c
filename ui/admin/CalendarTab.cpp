#include "admin/CalendarTab.h"

#include "CoreError.h"
#include "admin/DayDialog.h"
#include "admin/TabMessage.h"
#include "services/CalendarService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace cd {

namespace {

// The colours of a printed office calendar: days off in red, make-up working days in blue.
const QColor HolidayText(0xb0, 0x00, 0x20);
const QColor HolidayBackground(0xfd, 0xe2, 0xe4);
const QColor WorkdayText(0x0b, 0x4f, 0x9c);
const QColor WorkdayBackground(0xdc, 0xea, 0xfb);

QString yearList(const QList<int>& years)
{
    QStringList texts;
    for (int y : years)
        texts << QString::number(y);
    return texts.join(QStringLiteral(", "));
}

} // namespace

CalendarTab::CalendarTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_year(new QSpinBox(this))
    , m_source(new QLabel(this))
    , m_month(new QCalendarWidget(this))
    , m_days(new SimpleTable({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name")}, this))
    , m_add(new QPushButton(tr("&Add day…"), this))
    , m_remove(new QPushButton(tr("&Remove day"), this))
    , m_import(new QPushButton(tr("&Import file…"), this))
    , m_countFrom(new QDateEdit(QDate::currentDate(), this))
    , m_countDays(new QSpinBox(this))
    , m_countResult(new QLabel(this))
    , m_message(makeTabMessage(this))
{
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_source->setObjectName(QStringLiteral("calendarSource"));
    m_month->setObjectName(QStringLiteral("calendarMonth"));
    m_days->setObjectName(QStringLiteral("calendarDays"));
    m_add->setObjectName(QStringLiteral("addDayButton"));
    m_remove->setObjectName(QStringLiteral("removeDayButton"));
    m_import->setObjectName(QStringLiteral("importCalendarButton"));
    m_countFrom->setObjectName(QStringLiteral("countFrom"));
    m_countDays->setObjectName(QStringLiteral("countDays"));
    m_countResult->setObjectName(QStringLiteral("countResult"));
    m_year->setRange(WorkingCalendar::FirstYear, WorkingCalendar::LastYear);
    m_year->setValue(QDate::currentDate().year());
    m_year->setPrefix(tr("Year "));
    m_source->setWordWrap(true);
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_month->setGridVisible(true);
    m_month->setFirstDayOfWeek(Qt::Monday);
    m_month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_countFrom->setCalendarPopup(true);
    m_countFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_countDays->setRange(-400, 400);
    m_countDays->setValue(7);
    m_countDays->setSuffix(tr(" working days"));
    m_import->setToolTip(
        tr("A UTF-8 text file: 'year 2027', then lines such as 'holiday 2027-10-01..2027-10-07 "
           "国庆' and 'workday 2027-09-26 国庆调休'."));
    for (QPushButton* b : {m_add, m_import})
        Permission::apply(b, m_session, Operation::ManageCalendar);

    auto* legend = new QLabel(
        tr("<span style=\"background:%1;color:%2\">&nbsp;day off&nbsp;</span> "
           "<span style=\"background:%3;color:%4\">&nbsp;make-up working day&nbsp;</span>")
            .arg(HolidayBackground.name(), HolidayText.name(), WorkdayBackground.name(), WorkdayText.name()),
        this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_year);
    bar->addWidget(m_source, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addWidget(m_import);

    auto* left = new QVBoxLayout;
    left->addWidget(m_month);
    left->addWidget(legend);
    auto* count = new QHBoxLayout;
    count->addWidget(new QLabel(tr("Deadline from"), this));
    count->addWidget(m_countFrom);
    count->addWidget(m_countDays);
    count->addWidget(m_countResult, 1);
    left->addLayout(count);
    left->addStretch(1);

    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_days, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarTab::showYear);
    connect(m_add, &QPushButton::clicked, this, &CalendarTab::addDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarTab::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &CalendarTab::chooseImportFile);
    connect(m_days, &QTableWidget::itemSelectionChanged, this, [this] {
        if (selectedDay().isValid())
            m_month->setSelectedDate(selectedDay());
        updateActions();
    });
    connect(m_countFrom, &QDateEdit::dateChanged, this, &CalendarTab::updateCount);
    connect(m_countDays, &QSpinBox::valueChanged, this, &CalendarTab::updateCount);
    reload();
}

int CalendarTab::year() const
{
    return m_year->value();
}

void CalendarTab::reload()
{
    showYear(year());
}

void CalendarTab::showYear(int y)
{
    if (m_year->value() != y) {
        m_year->setValue(y); // comes back here through valueChanged
        return;
    }
    QMap<int, QString> sources;
    try {
        CalendarService service(m_session);
        m_calendar = service.calendar();
        sources = service.coveredYears();
    } catch (const CoreError& e) {
        m_calendar = WorkingCalendar();
        showTabMessage(m_message, e.message(), true);
    }
    if (sources.contains(y))
        m_source->setText(
            tr("Holidays and make-up working days of %1 (source: %2). Years with an arrangement: "
               "%3.")
                .arg(y)
                .arg(CalendarService::describeSource(sources.value(y)), yearList(sources.keys())));
    else
        m_source->setText(tr("No holiday arrangement for %1 has been imported: deadlines in %1 count plain "
                             "Monday-to-Friday weeks until an administrator imports the State Council's "
                             "notice.")
                              .arg(y));

    const YearArrangement a = m_calendar.arrangement(y);
    QMap<QDate, std::pair<bool, QString>> lines; // date -> (make-up working day, name)
    for (auto it = a.holidays.cbegin(); it != a.holidays.cend(); ++it)
        lines.insert(it.key(), {false, it.value()});
    for (auto it = a.makeUpWorkdays.cbegin(); it != a.makeUpWorkdays.cend(); ++it)
        lines.insert(it.key(), {true, it.value()});
    QList<QStringList> rows;
    QList<qint64> ids;
    const QLocale locale;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        rows << QStringList {it.key().toString(Qt::ISODate),
            locale.dayName(it.key().dayOfWeek(), QLocale::ShortFormat),
            it.value().first ? tr("make-up working day") : tr("day off"), it.value().second};
        ids << it.key().toJulianDay();
    }
    m_days->setRows(rows, ids);
    for (int r = 0; r < m_days->rowCount(); ++r) {
        const bool workday = lines.value(QDate::fromJulianDay(ids.at(r))).first;
        for (int c = 0; c < m_days->columnCount(); ++c)
            m_days->item(r, c)->setForeground(workday ? WorkdayText : HolidayText);
    }

    m_month->setDateRange(QDate(y - 1, 12, 1), QDate(y + 1, 1, 31));
    const QDate today = QDate::currentDate();
    m_month->setCurrentPage(y, today.year() == y ? today.month() : 1);
    paintMonth();
    updateCount();
    updateActions();
}

void CalendarTab::paintMonth()
{
    for (const QDate& d : std::as_const(m_painted))
        m_month->setDateTextFormat(d, QTextCharFormat());
    m_painted.clear();
    // The neighbouring notices settle days of this year too (the 2019 notice reaches into 2018).
    for (int y = year() - 1; y <= year() + 1; ++y) {
        const YearArrangement a = m_calendar.arrangement(y);
        QTextCharFormat off;
        off.setForeground(HolidayText);
        off.setBackground(HolidayBackground);
        off.setFontWeight(QFont::Bold);
        for (auto it = a.holidays.cbegin(); it != a.holidays.cend(); ++it) {
            off.setToolTip(it.value());
            m_month->setDateTextFormat(it.key(), off);
            m_painted << it.key();
        }
        QTextCharFormat worked;
        worked.setForeground(WorkdayText);
        worked.setBackground(WorkdayBackground);
        worked.setFontWeight(QFont::Bold);
        for (auto it = a.makeUpWorkdays.cbegin(); it != a.makeUpWorkdays.cend(); ++it) {
            worked.setToolTip(it.value());
            m_month->setDateTextFormat(it.key(), worked);
            m_painted << it.key();
        }
    }
}

void CalendarTab::updateCount()
{
    const QDate from = m_countFrom->date();
    const QDate due = m_calendar.addWorkingDays(from, m_countDays->value());
    m_countResult->setText(
        tr("→ %1 (%2)").arg(due.toString(Qt::ISODate), QLocale().dayName(due.dayOfWeek())));
}

QDate CalendarTab::selectedDay() const
{
    const qint64 day = m_days->currentId();
    return day ? QDate::fromJulianDay(day) : QDate();
}

void CalendarTab::updateActions()
{
    QString reason = Permission::whyNot(m_session, Operation::ManageCalendar);
    if (reason.isEmpty() && !selectedDay().isValid())
        reason = tr("Choose a day in the list first.");
    Permission::explain(m_remove, reason);
}

void CalendarTab::addDay()
{
    if (!Permission::whyNot(m_session, Operation::ManageCalendar).isEmpty())
        return;
    const QDate picked = m_month->selectedDate();
    auto* dialog
        = new DayDialog(m_session, year(), picked.year() == year() ? picked : QDate(year(), 1, 1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this](qint64 julianDay) {
        reload();
        showTabMessage(m_message,
            tr("%1 was added to the arrangement for %2.")
                .arg(QDate::fromJulianDay(julianDay).toString(Qt::ISODate))
                .arg(year()));
        emit changed();
    });
    dialog->open();
}

void CalendarTab::removeSelected()
{
    const QDate day = selectedDay();
    if (!day.isValid() || !m_remove->isEnabled())
        return;
    try {
        CalendarService(m_session).removeDay(year(), day);
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
        return;
    }
    reload();
    showTabMessage(m_message,
        tr("%1 was taken out of the arrangement for %2; it counts as an ordinary %3 now.")
            .arg(day.toString(Qt::ISODate))
            .arg(year())
            .arg(QLocale().dayName(day.dayOfWeek())));
    emit changed();
}

void CalendarTab::chooseImportFile()
{
    if (!Permission::whyNot(m_session, Operation::ManageCalendar).isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a holiday arrangement"), QString(), tr("Calendar files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool CalendarTab::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showTabMessage(m_message, tr("%1 cannot be read: %2").arg(path, file.errorString()), true);
        return false;
    }
    QList<int> years;
    QList<int> replaced;
    try {
        CalendarService service(m_session);
        const QMap<int, QString> before = service.coveredYears();
        years = service.importFile(file.readAll(), path);
        for (int y : years) {
            if (before.contains(y))
                replaced << y;
        }
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
        return false;
    }
    if (!years.isEmpty())
        showYear(years.constFirst());
    else
        reload();
    QString text = tr("Imported the holiday arrangement of %1 from %2.")
                       .arg(yearList(years), QFileInfo(path).fileName());
    if (!replaced.isEmpty())
        text += QLatin1Char(' ') + tr("It replaces the earlier arrangement of %1.").arg(yearList(replaced));
    showTabMessage(m_message, text);
    emit changed();
    return true;
}

} // namespace cd
