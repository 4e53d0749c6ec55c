#include "services/DemoStories.h"

#include "demo/DemoNames.h"
#include "domain/WorkingCalendar.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "storage/CommitmentStore.h"
#include "storage/ListStore.h"
#include "storage/ObjectionStore.h"
#include "storage/RecordStore.h"
#include "storage/RepairStore.h"
#include "storage/SubjectStore.h"
#include "storage/TipStore.h"

#include <QCoreApplication>

namespace cd {

namespace {

const QStringList BlackDomains {QStringLiteral("产品质量"), QStringLiteral("生态环境"),
    QStringLiteral("安全生产"), QStringLiteral("税务"), QStringLiteral("食品药品"),
    QStringLiteral("拖欠农民工工资")};
const QStringList RedDomains {
    QStringLiteral("纳税信用"), QStringLiteral("守合同重信用"), QStringLiteral("诚信典型")};

} // namespace

DemoStories::DemoStories(Session& admin, DemoNames& names, const WorkingCalendar& calendar)
    : m_admin(admin), m_names(names), m_calendar(calendar), m_today(QDate::currentDate())
{
}

QStringList DemoStories::tell(const QList<DemoPushedCase>& pushed, const QList<qint64>& cleanOrganisations,
    const QList<qint64>& positiveRecords)
{
    // Objections first: they pick the youngest cases, whose terms still run.
    objections(pushed);
    repairs(pushed);
    lists(pushed, positiveRecords);
    commitments(cleanOrganisations);
    tips(pushed);
    return {QCoreApplication::translate("DemoData", "%n list entries", nullptr, m_lists),
        QCoreApplication::translate("DemoData", "%n objections", nullptr, m_objections),
        QCoreApplication::translate("DemoData", "%n repair applications", nullptr, m_repairs),
        QCoreApplication::translate("DemoData", "%n commitments", nullptr, m_commitments),
        QCoreApplication::translate("DemoData", "%n confidential reports", nullptr, m_tips)};
}

void DemoStories::objections(const QList<DemoPushedCase>& pushed)
{
    ObjectionStore store(m_admin.db());
    RecordStore records(m_admin.db());
    const int verificationDays = Settings(m_admin).verificationWorkingDays();
    // The latest cases: their terms run, so suspension and revocation show in today's check.
    QList<DemoPushedCase> recent = pushed;
    std::sort(recent.begin(), recent.end(),
        [](const DemoPushedCase& a, const DemoPushedCase& b) { return a.pushedOn > b.pushedOn; });
    int made = 0;
    for (const DemoPushedCase& c : recent) {
        if (made >= 16)
            break;
        if (m_used.contains(c.caseId) || c.pushedOn > m_today.addDays(-20))
            continue;
        m_used << c.caseId;
        // 0-3 under verification, 4-7 information right, 8-11 information wrong, 12-13 not accepted,
        // 14-15 filed and waiting for acceptance.
        const int story = made++;
        Objection o;
        o.subjectId = c.subjectId;
        o.target = ObjectionTarget::Record;
        o.targetId = c.recordId;
        o.raisedByDepartment = story % 5 == 3;
        if (o.raisedByDepartment)
            o.raisingDepartmentId = store.providingDepartment(o.target, o.targetId);
        o.description = o.raisedByDepartment
            ? QStringLiteral("执行中发现处罚决定已被行政复议撤销，申请核查")
            : QStringLiteral("主体称该处罚决定已履行完毕且认定事实有误，提出异议");
        const QDate filed = story < 4 || story >= 14
            ? m_calendar.addWorkingDays(m_today, -m_names.bounded(1, 6))
            : m_names.dateBetween(c.pushedOn.addDays(5), m_today.addDays(-15));
        o.filedOn = filed;
        o.filedBy = QStringLiteral("officer");
        o.number = store.nextNumber(filed.year());
        o.id = store.insert(o);
        ++m_objections;
        if (story >= 14)
            continue;
        if (story >= 12) {
            store.setNotAccepted(
                o.id, QStringLiteral("异议事项不属于本平台受理范围"), QStringLiteral("officer"), 1);
            continue;
        }
        const QDate accepted = std::min(m_today, m_calendar.addWorkingDays(filed, 1));
        const qint64 verifier = store.providingDepartment(o.target, o.targetId);
        store.setAccepted(o.id, accepted, QStringLiteral("officer"), verifier,
            m_calendar.addWorkingDays(accepted, verificationDays), 1);
        const QList<qint64> told = store.departmentsConcerned(o.target, o.targetId);
        for (qint64 dept : told)
            store.addNotice(o.id, dept, QStringLiteral("suspension"), accepted);
        if (story < 4)
            continue;
        const bool wrong = story >= 8;
        const QDate decided = std::min(m_today, m_calendar.addWorkingDays(accepted, m_names.bounded(3, 12)));
        store.setDecided(o.id,
            wrong ? ObjectionOutcome::InformationWrong : ObjectionOutcome::InformationRight,
            wrong && story % 2 == 0, decided, QStringLiteral("reviewer"),
            wrong ? QStringLiteral("经提供单位核实，信息有误，予以撤销")
                  : QStringLiteral("经提供单位核实，信息准确，恢复执行"),
            2);
        if (wrong)
            records.setWithdrawn(
                o.targetId, decided, QStringLiteral("objection %1: information found wrong").arg(o.number));
        for (qint64 dept : told)
            store.addNotice(
                o.id, dept, wrong ? QStringLiteral("restoration") : QStringLiteral("resumption"), decided);
    }
}

void DemoStories::repairs(const QList<DemoPushedCase>& pushed)
{
    RepairStore store(m_admin.db());
    RecordStore records(m_admin.db());
    OfficeRules rules(m_admin);
    const int decisionDays = Settings(m_admin).repairDecisionWorkingDays();
    int made = 0;
    for (const DemoPushedCase& c : pushed) {
        if (made >= 12)
            break;
        if (m_used.contains(c.caseId))
            continue;
        const auto record = records.byId(c.recordId);
        if (!record || record->withdrawnOn.isValid() || record->repairedOn.isValid())
            continue;
        const OfficeRules::Publicity p = rules.publicity(*record);
        if (!p.repairable || !p.earliestRepair.isValid() || p.earliestRepair > m_today.addDays(-30)
            || (p.publicationEnds.isValid() && p.publicationEnds <= m_today))
            continue;
        m_used << c.caseId;
        // 0-4 approved, 5-7 rejected, 8-11 waiting (some with materials missing).
        const int story = made++;
        RepairApplication a;
        a.subjectId = c.subjectId;
        a.target = RepairTarget::Record;
        a.targetId = c.recordId;
        a.filedOn = story >= 8 ? m_calendar.addWorkingDays(m_today, -m_names.bounded(1, 8))
                               : m_names.dateBetween(p.earliestRepair, m_today.addDays(-20));
        a.filedBy = QStringLiteral("officer");
        a.number = store.nextNumber(a.filedOn.year());
        a.id = store.insert(a);
        ++m_repairs;
        const auto subject = SubjectStore(m_admin.db()).byId(c.subjectId);
        QList<RepairMaterial> items
            = Repairs::requiredFor(subject && subject->kind == SubjectKind::NaturalPerson);
        if (story >= 10)
            items.removeLast(); // still waiting for the commitment
        QDate complete = a.filedOn;
        for (RepairMaterial m : items) {
            const QDate got = std::min(m_today, m_calendar.addWorkingDays(a.filedOn, m_names.bounded(0, 3)));
            complete = std::max(complete, got);
            store.addMaterial(a.id, {m, got, QString()}, QStringLiteral("officer"));
        }
        if (story < 10)
            store.setMaterialsComplete(a.id, complete, m_calendar.addWorkingDays(complete, decisionDays), 1);
        if (story >= 8)
            continue;
        const QDate decided = std::min(m_today, m_calendar.addWorkingDays(complete, m_names.bounded(2, 12)));
        if (story < 5) {
            store.setDecided(a.id, RepairState::Approved, decided, QStringLiteral("reviewer"),
                QStringLiteral("已履行行政处罚义务并作出信用承诺，准予修复"), 2);
            records.setRepaired(c.recordId, decided);
        } else {
            store.setDecided(a.id, RepairState::Rejected, decided, QStringLiteral("reviewer"),
                QStringLiteral("罚款尚未缴清，不符合修复条件"), 2);
        }
    }
}

void DemoStories::lists(const QList<DemoPushedCase>& pushed, const QList<qint64>& positiveRecords)
{
    ListStore store(m_admin.db());
    RecordStore records(m_admin.db());
    int black = 0;
    for (const DemoPushedCase& c : pushed) {
        if (black >= 40)
            break;
        const auto record = records.byId(c.recordId);
        if (!record || record->withdrawnOn.isValid())
            continue;
        ListEntry e;
        e.subjectId = c.subjectId;
        e.kind = ListKind::Black;
        e.domain = m_names.pick(BlackDomains);
        e.basis = QStringLiteral("依据%1认定为严重失信主体").arg(record->decisionNo);
        e.basisRecordId = record->id;
        e.departmentId = record->departmentId;
        e.entryDate = std::min(m_today, m_calendar.addWorkingDays(record->decisionDate, 5));
        // A third were listed for one year only, so the oldest have left by expiry.
        e.plannedExit = e.entryDate.addMonths(black % 3 == 0 ? 12 : 36);
        e.createdBy = QStringLiteral("officer");
        e.number = store.nextNumber(ListKind::Black, e.entryDate.year());
        const qint64 id = store.insert(e);
        store.setApproved(id, QStringLiteral("reviewer"), 1);
        ++m_lists;
        if (record->repairedOn.isValid())
            store.setExit(
                id, record->repairedOn, ListExitReason::Repair, QStringLiteral("信用修复申请已批准"), 2);
        else if (black % 13 == 5 && e.entryDate.addDays(30) < m_today)
            store.setExit(id,
                m_names.dateBetween(e.entryDate.addDays(10), std::min(m_today, e.plannedExit.addDays(-1))),
                ListExitReason::Revocation, QStringLiteral("认定单位撤销认定文书"), 2);
        ++black;
    }
    for (int i = 0; i < 30 && i < positiveRecords.size(); ++i) {
        const auto record = records.byId(positiveRecords.at(i));
        if (!record)
            continue;
        ListEntry e;
        e.subjectId = record->subjectId;
        e.kind = ListKind::Red;
        e.domain = m_names.pick(RedDomains);
        e.basis = QStringLiteral("依据%1列入守信激励对象名单").arg(record->decisionNo);
        e.basisRecordId = record->id;
        e.departmentId = record->departmentId;
        e.entryDate = std::min(m_today, record->decisionDate.addDays(7));
        e.plannedExit = e.entryDate.addYears(2);
        e.createdBy = QStringLiteral("officer");
        e.number = store.nextNumber(ListKind::Red, e.entryDate.year());
        const qint64 id = store.insert(e);
        // The last few wait for a reviewer.
        if (i < 26)
            store.setApproved(id, QStringLiteral("reviewer"), 1);
        ++m_lists;
    }
}

void DemoStories::commitments(const QList<qint64>& cleanOrganisations)
{
    CommitmentStore store(m_admin.db());
    RecordStore records(m_admin.db());
    OfficeRules rules(m_admin);
    const QStringList desks {QStringLiteral("XZSPJ"), QStringLiteral("SCJGJ"), QStringLiteral("ZJJ")};
    const QStringList matters {QStringLiteral("食品经营许可证核发"), QStringLiteral("建设工程规划许可"),
        QStringLiteral("公共场所卫生许可"), QStringLiteral("道路货物运输经营许可")};
    const QStringList materials {QStringLiteral("消防验收意见书"), QStringLiteral("环境影响评价批复"),
        QStringLiteral("房屋产权证明"), QStringLiteral("从业人员健康证明")};
    for (int i = 0; i < 20 && i < cleanOrganisations.size(); ++i) {
        Commitment c;
        c.subjectId = cleanOrganisations.at(i);
        const auto desk = rules.departmentId(m_names.pick(desks));
        if (!desk)
            continue;
        c.departmentId = *desk;
        c.matter = m_names.pick(matters);
        c.missingMaterial = m_names.pick(materials);
        // 0-11 kept, 12-16 broken (the first two confirmed as records), 17-19 still open.
        c.committedOn = i >= 17 ? m_today.addDays(-m_names.bounded(1, 10))
                                : m_names.dateBetween(m_today.addMonths(-10), m_today.addMonths(-2));
        c.dueOn = m_calendar.addWorkingDays(c.committedOn, 20);
        c.createdBy = QStringLiteral("officer");
        c.number = store.nextNumber(c.committedOn.year());
        const qint64 id = store.insert(c);
        ++m_commitments;
        if (i < 12) {
            store.setKept(id, m_calendar.addWorkingDays(c.committedOn, m_names.bounded(3, 19)), 1);
        } else if (i < 14) {
            CreditRecord r;
            r.subjectId = c.subjectId;
            r.polarity = Polarity::Negative;
            r.category = QStringLiteral("违反信用承诺");
            r.severity = Severity::General;
            r.decisionNo = c.number;
            r.decisionDate = std::min(m_today, c.dueOn.addDays(m_names.bounded(3, 20)));
            r.legalBasis
                = QStringLiteral("承诺%1：%2逾期未补交（实施方案第2条）").arg(c.number, c.missingMaterial);
            r.content = c.matter;
            r.departmentId = c.departmentId;
            r.publishedOn = m_calendar.addWorkingDays(r.decisionDate, 2);
            if (r.publishedOn > m_today)
                r.publishedOn = QDate();
            r.createdBy = QStringLiteral("officer");
            store.setBreachRecord(id, records.insert(r), 1);
        }
    }
}

void DemoStories::tips(const QList<DemoPushedCase>& pushed)
{
    TipStore store(m_admin.db());
    const QStringList contents {QStringLiteral("该企业夜间向内河偷排生产废水"),
        QStringLiteral("该单位拖欠农民工工资三个月以上"), QStringLiteral("该店销售过期食品"),
        QStringLiteral("该企业虚开增值税发票")};
    const QList<TipChannel> channels {
        TipChannel::Phone, TipChannel::Letter, TipChannel::Visit, TipChannel::Online};
    for (int i = 0; i < 8 && i < pushed.size(); ++i) {
        Tip t;
        t.subjectId = pushed.at(pushed.size() - 1 - i).subjectId;
        t.reportedName = QStringLiteral("（见主体）");
        t.content = m_names.pick(contents);
        t.channel = m_names.pick(channels);
        t.receivedOn = m_today.addDays(-m_names.bounded(1, 120));
        t.receivedBy = QStringLiteral("officer");
        t.number = store.nextNumber(t.receivedOn.year());
        // Invented people: the demo shows how a reporter is kept apart, never who a real one was.
        const qint64 id = store.insert(t,
            TipReporter {
                m_names.personName(), QStringLiteral("139%1").arg(m_names.bounded(10000000, 99999999))});
        ++m_tips;
        if (i % 3 == 0)
            store.setClosed(id, std::min(m_today, t.receivedOn.addDays(15)),
                QStringLiteral("经核查属实，已移交市生态环境局处理"), 1);
    }
}

} // namespace cd
