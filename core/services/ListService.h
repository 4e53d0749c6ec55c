#pragma once

#include "domain/ListEntry.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class Session;

// What an officer fills in to propose a list entry.
struct ListProposal
{
    qint64 subjectId = 0;
    ListKind kind = ListKind::Black;
    QString domain;
    QString basis; // the determination and why
    qint64 basisRecordId = 0; // optional: the credit record it rests on
    qint64 departmentId = 0; // the department that determined it (认定单位)
    QDate entryDate;
    QDate plannedExit; // the end of the publicity period; invalid: until exited
};

// 红黑名单 (§1, §15): an officer proposes an entry, a reviewer other than the proposer approves it;
// the entry counts from its entry date until its planned exit (expiry, computed from dates) or an
// early exit by repair or revocation. A black-list entry can be the basis of a sanction case, a
// red-list entry of an incentive case and of the green channel (§2).
class ListService
{
    Q_DECLARE_TR_FUNCTIONS(ListService)

public:
    explicit ListService(Session& session);

    ListEntry propose(const ListProposal& proposal);
    ListEntry approve(qint64 id);
    // A reviewer revokes an entry found wrong (reason written); the measures resting on it are
    // revoked from `on`.
    ListEntry revoke(qint64 id, const QString& reason, const QDate& on);

    ListEntry get(qint64 id);
    QList<ListEntry> forSubject(qint64 subjectId);
    QList<ListEntry> listedOn(ListKind kind, const QString& domain, const QDate& date, int limit);
    // Proposals a reviewer has yet to approve, oldest first.
    QList<ListEntry> awaitingApproval(ListKind kind, const QString& domain, int limit = 500);
    QStringList domains();

    // Field checks shared by the form, the CLI and an import; throws InvalidInput naming the field.
    static void validate(const ListProposal& p, const QDate& today = QDate::currentDate());

private:
    ListEntry load(qint64 id);
    Session& m_session;
};

} // namespace cd
