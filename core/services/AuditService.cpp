#include "services/AuditService.h"

#include "services/Session.h"

namespace cd {

AuditService::AuditService(Session& session) : m_session(session) { }

QList<AuditEntry> AuditService::entries(const QDate& since, qint64 limit)
{
    m_session.require(Operation::ReadAudit);
    return AuditLog(m_session.db()).entries(since, limit);
}

QList<AuditEntry> AuditService::latest(int count)
{
    m_session.require(Operation::ReadAudit);
    return AuditLog(m_session.db()).latest(count);
}

} // namespace cd
