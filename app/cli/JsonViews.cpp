#include "JsonViews.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const RecordView& v)
{
    const CreditRecord& r = v.record;
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("subjectId"), r.subjectId},
        {QStringLiteral("polarity"), CreditRecords::key(r.polarity)},
        {QStringLiteral("category"), r.category},
        {QStringLiteral("severity"), CreditRecords::key(r.severity)},
        {QStringLiteral("specificSerious"), r.specificSerious}, {QStringLiteral("decisionNo"), r.decisionNo},
        {QStringLiteral("decisionDate"), date(r.decisionDate)}, {QStringLiteral("legalBasis"), r.legalBasis},
        {QStringLiteral("department"), r.departmentName},
        {QStringLiteral("publishedOn"), date(r.publishedOn)},
        {QStringLiteral("publicationDue"), date(v.publicationDue)},
        {QStringLiteral("publication"), CreditRecords::key(v.publication)},
        {QStringLiteral("publicityActive"), v.publicityActive},
        {QStringLiteral("earliestRepair"), date(v.publicity.earliestRepair)},
        {QStringLiteral("publicationEnds"), date(v.publicity.publicationEnds)},
        {QStringLiteral("repairable"), v.publicity.repairable},
        {QStringLiteral("withdrawnOn"), date(r.withdrawnOn)},
        {QStringLiteral("repairedOn"), date(r.repairedOn)}};
}

QJsonObject toJson(const MeasureTask& t)
{
    return QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("measureId"), t.measureId},
        {QStringLiteral("measure"), t.measureTitle}, {QStringLiteral("subject"), t.subjectName},
        {QStringLiteral("department"), t.departmentName}, {QStringLiteral("pushedOn"), date(t.pushedOn)},
        {QStringLiteral("dueOn"), date(t.dueOn)}, {QStringLiteral("acknowledgedOn"), date(t.acknowledgedOn)},
        {QStringLiteral("response"), Cases::key(t.response)},
        {QStringLiteral("respondedOn"), date(t.respondedOn)},
        {QStringLiteral("appliedOn"), date(t.appliedOn)}, {QStringLiteral("reference"), t.reference},
        {QStringLiteral("reason"), t.reason}, {QStringLiteral("overdue"), t.isOverdue(QDate::currentDate())},
        {QStringLiteral("late"), t.answeredLate()}};
}

QJsonObject toJson(const Case& c)
{
    QJsonArray measures;
    for (const CaseMeasure& m : c.measures)
        measures.append(QJsonObject {{QStringLiteral("id"), m.measureId}, {QStringLiteral("code"), m.code},
            {QStringLiteral("title"), m.title}, {QStringLiteral("mandatory"), m.mandatory},
            {QStringLiteral("selected"), m.selected}, {QStringLiteral("dropReason"), m.dropReason}});
    QJsonArray coSubjects;
    for (const CaseSubject& s : c.coSubjects)
        coSubjects.append(QJsonObject {{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
            {QStringLiteral("role"), s.linkRole}});
    QJsonArray tasks;
    const bool suspended = suspendedOn(c, QDate::currentDate());
    for (const MeasureTask& t : c.tasks) {
        QJsonObject task = toJson(t);
        task.insert(QStringLiteral("suspended"), suspended); // §18: the departments are told to hold off
        tasks.append(task);
    }
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("number"), c.number},
        {QStringLiteral("kind"), Cases::key(c.kind)}, {QStringLiteral("state"), Cases::key(c.state)},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("code"), c.subjectCode}, {QStringLiteral("name"), c.subjectName}}},
        {QStringLiteral("initiatingDepartment"), c.initiatingDepartmentName},
        {QStringLiteral("memorandum"), c.memorandumTitle}, {QStringLiteral("basisRecordId"), c.basisRecordId},
        {QStringLiteral("term"),
            QJsonObject {
                {QStringLiteral("start"), date(c.termStart)}, {QStringLiteral("end"), date(c.termEnd)}}},
        {QStringLiteral("draftedBy"), c.draftedBy}, {QStringLiteral("decidedBy"), c.decidedBy},
        {QStringLiteral("decisionReason"), c.decisionReason}, {QStringLiteral("pushedOn"), date(c.pushedOn)},
        {QStringLiteral("measures"), measures}, {QStringLiteral("coSubjects"), coSubjects},
        {QStringLiteral("tasks"), tasks}};
}

