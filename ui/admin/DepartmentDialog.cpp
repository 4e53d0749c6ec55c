#include "admin/DepartmentDialog.h"

#include "services/DepartmentService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd {

DepartmentDialog::DepartmentDialog(Session& session, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
{
    setObjectName(QStringLiteral("departmentDialog"));
    setWindowTitle(tr("Add a department"));
    setMinimumWidth(480);
    m_code->setObjectName(QStringLiteral("departmentCode"));
    m_name->setObjectName(QStringLiteral("departmentName"));
    m_shortName->setObjectName(QStringLiteral("departmentShortName"));
    m_kind->setObjectName(QStringLiteral("departmentKind"));
    m_code->setPlaceholderText(tr("Letters A-Z and digits, e.g. WJW"));
    m_name->setPlaceholderText(tr("The full name, e.g. 市卫生健康委"));
    m_shortName->setPlaceholderText(tr("Optional, e.g. 卫健委"));
    for (const QString& k : DepartmentService::kinds())
        m_kind->addItem(kindName(k), k);
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("government")));

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Short name:"), m_shortName);
    form->addRow(tr("Kind:"), m_kind);
    finishForm(form);
}

QString DepartmentDialog::kindName(const QString& kind)
{
    if (kind == QLatin1String("office"))
        return tr("credit office");
    if (kind == QLatin1String("government"))
        return tr("government department");
    if (kind == QLatin1String("judicial"))
        return tr("judicial body");
    if (kind == QLatin1String("association"))
        return tr("association");
    return kind;
}

QString DepartmentDialog::problem() const
{
    if (m_code->text().trimmed().isEmpty())
        return tr("Type the department's code.");
    if (m_name->text().trimmed().isEmpty())
        return tr("A department needs a name.");
    return {};
}

qint64 DepartmentDialog::write()
{
    Department d;
    d.code = m_code->text();
    d.name = m_name->text();
    d.shortName = m_shortName->text();
    d.kind = m_kind->currentData().toString();
    return DepartmentService(m_session).add(d).id;
}

} // namespace cd
