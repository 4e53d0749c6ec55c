#include "storage/SubjectStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cd {

namespace {

QString subjectSql(const QString& condition)
{
    return QStringLiteral(
               "SELECT id, kind, code, name, division, address, registered_on, row_version FROM subjects "
               "WHERE ")
        + condition;
}

Subject readSubject(const QSqlQuery& q)
{
    Subject s;
    s.id = q.value(0).toLongLong();
    s.kind = SubjectKinds::fromKey(q.value(1).toString()).value_or(SubjectKind::LegalPerson);
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.division = q.value(4).toString();
    s.address = q.value(5).toString();
    s.registeredOn = q.value(6).toDate();
    s.rowVersion = q.value(7).toLongLong();
    return s;
}

// Search results share one shape: id, kind, code, current name, division, matched former name.
SubjectHit readHit(const QSqlQuery& q)
{
    SubjectHit h;
    h.id = q.value(0).toLongLong();
    h.kind = SubjectKinds::fromKey(q.value(1).toString()).value_or(SubjectKind::LegalPerson);
    h.code = q.value(2).toString();
    h.name = q.value(3).toString();
    h.division = q.value(4).toString();
    h.matchedName = q.value(5).toString();
    return h;
}

// A range rather than LIKE 'prefix%': LIKE is case-insensitive and so cannot use the BINARY index.
const char* const CodePrefixSql
    = "SELECT id, kind, code, name, division, NULL FROM subjects WHERE code >= ? AND code < ? "
      "AND (kind <> 'natural_person' OR ?) ORDER BY code LIMIT ?";

// The names that match come from either source below (%1: subject_id, name, is_current), found once
// and kept for both branches. A subject has at most one current name, so that branch needs no
// grouping; the former-name branch is small (few subjects are renamed) and drops subjects whose
// current name matches too, so that each subject appears once.
//
// %2 is "ORDER BY … LIMIT ?" when there is a limit: the scan then keeps only the first rows by name
// and the subjects are read for those alone. Without a limit it is empty, so that the subjects are
// read in the order the names were found, close to the file's order; reading them in name order
// after sorting costs a page decryption per row on a large database.
const char* const NameSearchSql
    = "WITH matched AS MATERIALIZED (%1), "
      "current_hits AS (SELECT subject_id AS id, name AS sort_name FROM matched WHERE is_current %2), "
      "former_hits AS (SELECT m.subject_id AS id, s.name AS sort_name, min(m.name) AS matched "
      "FROM matched m JOIN subjects s ON s.id = m.subject_id "
      "WHERE NOT m.is_current AND s.name NOT %3 ? ESCAPE '\\' GROUP BY m.subject_id, s.name) "
      "SELECT s.id, s.kind, s.code, s.name, s.division, h.matched FROM ("
      "SELECT id, sort_name, NULL AS matched, 1 AS current FROM current_hits "
      "UNION ALL SELECT id, sort_name, matched, 0 FROM former_hits) h "
      "JOIN subjects s ON s.id = h.id ORDER BY h.current DESC, h.sort_name, h.id LIMIT ?";

// Three characters or more: the trigram index finds the substring.
const char* const TrigramMatchSql = "SELECT n.subject_id, n.name, n.is_current FROM subject_names_fts f "
                                    "JOIN subject_names n ON n.id = f.rowid WHERE subject_names_fts MATCH ?";

// One or two characters are below what a trigram can serve: a scan of the names, which are short.
// On a server every length comes here: the pg_trgm index on the column serves (I)LIKE itself.
const char* const ShortMatchSql
    = "SELECT n.subject_id, n.name, n.is_current FROM subject_names n WHERE n.name %1 ? ESCAPE '\\'";

QString nameSearchSql(const Database& db, bool trigram, int limit)
{
    return QString::fromLatin1(NameSearchSql)
        .arg(trigram ? QString::fromLatin1(TrigramMatchSql)
                     : QString::fromLatin1(ShortMatchSql).arg(db.caselessLike()),
            limit > 0 ? QStringLiteral("ORDER BY name, subject_id LIMIT ?") : QString(), db.caselessLike());
}

// The trigram tokenizer counts Unicode characters; names may hold characters beyond the BMP.
qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size();
}

