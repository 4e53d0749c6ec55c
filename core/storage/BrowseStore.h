#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

class Database;

// The long lists a desk scrolls through: subjects, credit records, cases, open measure tasks.
// A city holds 300k subjects, 2M records, 100k cases and 1M tasks, so nothing here counts or
// loads a table: each call returns one page after a keyset (the previous page's last sort value
// and id), sorted and filtered in SQL along an index.
enum class BrowseList { Subjects, Records, Cases, OpenTasks };

struct BrowseQuery
{
    BrowseList list = BrowseList::Subjects;
    QString sortKey; // one of BrowseStore::sortKeys(list); empty: the list's default
    bool descending = false;
    // Filters; empty means none.
    QString codePrefix; // normalised code prefix (subjects of the list, or the subject of a row)
    bool personsByLongPrefix = false; // see SubjectStore::findByCodePrefix
    QString nameText; // a substring of a current or former subject name
    QString numberPrefix; // case number prefix
    QString kind; // subject kind key (Subjects)
    QString polarity; // positive / negative (Records)
    QString state; // case state key (Cases)
    QString notDraftedBy; // cases drafted by someone else (the review queue)
    QDate dueBy; // open tasks due on or before (OpenTasks)
    qint64 subjectId = 0; // rows of one subject (for cases: as the primary subject or a co-subject)
    // Keyset: rows strictly after this sort value and id in the list's order; null for the first page.
    QVariant afterValue;
    qint64 afterId = 0;
    int limit = 200;
};

// One row: the id, the value the keyset continues from, and the columns of the list by key. A subject
// found by a former name carries it as "matchedName".
struct BrowseRow
{
    qint64 id = 0;
    QVariant sortValue;
    QVariantMap values;
};

class BrowseStore
{
public:
    explicit BrowseStore(Database& db);

    QList<BrowseRow> page(const BrowseQuery& query);
    // The sort keys a list offers: each one follows an index, so a deep scroll stays cheap.
    static QStringList sortKeys(BrowseList list);
    static QString defaultSortKey(BrowseList list);
    // What the engine plans for the first page of this query, for tests and a slow desk.
    QStringList queryPlan(const BrowseQuery& query);

private:
    struct Statement
    {
        QString sql;
        QVariantList values;
        QStringList columns; // keys of the selected columns after id and sort value
    };
    Statement build(const BrowseQuery& query) const;

    Database& m_db;
};

} // namespace cd
