#pragma once

#include "domain/WorkingCalendar.h"

#include <QWidget>

class QCalendarWidget;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd {

class Session;
class SimpleTable;

// 工作日历: a year's public holidays and make-up working days (调休) as a list and on a month calendar
// in colour; an administrator adds or removes a day, or imports the State Council's notice as a file
// in the format of `creditdesk-cli calendar import`. A small count shows where a deadline falls.
class CalendarTab : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarTab(Session& session, QWidget* parent = nullptr);
    SimpleTable* days() const { return m_days; }
    QCalendarWidget* month() const { return m_month; }
    int year() const;

public slots:
    void reload();
    void showYear(int year);
    void addDay();
    void removeSelected();
    void chooseImportFile();
    // Imports the file at `path`; the result or the service's message shows on the tab.
    bool importFile(const QString& path);

signals:
    void changed();

private:
    void paintMonth();
    void updateCount();
    void updateActions();
    QDate selectedDay() const;

    Session& m_session;
    WorkingCalendar m_calendar;
    QSpinBox* m_year;
    QLabel* m_source;
    QCalendarWidget* m_month;
    SimpleTable* m_days;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_import;
    QDateEdit* m_countFrom;
    QSpinBox* m_countDays;
    QLabel* m_countResult;
    QLabel* m_message;
    QList<QDate> m_painted;
};

} // namespace cd
