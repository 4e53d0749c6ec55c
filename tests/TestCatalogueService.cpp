// The seeded catalogue against the plan, the department register, catalogue editing by an
// administrator, and the typed settings.
#include "CoreError.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Office.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

const QByteArray AdminPassword = "admin-password-1";
const QByteArray OfficerPassword = "officer-password-1";

// Every unit the plan names: the responsibility lists of items 1-21, the issuing office, the
// leading group whose member units answer for items 11, 17, 18 and 20, and the closing part.
const QStringList UnitsNamedInThePlan = {
    QStringLiteral("市信用办"),
    QStringLiteral("市社会信用体系建设领导小组"),
    QStringLiteral("市发展改革委"),
    QStringLiteral("市人行"),
    QStringLiteral("市委宣传部"),
    QStringLiteral("市文明办"),
    QStringLiteral("市民政局"),
    QStringLiteral("市市场监管局"),
    QStringLiteral("市教育体育局"),
    QStringLiteral("市行政审批局"),
    QStringLiteral("市财政局"),
    QStringLiteral("市人社局"),
    QStringLiteral("市自然资源局"),
    QStringLiteral("市住建局"),
    QStringLiteral("市交通局"),
    QStringLiteral("市水务局"),
    QStringLiteral("市商务局"),
    QStringLiteral("市公共资源交易中心"),
    QStringLiteral("市应急局"),
    QStringLiteral("市文广和旅游局"),
    QStringLiteral("市地方金融监管局"),
    QStringLiteral("市法院"),
    QStringLiteral("市检察院"),
    QStringLiteral("市公安局"),
    QStringLiteral("市司法局"),
    QStringLiteral("市人武部"),
    QStringLiteral("市城管局"),
    QStringLiteral("市生态环境局"),
    QStringLiteral("税务局"),
    QStringLiteral("市工商联"),
    QStringLiteral("市农业农村局"),
    QStringLiteral("团市委"),
    QStringLiteral("市政府"),
    QStringLiteral("市委"),
};

void expectError(ErrorKind kind, const std::function<void()>& f, const QString& fragment = {})
{
    try {
        f();
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), kind);
        if (!fragment.isEmpty())
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        return;
    }
    QFAIL("no CoreError was thrown");
}

QJsonObject lastSummary(Session& s, const QString& action)
{
    const AuditEntry e = AuditLog(s.db()).latest(1).constFirst();
    if (e.action != action)
        qWarning("last audit action is %s", qPrintable(e.action));
    return e.action == action ? QJsonDocument::fromJson(e.summary.toUtf8()).object() : QJsonObject();
}

} // namespace

class TestCatalogueService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // The seed
    void everyUnitNamedInThePlanIsADepartment();
    void namesFindOneDepartmentEach();
    void everyMemorandumHasMeasuresOfItsKind();
    void everyMeasureHasActiveImplementingDepartments();
    void seededCatalogueCoversThePlan();
    void proposedMeasuresPreselectExactlyTheMandatoryOnes();

    // Departments
    void departmentLookups();
    void addAndDeactivateDepartments();
    void departmentImplementingMeasuresStaysActive();

    // Catalogue editing
    void addEditAndDeactivateMeasures();
    void measuresNeedActiveDepartments();
    void setImplementingDepartmentsIsAudited();
    void measureAndDepartmentsChangeTogetherOrNotAtAll();
    void addAndEditMemoranda();
    void readersCannotChangeTheCatalogue();

    // Settings
    void settingsAreTyped();
    void settingsChangesAreCheckedAndAudited();
    void severalSettingsChangeInOneGo();

private:
    std::unique_ptr<Session> officer();
    std::unique_ptr<test::Office> m_office;
    std::unique_ptr<Session> m_admin;
};

void TestCatalogueService::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestCatalogueService::init()
{
    m_office = std::make_unique<test::Office>(test::Office::Empty, AdminPassword);
    m_admin = m_office->signIn(QStringLiteral("admin"), AdminPassword);
}

void TestCatalogueService::cleanup()
{
    m_admin.reset();
}

std::unique_ptr<Session> TestCatalogueService::officer()
{
    UserService(*m_admin).add(QStringLiteral("officer1"), Role::Officer, OfficerPassword);
    return m_office->signIn(QStringLiteral("officer1"), OfficerPassword);
}

