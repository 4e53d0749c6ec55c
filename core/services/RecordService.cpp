#include "services/RecordService.h"

#include "CoreError.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/Session.h"
#include "storage/RecordStore.h"

#include <QJsonObject>

namespace cd {

RecordService::RecordService(Session& session) : m_session(session) { }

void RecordService::validate(const CreditRecord& r, const QDate& today)
{
    if (r.subjectId <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("subject: required."));
    if (r.decisionNo.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("decision number: required."));
    if (r.category.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("category: required."));
    if (!r.decisionDate.isValid())
        throw CoreError(ErrorKind::InvalidInput, tr("decision date: required, as YYYY-MM-DD."));
    if (r.decisionDate > today)
        throw CoreError(ErrorKind::InvalidInput,
            tr("decision date: %1 lies in the future.").arg(r.decisionDate.toString(Qt::ISODate)));
    if (r.polarity == Polarity::Negative && !r.severity)
        throw CoreError(
            ErrorKind::InvalidInput, tr("severity: a negative record is minor, general or serious."));
    if (r.polarity == Polarity::Positive && (r.severity || r.specificSerious))
        throw CoreError(ErrorKind::InvalidInput, tr("severity: a positive record has no severity."));
    if (r.specificSerious && r.severity != Severity::Serious)
        throw CoreError(
            ErrorKind::InvalidInput, tr("severity: only a serious record can be \"specific serious\"."));
    if (r.publishedOn.isValid() && (r.publishedOn < r.decisionDate || r.publishedOn > today))
        throw CoreError(
            ErrorKind::InvalidInput, tr("publication date: it lies between the decision date and today."));
    if (r.departmentId <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("providing department: required."));
}

CreditRecord RecordService::add(CreditRecord r)
{
    m_session.require(Operation::AddRecord);
    r.decisionNo = r.decisionNo.trimmed();
    r.category = r.category.trimmed();
    r.legalBasis = r.legalBasis.trimmed();
    r.createdBy = m_session.user().name;
    validate(r);
    OfficeRules rules(m_session);
    if (!rules.departmentName(r.departmentId))
        throw CoreError(
            ErrorKind::InvalidInput, tr("providing department: unknown department %1.").arg(r.departmentId));
    return m_session.write([&] {
        RecordStore store(m_session.db());
        if (const auto existing = store.byDecision(r.departmentId, r.decisionNo))
            throw CoreError(ErrorKind::InvalidInput,
                tr("decision number: %1 of %2 is already recorded as record %3.")
                    .arg(r.decisionNo, existing->departmentName)
                    .arg(existing->id));
        r.id = store.insert(r);
        m_session.audit(QStringLiteral("record.add"), QStringLiteral("record"), QString::number(r.id),
            QJsonObject {{QStringLiteral("subjectId"), r.subjectId},
                {QStringLiteral("polarity"), CreditRecords::key(r.polarity)},
                {QStringLiteral("category"), r.category},
                {QStringLiteral("severity"), CreditRecords::key(r.severity)},
                {QStringLiteral("decisionNo"), r.decisionNo},
                {QStringLiteral("decisionDate"), r.decisionDate.toString(Qt::ISODate)},
                {QStringLiteral("departmentId"), r.departmentId}});
        return *store.byId(r.id);
    });
}

CreditRecord RecordService::markPublished(qint64 id, const QDate& on)
{
    m_session.require(Operation::AddRecord);
    return m_session.write([&] {
        RecordStore store(m_session.db());
        const auto r = store.byId(id);
        if (!r)
            throw CoreError(ErrorKind::InvalidInput, tr("There is no credit record %1.").arg(id));
        if (!on.isValid() || on < r->decisionDate || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("publication date: it lies between the decision date and today."));
        store.setPublished(id, on);
        m_session.audit(QStringLiteral("record.publish"), QStringLiteral("record"), QString::number(id),
            QJsonObject {{QStringLiteral("publishedOn"), on.toString(Qt::ISODate)}});
        return *store.byId(id);
    });
}

CreditRecord RecordService::get(qint64 id)
{
    m_session.require(Operation::ReadRecords);
    const auto r = RecordStore(m_session.db()).byId(id);
    if (!r)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no credit record %1.").arg(id));
    return *r;
}

RecordView RecordService::view(const CreditRecord& r, const QDate& asOf)
{
    OfficeRules rules(m_session);
    RecordView v;
    v.record = r;
    v.publicity = rules.publicity(r);
    v.publicationDue = rules.addWorkingDays(r.decisionDate, rules.publicationWorkingDays());
    finish(v, asOf);
    return v;
}

void RecordService::finish(RecordView& v, const QDate& asOf)
{
    const CreditRecord& r = v.record;
    v.publication = CreditRecords::publicationStatus(r, v.publicationDue, asOf, v.publicity.publish);
    v.publicityActive = v.publicity.publish && r.publishedOn.isValid() && r.publishedOn <= asOf
        && (!v.publicity.publicationEnds.isValid() || asOf < v.publicity.publicationEnds)
        && !(r.withdrawnOn.isValid() && r.withdrawnOn <= asOf) && !(r.repairedOn.isValid() && r.repairedOn <= asOf);
}

QList<RecordView> RecordService::forSubject(qint64 subjectId, const QDate& asOf)
{
    m_session.require(Operation::ReadRecords);
    // The rules, the setting and the calendar are read once for the whole list: a subject of a
    // city may have thousands of records.
    OfficeRules rules(m_session);
    const RuleBook book = CatalogueService(m_session).ruleBook();
    const int days = rules.publicationWorkingDays();
    const WorkingCalendar calendar = CalendarService(m_session).calendar();
    QList<RecordView> list;
    for (const CreditRecord& r : RecordStore(m_session.db()).forSubject(subjectId)) {
        RecordView v;
        v.record = r;
        v.publicity = OfficeRules::publicity(r, book);
        v.publicationDue = calendar.addWorkingDays(r.decisionDate, days);
        finish(v, asOf);
        list.append(v);
    }
    return list;
}

} // namespace cd
