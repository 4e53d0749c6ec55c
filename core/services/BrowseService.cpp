#include "services/BrowseService.h"

#include "domain/CodeValidator.h"
#include "services/Session.h"
#include "services/SubjectService.h"

#include <algorithm>

namespace cd {

namespace {

Operation readOperation(BrowseList list)
{
    switch (list) {
    case BrowseList::Subjects:
        return Operation::ReadSubjects;
    case BrowseList::Records:
        return Operation::ReadRecords;
    case BrowseList::Cases:
    case BrowseList::OpenTasks:
        break;
    }
    return Operation::ReadCases;
}

void maskCode(QVariantMap& values, const char* codeKey, const char* kindKey)
{
    const QString code = QLatin1String(codeKey);
    if (values.contains(code)
        && values.value(QLatin1String(kindKey)).toString() == QLatin1String("natural_person"))
        values.insert(code, maskCitizenId(values.value(code).toString()));
}

} // namespace

BrowseService::BrowseService(Session& session) : m_session(session) { }

void BrowseService::prepare(BrowseQuery& query) const
{
    m_session.require(readOperation(query.list));
    if (query.list == BrowseList::Cases || query.list == BrowseList::OpenTasks)
        m_session.require(Operation::ReadSubjects);
    query.codePrefix = normaliseCode(query.codePrefix);
    query.nameText = query.nameText.simplified();
    query.personsByLongPrefix = AccessPolicy::allows(m_session.user().role, Operation::RevealCitizenId);
}

QList<BrowseRow> BrowseService::page(BrowseQuery query)
{
    prepare(query);
    QList<BrowseRow> rows = BrowseStore(m_session.db()).page(query);
    for (BrowseRow& row : rows) {
        maskCode(row.values, "code", "kind");
        maskCode(row.values, "subjectCode", "subjectKind");
    }
    return rows;
}

QStringList BrowseService::queryPlan(BrowseQuery query)
{
    prepare(query);
    return BrowseStore(m_session.db()).queryPlan(query);
}

void BrowseService::applySearch(BrowseQuery& query, const QString& text)
{
    query.codePrefix.clear();
    query.nameText.clear();
    query.numberPrefix.clear();
    const QString t = text.simplified();
    if (t.isEmpty())
        return;
    const bool numberLike
        = t.contains(QChar(0x3014)) || t.contains(QChar(0x3015)) || t.startsWith(QChar(0x8054)); // 〔 〕 联
    if (query.list == BrowseList::Cases && numberLike) {
        query.numberPrefix = t;
        return;
    }
    if (SubjectService::looksLikeCode(t)) {
        const QString code = normaliseCode(t);
        // Case numbers are counted per year: four digits or fewer are a number, not a code.
        if (query.list == BrowseList::Cases && code.size() <= 4
            && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); })) {
            query.numberPrefix = code;
            return;
        }
        query.codePrefix = code;
        return;
    }
    query.nameText = t;
}

} // namespace cd
