#include "admin/AuditTab.h"

#include "services/AccessPolicy.h"
#include "services/Session.h"
#include "services/AuditService.h"
#include "widgets/SimpleTable.h"

#include <QVBoxLayout>

namespace cd {

AuditTab::AuditTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new SimpleTable(
          {tr("No."), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Item"), tr("Details")}, this))
{
    m_table->setObjectName(QStringLiteral("auditTable"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    reload();
}

void AuditTab::reload()
{
    if (!AccessPolicy::allows(m_session.user().role, Operation::ReadAudit))
        return;
    const QList<AuditEntry> entries = AuditService(m_session).latest(1000);
    QList<QStringList> rows;
    for (const AuditEntry& e : entries)
        rows << QStringList {QString::number(e.seq),
            e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), e.userName, e.action,
            e.entity + QLatin1Char(' ') + e.entityId, e.summary};
    m_table->setRows(rows);
}

} // namespace cd
