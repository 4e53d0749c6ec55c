#include "models/CaseListModel.h"

#include "models/ListColumns.h"

namespace cd {

CaseListModel::CaseListModel(Session& session, QObject* parent)
    : BrowseModel(session, BrowseList::Cases,
        {columns::text(QStringLiteral("number"), tr("Number")),
            columns::caseState(QStringLiteral("state"), tr("State")),
            columns::caseKind(QStringLiteral("kind"), tr("Kind")),
            columns::text(QStringLiteral("subjectName"), tr("Subject")),
            columns::text(QStringLiteral("memorandum"), tr("Memorandum")),
            columns::text(QStringLiteral("termStart"), tr("Term from")),
            columns::text(QStringLiteral("termEnd"), tr("Term to")),
            columns::text(QStringLiteral("draftedBy"), tr("Drafted by")),
            columns::text(QStringLiteral("draftedAt"), tr("Drafted at"))},
        parent)
{
    query().descending = true;
}

} // namespace cd
