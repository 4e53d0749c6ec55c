#include "storage/BrowseStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

namespace {

struct Column
{
    const char* key;
    const char* expr;
};

struct Sort
{
    const char* key;
    const char* expr;
};

struct ListSql
{
    const char* from;
    const char* idExpr;
    const char* subjectId; // the column that names the row's subject, for the name filter
    const char* codeColumn; // the subject code column, for the code filter
    const char* always; // a condition every row meets ("" for none)
    QList<Column> columns;
    QList<Sort> sorts; // the first is the default
};

const ListSql& listSql(BrowseList list)
{
    static const ListSql subjects {"subjects s", "s.id", "s.id", "s.code", "",
        {{"code", "s.code"}, {"name", "s.name"}, {"kind", "s.kind"}, {"division", "s.division"},
            {"registeredOn", "s.registered_on"}},
        {{"name", "s.name"}, {"code", "s.code"}}};
    static const ListSql records {"credit_records r JOIN subjects s ON s.id = r.subject_id JOIN departments "
                                  "d ON d.id = r.department_id",
        "r.id", "r.subject_id", "s.code", "",
        {{"decisionDate", "r.decision_date"}, {"decisionNo", "r.decision_no"}, {"subjectName", "s.name"},
            {"subjectCode", "s.code"}, {"subjectKind", "s.kind"}, {"polarity", "r.polarity"},
            {"category", "r.category"}, {"severity", "r.severity"}, {"department", "d.name"},
            {"publishedOn", "r.published_on"}, {"withdrawnOn", "r.withdrawn_on"},
            {"subjectId", "r.subject_id"}},
        {{"decisionDate", "r.decision_date"}}};
    static const ListSql cases {"cases c JOIN subjects s ON s.id = c.subject_id "
                                "JOIN memoranda m ON m.id = c.memorandum_id",
        "c.id", "c.subject_id", "s.code", "",
        {{"number", "c.number"}, {"state", "c.state"}, {"kind", "c.kind"}, {"subjectName", "s.name"},
            {"subjectCode", "s.code"}, {"subjectKind", "s.kind"}, {"memorandum", "m.title"},
            {"termStart", "c.term_start"}, {"termEnd", "c.term_end"}, {"draftedBy", "c.drafted_by"},
            {"draftedAt", "c.drafted_at"}, {"pushedOn", "c.pushed_on"}, {"subjectId", "c.subject_id"}},
        {{"draftedAt", "c.drafted_at"}, {"number", "c.number"}}};
    // Open tasks only: the partial index on due_on holds exactly these.
    static const ListSql tasks {"measure_tasks t JOIN cases c ON c.id = t.case_id "
                                "JOIN measures m ON m.id = t.measure_id "
                                "JOIN departments d ON d.id = t.department_id "
                                "JOIN subjects s ON s.id = t.subject_id",
        "t.id", "t.subject_id", "s.code", "t.response IS NULL",
        {{"dueOn", "t.due_on"}, {"caseId", "c.id"}, {"caseNumber", "c.number"}, {"measure", "m.title"},
            {"department", "d.name"}, {"subjectName", "s.name"}, {"subjectCode", "s.code"},
            {"subjectKind", "s.kind"}, {"pushedOn", "t.pushed_on"}, {"acknowledgedOn", "t.acknowledged_on"},
            {"subjectId", "t.subject_id"}},
        {{"dueOn", "t.due_on"}}};
    switch (list) {
    case BrowseList::Subjects:
        return subjects;
    case BrowseList::Records:
        return records;
    case BrowseList::Cases:
        return cases;
    case BrowseList::OpenTasks:
        break;
    }
    return tasks;
}

const Sort& sortOf(const ListSql& sql, const QString& key)
{
    for (const Sort& s : sql.sorts) {
        if (key == QLatin1String(s.key))
            return s;
    }
    return sql.sorts.first();
}

QString likeContains(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    if (!end.isEmpty())
        end.back() = QChar(end.back().unicode() + 1);
    return end;
}

} // namespace

BrowseStore::BrowseStore(Database& db) : m_db(db) { }

QStringList BrowseStore::sortKeys(BrowseList list)
{
    QStringList keys;
    for (const Sort& s : listSql(list).sorts)
        keys << QLatin1String(s.key);
    return keys;
}

QString BrowseStore::defaultSortKey(BrowseList list)
{
    return QLatin1String(listSql(list).sorts.first().key);
}

