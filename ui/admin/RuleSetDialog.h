#pragma once

#include "domain/RuleSet.h"
#include "widgets/FormDialog.h"

#include <QMap>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace cd {

class Session;

// 新规则: the publicity and repair periods of the next national rules, in force from a date. Rule sets
// are never edited: a record follows the one in force on its decision date.
class RuleSetDialog : public FormDialog
{
    Q_OBJECT

public:
    // The fields start from `previous` (the newest rule set), since the next rules change a few figures.
    RuleSetDialog(Session& session, const RuleSet& previous, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("ruleSet"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    struct Row
    {
        QCheckBox* publish;
        QSpinBox* minMonths;
        QSpinBox* maxMonths;
        QSpinBox* specificMonths; // only for serious records; 0: no special rule
    };
    RuleSet ruleSet() const;

    Session& m_session;
    QLineEdit* m_effectiveFrom;
    QLineEdit* m_source;
    QLineEdit* m_note;
    QMap<Severity, Row> m_rows;
};

} // namespace cd