QJsonObject toJson(const CreditCheckResult& r)
{
    QJsonArray records;
    for (const RecordView& v : r.records)
        records.append(toJson(v));
    QJsonArray lists;
    for (const ListEntry& e : r.lists)
        lists.append(toJson(e, r.asOf));
    QJsonArray measures;
    for (const MeasureCheck& m : r.measures)
        measures.append(
            QJsonObject {{QStringLiteral("case"), m.caseNumber}, {QStringLiteral("caseId"), m.caseId},
                {QStringLiteral("kind"), Cases::key(m.kind)}, {QStringLiteral("measure"), m.measureCode},
                {QStringLiteral("title"), m.measureTitle}, {QStringLiteral("mandatory"), m.mandatory},
                {QStringLiteral("departments"), QJsonArray::fromStringList(m.departments)},
                {QStringLiteral("term"),
                    QJsonObject {{QStringLiteral("start"), date(m.termStart)},
                        {QStringLiteral("end"), date(m.termEnd)}}},
                {QStringLiteral("status"), CreditChecks::key(m.status)},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons)}});
    return QJsonObject {{QStringLiteral("code"), r.subject.code}, {QStringLiteral("name"), r.subject.name},
        {QStringLiteral("kind"), SubjectKinds::key(r.subject.kind)}, {QStringLiteral("asOf"), date(r.asOf)},
        {QStringLiteral("lists"), lists}, {QStringLiteral("records"), records},
        {QStringLiteral("greenChannel"),
            QJsonObject {{QStringLiteral("eligible"), r.greenChannel},
                {QStringLiteral("reason"), r.greenChannelReason}}},
        {QStringLiteral("measures"), measures}};
}

QJsonObject toJson(const ListEntry& e, const QDate& asOf)
{
    const auto exitReason = e.exitReason ? QJsonValue(ListEntries::key(*e.exitReason)) : QJsonValue();
    return QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("number"), e.number},
        {QStringLiteral("list"), ListEntries::key(e.kind)}, {QStringLiteral("domain"), e.domain},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("code"), e.subjectCode}, {QStringLiteral("name"), e.subjectName}}},
        {QStringLiteral("basis"), e.basis},
        {QStringLiteral("basisRecordId"), e.basisRecordId > 0 ? QJsonValue(e.basisRecordId) : QJsonValue()},
        {QStringLiteral("department"), e.departmentName}, {QStringLiteral("entryDate"), date(e.entryDate)},
        {QStringLiteral("plannedExit"), date(e.plannedExit)}, {QStringLiteral("exitDate"), date(e.exitDate)},
        {QStringLiteral("exitReason"), exitReason}, {QStringLiteral("exitNote"), e.exitNote},
        {QStringLiteral("proposedBy"), e.createdBy}, {QStringLiteral("approvedBy"), e.approvedBy},
        {QStringLiteral("state"), ListEntries::stateKey(e, asOf)}};
}

