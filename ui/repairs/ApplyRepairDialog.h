#pragma once

#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace cd {

class Session;
class SubjectPicker;

// 信用修复申请: an officer takes in an application against one of the subject's negative records
// or black-list entries. Whether the rules allow it on that date shows before saving, in the
// service's words (minimum period, specific serious, publication ended, open application, bar).
class ApplyRepairDialog : public FormDialog
{
    Q_OBJECT

public:
    ApplyRepairDialog(Session& session, qint64 subjectId, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("applyRepair"); }

protected:
    qint64 write() override;
    QString problem() const override;
    void saveExtra(QVariantMap& state) const override;
    void restoreExtra(const QVariantMap& state) override;

private:
    void fillTargets();

    Session& m_session;
    SubjectPicker* m_subject;
    QComboBox* m_target;
    QLineEdit* m_filedOn;
};

} // namespace cd
