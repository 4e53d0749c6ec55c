#pragma once

#include "widgets/FormDialog.h"

#include <QDate>

class QComboBox;
class QLineEdit;

namespace cd {

class Session;

// One day added to a year's arrangement by hand: a day off, or a weekend day worked in exchange (调休).
class DayDialog : public FormDialog
{
    Q_OBJECT

public:
    DayDialog(Session& session, int year, QDate suggested, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("calendarDay"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    QDate date() const;

    Session& m_session;
    int m_year;
    QLineEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_name;
};

} // namespace cd
