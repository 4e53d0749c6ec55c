#pragma once

#include "domain/Tip.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The tips table and, apart from it, tip_reporters: nothing here joins the two, so no list or
// search of tips can carry a reporter's identity by accident.
class TipStore
{
public:
    explicit TipStore(Database& db);

    QString nextNumber(int year);
    qint64 insert(const Tip& tip, const TipReporter& reporter);
    std::optional<Tip> byId(qint64 id);
    QList<Tip> recent(bool openOnly, int limit);
    QList<Tip> forSubject(qint64 subjectId);
    std::optional<TipReporter> reporterOf(qint64 tipId);
    bool setClosed(qint64 id, const QDate& on, const QString& outcome, qint64 expectedVersion);

private:
    Database& m_db;
};

} // namespace cd
