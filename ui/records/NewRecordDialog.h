#pragma once

#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cd {

class Session;
class SubjectPicker;
struct CreditRecord;

// 新增信用信息: a credit record of a subject from a providing department, checked field by field
// as RecordService checks it (the same sentences as the CLI).
class NewRecordDialog : public FormDialog
{
    Q_OBJECT

public:
    NewRecordDialog(Session& session, qint64 subjectId, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("newRecord"); }

protected:
    qint64 write() override;
    QString problem() const override;
    void saveExtra(QVariantMap& state) const override;
    void restoreExtra(const QVariantMap& state) override;

private:
    CreditRecord record() const;
    void updateSeverity();

    Session& m_session;
    SubjectPicker* m_subject;
    QComboBox* m_polarity;
    QComboBox* m_category;
    QComboBox* m_severity;
    QCheckBox* m_specificSerious;
    QLineEdit* m_decisionNo;
    QLineEdit* m_decisionDate;
    QComboBox* m_department;
    QLineEdit* m_legalBasis;
    QLineEdit* m_publishedOn;
};

} // namespace cd
