#pragma once

#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Session;
class SubjectPicker;

// 异议申请: the subject (or a department while enforcing) disputes one of the subject's credit
// records, list entries or cases.
class FileObjectionDialog : public FormDialog
{
    Q_OBJECT

public:
    FileObjectionDialog(Session& session, qint64 subjectId, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("fileObjection"); }
    // Preselects a target once the subject's are listed (e.g. filed from a record's row).
    void setTarget(int targetKind, qint64 targetId);

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
    QPlainTextEdit* m_description;
    QComboBox* m_raisedBy;
    QLineEdit* m_filedOn;
};

} // namespace cd
