#pragma once

#include "domain/Subject.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace cd {

class Session;

// Subjects (主体): registering them under a checked code, their names and former names, the links
// between organisations and persons, and search.
//
// Citizen IDs leave this class masked ("320681********123X") in every value it returns, every error
// message and every audit summary. The one way to the full ID is an explicit reveal, allowed for
// some roles only and audited each time.
class SubjectService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectService)

public:
    explicit SubjectService(Session& session);

    // The code is normalised, then checked for the kind: a unified social credit code for the
    // organisations, a citizen ID for a natural person. Errors name the field ("code: …").
    Subject add(SubjectKind kind, const QString& code, const QString& name, const QString& address = {},
        const QDate& registeredOn = {});
    // The old name stays as a former name (曾用名), used until `until` (default: today), and is still
    // found by find().
    Subject rename(qint64 id, const QString& newName, const QDate& until = {});

    // Organisation to natural person. A link that already holds is refused; an ended one stays as
    // history and the pair may be linked again.
    SubjectLink link(qint64 organisationId, qint64 personId, LinkRole role, const QDate& since = {});
    // Ends the link on `until` (default: today); the row stays as history.
    void unlink(qint64 organisationId, qint64 personId, LinkRole role, const QDate& until = {});

    // reveal: a person's full citizen ID, as revealCitizenId() (role check and audit entry).
    Subject get(qint64 id, bool reveal = false);
    std::optional<Subject> byCode(const QString& code);
    // Where the subject is the organisation and where it is the person; open links first.
    QList<SubjectLink> linksOf(qint64 id);
    QString revealCitizenId(qint64 id);

    // A query that looks like a code (after normalising: 2 or more of 0-9 and A-Z) finds codes equal
    // to it or starting with it; anything else is a substring of a current or former name. Current-
    // name hits come first, then by name; one hit per subject; limit 0 means no limit.
    QList<SubjectHit> find(const QString& query, int limit = 20);

    // Whether find() takes the query for a code rather than part of a name.
    static bool looksLikeCode(const QString& query);

private:
    Subject load(qint64 id); // full code; throws InvalidInput if there is no such subject
    QString checkedCode(SubjectKind kind, const QString& code) const;
    static QString checkedName(const QString& name, const QString& field);
    static QString shownCode(SubjectKind kind, const QString& code);
    static Subject masked(Subject subject);
    static SubjectLink masked(SubjectLink link);

    Session& m_session;
};

} // namespace cd