void TestCatalogueService::everyUnitNamedInThePlanIsADepartment()
{
    DepartmentService departments(*m_admin);
    for (const QString& name : UnitsNamedInThePlan) {
        const auto d = departments.byName(name);
        QVERIFY2(d, qPrintable(name));
        QCOMPARE(d->name, name);
        QVERIFY(d->active);
        QVERIFY(DepartmentService::kinds().contains(d->kind));
    }
    QCOMPARE(departments.list().size(), UnitsNamedInThePlan.size());
}

void TestCatalogueService::namesFindOneDepartmentEach()
{
    // Any full or short name leads to exactly one department.
    QHash<QString, QString> owner;
    for (const Department& d : DepartmentService(*m_admin).listAll()) {
        for (const QString& n : {d.name, d.shortName}) {
            if (n.isEmpty())
                continue;
            QVERIFY2(!owner.contains(n) || owner.value(n) == d.code, qPrintable(n));
            owner.insert(n, d.code);
        }
    }
}

void TestCatalogueService::everyMemorandumHasMeasuresOfItsKind()
{
    const QList<Memorandum> memoranda = CatalogueService(*m_admin).memoranda();
    QCOMPARE(memoranda.size(), 7);
    for (const Memorandum& m : memoranda) {
        QVERIFY2(!m.measures.isEmpty(), qPrintable(m.code));
        QVERIFY(!m.basis.isEmpty());
        for (const Measure& measure : m.measures) {
            QCOMPARE(measure.memorandumId, m.id);
            QVERIFY2(measure.kind == m.kind, qPrintable(measure.code));
        }
    }
}

void TestCatalogueService::everyMeasureHasActiveImplementingDepartments()
{
    DepartmentService departments(*m_admin);
    int measures = 0;
    for (const Memorandum& m : CatalogueService(*m_admin).memoranda(true)) {
        for (const Measure& measure : m.measures) {
            ++measures;
            QVERIFY2(!measure.departmentIds.isEmpty(), qPrintable(measure.code));
            for (qint64 id : measure.departmentIds) {
                const auto d = departments.byId(id);
                QVERIFY(d && d->active);
            }
            QVERIFY2(!measure.legalBasis.isEmpty() && measure.planItem.startsWith(QStringLiteral("§")),
                qPrintable(measure.code));
            QVERIFY(measure.defaultMonths > 0);
        }
    }
    QCOMPARE(
        measures, int(m_admin->db().scalar(QStringLiteral("SELECT count(*) FROM measures")).toLongLong()));
}

void TestCatalogueService::seededCatalogueCoversThePlan()
{
    CatalogueService catalogue(*m_admin);
    DepartmentService departments(*m_admin);
    auto implementedBy = [&](const QString& measureCode, const QString& departmentCode) {
        const auto m = catalogue.measureByCode(measureCode);
        const auto d = departments.byCode(departmentCode);
        return m && d && m->departmentIds.contains(d->id);
    };
    auto mandatory = [&](const QString& code) { return catalogue.measureByCode(code).value().mandatory; };
    // DOMAIN.md's examples and the plan's items 2, 3, 7, 8 and 9.
    QVERIFY(implementedBy(QStringLiteral("I-GREEN"), QStringLiteral("XZSPJ"))); // §2 green channel
    QVERIFY(implementedBy(QStringLiteral("I-LENIENT"), QStringLiteral("XZSPJ"))); // §2 容缺受理
    QVERIFY(implementedBy(QStringLiteral("I-BONUS"), QStringLiteral("GGZY"))); // §3 credit score bonus
    QVERIFY(implementedBy(QStringLiteral("S-LICENCE"), QStringLiteral("XZSPJ"))); // §7 stricter licensing
    QVERIFY(implementedBy(QStringLiteral("S-TRADING"), QStringLiteral("GGZY"))); // §7 public resource trading
    QVERIFY(implementedBy(QStringLiteral("S-TRAVEL"), QStringLiteral("FY"))); // §8 flights, high-speed rail
    QVERIFY(implementedBy(QStringLiteral("S-CONSUME"), QStringLiteral("FY"))); // §8 high consumption
    QVERIFY(implementedBy(QStringLiteral("S-LOANS"), QStringLiteral("RH"))); // §8 higher loan rates
    QVERIFY(implementedBy(QStringLiteral("S-REPRIMAND"), QStringLiteral("GSL"))); // §9 associations
    QVERIFY(implementedBy(QStringLiteral("S-EXPEL"), QStringLiteral("MZJ")));
    QVERIFY(mandatory(QStringLiteral("S-TRAVEL")));
    QVERIFY(mandatory(QStringLiteral("S-CONSUME")));
    QVERIFY(mandatory(QStringLiteral("S-TRADING")));
    QVERIFY(!mandatory(QStringLiteral("I-GREEN")));
    QCOMPARE(catalogue.measureByCode(QStringLiteral("s-travel"))->kind, MeasureKind::Sanction);
    // §12: the memoranda the plan tells the city to carry out.
    for (const QString& code : {QStringLiteral("TAX-A"), QStringLiteral("JUDGMENT"),
             QStringLiteral("SERIOUS"), QStringLiteral("LISTED"), QStringLiteral("TAX-MAJOR")})
        QVERIFY2(catalogue.memorandumByCode(code), qPrintable(code));
    QCOMPARE(catalogue.memorandumByCode(QStringLiteral("TAX-A"))->kind, MeasureKind::Incentive);
}

