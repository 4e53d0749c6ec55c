#include "CoreError.h"
#include "services/AccessPolicy.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/CalendarService.h"
#include "services/CaseService.h"
#include "services/CatalogueService.h"
#include "services/CheckService.h"
#include "services/CommitmentService.h"
#include "services/CreditReportService.h"
#include "services/DepartmentService.h"
#include "services/ImportService.h"
#include "services/KeyService.h"
#include "services/ListService.h"
#include "services/NoticeService.h"
#include "services/ObjectionService.h"
#include "services/OfficeRules.h"
#include "services/PackageService.h"
#include "services/PublicExportService.h"
#include "services/RecordService.h"
#include "services/RepairService.h"
#include "services/Settings.h"
#include "services/SubjectService.h"
#include "services/SupervisionService.h"
#include "services/TipService.h"
#include "services/UserService.h"
#include "services/VerifyService.h"
#include "storage/KeySidecar.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>
#include <memory>

using namespace cd;
using cd::test::Office;

namespace {

// The columns of the matrix: the four roles and a user disabled after signing in.
struct Actor
{
    const char* name;
    char letter; // how the table below names the role
};
const Actor Actors[]
    = {{"gone", '-'}, {"officer", 'O'}, {"reviewer", 'R'}, {"supervisor", 'S'}, {"admin", 'A'}};

const QDate Decided(2026, 1, 5);
const QDate Pushed(2026, 2, 2);

// What the matrix needs in the office before any row runs.
struct Fixture
{
    Office office;
    QTemporaryDir dir;
    QString folder = dir.path(); // for the files rows write
    qint64 company = 0;
    qint64 clean = 0; // no negative record: green channel (§2), so commitments may rest on it
    qint64 person = 0;
    qint64 record = 0; // a serious record of the company, the basis of cases
    qint64 caseId = 0; // approved and pushed: tasks to answer
    qint64 tip = 0;
    qint64 department = 0;
    QString backup; // made by the administrator, to restore
    std::unique_ptr<Session> gone; // signed in, then disabled by the administrator
    int serial = 0; // for names that must be new each time

    QString unique(const QString& stem) { return stem + QString::number(++serial); }
    QString file(const QString& name) { return QDir(folder).filePath(unique(QStringLiteral("f")) + name); }
    std::unique_ptr<Session> as(const char* user) { return office.as(QString::fromLatin1(user)); }

    qint64 newRecord(Severity severity = Severity::General, const QDate& on = Decided)
    {
        return office.addRecord(
            company, unique(QStringLiteral("启市监罚〔2026〕")) + QStringLiteral("号"), severity, on);
    }
    CaseDraft draftFor(Session& s)
    {
        OfficeRules rules(s);
        CaseDraft d;
        d.subjectId = company;
        d.basisRecordId = record;
        d.memorandumId = *rules.memorandumId(QStringLiteral("SERIOUS"));
        d.initiatingDepartmentId = department;
        d.termStart = Pushed;
        d.termEnd = Pushed.addYears(2);
        return d;
    }
    qint64 draftedCase(const char* by = "officer")
    {
        auto s = as(by);
        return CaseService(*s).draft(draftFor(*s)).id;
    }
    qint64 approvedCase()
    {
        const qint64 id = draftedCase();
        CaseService(*as("reviewer")).approve(id);
        return id;
    }
    qint64 pushedCase()
    {
        const qint64 id = approvedCase();
        CaseService(*as("officer")).push(id, Pushed);
        return id;
    }
    qint64 openTask()
    {
        for (const MeasureTask& t : CaseService(*as("officer")).get(caseId).tasks) {
            if (!t.acknowledgedOn.isValid() && t.response == TaskResponse::None)
                return t.id;
        }
        caseId = pushedCase();
        return openTask();
    }
    qint64 acceptedObjection()
    {
        const qint64 id
            = ObjectionService(*as("officer"))
                  .file(ObjectionTarget::Record, newRecord(), QStringLiteral("处罚已撤销"), Pushed)
                  .id;
        ObjectionService(*as("officer2")).accept(id, Pushed);
        return id;
    }
    qint64 proposedEntry()
    {
        ListProposal p;
        p.subjectId = company;
        p.kind = ListKind::Black;
        p.domain = QStringLiteral("产品质量");
        p.basis = QStringLiteral("严重违法失信");
        p.departmentId = department;
        p.entryDate = Pushed;
        p.plannedExit = Pushed.addYears(3);
        return ListService(*as("officer")).propose(p).id;
    }
    qint64 repairWithMaterials()
    {
        auto officer = as("officer");
        RepairService repairs(*officer);
        RepairApplication a = repairs.apply(RepairTarget::Record, newRecord(), QDate(2026, 6, 1));
        for (RepairMaterial m : a.required)
            repairs.receive(a.id, m, QDate(2026, 6, 1));
        return a.id;
    }
};

// Every file the database consists of, hashed: a denied call must leave them byte-identical.
QByteArray fingerprint(const QString& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& path : {db, db + QStringLiteral("-wal"), KeySidecar::pathFor(db)})
        hash.addData(cd::test::readAll(path));
    return hash.result();
}

