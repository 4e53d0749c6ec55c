#include "admin/RuleSetDialog.h"

#include "services/CatalogueService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

RuleSetDialog::RuleSetDialog(Session& session, const RuleSet& previous, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_effectiveFrom(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ruleSetDialog"));
    setWindowTitle(tr("New publicity and repair rule set"));
    setMinimumWidth(640);
    m_effectiveFrom->setObjectName(QStringLiteral("ruleEffectiveFrom"));
    m_source->setObjectName(QStringLiteral("ruleSource"));
    m_note->setObjectName(QStringLiteral("ruleNote"));
    m_effectiveFrom->setPlaceholderText(tr("YYYY-MM-DD"));
    m_source->setPlaceholderText(tr("The document, e.g. 国家发展改革委令第36号《信用修复管理办法》"));

    auto* form = new QFormLayout;
    form->addRow(tr("In force from:"), m_effectiveFrom);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Note:"), m_note);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Severity"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Published"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Repair after"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Publication ends after"), this), 0, 3);
    grid->addWidget(new QLabel(tr("Specific serious"), this), 0, 4);
    int line = 1;
    for (Severity s : Severities::all()) {
        const RulePeriod p = previous.period(s);
        Row row {new QCheckBox(this), new QSpinBox(this), new QSpinBox(this), nullptr};
        const QString key = Severities::key(s);
        row.publish->setObjectName(QStringLiteral("publish_%1").arg(key));
        row.minMonths->setObjectName(QStringLiteral("minMonths_%1").arg(key));
        row.maxMonths->setObjectName(QStringLiteral("maxMonths_%1").arg(key));
        row.publish->setChecked(p.publish);
        for (QSpinBox* box : {row.minMonths, row.maxMonths}) {
            box->setRange(0, RuleSet::MaxMonths);
            box->setSuffix(tr(" months"));
        }
        row.minMonths->setValue(p.minMonths);
        row.maxMonths->setValue(p.maxMonths);
        grid->addWidget(new QLabel(Severities::displayName(s), this), line, 0);
        grid->addWidget(row.publish, line, 1);
        grid->addWidget(row.minMonths, line, 2);
        grid->addWidget(row.maxMonths, line, 3);
        if (s == Severity::Serious) {
            row.specificMonths = new QSpinBox(this);
            row.specificMonths->setObjectName(QStringLiteral("specificMonths"));
            row.specificMonths->setRange(0, RuleSet::MaxMonths);
            row.specificMonths->setSuffix(tr(" months"));
            row.specificMonths->setSpecialValueText(tr("no special rule"));
            row.specificMonths->setValue(p.specificSeriousMonths.value_or(0));
            row.specificMonths->setToolTip(tr(
                "Published this long and not repairable (e.g. a licence revoked in food, drugs or safety)."));
            grid->addWidget(row.specificMonths, line, 4);
        }
        for (QSpinBox* box : {row.minMonths, row.maxMonths, row.specificMonths}) {
            if (box)
                connect(box, &QSpinBox::valueChanged, this, [this] { refresh(); });
        }
        m_rows.insert(s, row);
        ++line;
    }
    auto* fields = new QVBoxLayout;
    fields->addLayout(form);
    fields->addLayout(grid);
    auto* hint
        = new QLabel(tr("Periods run from the date of the decision document. A record follows the rule "
                        "set in force on its decision date; rule sets cannot be changed once saved."),
            this);
    hint->setWordWrap(true);
    fields->addWidget(hint);
    finishForm(fields);
}

RuleSet RuleSetDialog::ruleSet() const
{
    RuleSet r;
    r.effectiveFrom = QDate::fromString(m_effectiveFrom->text().trimmed(), QStringLiteral("yyyy-MM-dd"));
    r.source = m_source->text();
    r.note = m_note->text();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        RulePeriod p;
        p.publish = it->publish->isChecked();
        p.minMonths = it->minMonths->value();
        p.maxMonths = it->maxMonths->value();
        if (it->specificMonths && it->specificMonths->value() > 0)
            p.specificSeriousMonths = it->specificMonths->value();
        r.periods.insert(it.key(), p);
    }
    return r;
}

QString RuleSetDialog::problem() const
{
    if (!m_effectiveFrom->text().trimmed().isEmpty() && !ruleSet().effectiveFrom.isValid())
        return tr("The date must be written YYYY-MM-DD.");
    return ruleSet().problem();
}

qint64 RuleSetDialog::write()
{
    return CatalogueService(m_session).addRuleSet(ruleSet()).id;
}

} // namespace cd
