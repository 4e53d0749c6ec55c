#include "admin/DayDialog.h"

#include "domain/WorkingCalendar.h"
#include "services/CalendarService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cd {

DayDialog::DayDialog(Session& session, int year, QDate suggested, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_year(year)
    , m_date(new QLineEdit(suggested.toString(Qt::ISODate), this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("dayDialog"));
    setWindowTitle(tr("Add a day to the arrangement for %1").arg(year));
    setMinimumWidth(460);
    m_date->setObjectName(QStringLiteral("dayDate"));
    m_kind->setObjectName(QStringLiteral("dayKind"));
    m_name->setObjectName(QStringLiteral("dayName"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_name->setPlaceholderText(tr("e.g. 国庆 or 国庆调休"));
    m_kind->addItem(tr("Public holiday (day off)"), false);
    m_kind->addItem(tr("Make-up working day (调休)"), true);

    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    auto* hint = new QLabel(tr("Deadlines are counted again on the changed calendar from now on; those "
                               "already set stay as they are."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);
    finishForm(form);
}

QDate DayDialog::date() const
{
    return QDate::fromString(m_date->text().trimmed(), QStringLiteral("yyyy-MM-dd"));
}

QString DayDialog::problem() const
{
    if (!date().isValid())
        return tr("The date must be written YYYY-MM-DD.");
    return WorkingCalendar::checkDay(m_year, date(), m_kind->currentData().toBool());
}

qint64 DayDialog::write()
{
    CalendarService(m_session).addDay(m_year, date(), m_kind->currentData().toBool(), m_name->text());
    return date().toJulianDay();
}

} // namespace cd
