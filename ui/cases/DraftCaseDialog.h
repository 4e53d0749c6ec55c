#pragma once

#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace cd {

class Session;
class SubjectPicker;

// 发起案件: a case drafted from a subject's credit record under a memorandum, the catalogue's
// measures proposed (mandatory ones selected; leaving one out needs a reason), the linked persons of
// an organisation's serious dishonesty offered as co-subjects (§11).
class DraftCaseDialog : public FormDialog
{
    Q_OBJECT

public:
    DraftCaseDialog(Session& session, qint64 subjectId, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("draftCase"); }
    SubjectPicker* subjectPicker() const { return m_subject; }

protected:
    qint64 write() override;
    QString problem() const override;
    void saveExtra(QVariantMap& state) const override;
    void restoreExtra(const QVariantMap& state) override;

private:
    void fillBasis();
    void fillMemoranda();
    void fillMeasures();
    void fillCoSubjects();

    Session& m_session;
    SubjectPicker* m_subject;
    QComboBox* m_basis;
    QComboBox* m_memorandum;
    QComboBox* m_department;
    QTableWidget* m_measures;
    QListWidget* m_coSubjects;
    QLineEdit* m_termStart;
    QLineEdit* m_termEnd;
    QPlainTextEdit* m_note;
    QVariantMap m_pendingMeasures; // restored after a lock, applied once the memorandum's measures are there
};

} // namespace cd
