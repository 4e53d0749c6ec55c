#include "admin/AdminPage.h"

#include "admin/AuditTab.h"
#include "admin/CalendarTab.h"
#include "admin/CatalogueTab.h"
#include "admin/DatabaseTab.h"
#include "admin/DepartmentsTab.h"
#include "admin/RulesTab.h"
#include "admin/UsersTab.h"
#include "services/AccessPolicy.h"
#include "services/Session.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

AdminPage::AdminPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_users(new UsersTab(session, this))
    , m_departments(new DepartmentsTab(session, this))
    , m_catalogue(new CatalogueTab(session, this))
    , m_calendar(new CalendarTab(session, this))
    , m_rules(new RulesTab(session, this))
{
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_departments, tr("Departments"));
    m_tabs->addTab(m_catalogue, tr("Measure catalogue"));
    m_tabs->addTab(m_calendar, tr("Working-day calendar"));
    m_tabs->addTab(m_rules, tr("Rules and settings"));
    if (AccessPolicy::allows(m_session.user().role, Operation::ReadAudit)) {
        m_audit = new AuditTab(session, this);
        m_tabs->addTab(m_audit, tr("Audit trail"));
    }
    m_tabs->addTab(new DatabaseTab(session, m_tabs), tr("Database"));

    connect(m_users, &UsersTab::changed, this, &AdminPage::changed);
    connect(m_departments, &DepartmentsTab::changed, this, &AdminPage::changed);
    connect(m_catalogue, &CatalogueTab::changed, this, &AdminPage::changed);
    connect(m_calendar, &CalendarTab::changed, this, &AdminPage::changed);
    connect(m_rules, &RulesTab::changed, this, &AdminPage::changed);
    // Every change is audited: the trail shows it at once.
    if (m_audit)
        connect(this, &AdminPage::changed, m_audit, &AuditTab::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void AdminPage::reload()
{
    m_users->reload();
    m_departments->reload();
    m_catalogue->reload();
    m_calendar->reload();
    m_rules->reload();
    if (m_audit)
        m_audit->reload();
}

} // namespace cd