// An FTS5 string: the whole text as one phrase, so that operators and punctuation in a name are
// just characters.
QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likeContains(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The first string after every string that starts with prefix: codes are ASCII, so bumping the last
// character is enough.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    if (!end.isEmpty())
        end.back() = QChar(end.back().unicode() + 1);
    return end;
}

QVariant sqlLimit(const Database& db, int limit)
{
    return limit > 0 ? QVariant(limit) : db.noLimit();
}

// The values for NameSearchSql's placeholders, in their order.
QVariantList nameSearchValues(const Database& db, const QString& match, const QString& likePattern, int limit)
{
    if (limit > 0)
        return {match, limit, likePattern, limit};
    return {match, likePattern, sqlLimit(db, limit)};
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType(QMetaType::QDate));
}

} // namespace

SubjectStore::SubjectStore(Database& db) : m_db(db) { }

std::optional<Subject> SubjectStore::byId(qint64 id)
{
    return one(QStringLiteral("id = ?"), id);
}

std::optional<Subject> SubjectStore::byCode(const QString& code)
{
    return one(QStringLiteral("code = ?"), code);
}

std::optional<Subject> SubjectStore::one(const QString& condition, const QVariant& value)
{
    QSqlQuery q = m_db.prepare(subjectSql(condition));
    q.addBindValue(value);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Subject s = readSubject(q);
    s.formerNames = formerNames(s.id);
    return s;
}

