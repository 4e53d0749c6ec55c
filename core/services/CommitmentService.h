#pragma once

#include "domain/Commitment.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class Session;

// 信用承诺 (§2). An approval desk grants a green-channel subject 容缺受理 on a written commitment to
// supply missing material by a date; the office records it, and its keeping. A commitment not kept
// by its date is broken: it proposes a negative record (违反信用承诺) that an officer confirms, so
// no record is ever made without a person looking at it.
class CommitmentService
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentService)

public:
    explicit CommitmentService(Session& session);

    Commitment add(qint64 subjectId, qint64 departmentId, const QString& matter,
        const QString& missingMaterial, const QDate& committedOn, const QDate& dueOn);
    Commitment keep(qint64 id, const QDate& on);
    // Confirms the breach of a broken commitment: the negative record is made and linked.
    Commitment confirmBreach(qint64 id, const QDate& on);

    Commitment get(qint64 id);
    QList<Commitment> forSubject(qint64 subjectId);
    // The proposed negative records: commitments broken by `date` and not yet confirmed.
    QList<Commitment> proposedBreaches(const QDate& date, int limit = 0);

private:
    Commitment load(qint64 id);
    Session& m_session;
};

} // namespace cd
