#include "admin/AdminPage.h"

#include "services/AuditService.h"
#include "services/Session.h"
#include "services/UserService.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

AdminPage::AdminPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_users(makeTable({tr("User"), tr("Name"), tr("Role"), tr("Status")}, this))
    , m_audit(
          makeTable({tr("No."), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Item"), tr("Details")}, this))
{
    m_users->setObjectName(QStringLiteral("usersTable"));
    m_audit->setObjectName(QStringLiteral("auditTable"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_users, tr("Users"));
    tabs->addTab(m_audit, tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    reload();
}

void AdminPage::reload()
{
    const QList<User> users = UserService(m_session).list();
    m_users->setRowCount(int(users.size()));
    for (int r = 0; r < users.size(); ++r) {
        const User& u = users.at(r);
        m_users->setItem(r, 0, new QTableWidgetItem(u.name));
        m_users->setItem(r, 1, new QTableWidgetItem(u.displayName));
        m_users->setItem(r, 2, new QTableWidgetItem(Roles::displayName(u.role)));
        m_users->setItem(r, 3, new QTableWidgetItem(u.disabled ? tr("disabled") : tr("active")));
    }
    m_users->resizeColumnsToContents();

    if (!AccessPolicy::allows(m_session.user().role, Operation::ReadAudit))
        return;
    // The newest thousand entries; the full trail is in `creditdesk-cli audit`.
    const QList<AuditEntry> entries = AuditService(m_session).latest(1000);
    m_audit->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry& e = entries.at(r);
        m_audit->setItem(r, 0, new QTableWidgetItem(QString::number(e.seq)));
        m_audit->setItem(
            r, 1, new QTableWidgetItem(e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' '))));
        m_audit->setItem(r, 2, new QTableWidgetItem(e.userName));
        m_audit->setItem(r, 3, new QTableWidgetItem(e.action));
        m_audit->setItem(r, 4, new QTableWidgetItem(e.entity + QLatin1Char(' ') + e.entityId));
        m_audit->setItem(r, 5, new QTableWidgetItem(e.summary));
    }
    m_audit->resizeColumnsToContents();
}

} // namespace cd
