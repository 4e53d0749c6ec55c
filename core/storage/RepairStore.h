#pragma once

#include "domain/Repair.h"

#include <optional>

namespace cd {

class Database;

// The repair_applications and repair_materials tables.
class RepairStore
{
public:
    explicit RepairStore(Database& db);

    QString nextNumber(int year);
    qint64 insert(const RepairApplication& a);
    std::optional<RepairApplication> byId(qint64 id);
    QList<RepairApplication> forSubject(qint64 subjectId);
    // The office's applications, submitted ones first by decision due date (those still waiting for
    // material last among them), then the decided, newest first; at most `limit` (0: all).
    QList<RepairApplication> office(bool openOnly, int limit);
    // A submitted application on the same record or list entry, if any.
    std::optional<qint64> openOn(RepairTarget target, qint64 targetId);
    // The latest approved repair of the subject decided in [from, to], if any.
    std::optional<RepairApplication> lastApprovedBetween(
        qint64 subjectId, const QDate& from, const QDate& to);

    void addMaterial(qint64 id, const RepairMaterialReceipt& r, const QString& by);
    bool setMaterialsComplete(qint64 id, const QDate& on, const QDate& decisionDue, qint64 expectedVersion);
    bool setDecided(qint64 id, RepairState state, const QDate& on, const QString& by, const QString& reason,
        qint64 expectedVersion);

private:
    Database& m_db;
};

} // namespace cd