QStringList SubjectStore::formerNames(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT name FROM subject_names WHERE subject_id = ? AND NOT "
                                              "is_current ORDER BY until_date DESC, id DESC"));
    q.addBindValue(id);
    m_db.exec(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

qint64 SubjectStore::insert(const Subject& subject)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO subjects (kind, code, name, division, address, registered_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(SubjectKinds::key(subject.kind));
    q.addBindValue(subject.code);
    q.addBindValue(subject.name);
    q.addBindValue(subject.division);
    q.addBindValue(subject.address);
    q.addBindValue(nullableDate(subject.registeredOn));
    q.addBindValue(now);
    q.addBindValue(now);
    const qint64 id = m_db.execReturningId(q);

    QSqlQuery n = m_db.prepare(
        QStringLiteral("INSERT INTO subject_names (subject_id, name, is_current) VALUES (?, ?, TRUE)"));
    n.addBindValue(id);
    n.addBindValue(subject.name);
    m_db.exec(n);
    return id;
}

void SubjectStore::rename(qint64 id, const QString& newName, const QDate& until)
{
    QSqlQuery retire = m_db.prepare(QStringLiteral(
        "UPDATE subject_names SET is_current = FALSE, until_date = ? WHERE subject_id = ? AND is_current"));
    retire.addBindValue(nullableDate(until));
    retire.addBindValue(id);
    m_db.exec(retire);

    QSqlQuery revive = m_db.prepare(QStringLiteral(
        "UPDATE subject_names SET is_current = TRUE, until_date = NULL WHERE subject_id = ? AND name = ?"));
    revive.addBindValue(id);
    revive.addBindValue(newName);
    m_db.exec(revive);
    if (revive.numRowsAffected() == 0) {
        QSqlQuery add = m_db.prepare(
            QStringLiteral("INSERT INTO subject_names (subject_id, name, is_current) VALUES (?, ?, TRUE)"));
        add.addBindValue(id);
        add.addBindValue(newName);
        m_db.exec(add);
    }

    QSqlQuery s = m_db.prepare(QStringLiteral(
        "UPDATE subjects SET name = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    s.addBindValue(newName);
    s.addBindValue(QDateTime::currentDateTimeUtc());
    s.addBindValue(id);
    m_db.exec(s);
}

qint64 SubjectStore::insertLink(const SubjectLink& link)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO subject_links (organisation_id, person_id, role, "
                                              "since_date, until_date) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(link.organisationId);
    q.addBindValue(link.personId);
    q.addBindValue(SubjectKinds::key(link.role));
    q.addBindValue(nullableDate(link.since));
    q.addBindValue(nullableDate(link.until));
    return m_db.execReturningId(q);
}

namespace {

const char* const LinkSelect
    = "SELECT l.id, l.organisation_id, l.person_id, o.code, o.name, p.code, p.name, l.role, "
      "l.since_date, l.until_date FROM subject_links l "
      "JOIN subjects o ON o.id = l.organisation_id JOIN subjects p ON p.id = l.person_id ";

SubjectLink readLink(const QSqlQuery& q)
{
    SubjectLink l;
    l.id = q.value(0).toLongLong();
    l.organisationId = q.value(1).toLongLong();
    l.personId = q.value(2).toLongLong();
    l.organisationCode = q.value(3).toString();
    l.organisationName = q.value(4).toString();
    l.personCode = q.value(5).toString();
    l.personName = q.value(6).toString();
    l.role = SubjectKinds::linkRoleFromKey(q.value(7).toString()).value_or(LinkRole::LegalRepresentative);
    l.since = q.value(8).toDate();
    l.until = q.value(9).toDate();
    return l;
}

} // namespace

std::optional<SubjectLink> SubjectStore::openLink(qint64 organisationId, qint64 personId, LinkRole role)
{
    QSqlQuery q = m_db.prepare(QLatin1String(LinkSelect)
        + QLatin1String("WHERE l.organisation_id = ? AND l.person_id = ? AND l.role = ? "
                        "AND l.until_date IS NULL"));
    q.addBindValue(organisationId);
    q.addBindValue(personId);
    q.addBindValue(SubjectKinds::key(role));
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readLink(q);
}

void SubjectStore::endLink(qint64 linkId, const QDate& until)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE subject_links SET until_date = ? WHERE id = ?"));
    q.addBindValue(until);
    q.addBindValue(linkId);
    m_db.exec(q);
}

QList<SubjectLink> SubjectStore::linksOf(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(LinkSelect)
        + QLatin1String(
            "WHERE l.organisation_id = ? OR l.person_id = ? "
            "ORDER BY l.until_date IS NOT NULL, l.until_date DESC, l.role, o.name, p.name, l.id"));
    q.addBindValue(subjectId);
    q.addBindValue(subjectId);
    m_db.exec(q);
    QList<SubjectLink> links;
    while (q.next())
        links.append(readLink(q));
    return links;
}

QList<SubjectHit> SubjectStore::findByCodePrefix(const QString& prefix, int limit, bool personsByLongPrefix)
{
    constexpr int VisibleDivision = 6;
    constexpr int FullCode = 18;
    const bool persons = personsByLongPrefix || prefix.size() <= VisibleDivision || prefix.size() == FullCode;
    QSqlQuery q = m_db.prepare(QLatin1String(CodePrefixSql));
    q.addBindValue(prefix);
    q.addBindValue(prefixEnd(prefix));
    q.addBindValue(persons);
    q.addBindValue(sqlLimit(m_db, limit));
    m_db.exec(q);
    QList<SubjectHit> hits;
    while (q.next())
        hits.append(readHit(q));
    return hits;
}

QList<SubjectHit> SubjectStore::findByName(const QString& text, int limit)
{
    if (text.isEmpty())
        return {};
    const bool trigram = !m_db.isServer() && characterCount(text) >= 3;
    const QString match = trigram ? ftsPhrase(text) : likeContains(text);
    QSqlQuery q = m_db.prepare(nameSearchSql(m_db, trigram, limit));
    for (const QVariant& value : nameSearchValues(m_db, match, likeContains(text), limit))
        q.addBindValue(value);
    m_db.exec(q);
    QList<SubjectHit> hits;
    while (q.next())
        hits.append(readHit(q));
    return hits;
}

QStringList SubjectStore::queryPlan(Lookup lookup)
{
    QString sql;
    QVariantList values;
    switch (lookup) {
    case Lookup::Code:
        sql = subjectSql(QStringLiteral("code = ?"));
        values = {QStringLiteral("91320681MA1ABCDE1X")};
        break;
    case Lookup::CodePrefix:
        sql = QLatin1String(CodePrefixSql);
        values = {QStringLiteral("9132"), QStringLiteral("9133"), true, 20};
        break;
    case Lookup::ShortName:
        sql = nameSearchSql(m_db, false, 20);
        values = nameSearchValues(
            m_db, likeContains(QStringLiteral("华信")), likeContains(QStringLiteral("华信")), 20);
        break;
    case Lookup::LongName:
        sql = nameSearchSql(m_db, true, 20);
        values = nameSearchValues(
            m_db, ftsPhrase(QStringLiteral("华信建材")), likeContains(QStringLiteral("华信建材")), 20);
        break;
    }
    return m_db.queryPlan(sql, [&](QSqlQuery& q) {
        for (const QVariant& v : values)
            q.addBindValue(v);
    });
}

} // namespace cd
