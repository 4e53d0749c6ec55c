#include "admin/RulesTab.h"

#include "CoreError.h"
#include "admin/RuleSetDialog.h"
#include "admin/TabMessage.h"
#include "services/CatalogueService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {

QString describe(const RulePeriod& p)
{
    QStringList parts;
    parts << (p.publish ? RulesTab::tr("published at most %n month(s)", nullptr, p.maxMonths)
                        : RulesTab::tr("need not be published (at most %n month(s))", nullptr, p.maxMonths));
    parts << (p.minMonths == 0 ? RulesTab::tr("repairable once the obligations are met")
                               : RulesTab::tr("repair after %n month(s)", nullptr, p.minMonths));
    return parts.join(RulesTab::tr("; "));
}

} // namespace

RulesTab::RulesTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ruleSets(
          new SimpleTable({tr("In force from"), tr("Source"), Severities::displayName(Severity::Minor),
                              Severities::displayName(Severity::General),
                              Severities::displayName(Severity::Serious), tr("Specific serious"), tr("Note")},
              this))
    , m_addRuleSet(new QPushButton(tr("&New rule set…"), this))
    , m_saveSettings(new QPushButton(tr("&Save settings"), this))
    , m_message(makeTabMessage(this))
{
    m_ruleSets->setObjectName(QStringLiteral("ruleSetsTable"));
    m_addRuleSet->setObjectName(QStringLiteral("addRuleSetButton"));
    m_saveSettings->setObjectName(QStringLiteral("saveSettingsButton"));
    Permission::apply(m_addRuleSet, m_session, Operation::ManageCatalogue);

    auto* rules = new QGroupBox(tr("Publicity and repair rule sets"), this);
    auto* rulesBar = new QHBoxLayout;
    auto* rulesHint
        = new QLabel(tr("A record follows the rule set in force on its decision date; periods run "
                        "from that date."),
            this);
    rulesHint->setWordWrap(true);
    rulesHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    rulesBar->addWidget(rulesHint, 1);
    rulesBar->addWidget(m_addRuleSet);
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addLayout(rulesBar);
    rulesLayout->addWidget(m_ruleSets, 1);

    auto* settings = new QGroupBox(tr("Office settings"), this);
    auto* form = new QFormLayout;
    const QString why = Permission::whyNot(m_session, Operation::ManageSettings);
    for (Setting s : Settings::all()) {
        QWidget* editor = nullptr;
        if (Settings::isFlag(s)) {
            editor = new QCheckBox(this);
        } else {
            auto* box = new QSpinBox(this);
            box->setRange(Settings::minimum(s), Settings::maximum(s));
            editor = box;
        }
        editor->setObjectName(QStringLiteral("setting_%1").arg(Settings::key(s)));
        Permission::explain(editor, why);
        m_editors.insert(s, editor);
        QString label = Settings::describe(s);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        form->addRow(label + tr(":"), editor);
    }
    Permission::explain(m_saveSettings, why);
    auto* settingsBar = new QHBoxLayout;
    auto* settingsHint = new QLabel(
        tr("A changed deadline counts for what is pushed, accepted or taken in from now on."), this);
    settingsHint->setWordWrap(true);
    settingsHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    settingsBar->addWidget(settingsHint, 1);
    settingsBar->addWidget(m_saveSettings);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addLayout(form);
    settingsLayout->addLayout(settingsBar);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(rules, 1);
    layout->addWidget(settings);

    connect(m_addRuleSet, &QPushButton::clicked, this, &RulesTab::addRuleSet);
    connect(m_saveSettings, &QPushButton::clicked, this, &RulesTab::saveSettings);
    reload();
}

void RulesTab::reload()
{
    try {
        m_book = CatalogueService(m_session).ruleBook();
        Settings settings(m_session);
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            if (auto* box = qobject_cast<QSpinBox*>(it.value()))
                box->setValue(settings.number(it.key()));
            else if (auto* check = qobject_cast<QCheckBox*>(it.value()))
                check->setChecked(settings.flag(it.key()));
        }
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
    }
    QList<QStringList> rows;
    // Newest first: the rule set a new record follows.
    const QList<RuleSet>& sets = m_book.ruleSets();
    for (auto it = sets.crbegin(); it != sets.crend(); ++it) {
        const RuleSet& r = *it;
        const auto specific = r.period(Severity::Serious).specificSeriousMonths;
        rows << QStringList {r.effectiveFrom.toString(Qt::ISODate), r.source,
            describe(r.period(Severity::Minor)), describe(r.period(Severity::General)),
            describe(r.period(Severity::Serious)),
            specific ? tr("published %n month(s), not repairable", nullptr, *specific) : tr("none"), r.note};
    }
    m_ruleSets->setRows(rows);
}

void RulesTab::addRuleSet()
{
    if (!Permission::whyNot(m_session, Operation::ManageCatalogue).isEmpty())
        return;
    auto* dialog
        = new RuleSetDialog(m_session, m_book.isEmpty() ? RuleSet() : m_book.ruleSets().constLast(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this] {
        reload();
        showTabMessage(m_message, tr("The rule set was added; records decided from its date follow it."));
        emit changed();
    });
    dialog->open();
}

bool RulesTab::saveSettings()
{
    if (!Permission::whyNot(m_session, Operation::ManageSettings).isEmpty())
        return false;
    QMap<Setting, QString> texts;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto* box = qobject_cast<QSpinBox*>(it.value()))
            texts.insert(it.key(), QString::number(box->value()));
        else if (auto* check = qobject_cast<QCheckBox*>(it.value()))
            texts.insert(it.key(), check->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    QStringList changedNames;
    try {
        for (Setting s : Settings(m_session).setTexts(texts))
            changedNames << Settings::describe(s);
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
        reload();
        return false;
    }
    showTabMessage(m_message,
        changedNames.isEmpty() ? tr("Nothing was changed.")
                               : tr("Saved: %1.").arg(changedNames.join(tr("; "))));
    if (!changedNames.isEmpty())
        emit changed();
    return true;
}

} // namespace cd
