#pragma once

#include "domain/Commitment.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The commitments table.
class CommitmentStore
{
public:
    explicit CommitmentStore(Database& db);

    QString nextNumber(int year);
    qint64 insert(const Commitment& c);
    std::optional<Commitment> byId(qint64 id);
    QList<Commitment> forSubject(qint64 subjectId);
    // Commitments due before `date` and not kept by their due date, whose breach no officer has
    // confirmed yet: the proposed negative records.
    QList<Commitment> unconfirmedBreaches(const QDate& date, int limit);
    bool setKept(qint64 id, const QDate& on, qint64 expectedVersion);
    bool setBreachRecord(qint64 id, qint64 recordId, qint64 expectedVersion);

private:
    Database& m_db;
};

} // namespace cd