void TestCatalogueService::proposedMeasuresPreselectExactlyTheMandatoryOnes()
{
    CatalogueService catalogue(*m_admin);
    for (const Memorandum& m : catalogue.memoranda()) {
        const QList<ProposedMeasure> proposed = catalogue.proposedMeasures(m.id);
        QCOMPARE(proposed.size(), m.measures.size());
        for (const ProposedMeasure& p : proposed) {
            QCOMPARE(p.preselected, p.measure.mandatory);
            QVERIFY(p.measure.active);
        }
    }
    const auto judgment = catalogue.memorandumByCode(QStringLiteral("JUDGMENT"));
    QSet<QString> preselected;
    for (const ProposedMeasure& p : catalogue.proposedMeasures(judgment->id)) {
        if (p.preselected)
            preselected << p.measure.code;
    }
    QCOMPARE(preselected,
        (QSet<QString> {
            QStringLiteral("S-TRAVEL"), QStringLiteral("S-CONSUME"), QStringLiteral("S-JDISCLOSE")}));
    expectError(ErrorKind::InvalidInput, [&] { catalogue.proposedMeasures(9999); });
    catalogue.deactivateMemorandum(judgment->id);
    expectError(ErrorKind::InvalidInput, [&] { catalogue.proposedMeasures(judgment->id); });
    QCOMPARE(catalogue.memoranda().size(), 6);
    QCOMPARE(catalogue.memoranda(true).size(), 7);
}

void TestCatalogueService::departmentLookups()
{
    DepartmentService departments(*m_admin);
    QCOMPARE(departments.byName(QStringLiteral("市市场监管局"))->code, QStringLiteral("SCJGJ"));
    QCOMPARE(departments.byName(QStringLiteral("市场监管局"))->code, QStringLiteral("SCJGJ")); // short name
    QCOMPARE(
        departments.byName(QStringLiteral(" 公共资源交易中心 "))->name, QStringLiteral("市公共资源交易中心"));
    QVERIFY(!departments.byName(QStringLiteral("市场")));
    QCOMPARE(departments.byCode(QStringLiteral("scjgj"))->name, QStringLiteral("市市场监管局"));
    QVERIFY(!departments.byCode(QStringLiteral("NOPE")));
    QCOMPARE(departments.find(QStringLiteral("TSW")).name, QStringLiteral("团市委"));
    QCOMPARE(departments.find(QStringLiteral("法院")).code, QStringLiteral("FY"));
    expectError(
        ErrorKind::InvalidInput, [&] { departments.find(QStringLiteral("市气象局")); },
        QStringLiteral("市气象局"));
    const auto byId = departments.byId(departments.byCode(QStringLiteral("FY"))->id);
    QCOMPARE(byId->shortName, QStringLiteral("法院"));
    QCOMPARE(
        departments.list().first().code, QStringLiteral("XYB")); // the office first, then the plan's order
}

