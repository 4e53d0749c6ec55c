#pragma once

#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;

namespace cd {

class Session;

// 新增部门: a unit the seed does not have (administrators). Code and names must be new.
class DepartmentDialog : public FormDialog
{
    Q_OBJECT

public:
    DepartmentDialog(Session& session, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("addDepartment"); }
    // The kinds as people read them: office, government, judicial, association.
    static QString kindName(const QString& kind);

protected:
    qint64 write() override;
    QString problem() const override;

private:
    Session& m_session;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_kind;
};

} // namespace cd
