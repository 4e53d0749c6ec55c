#include "admin/CatalogueDialogs.h"

#include "CoreError.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace cd {

MemorandumDialog::MemorandumDialog(Session& session, const Memorandum& memorandum, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_memorandum(memorandum)
    , m_code(new QLineEdit(memorandum.code, this))
    , m_title(new QLineEdit(memorandum.title, this))
    , m_kind(new QComboBox(this))
    , m_basis(new QLineEdit(memorandum.basis, this))
{
    setObjectName(QStringLiteral("memorandumDialog"));
    setWindowTitle(memorandum.id ? tr("Edit the memorandum %1").arg(memorandum.code) : tr("New memorandum"));
    setMinimumWidth(560);
    m_code->setObjectName(QStringLiteral("memorandumCode"));
    m_title->setObjectName(QStringLiteral("memorandumTitle"));
    m_kind->setObjectName(QStringLiteral("memorandumKind"));
    m_basis->setObjectName(QStringLiteral("memorandumBasis"));
    m_code->setReadOnly(memorandum.id != 0);
    m_code->setPlaceholderText(tr("Letters and digits, e.g. TAX-A"));
    m_basis->setPlaceholderText(tr("The memorandum's document, e.g. 发改财金〔2016〕1467号"));
    for (MeasureKind k : {MeasureKind::Sanction, MeasureKind::Incentive})
        m_kind->addItem(MeasureKinds::displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(memorandum.kind)));

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Basis:"), m_basis);
    finishForm(form);
}

QString MemorandumDialog::problem() const
{
    if (m_code->text().trimmed().isEmpty())
        return tr("Type the memorandum's code.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Type the memorandum's title.");
    return {};
}

qint64 MemorandumDialog::write()
{
    Memorandum m = m_memorandum;
    m.code = m_code->text();
    m.title = m_title->text();
    m.kind = MeasureKind(m_kind->currentData().toInt());
    m.basis = m_basis->text();
    CatalogueService service(m_session);
    return m.id ? service.editMemorandum(m).id : service.addMemorandum(m).id;
}

MeasureDialog::MeasureDialog(Session& session, const Measure& measure, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_measure(measure)
    , m_code(new QLineEdit(measure.code, this))
    , m_title(new QLineEdit(measure.title, this))
    , m_mandatory(new QCheckBox(tr("Mandatory: applied jointly by law (else recommended)"), this))
    , m_legalBasis(new QLineEdit(measure.legalBasis, this))
    , m_planItem(new QLineEdit(measure.planItem, this))
    , m_months(new QSpinBox(this))
    , m_departments(new QListWidget(this))
{
    setObjectName(QStringLiteral("measureDialog"));
    setWindowTitle(measure.id ? tr("Edit the measure %1").arg(measure.code) : tr("New measure"));
    setMinimumWidth(600);
    m_code->setObjectName(QStringLiteral("measureCode"));
    m_title->setObjectName(QStringLiteral("measureTitle"));
    m_mandatory->setObjectName(QStringLiteral("measureMandatory"));
    m_legalBasis->setObjectName(QStringLiteral("measureLegalBasis"));
    m_planItem->setObjectName(QStringLiteral("measurePlanItem"));
    m_months->setObjectName(QStringLiteral("measureMonths"));
    m_departments->setObjectName(QStringLiteral("measureDepartments"));
    m_code->setReadOnly(measure.id != 0);
    m_code->setPlaceholderText(tr("Letters and digits, e.g. S-TRAVEL"));
    m_planItem->setPlaceholderText(tr("The plan's item, e.g. §7"));
    m_mandatory->setChecked(measure.mandatory);
    m_months->setRange(1, 1200);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(measure.defaultMonths);
    m_departments->setMinimumHeight(160);
    try {
        for (const Department& d : DepartmentService(session).listAll()) {
            // An inactive department stays listed only where the measure still names it.
            if (!d.active && !measure.departmentIds.contains(d.id))
                continue;
            auto* item = new QListWidgetItem(d.name, m_departments);
            item->setData(Qt::UserRole, d.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(measure.departmentIds.contains(d.id) ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const CoreError& e) {
        setMessage(e.message());
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Title:"), m_title);
    form->addRow(QString(), m_mandatory);
    form->addRow(tr("Legal basis:"), m_legalBasis);
    form->addRow(tr("Plan item:"), m_planItem);
    form->addRow(tr("Default duration:"), m_months);
    form->addRow(tr("Implementing departments:"), m_departments);
    connect(m_departments, &QListWidget::itemChanged, this, [this] { refresh(); });
    connect(m_months, &QSpinBox::valueChanged, this, [this] { refresh(); });
    finishForm(form);
}

QList<qint64> MeasureDialog::checkedDepartments() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_departments->count(); ++i) {
        if (m_departments->item(i)->checkState() == Qt::Checked)
            ids << m_departments->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

QString MeasureDialog::problem() const
{
    if (m_code->text().trimmed().isEmpty())
        return tr("Type the measure's code.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Type the measure's title.");
    if (checkedDepartments().isEmpty())
        return tr("A measure needs at least one implementing department: without one, no task could be "
                  "pushed.");
    return {};
}

qint64 MeasureDialog::write()
{
    Measure m = m_measure;
    m.code = m_code->text();
    m.title = m_title->text();
    m.mandatory = m_mandatory->isChecked();
    m.legalBasis = m_legalBasis->text();
    m.planItem = m_planItem->text();
    m.defaultMonths = m_months->value();
    CatalogueService service(m_session);
    if (m.id)
        return service.editMeasure(m, checkedDepartments()).id;
    m.departmentIds = checkedDepartments();
    return service.addMeasure(m).id;
}

} // namespace cd