void TestCatalogueService::addAndDeactivateDepartments()
{
    DepartmentService departments(*m_admin);
    Department d;
    d.code = QStringLiteral("qxj");
    d.name = QStringLiteral("市气象局");
    d.shortName = QStringLiteral("气象局");
    const Department added = departments.add(d);
    QCOMPARE(added.code, QStringLiteral("QXJ"));
    QCOMPARE(added.kind, QStringLiteral("government"));
    QVERIFY(added.active && added.id > 0);
    QCOMPARE(departments.byName(QStringLiteral("气象局"))->id, added.id);
    QCOMPARE(lastSummary(*m_admin, QStringLiteral("department.add")).value(QStringLiteral("name")).toString(),
        QStringLiteral("市气象局"));

    Department dup = d;
    dup.name = QStringLiteral("另一个");
    dup.shortName.clear();
    expectError(
        ErrorKind::InvalidInput, [&] { departments.add(dup); }, QStringLiteral("QXJ"));
    dup = d;
    dup.code = QStringLiteral("QXJ2");
    expectError(
        ErrorKind::InvalidInput, [&] { departments.add(dup); }, QStringLiteral("市气象局"));
    dup.name = QStringLiteral("气象局"); // another's short name as a full name
    dup.shortName.clear();
    expectError(ErrorKind::InvalidInput, [&] { departments.add(dup); });
    dup.name = QStringLiteral("市气象台");
    dup.shortName = QStringLiteral("法院"); // another's short name
    expectError(ErrorKind::InvalidInput, [&] { departments.add(dup); });
    dup.shortName.clear();
    dup.code = QStringLiteral("1BAD");
    expectError(ErrorKind::InvalidInput, [&] { departments.add(dup); });
    dup.code = QStringLiteral("QXT");
    dup.kind = QStringLiteral("club");
    expectError(ErrorKind::InvalidInput, [&] { departments.add(dup); });
    dup.kind.clear();
    dup.name = QStringLiteral("  ");
    expectError(ErrorKind::InvalidInput, [&] { departments.add(dup); });

    const int active = int(departments.list().size());
    departments.deactivate(QStringLiteral("qxj"));
    QCOMPARE(departments.list().size(), active - 1);
    QVERIFY(!departments.byCode(QStringLiteral("QXJ"))->active);
    QCOMPARE(departments.listAll().size(), active);
    QCOMPARE(AuditLog(m_admin->db()).latest(1).constFirst().action, QStringLiteral("department.deactivate"));
    expectError(ErrorKind::InvalidInput, [&] { departments.deactivate(QStringLiteral("QXJ")); });
    expectError(ErrorKind::InvalidInput, [&] { departments.deactivate(QStringLiteral("NOPE")); });
    departments.reactivate(QStringLiteral("QXJ"));
    QVERIFY(departments.byCode(QStringLiteral("QXJ"))->active);
}

void TestCatalogueService::departmentImplementingMeasuresStaysActive()
{
    DepartmentService departments(*m_admin);
    const qint64 before = AuditLog(m_admin->db()).tail().seq;
    expectError(
        ErrorKind::InvalidInput, [&] { departments.deactivate(QStringLiteral("XZSPJ")); },
        QStringLiteral("I-GREEN"));
    QVERIFY(departments.byCode(QStringLiteral("XZSPJ"))->active);
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, before);
    // A department that implements nothing can go.
    departments.deactivate(QStringLiteral("SW"));
    QVERIFY(!departments.byCode(QStringLiteral("SW"))->active);
}

