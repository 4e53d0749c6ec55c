#include "objections/DecisionDialog.h"

#include "widgets/DraftStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {

DecisionDialog::DecisionDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_choices(new QButtonGroup(this))
    , m_check(new QCheckBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_dateLabel(new QLabel(tr("Effective on:"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(title);
    setMinimumWidth(560);
    m_check->setObjectName(QStringLiteral("decisionCheck"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_check->hide();
    m_reason->hide();
    m_reason->setTabChangesFocus(true);
    m_date->hide();
    m_dateLabel->hide();

    auto* text = new QLabel(prompt, this);
    text->setWordWrap(true);
    m_layout->addWidget(text);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    m_layout->addWidget(m_check);
    m_layout->addWidget(m_reason, 1);
    m_layout->addLayout(dateRow);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    connect(m_choices, &QButtonGroup::idToggled, this, &DecisionDialog::update);
    update();
}

void DecisionDialog::addChoice(const QString& text, int value)
{
    auto* button = new QRadioButton(text, this);
    button->setObjectName(QStringLiteral("decisionChoice%1").arg(value));
    m_choices->addButton(button, value);
    // Choices go above the checkbox, in the order given.
    m_layout->insertWidget(int(m_choices->buttons().size()), button);
    update();
}

void DecisionDialog::setCheck(const QString& text, int whenChoice)
{
    m_check->setText(text);
    m_check->show();
    m_checkWhen = whenChoice;
    update();
}

void DecisionDialog::requireReason(const QString& placeholder)
{
    m_needsReason = true;
    m_reason->setPlaceholderText(placeholder);
    m_reason->show();
    update();
}

void DecisionDialog::setDateRange(const QDate& earliest, const QDate& latest)
{
    const bool shown = earliest.isValid();
    m_date->setVisible(shown);
    m_dateLabel->setVisible(shown);
    if (shown) {
        m_date->setDateRange(earliest, latest);
        m_date->setDate(latest);
    }
}

void DecisionDialog::setDraftKey(const QString& key)
{
    m_draftKey = key;
    DraftStore* store = DraftStore::of(this);
    if (!store)
        return;
    const QVariantMap draft = store->take(key);
    if (draft.isEmpty())
        return;
    if (QAbstractButton* button = m_choices->button(draft.value(QStringLiteral("choice")).toInt()))
        button->setChecked(true);
    m_check->setChecked(draft.value(QStringLiteral("checked")).toBool());
    m_reason->setPlainText(draft.value(QStringLiteral("reason")).toString());
    if (!m_date->isHidden() && draft.contains(QStringLiteral("date")))
        m_date->setDate(draft.value(QStringLiteral("date")).toDate());
    update();
}

void DecisionDialog::keepDraft()
{
    DraftStore* store = DraftStore::of(this);
    if (m_draftKey.isEmpty() || !store)
        return;
    if (m_reason->toPlainText().isEmpty() && m_choices->checkedId() == -1)
        return;
    store->keep(m_draftKey,
        {{QStringLiteral("choice"), m_choices->checkedId()},
            {QStringLiteral("checked"), m_check->isChecked()},
            {QStringLiteral("reason"), m_reason->toPlainText()}, {QStringLiteral("date"), m_date->date()}});
}

int DecisionDialog::choice() const
{
    return m_choices->checkedId();
}

bool DecisionDialog::checked() const
{
    return !m_check->text().isEmpty() && m_check->isEnabled() && m_check->isChecked();
}

QString DecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate DecisionDialog::date() const
{
    return m_date->date();
}

void DecisionDialog::update()
{
    m_check->setEnabled(m_checkWhen < 0 || m_choices->checkedId() == m_checkWhen);
    const bool chosen = m_choices->buttons().isEmpty() || m_choices->checkedId() != -1;
    const bool reasoned = !m_needsReason || !reason().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && reasoned);
}

} // namespace cd
