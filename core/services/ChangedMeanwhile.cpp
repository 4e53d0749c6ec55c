#include "services/ChangedMeanwhile.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/AuditLog.h"

#include <QDateTime>

namespace cd {

void ChangedMeanwhile::raise(Session& session, const QString& what, const QString& entity, qint64 id)
{
    const auto last = AuditLog(session.db()).lastAbout(entity, QString::number(id));
    if (!last)
        throw CoreError(ErrorKind::Failed,
            tr("%1 was changed by someone else meanwhile; reload it and try again.").arg(what));
    // The audit time is UTC; the clerk reads it in the desk's own time.
    const QDateTime at = QDateTime::fromString(last->at, Qt::ISODateWithMs).toLocalTime();
    throw CoreError(ErrorKind::Failed,
        tr("%1 was changed by %2 at %3 after you opened it; reload it and try again.")
            .arg(what, last->userName, at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

} // namespace cd
