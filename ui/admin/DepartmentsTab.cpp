#include "admin/DepartmentsTab.h"

#include "CoreError.h"
#include "admin/DepartmentDialog.h"
#include "admin/TabMessage.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

DepartmentsTab::DepartmentsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new SimpleTable({tr("Code"), tr("Name"), tr("Short name"), tr("Kind"), tr("Status")}, this))
    , m_add(new QPushButton(tr("&Add department…"), this))
    , m_toggle(new QPushButton(tr("De&activate"), this))
    , m_message(makeTabMessage(this))
{
    m_table->setObjectName(QStringLiteral("departmentsTable"));
    m_add->setObjectName(QStringLiteral("addDepartmentButton"));
    m_toggle->setObjectName(QStringLiteral("toggleDepartmentButton"));
    Permission::apply(m_add, m_session, Operation::ManageDepartments);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_toggle);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &DepartmentsTab::addDepartment);
    connect(m_toggle, &QPushButton::clicked, this, &DepartmentsTab::toggleSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DepartmentsTab::updateActions);
    reload();
}

void DepartmentsTab::reload()
{
    try {
        m_departments = DepartmentService(m_session).listAll();
    } catch (const CoreError& e) {
        m_departments.clear();
        showTabMessage(m_message, e.message(), true);
    }
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const Department& d : m_departments) {
        rows << QStringList {d.code, d.name, d.shortName, DepartmentDialog::kindName(d.kind),
            d.active ? tr("active") : tr("inactive")};
        ids << d.id;
    }
    m_table->setRows(rows, ids);
    updateActions();
}

const Department* DepartmentsTab::selected() const
{
    const qint64 id = m_table->currentId();
    for (const Department& d : m_departments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void DepartmentsTab::updateActions()
{
    const Department* d = selected();
    m_toggle->setText(d && !d->active ? tr("Re&activate") : tr("De&activate"));
    QString reason = Permission::whyNot(m_session, Operation::ManageDepartments);
    if (reason.isEmpty() && !d)
        reason = tr("Choose a department in the list first.");
    Permission::explain(m_toggle, reason,
        d && d->active ? tr("Records and cases keep pointing at it; it takes no new measure tasks.")
                       : QString());
}

void DepartmentsTab::addDepartment()
{
    if (!Permission::whyNot(m_session, Operation::ManageDepartments).isEmpty())
        return;
    auto* dialog = new DepartmentDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this] {
        reload();
        showTabMessage(m_message, tr("The department was added."));
        emit changed();
    });
    dialog->open();
}

void DepartmentsTab::toggleSelected()
{
    const Department* d = selected();
    if (!d || !m_toggle->isEnabled())
        return;
    const Department chosen = *d;
    try {
        DepartmentService service(m_session);
        if (chosen.active)
            service.deactivate(chosen.code);
        else
            service.reactivate(chosen.code);
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
        return;
    }
    reload();
    showTabMessage(m_message,
        chosen.active ? tr("%1 is inactive now.").arg(chosen.name)
                      : tr("%1 is active again.").arg(chosen.name));
    emit changed();
}

} // namespace cd