void TestCatalogueService::addEditAndDeactivateMeasures()
{
    CatalogueService catalogue(*m_admin);
    DepartmentService departments(*m_admin);
    const auto judgment = catalogue.memorandumByCode(QStringLiteral("JUDGMENT"));
    Measure m;
    m.memorandumId = judgment->id;
    m.code = QStringLiteral("s-j-officer");
    m.title = QStringLiteral("限制担任国有企业法定代表人、高级管理人员");
    m.kind = MeasureKind::Incentive; // ignored: a measure takes its memorandum's kind
    m.mandatory = false;
    m.legalBasis = QStringLiteral("失信被执行人联合惩戒合作备忘录");
    m.planItem = QStringLiteral("§7");
    m.defaultMonths = 36;
    m.departmentIds = {departments.byCode(QStringLiteral("SCJGJ"))->id};
    const Measure added = catalogue.addMeasure(m);
    QCOMPARE(added.code, QStringLiteral("S-J-OFFICER"));
    QCOMPARE(added.kind, MeasureKind::Sanction);
    const QJsonObject summary = lastSummary(*m_admin, QStringLiteral("measure.add"));
    QCOMPARE(summary.value(QStringLiteral("memorandum")).toString(), QStringLiteral("JUDGMENT"));
    QCOMPARE(summary.value(QStringLiteral("departments")).toArray(), QJsonArray {QStringLiteral("SCJGJ")});
    QCOMPARE(catalogue.proposedMeasures(judgment->id).last().measure.code, QStringLiteral("S-J-OFFICER"));
    QVERIFY(!catalogue.proposedMeasures(judgment->id).last().preselected);
    expectError(
        ErrorKind::InvalidInput, [&] { catalogue.addMeasure(m); }, QStringLiteral("S-J-OFFICER"));

    Measure edit = added;
    edit.mandatory = true;
    edit.defaultMonths = 60;
    const Measure edited = catalogue.editMeasure(edit);
    QVERIFY(edited.mandatory);
    QCOMPARE(catalogue.measure(added.id)->defaultMonths, 60);
    const QJsonObject change = lastSummary(*m_admin, QStringLiteral("measure.edit"));
    QCOMPARE(change.value(QStringLiteral("after")).toObject().keys(),
        (QStringList {QStringLiteral("defaultMonths"), QStringLiteral("mandatory")}));
    QCOMPARE(
        change.value(QStringLiteral("before")).toObject().value(QStringLiteral("defaultMonths")).toInt(), 36);
    QVERIFY(catalogue.proposedMeasures(judgment->id).last().preselected);

    edit.code = QStringLiteral("S-OTHER");
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMeasure(edit); });
    edit.code.clear();
    edit.memorandumId = catalogue.memorandumByCode(QStringLiteral("SERIOUS"))->id;
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMeasure(edit); });
    edit.memorandumId = 0;
    edit.defaultMonths = 0;
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMeasure(edit); });
    edit.defaultMonths = 12;
    edit.title = QString();
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMeasure(edit); });

    catalogue.deactivateMeasure(added.id);
    QVERIFY(!catalogue.measure(added.id)->active);
    for (const ProposedMeasure& p : catalogue.proposedMeasures(judgment->id))
        QVERIFY(p.measure.id != added.id);
    expectError(ErrorKind::InvalidInput, [&] { catalogue.deactivateMeasure(added.id); });
    catalogue.reactivateMeasure(added.id);
    QVERIFY(catalogue.measure(added.id)->active);

    // The last active measure of an active memorandum stays: the memorandum would propose nothing.
    const auto industry = catalogue.memorandumByCode(QStringLiteral("INDUSTRY"));
    const QList<Measure> measures = industry->measures;
    for (int i = 0; i + 1 < measures.size(); ++i)
        catalogue.deactivateMeasure(measures.at(i).id);
    expectError(
        ErrorKind::InvalidInput, [&] { catalogue.deactivateMeasure(measures.last().id); },
        QStringLiteral("INDUSTRY"));
    catalogue.deactivateMemorandum(industry->id);
    catalogue.deactivateMeasure(measures.last().id);
}

void TestCatalogueService::measuresNeedActiveDepartments()
{
    CatalogueService catalogue(*m_admin);
    DepartmentService departments(*m_admin);
    Department d;
    d.code = QStringLiteral("QXJ");
    d.name = QStringLiteral("市气象局");
    const qint64 weather = departments.add(d).id;
    departments.deactivate(QStringLiteral("QXJ"));

    Measure m;
    m.memorandumId = catalogue.memorandumByCode(QStringLiteral("SERIOUS"))->id;
    m.code = QStringLiteral("S-NEW");
    m.title = QStringLiteral("新措施");
    m.legalBasis = QStringLiteral("实施方案第7条");
    m.planItem = QStringLiteral("§7");
    const qint64 before = AuditLog(m_admin->db()).tail().seq;
    expectError(
        ErrorKind::InvalidInput, [&] { catalogue.addMeasure(m); }, QStringLiteral("at least one"));
    m.departmentIds = {weather};
    expectError(
        ErrorKind::InvalidInput, [&] { catalogue.addMeasure(m); }, QStringLiteral("市气象局"));
    m.departmentIds = {123456};
    expectError(ErrorKind::InvalidInput, [&] { catalogue.addMeasure(m); });
    m.memorandumId = 999;
    m.departmentIds = {departments.byCode(QStringLiteral("FGW"))->id};
    expectError(ErrorKind::InvalidInput, [&] { catalogue.addMeasure(m); });
    QVERIFY(!catalogue.measureByCode(QStringLiteral("S-NEW")));
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, before);
}

