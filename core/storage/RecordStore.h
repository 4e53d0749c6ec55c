#pragma once

#include "domain/CreditRecord.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The credit_records table.
class RecordStore
{
public:
    explicit RecordStore(Database& db);

    qint64 insert(const CreditRecord& record);
    std::optional<CreditRecord> byId(qint64 id);
    std::optional<CreditRecord> byDecision(qint64 departmentId, const QString& decisionNo);
    QList<CreditRecord> forSubject(qint64 subjectId);
    // Negative records of a subject decided in (from, to], not withdrawn by then.
    int negativeCountBetween(qint64 subjectId, const QDate& from, const QDate& to);
    void setPublished(qint64 id, const QDate& on);
    void setWithdrawn(qint64 id, const QDate& on, const QString& reason);
    void setRepaired(qint64 id, const QDate& on);

private:
    Database& m_db;
};

} // namespace cd
