#pragma once

#include "domain/ListEntry.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The list_entries table.
class ListStore
{
public:
    explicit ListStore(Database& db);

    QString nextNumber(ListKind kind, int year);
    qint64 insert(const ListEntry& entry);
    std::optional<ListEntry> byId(qint64 id);
    QList<ListEntry> forSubject(qint64 subjectId);
    QList<ListEntry> restingOnRecord(qint64 recordId);
    // Entries of a list (optionally one domain) listed on `date`, newest first; at most `limit`
    // (0: all).
    QList<ListEntry> listedOn(ListKind kind, const QString& domain, const QDate& date, int limit);
    // Proposals of a list (optionally one domain) still waiting for a reviewer, oldest first.
    QList<ListEntry> awaitingApproval(ListKind kind, const QString& domain, int limit);
    // The domains entries were ever made for, for choosing one.
    QStringList domains();
    bool setApproved(qint64 id, const QString& by, qint64 expectedVersion);
    // An early exit; false if the entry changed meanwhile or has left already.
    bool setExit(
        qint64 id, const QDate& on, ListExitReason reason, const QString& note, qint64 expectedVersion);
    // A red list entry of the subject listed on `date` (the green channel, §2).
    std::optional<ListEntry> redListedOn(qint64 subjectId, const QDate& date);

private:
    Database& m_db;
};

} // namespace cd