// One row: an operation, the roles that may do it (letters of Actors), what to set up first (as
// other users, returning an id) and the call itself as the actor.
struct Row
{
    Operation op;
    const char* what;
    const char* allowed;
    std::function<qint64(Fixture&)> prepare;
    std::function<void(Fixture&, Session&, const QString& user, qint64 id)> call;
};

qint64 nothing(Fixture&)
{
    return 0;
}

QList<Row> table()
{
    const QByteArray pw = Office::Password;
    return {
        {Operation::ManageUsers, "add a user", "A", nothing,
            [pw](Fixture& f, Session& s, const QString&, qint64) {
                UserService(s).add(f.unique(QStringLiteral("clerk")), Role::Officer, pw);
            }},
        {Operation::ManageUsers, "disable a user", "A",
            [pw](Fixture& f) {
                UserService(*f.as("admin")).add(f.unique(QStringLiteral("leaver")), Role::Officer, pw);
                return qint64(f.serial);
            },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                UserService(s).disable(QStringLiteral("leaver") + QString::number(id));
            }},
        {Operation::ChangeOwnPassword, "change one's password", "ORSA", nothing,
            [pw](Fixture&, Session& s, const QString&, qint64) {
                UserService(s).changeOwnPassword(pw, "a-new-pass-123");
                UserService(s).changeOwnPassword("a-new-pass-123", pw);
            }},
        {Operation::Rekey, "change the database key", "A", nothing,
            [](Fixture&, Session& s, const QString&, qint64) { KeyService(s).rekey(); }},
        {Operation::Backup, "make a backup", "A", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                BackupService::backup(s, f.file(QStringLiteral("backup.db")));
            }},
        {Operation::Restore, "restore a backup", "A", nothing,
            [pw](Fixture& f, Session&, const QString& user, qint64) {
                BackupService::restore(f.backup, f.file(QStringLiteral("restored.db")), user, pw, false);
            }},
        {Operation::ReadAudit, "read the audit trail", "SA", nothing,
            [](Fixture&, Session& s, const QString&, qint64) { AuditService(s).entries(); }},
        {Operation::ReadAudit, "read the latest audit entries", "SA", nothing,
            [](Fixture&, Session& s, const QString&, qint64) { AuditService(s).latest(10); }},
        {Operation::Verify, "verify the database", "ORSA", nothing,
            [pw](Fixture& f, Session&, const QString& user, qint64) {
                QVERIFY(VerifyService::run(f.office.path(), user, pw).ok());
            }},
        {Operation::ManageCatalogue, "add a memorandum", "A", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                Memorandum m;
                m.code = QStringLiteral("MATRIX") + QString(QChar(u'A' + (++f.serial % 26)));
                m.title = f.unique(QStringLiteral("测试合作备忘录"));
                m.kind = MeasureKind::Sanction;
                m.basis = QStringLiteral("合作备忘录");
                CatalogueService(s).addMemorandum(m);
            }},
        {Operation::ManageCalendar, "import the working-day calendar", "A", nothing,
            [](Fixture&, Session& s, const QString&, qint64) {
                CalendarService(s).importFile(
                    "year 2030\nholiday 2030-01-01 元旦\n", QStringLiteral("2030.txt"));
            }},
        {Operation::ManageDepartments, "add a department", "A", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                Department d;
                d.code = QStringLiteral("MATRIX") + QString(QChar(u'A' + (++f.serial % 26)));
                d.name = f.unique(QStringLiteral("市测试局"));
                DepartmentService(s).add(d);
            }},
        {Operation::ManageSettings, "change a setting", "A", nothing,
            [](Fixture&, Session& s, const QString&, qint64) {
                Settings(s).setNumber(Setting::FeedbackWorkingDays, 12);
            }},
        {Operation::ReadSubjects, "find subjects", "ORSA", nothing,
            [](Fixture&, Session& s, const QString&, qint64) {
                SubjectService(s).find(QStringLiteral("华信"));
            }},
        {Operation::AddSubject, "register a subject", "OA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                const QString org = QStringLiteral("MA1X2Y%1").arg(++f.serial, 3, 10, QLatin1Char('0'));
                SubjectService(s).add(
                    SubjectKind::LegalPerson, Office::uscc(org), f.unique(QStringLiteral("启东市测试公司")));
            }},
        {Operation::AddSubject, "import subjects", "OA",
            [](Fixture& f) {
                const qint64 n = ++f.serial;
                QFile csv(QDir(f.folder).filePath(QStringLiteral("subjects%1.csv").arg(n)));
                if (csv.open(QIODevice::WriteOnly))
                    csv.write(("统一社会信用代码,名称\n"
                        + Office::uscc(QStringLiteral("MA2X2Y%1").arg(n, 3, 10, QLatin1Char('0')))
                        + ",启东市导入公司" + QString::number(n) + "\n")
                                  .toUtf8());
                return n;
            },
            [](Fixture& f, Session& s, const QString&, qint64 n) {
                ImportService(s).importSubjects(
                    QDir(f.folder).filePath(QStringLiteral("subjects%1.csv").arg(n)), {});
            }},
        {Operation::EditSubject, "rename a subject", "OA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                SubjectService(s).rename(f.company, f.unique(QStringLiteral("启东市华信化工有限公司")));
            }},
        {Operation::RevealCitizenId, "see a full citizen ID", "OR", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                QCOMPARE(SubjectService(s).revealCitizenId(f.person).size(), 18);
            }},
        {Operation::AddRecord, "add a credit record", "O", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                CreditRecord r;
                r.subjectId = f.company;
                r.category = QStringLiteral("行政处罚");
                r.severity = Severity::General;
                r.decisionNo = f.unique(QStringLiteral("启税罚〔2026〕"));
                r.decisionDate = Decided;
                r.departmentId = f.department;
                RecordService(s).add(r);
            }},
        {Operation::AddRecord, "mark a record published", "O", [](Fixture& f) { return f.newRecord(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                RecordService(s).markPublished(id, Decided.addDays(3));
            }},
        {Operation::ReadRecords, "read a subject's records", "ORSA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) { RecordService(s).forSubject(f.company); }},
        {Operation::ReadRecords, "export what the credit website publishes", "ORSA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                PublicExportService(s).exportPublic(f.file(QStringLiteral("public.json")));
            }},
        {Operation::DraftCase, "draft a case", "OR", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) { CaseService(s).draft(f.draftFor(s)); }},
        {Operation::DecideCase, "approve a case", "R", [](Fixture& f) { return f.draftedCase(); },
            [](Fixture&, Session& s, const QString&, qint64 id) { CaseService(s).approve(id); }},
        {Operation::DecideCase, "reject a case", "R", [](Fixture& f) { return f.draftedCase(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                CaseService(s).reject(id, QStringLiteral("依据不足"));
            }},
        {Operation::PushCase, "push a case", "OR", [](Fixture& f) { return f.approvedCase(); },
            [](Fixture&, Session& s, const QString&, qint64 id) { CaseService(s).push(id, Pushed); }},
        {Operation::PushCase, "make a department's measure package", "OR",
            [](Fixture& f) {
                return CaseService(*f.as("officer")).get(f.pushedCase()).tasks.constFirst().departmentId;
            },
            [](Fixture& f, Session& s, const QString&, qint64 department) {
                PackageService(s).makePackage(department, f.file(QStringLiteral("package.xlsx")));
            }},
        {Operation::RecordFeedback, "acknowledge a task", "O", [](Fixture& f) { return f.openTask(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                CaseService(s).acknowledge(id, Pushed.addDays(1));
            }},
        {Operation::RecordFeedback, "answer a task", "O", [](Fixture& f) { return f.openTask(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                CaseService(s).respond(id, TaskResponse::NotApplicable, Pushed.addDays(2), QString(),
                    QStringLiteral("不在本部门职责范围"), QDate());
            }},
        {Operation::ReadCases, "read a case", "ORSA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) { CaseService(s).get(f.caseId); }},
        {Operation::CreditCheck, "run a credit check", "ORSA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) { CheckService(s).check(f.company, Pushed); }},
        {Operation::CreditCheck, "export a credit report", "ORSA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                CreditReportService(s).exportReport(Office::uscc(QStringLiteral("MA1X2Y3W5")), Pushed,
                    f.file(QStringLiteral("report.pdf")), false);
            }},
        {Operation::FileObjection, "file an objection", "O", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                ObjectionService(s).file(
                    ObjectionTarget::Record, f.record, QStringLiteral("文书号有误"), Pushed);
            }},
        {Operation::FileObjection, "accept an objection", "O",
            [](Fixture& f) {
                return ObjectionService(*f.as("officer2"))
                    .file(ObjectionTarget::Record, f.newRecord(), QStringLiteral("处罚已撤销"), Pushed)
                    .id;
            },
            [](Fixture&, Session& s, const QString&, qint64 id) { ObjectionService(s).accept(id, Pushed); }},
        {Operation::DecideObjection, "decide an objection", "R",
            [](Fixture& f) { return f.acceptedObjection(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                ObjectionService(s).decide(id, ObjectionOutcome::InformationRight, false,
                    QStringLiteral("核实无误"), Pushed.addDays(5));
            }},
        {Operation::ReadObjections, "read the objections", "ORSA", nothing,
            [](Fixture&, Session& s, const QString&, qint64) { ObjectionService(s).office(false); }},
        {Operation::ProposeListEntry, "propose a list entry", "O", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                ListProposal p;
                p.subjectId = f.company;
                p.kind = ListKind::Red;
                p.domain = QStringLiteral("纳税信用");
                p.basis = QStringLiteral("A级纳税人");
                p.departmentId = f.department;
                p.entryDate = Pushed;
                p.plannedExit = Pushed.addYears(1);
                ListService(s).propose(p);
            }},
        {Operation::DecideListEntry, "approve a list entry", "R",
            [](Fixture& f) { return f.proposedEntry(); },
            [](Fixture&, Session& s, const QString&, qint64 id) { ListService(s).approve(id); }},
        {Operation::DecideListEntry, "revoke a list entry", "R",
            [](Fixture& f) {
                const qint64 id = f.proposedEntry();
                ListService(*f.as("reviewer2")).approve(id);
                return id;
            },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                ListService(s).revoke(id, QStringLiteral("认定错误"), Pushed.addDays(10));
            }},
        {Operation::ReadLists, "read a subject's list entries", "ORSA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) { ListService(s).forSubject(f.company); }},
        {Operation::FileRepair, "take in a repair application", "O", [](Fixture& f) { return f.newRecord(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                RepairService(s).apply(RepairTarget::Record, id, QDate(2026, 6, 1));
            }},
        {Operation::FileRepair, "receive a repair material", "O",
            [](Fixture& f) {
                return RepairService(*f.as("officer2"))
                    .apply(RepairTarget::Record, f.newRecord(), QDate(2026, 6, 1))
                    .id;
            },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                RepairService(s).receive(id, RepairMaterial::Application, QDate(2026, 6, 2));
            }},
        {Operation::DecideRepair, "approve a repair", "R", [](Fixture& f) { return f.repairWithMaterials(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                RepairService(s).approve(id, QStringLiteral("已履行全部义务"), QDate(2026, 6, 3));
            }},
        {Operation::DecideRepair, "reject a repair", "R", [](Fixture& f) { return f.repairWithMaterials(); },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                RepairService(s).reject(id, QStringLiteral("未履行行政处罚"), QDate(2026, 6, 3));
            }},
        {Operation::RecordCommitment, "record a commitment", "O", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                CommitmentService(s).add(f.clean, f.department, QStringLiteral("食品经营许可"),
                    QStringLiteral("场所证明"), QDate(2026, 11, 2), QDate(2026, 12, 31));
            }},
        {Operation::AddTip, "take in a confidential report", "O", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                TipService(s).add(f.company, QString(), QStringLiteral("夜间偷排"), TipChannel::Letter,
                    Pushed, TipReporter {QStringLiteral("王五"), QStringLiteral("13700000000")});
            }},
        {Operation::AddTip, "close a confidential report", "O",
            [](Fixture& f) {
                return TipService(*f.as("officer"))
                    .add(f.company, QString(), QStringLiteral("无证经营"), TipChannel::Phone, Pushed,
                        TipReporter {QStringLiteral("李四"), QStringLiteral("13800000000")})
                    .id;
            },
            [](Fixture&, Session& s, const QString&, qint64 id) {
                TipService(s).close(id, QStringLiteral("查无实据"), Pushed.addDays(3));
            }},
        {Operation::ReadTips, "read the confidential reports", "ORS", nothing,
            [](Fixture&, Session& s, const QString&, qint64) { TipService(s).recent(false, 10); }},
        {Operation::ReadTipReporter, "see who reported", "R", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) { TipService(s).reporter(f.tip); }},
        {Operation::ReadSupervision, "read the departments' figures", "ORSA", nothing,
            [](Fixture&, Session& s, const QString&, qint64) {
                SupervisionService(s).report(ReportPeriod::parse(QStringLiteral("2026q1")));
            }},
        {Operation::IssueNotice, "issue the notification", "SA", nothing,
            [](Fixture& f, Session& s, const QString&, qint64) {
                NoticeService(s).exportNotice(ReportPeriod::parse(QStringLiteral("2025q1")),
                    f.file(QStringLiteral("notice.pdf")), std::nullopt, false);
            }},
    };
}

