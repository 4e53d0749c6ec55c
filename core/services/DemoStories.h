#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class DemoNames;
class Session;
class WorkingCalendar;

// A pushed sanction case of the demo office, as the later stories need it.
struct DemoPushedCase
{
    qint64 caseId = 0;
    qint64 subjectId = 0;
    qint64 recordId = 0;
    QDate pushedOn;
};

// The demo office's protections and rewards (§2, §10, §15, §17, §18), told inside DemoData's
// transaction: red and black lists with exits of every kind, objections under verification and
// decided both ways, repairs approved, rejected and waiting, commitments kept, broken and open, and
// confidential reports, so that a check on the demo database shows every status word.
class DemoStories
{
public:
    DemoStories(Session& admin, DemoNames& names, const WorkingCalendar& calendar);

    // Returns the counts for the summary ("12 objections", …).
    QStringList tell(const QList<DemoPushedCase>& pushed, const QList<qint64>& cleanOrganisations,
        const QList<qint64>& positiveRecords);

private:
    void lists(const QList<DemoPushedCase>& pushed, const QList<qint64>& positiveRecords);
    void objections(const QList<DemoPushedCase>& pushed);
    void repairs(const QList<DemoPushedCase>& pushed);
    void commitments(const QList<qint64>& cleanOrganisations);
    void tips(const QList<DemoPushedCase>& pushed);

    Session& m_admin;
    DemoNames& m_names;
    const WorkingCalendar& m_calendar;
    QDate m_today;
    QList<qint64> m_used; // cases already given a story, so each shows one status clearly
    int m_lists = 0;
    int m_objections = 0;
    int m_repairs = 0;
    int m_commitments = 0;
    int m_tips = 0;
};

} // namespace cd
