#pragma once

#include "domain/Tip.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class Session;

// Confidential reports of serious dishonesty from the public (§10). The report is case work; the
// reporter's identity is kept apart: only reporter() returns it, only to a role that may see it,
// and each reading is audited without the identity itself. No other result, audit summary or error
// message of this class carries it.
class TipService
{
    Q_DECLARE_TR_FUNCTIONS(TipService)

public:
    explicit TipService(Session& session);

    // subjectId may be 0 when the reported subject is not registered; reportedName is then required.
    Tip add(qint64 subjectId, const QString& reportedName, const QString& content, TipChannel channel,
        const QDate& receivedOn, const TipReporter& reporter);
    Tip close(qint64 id, const QString& outcome, const QDate& on);
    Tip get(qint64 id);
    QList<Tip> recent(bool openOnly, int limit);
    QList<Tip> forSubject(qint64 subjectId);
    TipReporter reporter(qint64 id);

private:
    Tip load(qint64 id);
    Session& m_session;
};

} // namespace cd