QJsonObject toJson(const Objection& o)
{
    QJsonArray notices;
    for (const ObjectionNotice& n : o.notices)
        notices.append(QJsonObject {{QStringLiteral("department"), n.departmentName},
            {QStringLiteral("kind"), n.kind}, {QStringLiteral("issuedOn"), date(n.issuedOn)}});
    QJsonValue outcome;
    if (o.outcome)
        outcome = *o.outcome == ObjectionOutcome::InformationWrong ? QStringLiteral("wrong")
                                                                   : QStringLiteral("right");
    QJsonValue correction;
    if (o.outcome == ObjectionOutcome::InformationWrong)
        correction = o.revoked ? QStringLiteral("revoked") : QStringLiteral("corrected");
    return QJsonObject {{QStringLiteral("id"), o.id}, {QStringLiteral("number"), o.number},
        {QStringLiteral("subject"), o.subjectName}, {QStringLiteral("target"), Objections::key(o.target)},
        {QStringLiteral("targetId"), o.targetId},
        {QStringLiteral("raisedBy"),
            o.raisedByDepartment ? QStringLiteral("department") : QStringLiteral("subject")},
        {QStringLiteral("description"), o.description}, {QStringLiteral("filedOn"), date(o.filedOn)},
        {QStringLiteral("filedBy"), o.filedBy}, {QStringLiteral("state"), Objections::key(o.state)},
        {QStringLiteral("acceptedOn"), date(o.acceptedOn)}, {QStringLiteral("acceptedBy"), o.acceptedBy},
        {QStringLiteral("notAcceptedReason"), o.notAcceptedReason},
        {QStringLiteral("verifyingDepartment"), o.verifyingDepartmentName},
        {QStringLiteral("verificationDue"), date(o.verificationDue)},
        {QStringLiteral("verificationOverdue"), o.verificationOverdue(QDate::currentDate())},
        {QStringLiteral("outcome"), outcome}, {QStringLiteral("correction"), correction},
        {QStringLiteral("decidedOn"), date(o.decidedOn)}, {QStringLiteral("decidedBy"), o.decidedBy},
        {QStringLiteral("decisionReason"), o.decisionReason},
        {QStringLiteral("suspension"),
            o.acceptedOn.isValid() ? QJsonValue(QJsonObject {
                {QStringLiteral("from"), date(o.acceptedOn)}, {QStringLiteral("to"), date(o.decidedOn)}})
                                   : QJsonValue()},
        {QStringLiteral("notices"), notices}};
}

QJsonObject toJson(const RepairApplication& a)
{
    QJsonArray required;
    for (RepairMaterial m : a.required)
        required.append(Repairs::key(m));
    QJsonArray received;
    for (const RepairMaterialReceipt& r : a.received)
        received.append(QJsonObject {{QStringLiteral("item"), Repairs::key(r.item)},
            {QStringLiteral("receivedOn"), date(r.receivedOn)}, {QStringLiteral("note"), r.note}});
    QJsonArray missing;
    for (RepairMaterial m : a.missing())
        missing.append(Repairs::key(m));
    return QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("number"), a.number},
        {QStringLiteral("subject"), a.subjectName}, {QStringLiteral("target"), Repairs::key(a.target)},
        {QStringLiteral("targetId"), a.targetId}, {QStringLiteral("filedOn"), date(a.filedOn)},
        {QStringLiteral("filedBy"), a.filedBy}, {QStringLiteral("state"), Repairs::key(a.state)},
        {QStringLiteral("required"), required}, {QStringLiteral("received"), received},
        {QStringLiteral("missing"), missing},
        {QStringLiteral("materialsCompleteOn"), date(a.materialsCompleteOn)},
        {QStringLiteral("decisionDue"), date(a.decisionDue)},
        {QStringLiteral("decisionOverdue"), a.decisionOverdue(QDate::currentDate())},
        {QStringLiteral("decidedOn"), date(a.decidedOn)}, {QStringLiteral("decidedBy"), a.decidedBy},
        {QStringLiteral("decisionReason"), a.decisionReason}};
}

QJsonObject toJson(const LicenceView& v)
{
    const Licence& l = v.licence;
    return QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("subjectId"), l.subjectId},
        {QStringLiteral("decisionNo"), l.decisionNo}, {QStringLiteral("documentName"), l.documentName},
        {QStringLiteral("kind"), l.licenceKind}, {QStringLiteral("certificateName"), l.certificateName},
        {QStringLiteral("licenceNo"), l.licenceNo}, {QStringLiteral("content"), l.content},
        {QStringLiteral("decisionDate"), date(l.decisionDate)},
        {QStringLiteral("validFrom"), date(l.validFrom)}, {QStringLiteral("validTo"), date(l.validTo)},
        {QStringLiteral("department"), l.departmentName}, {QStringLiteral("revoked"), l.revoked},
        {QStringLiteral("publishedOn"), date(l.publishedOn)},
        {QStringLiteral("publicationDue"), date(v.publicationDue)},
        {QStringLiteral("publication"), CreditRecords::key(v.publication)},
        {QStringLiteral("onWebsite"), v.onWebsite}};
}

} // namespace cd::cli
