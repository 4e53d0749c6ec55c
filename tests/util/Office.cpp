#include "util/Office.h"

#include "domain/CodeValidator.h"
#include "services/CaseService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

namespace cd::test {

namespace {

QMap<QString, QString> clusterInfo()
{
    const QString path = qEnvironmentVariable("CREDITDESK_TEST_PG_INFO");
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        qFatal("CREDITDESK_TEST_BACKEND=server needs CREDITDESK_TEST_PG_INFO naming the state file of "
               "tests/pg/cluster.sh (CTest's fixture pg_cluster sets it)");
    QMap<QString, QString> info;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return info;
}

} // namespace

bool Office::serverBackendRequested()
{
    return qEnvironmentVariable("CREDITDESK_TEST_BACKEND") == QLatin1String("server");
}

void Office::resetServerOffices(Database& superuser)
{
    // Roles belong to the whole cluster and every office names its users alike, so the suites that
    // use offices on the server take turns (CTest RESOURCE_LOCK pg_office_roles) and each office
    // first removes the one before it: its databases, then every member of the CreditDesk groups
    // and the admin that owned them.
    QSqlQuery old
        = superuser.exec(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'cdoffice\\_%'"));
    QStringList databases;
    while (old.next())
        databases << old.value(0).toString();
    old.finish();
    for (const QString& name : databases)
        superuser.exec(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(name));
    QSqlQuery members = superuser.exec(QStringLiteral(
        "SELECT DISTINCT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname LIKE 'creditdesk\\_%' AND NOT m.rolsuper"));
    QStringList roles;
    while (members.next())
        roles << members.value(0).toString();
    members.finish();
    roles << QStringLiteral("admin");
    for (const QString& name : roles)
        superuser.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
}

void Office::createOnServer(const QByteArray& adminPassword)
{
    static int serial = 0;
    const QMap<QString, QString> info = clusterInfo();
    const QString port = info.value(QStringLiteral("PG_PORT"));
    m_caFile = info.value(QStringLiteral("PG_CA_FILE"));
    auto super = Database::openServer(
        ServerAddress::parse(QStringLiteral("postgresql://%1@localhost:%2/postgres")
                                 .arg(info.value(QStringLiteral("PG_SUPERUSER")), port)),
        info.value(QStringLiteral("PG_SUPERUSER_PASSWORD")), m_caFile);
    resetServerOffices(*super);
    super->exec(QStringLiteral("CREATE ROLE admin LOGIN CREATEROLE PASSWORD '%1'")
                    .arg(QString::fromUtf8(adminPassword)));
    const QString database
        = QStringLiteral("cdoffice_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
    super->exec(QStringLiteral("CREATE DATABASE %1 OWNER admin TEMPLATE template0 ENCODING 'UTF8' "
                               "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                    .arg(database));
    m_serverUrl = QStringLiteral("postgresql://localhost:%1/%2").arg(port, database);
    m_db = ServerAddress::parse(m_serverUrl, QStringLiteral("admin")).toString();
    Session::initializeServer(
        ServerAddress::parse(m_serverUrl, QStringLiteral("admin")), adminPassword, m_caFile);
}

void Office::create(const QByteArray& adminPassword)
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_server = serverBackendRequested();
    if (m_server) {
        createOnServer(adminPassword);
    } else {
        m_db = m_dir->filePath(QStringLiteral("office.db"));
        Session::initialize(m_db, QStringLiteral("admin"), adminPassword);
    }
}

Office::Office(EmptyTag, const QByteArray& adminPassword) : m_dir(std::make_unique<QTemporaryDir>())
{
    create(adminPassword);
}

Office::Office() : m_dir(std::make_unique<QTemporaryDir>())
{
    create(Password);
    auto admin = as(QStringLiteral("admin"));
    UserService users(*admin);
    users.add(QStringLiteral("officer"), Role::Officer, Password);
    users.add(QStringLiteral("officer2"), Role::Officer, Password);
    users.add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    users.add(QStringLiteral("reviewer2"), Role::Reviewer, Password);
    users.add(QStringLiteral("supervisor"), Role::Supervisor, Password);
}

std::unique_ptr<Session> Office::as(const QString& user) const
{
    return signIn(user, Password);
}

std::unique_ptr<Session> Office::signIn(const QString& user, QByteArrayView password) const
{
    if (m_server)
        return Session::signInServer(ServerAddress::parse(m_serverUrl, user), password, m_caFile);
    return Session::signIn(m_db, user, password);
}

QString Office::uscc(const QString& orgCode9)
{
    const QString first17 = QStringLiteral("91320681") + orgCode9;
    return first17 + usccCheckCharacter(first17);
}

QString Office::citizenId(const QString& birth8, const QString& seq3)
{
    const QString first17 = QStringLiteral("320681") + birth8 + seq3;
    return first17 + citizenIdCheckCharacter(first17);
}

qint64 Office::addCompany(const QString& orgCode9, const QString& name, const QDate& registered)
{
    auto officer = as(QStringLiteral("officer"));
    return SubjectService(*officer)
        .add(SubjectKind::LegalPerson, uscc(orgCode9), name, QString(), registered)
        .id;
}

qint64 Office::addPerson(const QString& birth8, const QString& seq3, const QString& name)
{
    auto officer = as(QStringLiteral("officer"));
    return SubjectService(*officer).add(SubjectKind::NaturalPerson, citizenId(birth8, seq3), name).id;
}

qint64 Office::addRecord(qint64 subject, const QString& decisionNo, Severity severity, const QDate& decided,
    const QString& department, bool specificSerious)
{
    auto officer = as(QStringLiteral("officer"));
    CreditRecord r;
    r.subjectId = subject;
    r.polarity = Polarity::Negative;
    r.category = QStringLiteral("行政处罚");
    r.severity = severity;
    r.specificSerious = specificSerious;
    r.decisionNo = decisionNo;
    r.decisionDate = decided;
    r.publishedOn = decided.addDays(2);
    r.legalBasis = QStringLiteral("《中华人民共和国产品质量法》第四十九条");
    r.departmentId = *OfficeRules(*officer).departmentId(department);
    return RecordService(*officer).add(r).id;
}

qint64 Office::department(const QString& name) const
{
    auto admin = as(QStringLiteral("admin"));
    return *OfficeRules(*admin).departmentId(name);
}

Case Office::sanction(qint64 subject, qint64 recordId, qint64 listEntryId, const QDate& termStart,
    const QDate& termEnd, const QDate& pushedOn)
{
    auto officer = as(QStringLiteral("officer"));
    OfficeRules rules(*officer);
    CaseDraft d;
    d.subjectId = subject;
    d.basisRecordId = recordId;
    d.basisListEntryId = listEntryId;
    d.memorandumId = *rules.memorandumId(QStringLiteral("SERIOUS"));
    d.initiatingDepartmentId = *rules.departmentId(QStringLiteral("市市场监管局"));
    d.termStart = termStart;
    d.termEnd = termEnd;
    Case c = CaseService(*officer).draft(d);
    auto reviewer = as(QStringLiteral("reviewer"));
    c = CaseService(*reviewer).approve(c.id);
    if (pushedOn.isValid())
        c = CaseService(*officer).push(c.id, pushedOn);
    return c;
}

} // namespace cd::test