void TestCatalogueService::setImplementingDepartmentsIsAudited()
{
    CatalogueService catalogue(*m_admin);
    DepartmentService departments(*m_admin);
    const Measure travel = *catalogue.measureByCode(QStringLiteral("S-TRAVEL"));
    const qint64 court = departments.byCode(QStringLiteral("FY"))->id;
    const qint64 police = departments.byCode(QStringLiteral("GAJ"))->id;
    catalogue.setImplementingDepartments(travel.id, {police, court, court});
    QCOMPARE(catalogue.measure(travel.id)->departmentIds,
        (QList<qint64> {std::min(court, police), std::max(court, police)}));
    const QJsonObject summary = lastSummary(*m_admin, QStringLiteral("measure.departments"));
    QCOMPARE(summary.value(QStringLiteral("before")).toArray().size(), 2);
    QVERIFY(summary.value(QStringLiteral("after")).toArray().contains(QStringLiteral("GAJ")));
    expectError(ErrorKind::InvalidInput, [&] { catalogue.setImplementingDepartments(travel.id, {}); });
    QCOMPARE(catalogue.measure(travel.id)->departmentIds.size(), 2);
    // The traffic bureau no longer implements it, so it could now be deactivated were it not for others.
    expectError(
        ErrorKind::InvalidInput, [&] { departments.deactivate(QStringLiteral("JTYSJ")); },
        QStringLiteral("I-BONUS"));
}

void TestCatalogueService::addAndEditMemoranda()
{
    CatalogueService catalogue(*m_admin);
    Memorandum m;
    m.code = QStringLiteral("env");
    m.title = QStringLiteral("环境保护领域失信生产经营单位联合惩戒");
    m.kind = MeasureKind::Incentive;
    m.basis = QStringLiteral("合作备忘录");
    Memorandum added = catalogue.addMemorandum(m);
    QCOMPARE(added.code, QStringLiteral("ENV"));
    QVERIFY(added.measures.isEmpty());
    QCOMPARE(AuditLog(m_admin->db()).latest(1).constFirst().action, QStringLiteral("memorandum.add"));
    expectError(ErrorKind::InvalidInput, [&] { catalogue.addMemorandum(m); });

    // The kind can still change while there are no measures.
    added.kind = MeasureKind::Sanction;
    added.title += QStringLiteral("（修订）");
    const Memorandum edited = catalogue.editMemorandum(added);
    QCOMPARE(edited.kind, MeasureKind::Sanction);
    QVERIFY(catalogue.memorandum(added.id)->title.endsWith(QStringLiteral("（修订）")));
    const QJsonObject change = lastSummary(*m_admin, QStringLiteral("memorandum.edit"));
    QCOMPARE(change.value(QStringLiteral("after")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("sanction"));

    Measure measure;
    measure.memorandumId = added.id;
    measure.code = QStringLiteral("S-ENV");
    measure.title = QStringLiteral("限制申请财政性资金项目");
    measure.departmentIds = {DepartmentService(*m_admin).byCode(QStringLiteral("STHJJ"))->id};
    QCOMPARE(catalogue.addMeasure(measure).kind, MeasureKind::Sanction);
    Memorandum flip = *catalogue.memorandum(added.id);
    flip.kind = MeasureKind::Incentive;
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMemorandum(flip); });
    flip = *catalogue.memorandum(added.id);
    flip.code = QStringLiteral("OTHER");
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMemorandum(flip); });
    QCOMPARE(catalogue.proposedMeasures(added.id).size(), 1);
}