QList<Operation> everyOperation()
{
    // describe() names every operation of the enum and nothing past it (the compiler warns about a
    // switch that misses one), so a new operation joins this list without anyone remembering it.
    QList<Operation> all;
    for (int i = 0; !AccessPolicy::describe(Operation(i)).isEmpty(); ++i)
        all << Operation(i);
    return all;
}

} // namespace

// Who may do what, through the real service calls: every operation of AccessPolicy × every role and
// a disabled user. A refusal is CoreError(NotPermitted) and leaves every file of the database as it
// was; an allowed call succeeds.
class TestRoleMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theTableNamesEveryOperation();
    void theTableIsThePolicy();
    void everyRoleDoesWhatTheTableSays_data();
    void everyRoleDoesWhatTheTableSays();
    void aDisabledUserCannotSignIn();
    void nobodyDecidesTheirOwnWork();

private:
    std::unique_ptr<Fixture> m_f;
};

void TestRoleMatrix::initTestCase()
{
    m_f = std::make_unique<Fixture>();
    Fixture& f = *m_f;
    f.company = f.office.addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信化工有限公司"));
    f.clean = f.office.addCompany(QStringLiteral("MA1X2Y3W5"), QStringLiteral("启东市守信商贸有限公司"));
    f.person = f.office.addPerson(QStringLiteral("19800101"), QStringLiteral("123"), QStringLiteral("张三"));
    f.department = f.office.department(QStringLiteral("市市场监管局"));
    f.record
        = f.office.addRecord(f.company, QStringLiteral("启市监罚〔2026〕1号"), Severity::Serious, Decided);
    f.caseId = f.pushedCase();
    f.tip = TipService(*f.as("officer"))
                .add(f.company, QString(), QStringLiteral("夜间偷排污水"), TipChannel::Phone, Pushed,
                    TipReporter {QStringLiteral("甄隐名"), QStringLiteral("13912345678")})
                .id;
    auto admin = f.as("admin");
    UserService(*admin).add(QStringLiteral("gone"), Role::Officer, Office::Password);
    f.backup = QDir(f.folder).filePath(QStringLiteral("office-backup.db"));
    BackupService::backup(*admin, f.backup);
    f.gone = f.as("gone");
    UserService(*admin).disable(QStringLiteral("gone"));
}

