#pragma once

#include "domain/Subject.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

// The subjects, their names (current and former) and the links between organisations and persons.
// Everything here carries full codes: masking citizen IDs is SubjectService's business, so that no
// caller can forget it by reaching past the service.
class SubjectStore
{
public:
    explicit SubjectStore(Database& db);

    std::optional<Subject> byId(qint64 id);
    std::optional<Subject> byCode(const QString& code); // code normalised
    // Inserts the subject with its name as the current name; returns the new id.
    qint64 insert(const Subject& subject);
    // Makes newName current and keeps the old one as a former name used until `until`. Returning to
    // a former name makes that row current again rather than adding a second one.
    void rename(qint64 id, const QString& newName, const QDate& until);

    qint64 insertLink(const SubjectLink& link);
    std::optional<SubjectLink> openLink(qint64 organisationId, qint64 personId, LinkRole role);
    void endLink(qint64 linkId, const QDate& until);
    // Links where the subject is the organisation or the person; open ones first.
    QList<SubjectLink> linksOf(qint64 subjectId);

    // Codes starting with `prefix` (the exact code included), in code order: a range on the unique
    // index. A person is matched by a prefix longer than the division (6 characters) only when
    // `personsByLongPrefix`, or by the whole ID: otherwise probing prefix by prefix would spell out
    // the digits the mask hides. limit 0: no limit.
    QList<SubjectHit> findByCodePrefix(const QString& prefix, int limit, bool personsByLongPrefix);
    // Subjects whose current or a former name contains `text`: current-name matches first, then by
    // name, one hit per subject. limit 0: no limit.
    QList<SubjectHit> findByName(const QString& text, int limit);

    // The query plans of the lookups above, for tests and for diagnosing a slow desk.
    enum class Lookup { Code, CodePrefix, ShortName, LongName };
    QStringList queryPlan(Lookup lookup);

private:
    std::optional<Subject> one(const QString& condition, const QVariant& value);
    QStringList formerNames(qint64 id);

    Database& m_db;
};

} // namespace cd