void TestCatalogueService::readersCannotChangeTheCatalogue()
{
    auto reader = officer();
    CatalogueService catalogue(*reader);
    DepartmentService departments(*reader);
    QCOMPARE(catalogue.memoranda().size(), 7);
    QVERIFY(!departments.list().isEmpty());
    const Measure travel = *catalogue.measureByCode(QStringLiteral("S-TRAVEL"));
    const qint64 before = AuditLog(reader->db()).tail().seq;
    expectError(ErrorKind::NotPermitted, [&] { catalogue.editMeasure(travel); });
    expectError(ErrorKind::NotPermitted, [&] { catalogue.deactivateMeasure(travel.id); });
    expectError(ErrorKind::NotPermitted, [&] { catalogue.setImplementingDepartments(travel.id, {1}); });
    expectError(ErrorKind::NotPermitted, [&] { catalogue.addMemorandum(Memorandum {}); });
    expectError(ErrorKind::NotPermitted, [&] { catalogue.deactivateMemorandum(travel.memorandumId); });
    expectError(ErrorKind::NotPermitted, [&] { departments.add(Department {}); });
    expectError(ErrorKind::NotPermitted, [&] { departments.deactivate(QStringLiteral("SW")); });
    QCOMPARE(AuditLog(reader->db()).tail().seq, before);
}

void TestCatalogueService::settingsAreTyped()
{
    auto reader = officer();
    Settings settings(*reader);
    QCOMPARE(settings.feedbackWorkingDays(), 10);
    QCOMPARE(settings.publicationWorkingDays(), 7); // §13
    QCOMPARE(settings.verificationWorkingDays(), 10);
    QCOMPARE(settings.objectionAcceptanceWorkingDays(), 2);
    QCOMPARE(settings.repairDecisionWorkingDays(), 10);
    QCOMPARE(settings.suspensionExtendsTerm(), false);
    QCOMPARE(settings.repairBarYears(), 0);
    for (Setting s : Settings::all()) {
        QCOMPARE(Settings::fromKey(Settings::key(s)), std::optional<Setting>(s));
        QVERIFY(!Settings::describe(s).isEmpty());
        QVERIFY(!settings.text(s).isEmpty());
    }
    QVERIFY(!Settings::fromKey(QStringLiteral("nope")));
    // A missing row reads as the shipped default; a damaged one is reported, not guessed at.
    m_admin->db().exec(QStringLiteral("DELETE FROM settings WHERE key = 'feedback_working_days'"));
    QCOMPARE(settings.feedbackWorkingDays(), 10);
    m_admin->db().exec(
        QStringLiteral("UPDATE settings SET value = 'ten' WHERE key = 'verification_working_days'"));
    expectError(
        ErrorKind::Integrity, [&] { settings.verificationWorkingDays(); }, QStringLiteral("ten"));
    m_admin->db().exec(
        QStringLiteral("UPDATE settings SET value = 'maybe' WHERE key = 'suspension_extends_term'"));
    expectError(ErrorKind::Integrity, [&] { settings.suspensionExtendsTerm(); });
}