void TestRoleMatrix::theTableNamesEveryOperation()
{
    QSet<int> listed;
    for (const Row& row : table())
        listed.insert(int(row.op));
    const QList<Operation> all = everyOperation();
    QVERIFY(all.size() >= 37);
    for (Operation op : all)
        QVERIFY2(listed.contains(int(op)),
            qPrintable(QStringLiteral("no row calls \"%1\"").arg(AccessPolicy::describe(op))));
}

void TestRoleMatrix::theTableIsThePolicy()
{
    for (const Row& row : table()) {
        for (const Actor& a : Actors) {
            if (a.letter == '-')
                continue;
            const Role role = *Roles::fromKey(QString::fromLatin1(a.name));
            QVERIFY2(AccessPolicy::allows(role, row.op) == (std::strchr(row.allowed, a.letter) != nullptr),
                qPrintable(QStringLiteral("%1 × %2").arg(QLatin1String(row.what), QLatin1String(a.name))));
        }
    }
}

void TestRoleMatrix::everyRoleDoesWhatTheTableSays_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("actor");
    // The disabled user's column first: its session was opened before the key changes in the
    // administrator's column.
    const QList<Row> rows = table();
    for (int a = 0; a < int(std::size(Actors)); ++a) {
        for (int r = 0; r < rows.size(); ++r)
            QTest::addRow("%s: %s", Actors[a].name, rows.at(r).what) << r << a;
    }
}

