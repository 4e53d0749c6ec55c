#pragma once

#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace cd {

class Session;

// 新增主体: kind, code (its check character verified while typing, with the CLI's words), name,
// address and registration date.
class NewSubjectDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit NewSubjectDialog(Session& session, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("newSubject"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    Session& m_session;
    QComboBox* m_kind;
    QLineEdit* m_code;
    QLabel* m_codeCheck;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_registeredOn;
};

} // namespace cd
