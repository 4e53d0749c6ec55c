#include "services/LicenceService.h"

#include "services/CalendarService.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "storage/LicenceStore.h"

namespace cd {

LicenceService::LicenceService(Session& session) : m_session(session) { }

QList<LicenceView> LicenceService::forSubject(qint64 subjectId, const QDate& asOf)
{
    m_session.require(Operation::ReadRecords);
    const int days = OfficeRules(m_session).publicationWorkingDays();
    const WorkingCalendar calendar = CalendarService(m_session).calendar();
    QList<LicenceView> list;
    for (const Licence& l : LicenceStore(m_session.db()).forSubject(subjectId)) {
        LicenceView v;
        v.licence = l;
        v.publicationDue = calendar.addWorkingDays(l.decisionDate, days);
        // The deadline is judged as a penalty's is; a licence is always to be published.
        CreditRecord published;
        published.publishedOn = l.publishedOn;
        v.publication = CreditRecords::publicationStatus(published, v.publicationDue, asOf, true);
        v.onWebsite = Licences::underPublication(l, asOf);
        list.append(v);
    }
    return list;
}

} // namespace cd