void TestCatalogueService::settingsChangesAreCheckedAndAudited()
{
    Settings settings(*m_admin);
    settings.setNumber(Setting::FeedbackWorkingDays, 15);
    QCOMPARE(settings.feedbackWorkingDays(), 15);
    const AuditEntry e = AuditLog(m_admin->db()).latest(1).constFirst();
    QCOMPARE(e.action, QStringLiteral("settings.update"));
    QCOMPARE(e.entityId, QStringLiteral("feedback_working_days"));
    const QJsonObject summary = QJsonDocument::fromJson(e.summary.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("before")).toString(), QStringLiteral("10"));
    QCOMPARE(summary.value(QStringLiteral("after")).toString(), QStringLiteral("15"));

    settings.setFlag(Setting::SuspensionExtendsTerm, true);
    QVERIFY(settings.suspensionExtendsTerm());
    settings.setText(Setting::SuspensionExtendsTerm, QStringLiteral("false"));
    QVERIFY(!settings.suspensionExtendsTerm());
    settings.setText(Setting::RepairBarYears, QStringLiteral(" 3 "));
    QCOMPARE(settings.repairBarYears(), 3);

    const qint64 before = AuditLog(m_admin->db()).tail().seq;
    expectError(ErrorKind::InvalidInput, [&] { settings.setNumber(Setting::FeedbackWorkingDays, 0); });
    expectError(ErrorKind::InvalidInput, [&] { settings.setNumber(Setting::FeedbackWorkingDays, 61); });
    expectError(ErrorKind::InvalidInput, [&] { settings.setNumber(Setting::SuspensionExtendsTerm, 1); });
    expectError(ErrorKind::InvalidInput, [&] { settings.setFlag(Setting::RepairBarYears, true); });
    expectError(ErrorKind::InvalidInput,
        [&] { settings.setText(Setting::PublicationWorkingDays, QStringLiteral("7d")); });
    expectError(ErrorKind::InvalidInput,
        [&] { settings.setText(Setting::SuspensionExtendsTerm, QStringLiteral("perhaps")); });
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, before);

    auto reader = officer();
    expectError(
        ErrorKind::NotPermitted, [&] { Settings(*reader).setNumber(Setting::FeedbackWorkingDays, 5); });
    expectError(ErrorKind::NotPermitted,
        [&] { Settings(*reader).setText(Setting::FeedbackWorkingDays, QStringLiteral("x")); });
    QCOMPARE(Settings(*reader).feedbackWorkingDays(), 15);
}

void TestCatalogueService::measureAndDepartmentsChangeTogetherOrNotAtAll()
{
    CatalogueService catalogue(*m_admin);
    const qint64 court = DepartmentService(*m_admin).byCode(QStringLiteral("FY"))->id;
    Measure travel = *catalogue.measureByCode(QStringLiteral("S-TRAVEL"));
    const Measure before = travel;
    const qint64 seq = AuditLog(m_admin->db()).tail().seq;
    travel.title = QStringLiteral("限制乘坐飞机、列车软卧");
    // No department: neither the title nor the departments change.
    expectError(ErrorKind::InvalidInput, [&] { catalogue.editMeasure(travel, {}); });
    QCOMPARE(catalogue.measure(travel.id)->title, before.title);
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, seq);

    const Measure after = catalogue.editMeasure(travel, {court});
    QCOMPARE(after.departmentIds, QList<qint64> {court});
    QCOMPARE(catalogue.measure(travel.id)->title, travel.title);
    QCOMPARE(catalogue.measure(travel.id)->departmentIds, QList<qint64> {court});
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, seq + 2); // measure.edit and measure.departments
    // The same departments again write no departments entry.
    travel.title = before.title;
    catalogue.editMeasure(travel, {court});
    QCOMPARE(AuditLog(m_admin->db()).latest(1).constFirst().action, QStringLiteral("measure.edit"));
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, seq + 3);
}

void TestCatalogueService::severalSettingsChangeInOneGo()
{
    Settings settings(*m_admin);
    const qint64 seq = AuditLog(m_admin->db()).tail().seq;
    const QList<Setting> changed = settings.setTexts({{Setting::FeedbackWorkingDays, QStringLiteral("12")},
        {Setting::VerificationWorkingDays, settings.text(Setting::VerificationWorkingDays)},
        {Setting::SuspensionExtendsTerm, QStringLiteral("true")}});
    QCOMPARE(changed, (QList<Setting> {Setting::FeedbackWorkingDays, Setting::SuspensionExtendsTerm}));
    QCOMPARE(settings.feedbackWorkingDays(), 12);
    QVERIFY(settings.suspensionExtendsTerm());
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, seq + 2);

    // One bad value and none is stored.
    expectError(ErrorKind::InvalidInput, [&] {
        settings.setTexts({{Setting::FeedbackWorkingDays, QStringLiteral("20")},
            {Setting::RepairBarYears, QStringLiteral("many")}});
    });
    QCOMPARE(settings.feedbackWorkingDays(), 12);
    QCOMPARE(AuditLog(m_admin->db()).tail().seq, seq + 2);
    auto reader = officer();
    expectError(ErrorKind::NotPermitted, [&] {
        Settings(*reader).setTexts({{Setting::FeedbackWorkingDays, QStringLiteral("5")}});
    });
}

QTEST_GUILESS_MAIN(TestCatalogueService)
#include "TestCatalogueService.moc"