void TestRoleMatrix::everyRoleDoesWhatTheTableSays()
{
    QFETCH(int, row);
    QFETCH(int, actor);
    Fixture& f = *m_f;
    const Row r = table().at(row);
    const Actor& a = Actors[actor];
    const QString user = QString::fromLatin1(a.name);
    const bool disabled = a.letter == '-';
    const bool allowed = !disabled && std::strchr(r.allowed, a.letter) != nullptr;

    // The actor is signed in before the setup so the database's files stay open and unchanged
    // between the fingerprints.
    std::unique_ptr<Session> own = disabled ? nullptr : f.as(a.name);
    Session& s = disabled ? *f.gone : *own;
    qint64 id = 0;
    try {
        id = r.prepare(f);
    } catch (const CoreError& e) {
        QFAIL(qPrintable(QStringLiteral("the setup failed: %1").arg(e.message())));
    }
    const QStringList filesBefore = QDir(f.folder).entryList(QDir::Files | QDir::Hidden);
    const QByteArray before = fingerprint(f.office.path());
    try {
        r.call(f, s, user, id);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(allowed, "the call was let through");
    } catch (const CoreError& e) {
        if (allowed)
            QFAIL(qPrintable(QStringLiteral("refused: %1").arg(e.message())));
        // A disabled user whose call signs in by itself (verify, restore) is turned away there.
        const bool signsIn = r.op == Operation::Verify || r.op == Operation::Restore;
        QVERIFY2(
            e.kind() == ErrorKind::NotPermitted || (disabled && signsIn && e.kind() == ErrorKind::SignIn),
            qPrintable(e.message()));
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(fingerprint(f.office.path()), before);
        QCOMPARE(QDir(f.folder).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }
}

void TestRoleMatrix::aDisabledUserCannotSignIn()
{
    try {
        m_f->as("gone");
        QFAIL("a disabled user signed in");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::SignIn);
    }
}

