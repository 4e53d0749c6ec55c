#pragma once

#include "storage/AuditLog.h"

#include <QDate>
#include <QList>

namespace cd {

class Session;

// Reading the audit trail: administrators and supervisors only (Operation::ReadAudit), checked here
// so the command line and the desktop client cannot disagree.
class AuditService
{
public:
    explicit AuditService(Session& session);

    // Oldest first, from `since` (all when invalid), at most `limit` entries (all when negative).
    QList<AuditEntry> entries(const QDate& since = {}, qint64 limit = -1);
    QList<AuditEntry> latest(int count); // newest first

private:
    Session& m_session;
};

} // namespace cd