BrowseStore::Statement BrowseStore::build(const BrowseQuery& query) const
{
    const ListSql& sql = listSql(query.list);
    const Sort& sort = sortOf(sql, query.sortKey);
    Statement st;
    QStringList where;
    if (*sql.always)
        where << QLatin1String(sql.always);

    // A filter on the subject narrows the rows to few subjects: the plan should start from those
    // subjects rather than walk the sort index of the whole table, so the sort expression is then
    // written as "+expr", which SQLite does not match to an index.
    bool bySubject = false;
    if (!query.nameText.isEmpty()) {
        bySubject = true;
        // On a server the pg_trgm index serves ILIKE for every length.
        const bool trigram = !m_db.isServer() && query.nameText.toUcs4().size() >= 3;
        where << QStringLiteral("%1 IN (%2)")
                     .arg(QLatin1String(sql.subjectId),
                         trigram ? QStringLiteral("SELECT n.subject_id FROM subject_names_fts f JOIN "
                                                  "subject_names n ON n.id = f.rowid WHERE "
                                                  "subject_names_fts MATCH ?")
                                 : QStringLiteral("SELECT n.subject_id FROM subject_names n WHERE n.name "
                                                  "%1 ? ESCAPE '\\'")
                                       .arg(m_db.caselessLike()));
        st.values << (trigram ? ftsPhrase(query.nameText) : likeContains(query.nameText));
    }
    if (!query.codePrefix.isEmpty()) {
        bySubject = query.list != BrowseList::Subjects;
        // A range rather than LIKE: LIKE is case-insensitive and cannot use the binary index. A person
        // is found by a prefix longer than the division only by those who may see the whole ID, or by
        // the whole ID, so that probing cannot spell out the digits the mask hides.
        where << QStringLiteral("%1 >= ? AND %1 < ? AND (s.kind <> 'natural_person' OR ? OR length(?) <= 6 "
                                "OR length(?) = 18)")
                     .arg(QLatin1String(sql.codeColumn));
        st.values << query.codePrefix << prefixEnd(query.codePrefix) << query.personsByLongPrefix
                  << query.codePrefix << query.codePrefix;
    }
    if (query.subjectId > 0) {
        bySubject = query.list != BrowseList::Subjects;
        if (query.list == BrowseList::Cases) {
            // A linked person's cases include those of the organisation's serious dishonesty (§11).
            where << QStringLiteral("(c.subject_id = ? OR c.id IN (SELECT case_id FROM case_subjects WHERE "
                                    "subject_id = ?))");
            st.values << query.subjectId << query.subjectId;
        } else {
            where << QStringLiteral("%1 = ?").arg(QLatin1String(sql.subjectId));
            st.values << query.subjectId;
        }
    }
    if (!query.kind.isEmpty() && query.list == BrowseList::Subjects) {
        where << QStringLiteral("s.kind = ?");
        st.values << query.kind;
    }
    if (!query.polarity.isEmpty() && query.list == BrowseList::Records) {
        where << QStringLiteral("r.polarity = ?");
        st.values << query.polarity;
    }
    if (query.list == BrowseList::Cases) {
        if (!query.state.isEmpty()) {
            where << QStringLiteral("c.state = ?");
            st.values << query.state;
        }
        if (!query.notDraftedBy.isEmpty()) {
            where << QLatin1String(
                m_db.isServer() ? "lower(c.drafted_by) <> lower(?)" : "c.drafted_by <> ? COLLATE NOCASE");
            st.values << query.notDraftedBy;
        }
        if (!query.numberPrefix.isEmpty()) {
            where << QStringLiteral("c.number %1 ? ESCAPE '\\'").arg(m_db.caselessLike());
            st.values << likeContains(query.numberPrefix);
        }
    }
    if (query.list == BrowseList::OpenTasks && query.dueBy.isValid()) {
        where << QStringLiteral("t.due_on <= ?");
        st.values << query.dueBy;
    }

    // PostgreSQL has no unary + on text, and its planner weighs the subject filter itself.
    const QString unindexed = bySubject && !m_db.isServer() ? QStringLiteral("+") : QString();
    const QString sortExpr = unindexed + QLatin1String(sort.expr);
    const QString idExpr = unindexed + QLatin1String(sql.idExpr);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (!query.afterValue.isNull()) {
        where << QStringLiteral("(%1, %2) %3 (?, ?)")
                     .arg(sortExpr, idExpr, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
        st.values << query.afterValue << query.afterId;
    }

    QStringList select {QLatin1String(sql.idExpr), QLatin1String(sort.expr)};
    for (const Column& c : sql.columns) {
        select << QLatin1String(c.expr);
        st.columns << QLatin1String(c.key);
    }
    // A subject found by a former name (曾用名) shows under its current name, which may not contain
    // the text at all; the list says which former name matched. Read for the page's rows only.
    QVariantList selectValues;
    if (query.list == BrowseList::Subjects && !query.nameText.isEmpty()) {
        select << QStringLiteral("(SELECT min(n.name) FROM subject_names n WHERE n.subject_id = s.id AND NOT "
                                 "n.is_current AND n.name %1 ? ESCAPE '\\' AND s.name NOT %1 ? ESCAPE '\\')")
                      .arg(m_db.caselessLike());
        st.columns << QStringLiteral("matchedName");
        selectValues << likeContains(query.nameText) << likeContains(query.nameText);
    }
    st.values = selectValues + st.values;
    st.sql = QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 %6, %5 %6 LIMIT ?")
                 .arg(select.join(QStringLiteral(", ")), QLatin1String(sql.from),
                     where.isEmpty() ? QString()
                                     : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                     sortExpr, idExpr, direction);
    st.values << (query.limit > 0 ? QVariant(query.limit) : m_db.noLimit());
    return st;
}

QList<BrowseRow> BrowseStore::page(const BrowseQuery& query)
{
    const Statement st = build(query);
    QSqlQuery q = m_db.prepare(st.sql);
    for (const QVariant& v : st.values)
        q.addBindValue(v);
    m_db.exec(q);
    QList<BrowseRow> rows;
    while (q.next()) {
        BrowseRow row;
        row.id = q.value(0).toLongLong();
        row.sortValue = q.value(1);
        for (int i = 0; i < st.columns.size(); ++i)
            row.values.insert(st.columns.at(i), q.value(i + 2));
        rows.append(row);
    }
    return rows;
}

QStringList BrowseStore::queryPlan(const BrowseQuery& query)
{
    const Statement st = build(query);
    return m_db.queryPlan(st.sql, [&](QSqlQuery& q) {
        for (const QVariant& v : st.values)
            q.addBindValue(v);
    });
}

} // namespace cd
