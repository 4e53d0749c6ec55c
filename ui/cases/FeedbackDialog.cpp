#include "cases/FeedbackDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

FeedbackDialog::FeedbackDialog(const MeasureTask& task, QWidget* parent)
    : QDialog(parent)
    , m_response(new QComboBox(this))
    , m_on(new QDateEdit(QDate::currentDate(), this))
    , m_appliedOn(new QDateEdit(QDate::currentDate(), this))
    , m_reference(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Feedback — %1, %2").arg(task.measureTitle, task.departmentName));
    for (TaskResponse r : {TaskResponse::Applied, TaskResponse::NotApplicable, TaskResponse::Refused})
        m_response->addItem(Cases::displayName(r), int(r));
    m_response->setObjectName(QStringLiteral("response"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reason->setObjectName(QStringLiteral("reason"));
    for (QDateEdit* d : {m_on, m_appliedOn}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDateRange(task.pushedOn, QDate::currentDate());
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Answer:"), m_response);
    form->addRow(tr("Feedback date:"), m_on);
    form->addRow(tr("Applied on:"), m_appliedOn);
    form->addRow(tr("Reference (document number):"), m_reference);
    form->addRow(tr("Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Due on %1; answers are never overwritten.").arg(task.dueOn.toString(Qt::ISODate)), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_response, &QComboBox::currentIndexChanged, this, &FeedbackDialog::updateFields);
    connect(m_reference, &QLineEdit::textChanged, this, &FeedbackDialog::updateFields);
    connect(m_reason, &QLineEdit::textChanged, this, &FeedbackDialog::updateFields);
    updateFields();
}

void FeedbackDialog::updateFields()
{
    const bool applied = response() == TaskResponse::Applied;
    m_appliedOn->setEnabled(applied);
    m_reference->setEnabled(applied);
    m_reason->setEnabled(!applied);
    QString problem;
    if (applied && reference().isEmpty())
        problem = tr("An applied measure needs its reference.");
    else if (!applied && reason().isEmpty())
        problem = tr("\"%1\" needs a reason.").arg(Cases::displayName(response()));
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

TaskResponse FeedbackDialog::response() const
{
    return TaskResponse(m_response->currentData().toInt());
}

QDate FeedbackDialog::on() const
{
    return m_on->date();
}

QDate FeedbackDialog::appliedOn() const
{
    return m_appliedOn->date();
}

QString FeedbackDialog::reference() const
{
    return m_reference->text().trimmed();
}

QString FeedbackDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace cd
