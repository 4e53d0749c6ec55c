#pragma once

#include "domain/RuleSet.h"
#include "services/Settings.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {

class Session;
class SimpleTable;

// 规则与设置: the dated publicity and repair rule sets (an administrator adds the next one when the
// national rules change) and the office's settings: the feedback, verification and repair deadlines
// in working days and the other figures, changed by an administrator and audited.
class RulesTab : public QWidget
{
    Q_OBJECT

public:
    explicit RulesTab(Session& session, QWidget* parent = nullptr);
    SimpleTable* ruleSets() const { return m_ruleSets; }
    QWidget* settingEditor(Setting setting) const { return m_editors.value(setting); }

public slots:
    void reload();
    void addRuleSet();
    bool saveSettings();

signals:
    void changed();

private:
    Session& m_session;
    RuleBook m_book;
    SimpleTable* m_ruleSets;
    QPushButton* m_addRuleSet;
    QMap<Setting, QWidget*> m_editors; // a QSpinBox, or a QCheckBox for a flag
    QPushButton* m_saveSettings;
    QLabel* m_message;
};

} // namespace cd
