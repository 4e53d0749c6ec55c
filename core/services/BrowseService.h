#pragma once

#include "storage/BrowseStore.h"

#include <QCoreApplication>

namespace cd {

class Session;

// The long lists of the desk, one page at a time (see BrowseStore). Checks that the role may read
// the list and masks every citizen ID it hands out, as SubjectService does.
class BrowseService
{
    Q_DECLARE_TR_FUNCTIONS(BrowseService)

public:
    explicit BrowseService(Session& session);

    QList<BrowseRow> page(BrowseQuery query);
    QStringList queryPlan(BrowseQuery query);

    // What a clerk types in a list's search box: a code (or its prefix) when it looks like one, a
    // case number's part when it does (digits or 〔 〕), otherwise part of a subject's name.
    static void applySearch(BrowseQuery& query, const QString& text);

private:
    void prepare(BrowseQuery& query) const;
    Session& m_session;
};

} // namespace cd