void TestRoleMatrix::nobodyDecidesTheirOwnWork()
{
    Fixture& f = *m_f;
    const auto refused = [](const std::function<void()>& call) {
        try {
            call();
        } catch (const CoreError& e) {
            return e.kind() == ErrorKind::NotPermitted;
        }
        return false;
    };
    auto reviewer = f.as("reviewer");
    auto reviewer2 = f.as("reviewer2");
    auto officer = f.as("officer");

    // A reviewer may draft a case, but neither approve nor reject it; another reviewer decides.
    const qint64 own = CaseService(*reviewer).draft(f.draftFor(*reviewer)).id;
    QVERIFY(refused([&] { CaseService(*reviewer).approve(own); }));
    QVERIFY(refused([&] { CaseService(*reviewer).reject(own, QStringLiteral("重新起草")); }));
    QVERIFY(refused([&] { CaseService(*reviewer2).withdraw(own); })); // only the drafter withdraws
    QCOMPARE(CaseService(*reviewer2).approve(own).state, CaseState::Approved);

    // Objections: whoever filed or accepted one never decides it.
    const qint64 objection = f.acceptedObjection();
    auto officer2 = f.as("officer2");
    for (Session* s : {officer.get(), officer2.get()}) {
        QVERIFY(refused([&] {
            ObjectionService(*s).decide(
                objection, ObjectionOutcome::InformationRight, false, QStringLiteral("无误"), Pushed);
        }));
    }
    QCOMPARE(
        ObjectionService(*reviewer)
            .decide(objection, ObjectionOutcome::InformationRight, false, QStringLiteral("核实无误"), Pushed)
            .state,
        ObjectionState::Decided);

    // Repairs: who took the application in does not decide it.
    const qint64 repair = f.repairWithMaterials();
    QVERIFY(
        refused([&] { RepairService(*officer).approve(repair, QStringLiteral("可以"), QDate(2026, 6, 3)); }));
    QCOMPARE(RepairService(*reviewer).approve(repair, QStringLiteral("已履行"), QDate(2026, 6, 3)).state,
        RepairState::Approved);

    // List entries: the proposer never approves.
    const qint64 entry = f.proposedEntry();
    QVERIFY(refused([&] { ListService(*officer).approve(entry); }));
    QCOMPARE(ListService(*reviewer).approve(entry).approvedBy, QStringLiteral("reviewer"));
}

QTEST_MAIN(TestRoleMatrix) // the credit report and the notification lay out text: a QGuiApplication
#include "TestRoleMatrix.moc"
