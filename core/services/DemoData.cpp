#include "services/DemoData.h"

#include "CoreError.h"
#include "demo/DemoNames.h"
#include "services/CalendarService.h"
#include "services/DemoStories.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/CaseStore.h"
#include "storage/RecordStore.h"
#include "storage/SubjectStore.h"

#include <QJsonObject>

namespace cd {

namespace {

// What a department typically decides, for records that read like real ones.
struct RecordKind
{
    QString department; // department code
    QString numberPrefix;
    Polarity polarity;
    QString category;
    QString legalBasis;
    std::optional<Severity> severity; // none: drawn at random for negative records
};

const QList<RecordKind>& recordKinds()
{
    static const QList<RecordKind> kinds = {
        {QStringLiteral("SCJGJ"), QStringLiteral("启市监罚"), Polarity::Negative,
            QStringLiteral("行政处罚（无照经营）"), QStringLiteral("《无证无照经营查处办法》第十三条"), {}},
        {QStringLiteral("SCJGJ"), QStringLiteral("启市监罚"), Polarity::Negative,
            QStringLiteral("行政处罚（虚假广告）"), QStringLiteral("《中华人民共和国广告法》第五十五条"), {}},
        {QStringLiteral("SCJGJ"), QStringLiteral("启市监罚"), Polarity::Negative,
            QStringLiteral("行政处罚（食品安全）"),
            QStringLiteral("《中华人民共和国食品安全法》第一百二十四条"), {}},
        {QStringLiteral("SCJGJ"), QStringLiteral("启市监罚"), Polarity::Negative,
            QStringLiteral("行政处罚（产品质量）"), QStringLiteral("《中华人民共和国产品质量法》第四十九条"),
            {}},
        {QStringLiteral("STHJJ"), QStringLiteral("启环罚"), Polarity::Negative,
            QStringLiteral("行政处罚（环境违法）"),
            QStringLiteral("《中华人民共和国大气污染防治法》第九十九条"), {}},
        {QStringLiteral("YJJ"), QStringLiteral("启应急罚"), Polarity::Negative,
            QStringLiteral("行政处罚（安全生产）"), QStringLiteral("《中华人民共和国安全生产法》第九十九条"),
            {}},
        {QStringLiteral("ZJJ"), QStringLiteral("启住建罚"), Polarity::Negative,
            QStringLiteral("行政处罚（建筑施工）"), QStringLiteral("《建设工程质量管理条例》第六十四条"), {}},
        {QStringLiteral("RSJ"), QStringLiteral("启人社罚"), Polarity::Negative,
            QStringLiteral("行政处罚（拖欠工资）"), QStringLiteral("《保障农民工工资支付条例》第五十四条"),
            {}},
        {QStringLiteral("TAX"), QStringLiteral("启税稽罚"), Polarity::Negative,
            QStringLiteral("行政处罚（偷税）"), QStringLiteral("《中华人民共和国税收征收管理法》第六十三条"),
            {}},
        {QStringLiteral("FY"), QStringLiteral("(%1)苏0681执"), Polarity::Negative,
            QStringLiteral("失信被执行人"),
            QStringLiteral("《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"),
            Severity::Serious},
        {QStringLiteral("SCJGJ"), QStringLiteral("启市监认"), Polarity::Positive,
            QStringLiteral("守合同重信用企业"), QStringLiteral("江苏省守合同重信用企业公示办法"), {}},
        {QStringLiteral("TAX"), QStringLiteral("启税评"), Polarity::Positive, QStringLiteral("纳税信用A级"),
            QStringLiteral("《纳税信用管理办法》"), {}},
        {QStringLiteral("FGW"), QStringLiteral("启发改信"), Polarity::Positive, QStringLiteral("诚信典型"),
            QStringLiteral("实施方案第1条"), {}},
    };
    return kinds;
}

} // namespace

DemoData::Result DemoData::fill(Session& admin, quint32 seed)
{
    admin.require(Operation::ManageUsers);
    Result result;
    // A demo password for a demo database: printed on purpose so anyone can sign in.
    result.password = QStringLiteral("CreditDesk-demo-2026");
    const QList<Account> accounts {
        {QStringLiteral("officer"), QStringLiteral("王经办"), QStringLiteral("officer")},
        {QStringLiteral("officer2"), QStringLiteral("周经办"), QStringLiteral("officer")},
        {QStringLiteral("reviewer"), QStringLiteral("李审核"), QStringLiteral("reviewer")},
        {QStringLiteral("supervisor"), QStringLiteral("张分管"), QStringLiteral("supervisor")}};
    UserService users(admin);
    for (const Account& a : accounts) {
        users.add(a.name, *Roles::fromKey(a.role), result.password.toUtf8(), a.displayName);
        result.accounts << a;
    }

    DemoNames names(seed);
    OfficeRules rules(admin);
    const WorkingCalendar calendar = CalendarService(admin).calendar();
    const int publicationDays = rules.publicationWorkingDays();
    const int feedbackDays = rules.feedbackWorkingDays();
    const QDate today = QDate::currentDate();
    const QDate firstDay = today.addYears(-2);

    int subjectCount = 0;
    int recordCount = 0;
    int caseCount = 0;
    int taskCount = 0;

    QStringList stories;
    // One transaction: a demo office appears whole or not at all.
    admin.write([&] {
        Database& db = admin.db();
        SubjectStore subjects(db);
        RecordStore records(db);
        CaseStore cases(db);

        struct Org
        {
            qint64 id;
            qint64 legalRep;
        };
        QList<Org> organisations;
        QList<qint64> persons;

        auto addPerson = [&] {
            Subject p;
            p.kind = SubjectKind::NaturalPerson;
            // One draw a statement: the order of a call's arguments is each compiler's own.
            const QDate born = names.dateBetween(QDate(1955, 1, 1), QDate(2000, 12, 31));
            const bool male = names.chance(0.6);
            p.code = names.citizenId(born, male);
            if (subjects.byCode(p.code))
                return qint64(0);
            p.name = names.personName();
            p.division = p.code.left(6);
            const qint64 id = subjects.insert(p);
            persons << id;
            ++subjectCount;
            return id;
        };
        auto addOrganisation = [&](SubjectKind kind, const QString& prefix, const QString& name) {
            Subject o;
            o.kind = kind;
            o.code = names.uscc(prefix);
            o.name = name;
            o.division = o.code.mid(2, 6);
            o.registeredOn = names.dateBetween(QDate(1998, 1, 1), today.addMonths(-2));
            o.address = QStringLiteral("启东市%1路%2号")
                            .arg(names.pick(QList<QString> {QStringLiteral("人民中"),
                                QStringLiteral("公园南"), QStringLiteral("和平北"), QStringLiteral("江海中"),
                                QStringLiteral("紫薇中"), QStringLiteral("汇龙"), QStringLiteral("长江北")}))
                            .arg(names.bounded(1, 900));
            const qint64 id = subjects.insert(o);
            ++subjectCount;
            const qint64 rep = addPerson();
            if (rep > 0) {
                SubjectLink link;
                link.organisationId = id;
                link.personId = rep;
                link.role
                    = kind == SubjectKind::LegalPerson ? LinkRole::LegalRepresentative : LinkRole::Principal;
                link.since = o.registeredOn;
                subjects.insertLink(link);
            }
            if (names.chance(0.05)) {
                const QString newName = names.companyName();
                subjects.rename(id, newName, names.dateBetween(o.registeredOn, today));
            }
            organisations.append({id, rep});
        };

        for (int i = 0; i < 800; ++i)
            addOrganisation(SubjectKind::LegalPerson, QStringLiteral("91"), names.companyName());
        for (int i = 0; i < 140; ++i)
            addOrganisation(SubjectKind::IndividualBusiness, QStringLiteral("92"),
                names.individualBusinessName(names.personName()));
        for (int i = 0; i < 40; ++i)
            addOrganisation(SubjectKind::Unincorporated, QStringLiteral("93"), names.cooperativeName());
        for (int i = 0; i < 100; ++i)
            addPerson();

        // Records over the last two years; most published on time, some late, a few not at all.
        QMap<QString, int> serial;
        struct Basis
        {
            qint64 record;
            qint64 subject;
            qint64 legalRep;
            QDate decided;
            QString memorandum;
        };
        QList<Basis> sanctionBases;
        QList<Basis> incentiveBases;
        // Most businesses never appear in a record; a third of them collect all of them.
        QList<Org> recorded;
        for (const Org& o : organisations) {
            if (names.chance(0.35))
                recorded << o;
        }
        for (int i = 0; i < 10000; ++i) {
            const RecordKind& kind = names.pick(recordKinds());
            const bool onPerson = kind.category == QStringLiteral("失信被执行人") && names.chance(0.3);
            const Org org = names.pick(recorded);
            const qint64 subject = onPerson && !persons.isEmpty() ? names.pick(persons) : org.id;
            CreditRecord r;
            r.subjectId = subject;
            r.polarity = kind.polarity;
            r.category = kind.category;
            r.legalBasis = kind.legalBasis;
            r.decisionDate = names.dateBetween(firstDay, today);
            if (kind.polarity == Polarity::Negative) {
                const double p = names.bounded(0, 100) / 100.0;
                r.severity = kind.severity
                    ? *kind.severity
                    : (p < 0.45 ? Severity::Minor : (p < 0.9 ? Severity::General : Severity::Serious));
            }
            const QString prefix = kind.numberPrefix.contains(QLatin1String("%1"))
                ? kind.numberPrefix.arg(r.decisionDate.year())
                : kind.numberPrefix + QStringLiteral("〔%1〕").arg(r.decisionDate.year());
            r.decisionNo = prefix + QStringLiteral("%1号").arg(++serial[prefix]);
            r.departmentId = *rules.departmentId(kind.department);
            r.createdBy = names.chance(0.7) ? QStringLiteral("officer") : QStringLiteral("officer2");
            const QDate due = calendar.addWorkingDays(r.decisionDate, publicationDays);
            const double when = names.bounded(0, 100) / 100.0;
            if (when < 0.85)
                r.publishedOn = names.dateBetween(r.decisionDate, due);
            else if (when < 0.95)
                r.publishedOn = names.dateBetween(due.addDays(1), due.addDays(20));
            if (r.publishedOn > today)
                r.publishedOn = QDate();
            r.id = records.insert(r);
            ++recordCount;
            const qint64 rep = subject == org.id ? org.legalRep : 0;
            if (r.polarity == Polarity::Negative && r.severity == Severity::Serious)
                sanctionBases.append({r.id, subject, rep, r.decisionDate,
                    kind.category == QStringLiteral("失信被执行人")
                        ? QStringLiteral("JUDGMENT")
                        : (kind.department == QLatin1String("TAX") ? QStringLiteral("TAX-MAJOR")
                                                                   : QStringLiteral("SERIOUS"))});
            else if (r.polarity == Polarity::Positive)
                incentiveBases.append({r.id, subject, 0, r.decisionDate,
                    kind.category == QStringLiteral("纳税信用A级") ? QStringLiteral("TAX-A")
                                                                   : QStringLiteral("RED")});
        }

        // About 300 cases in every state; pushed cases with tasks fed back on time, late and not at all.
        QList<DemoPushedCase> pushedCases;
        QList<qint64> positiveRecords;
        for (const Basis& b : incentiveBases)
            positiveRecords << b.record;
        auto makeCase = [&](const Basis& b, CaseKind kind) {
            const qint64 memorandumId = *rules.memorandumId(b.memorandum);
            Case c;
            c.kind = kind;
            c.subjectId = b.subject;
            c.memorandumId = memorandumId;
            c.basisRecordId = b.record;
            c.initiatingDepartmentId = *rules.departmentId(QStringLiteral("XYB"));
            c.measures = rules.proposal(memorandumId);
            int months = 12;
            for (CaseMeasure& m : c.measures) {
                if (!m.mandatory && names.chance(0.4))
                    m.selected = true;
                if (!m.selected)
                    m.dropReason = QStringLiteral("推荐性措施，未选用");
                else
                    months = std::max(months, rules.defaultMonths(m.measureId));
            }
            // Some terms are set short by the initiating department: the oldest of them have ended.
            if (names.chance(0.15))
                months = 6;
            const QDate drafted = std::min(today, calendar.addWorkingDays(b.decided, names.bounded(3, 25)));
            c.termStart = drafted;
            c.termEnd = drafted.addMonths(months).addDays(-1);
            c.draftedBy = names.chance(0.7) ? QStringLiteral("officer") : QStringLiteral("officer2");
            c.draftedAt = QDateTime(drafted, QTime(9, 30), Qt::UTC);
            c.number = cases.nextNumber(kind, drafted.year());
            if (b.legalRep > 0 && kind == CaseKind::Sanction && names.chance(0.5)) {
                const auto linked = cases.linkedPersons(b.subject, b.decided);
                c.coSubjects = linked;
            }
            c.id = cases.insert(c);
            ++caseCount;

            const int roll = names.bounded(0, 100);
            const auto state = roll < 8 ? CaseState::Draft
                : roll < 14             ? CaseState::Approved
                : roll < 18             ? CaseState::Rejected
                : roll < 21             ? CaseState::Withdrawn
                                        : CaseState::Pushed;
            if (state == CaseState::Draft)
                return;
            if (state == CaseState::Withdrawn) {
                cases.setWithdrawn(c.id, c.draftedBy, 1);
                return;
            }
            cases.setDecision(c.id, state == CaseState::Rejected ? CaseState::Rejected : CaseState::Approved,
                QStringLiteral("reviewer"),
                state == CaseState::Rejected ? QStringLiteral("依据材料不全，请补充后重新发起") : QString(),
                1, QDateTime(std::min(today, calendar.addWorkingDays(drafted, 1)), QTime(15, 0), Qt::UTC));
            if (state != CaseState::Pushed)
                return;
            const QDate pushed = std::min(today, calendar.addWorkingDays(drafted, names.bounded(1, 4)));
            cases.setPushed(c.id, QStringLiteral("officer"), pushed, 2);
            if (kind == CaseKind::Sanction)
                pushedCases.append({c.id, b.subject, b.record, pushed});
            const QDate due = calendar.addWorkingDays(pushed, feedbackDays);
            QList<qint64> targets {b.subject};
            for (const CaseSubject& s : c.coSubjects)
                targets << s.subjectId;
            for (const CaseMeasure& m : c.measures) {
                if (!m.selected)
                    continue;
                for (const auto& dept : cases.implementingDepartments(m.measureId)) {
                    for (qint64 target : targets) {
                        MeasureTask t;
                        t.caseId = c.id;
                        t.measureId = m.measureId;
                        t.subjectId = target;
                        t.departmentId = dept.id;
                        t.pushedOn = pushed;
                        t.dueOn = due;
                        const qint64 taskId = cases.insertTask(t);
                        ++taskCount;
                        const int answer = names.bounded(0, 100);
                        const QDate answeredOn = answer < 62
                            ? names.dateBetween(pushed, due)
                            : names.dateBetween(due.addDays(1), due.addDays(30));
                        if (answer >= 82 || answeredOn > today) {
                            if (names.chance(0.5) && pushed < today)
                                cases.setAcknowledged(taskId, names.dateBetween(pushed, std::min(due, today)),
                                    QStringLiteral("officer"), 1);
                            continue; // not fed back (overdue once the due date has passed)
                        }
                        MeasureTask a = t;
                        const int how = names.bounded(0, 100);
                        a.response = how < 80
                            ? TaskResponse::Applied
                            : (how < 93 ? TaskResponse::NotApplicable : TaskResponse::Refused);
                        a.respondedOn = answeredOn;
                        if (a.response == TaskResponse::Applied) {
                            a.appliedOn = answeredOn;
                            a.reference = QStringLiteral("%1〔%2〕%3号")
                                              .arg(dept.name.left(4))
                                              .arg(answeredOn.year())
                                              .arg(names.bounded(1, 400));
                        } else {
                            a.reason = a.response == TaskResponse::NotApplicable
                                ? QStringLiteral("该主体近期未在本单位办理相关事项")
                                : QStringLiteral("缺少法律依据，暂不执行");
                        }
                        cases.setResponse(taskId, a, QStringLiteral("officer"), 1);
                    }
                }
            }
        };
        for (int i = 0; i < 240 && !sanctionBases.isEmpty(); ++i)
            makeCase(sanctionBases.takeAt(names.bounded(0, int(sanctionBases.size()))), CaseKind::Sanction);
        for (int i = 0; i < 60 && !incentiveBases.isEmpty(); ++i)
            makeCase(
                incentiveBases.takeAt(names.bounded(0, int(incentiveBases.size()))), CaseKind::Incentive);

        // Organisations registered more than three years ago with no record at all: the green channel.
        QList<qint64> clean;
        for (const Org& o : organisations) {
            if (std::none_of(recorded.begin(), recorded.end(), [&](const Org& r) { return r.id == o.id; })) {
                const auto s = subjects.byId(o.id);
                if (s && s->registeredOn.isValid() && s->registeredOn < today.addYears(-4))
                    clean << o.id;
            }
        }
        stories = DemoStories(admin, names, calendar).tell(pushedCases, clean, positiveRecords);

        admin.audit(QStringLiteral("demo.fill"), QStringLiteral("database"), QString(),
            QJsonObject {{QStringLiteral("seed"), qint64(seed)}, {QStringLiteral("subjects"), subjectCount},
                {QStringLiteral("records"), recordCount}, {QStringLiteral("cases"), caseCount},
                {QStringLiteral("tasks"), taskCount}});
    });

    result.counts << tr("%n users", nullptr, int(accounts.size())) << tr("%n subjects", nullptr, subjectCount)
                  << tr("%n credit records", nullptr, recordCount) << tr("%n cases", nullptr, caseCount)
                  << tr("%n measure tasks", nullptr, taskCount) << stories;
    return result;
}

} // namespace cd
