// The subject commands of the CLI, run as a separate process: output, JSON shapes, exit codes, and
// citizen IDs that only a permitted --reveal prints.
#include "domain/CodeValidator.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "util/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::keySet;
using cd::test::keysOf;
using test::CliRun;

namespace {

const QByteArray Password = "cli-subjects-2026";

QString uscc(const QString& first17)
{
    return first17 + usccCheckCharacter(first17);
}

QString citizenId(const QString& first17)
{
    return first17 + citizenIdCheckCharacter(first17);
}

} // namespace

class TestCliSubjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpDocumentsTheCommands();
    void usageErrors();
    void addPrintsTheSubject();
    void invalidInput();
    void signInAndRoleRefusals();
    void showJsonShape();
    void revealIsForOfficersAndAudited();
    void findJsonShapeAndLimit();
    void linkByCodes();

private:
    CliRun run(QStringList args, const QString& user = QStringLiteral("officer"));
    QJsonDocument json(const CliRun& r);
    void addFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_org, m_otherOrg, m_personId, m_otherPersonId;
    qint64 m_orgSubjectId = 0;
};

void TestCliSubjects::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CREDITDESK_CLI_PATH)));
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestCliSubjects::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("office.db"));
    Session::initialize(m_db, QStringLiteral("admin"), Password);
    auto admin = Session::signIn(m_db, QStringLiteral("admin"), Password);
    UserService users(*admin);
    users.add(QStringLiteral("officer"), Role::Officer, Password);
    users.add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    users.add(QStringLiteral("supervisor"), Role::Supervisor, Password);
    m_org = uscc(QStringLiteral("91320681MA1HX0001"));
    m_otherOrg = uscc(QStringLiteral("91320612MA1HX0002"));
    m_personId = citizenId(QStringLiteral("32068119900307123"));
    m_otherPersonId = citizenId(QStringLiteral("32068219851231002"));
}

CliRun TestCliSubjects::run(QStringList args, const QString& user)
{
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    return test::runCli(args, Password);
}

QJsonDocument TestCliSubjects::json(const CliRun& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << r.err;
    return doc;
}

// Set up in-process: the commands under test are the ones that read it back.
void TestCliSubjects::addFixture()
{
    auto officer = Session::signIn(m_db, QStringLiteral("officer"), Password);
    SubjectService s(*officer);
    const Subject org = s.add(SubjectKind::LegalPerson, m_org, QStringLiteral("启东市华信建材有限公司"),
        QStringLiteral("启东市汇龙镇"), QDate(2015, 3, 2));
    m_orgSubjectId = org.id;
    s.rename(org.id, QStringLiteral("启东市华信新材料有限公司"), QDate(2024, 6, 30));
    s.add(SubjectKind::LegalPerson, m_otherOrg, QStringLiteral("南通华信物流有限公司"));
    const Subject person = s.add(SubjectKind::NaturalPerson, m_personId, QStringLiteral("王华信"));
    s.add(SubjectKind::NaturalPerson, m_otherPersonId, QStringLiteral("李信"));
    s.link(org.id, person.id, LinkRole::LegalRepresentative, QDate(2019, 5, 1));
}

void TestCliSubjects::helpDocumentsTheCommands()
{
    const CliRun all = test::runCli({QStringLiteral("--help")});
    QCOMPARE(all.exitCode, 0);
    for (const char* usage : {"subject add DB --user NAME --kind KIND --code CODE --name NAME",
             "subject show DB QUERY --user NAME [--reveal] [--json]",
             "subject find DB QUERY --user NAME [--limit N] [--json]",
             "subject link DB ORG_CODE PERSON_CODE --role ROLE --user NAME"})
        QVERIFY2(all.out.contains(QLatin1String(usage)), usage);
    const CliRun find
        = test::runCli({QStringLiteral("help"), QStringLiteral("subject"), QStringLiteral("find")});
    QCOMPARE(find.exitCode, 0);
    QVERIFY(find.out.contains(QStringLiteral("--limit 0 lists all")));
    const CliRun show
        = test::runCli({QStringLiteral("help"), QStringLiteral("subject"), QStringLiteral("show")});
    QVERIFY(show.out.contains(QStringLiteral("recorded in the audit trail")));
    const CliRun add
        = test::runCli({QStringLiteral("help"), QStringLiteral("subject"), QStringLiteral("add")});
    QVERIFY(add.out.contains(QStringLiteral("natural_person")));
    const CliRun link
        = test::runCli({QStringLiteral("help"), QStringLiteral("subject"), QStringLiteral("link")});
    QVERIFY(link.out.contains(QStringLiteral("legal_representative")));
}

void TestCliSubjects::usageErrors()
{
    const QString subject = QStringLiteral("subject");
    auto expectUsage = [&](const QStringList& args, const QString& says,
                           const QString& user = QStringLiteral("officer")) {
        const CliRun r = run(args, user);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: creditdesk-cli subject")), qPrintable(r.err));
    };
    expectUsage({subject, QStringLiteral("add"), m_db, QStringLiteral("--code"), m_org,
                    QStringLiteral("--name"), QStringLiteral("某公司")},
        QStringLiteral("--kind must be"));
    expectUsage({subject, QStringLiteral("add"), m_db, QStringLiteral("--kind"), QStringLiteral("company"),
                    QStringLiteral("--code"), m_org, QStringLiteral("--name"), QStringLiteral("某公司")},
        QStringLiteral("--kind must be"));
    expectUsage({subject, QStringLiteral("add"), m_db, QStringLiteral("--kind"),
                    QStringLiteral("legal_person"), QStringLiteral("--name"), QStringLiteral("某公司")},
        QStringLiteral("--code is required"));
    expectUsage({subject, QStringLiteral("find"), m_db}, QStringLiteral("Missing QUERY"));
    expectUsage({subject, QStringLiteral("find"), m_db, QStringLiteral("华信"), QStringLiteral("extra")},
        QStringLiteral("Unexpected argument"));
    expectUsage({subject, QStringLiteral("find"), m_db, QStringLiteral("华信"), QStringLiteral("--fuzzy")},
        QStringLiteral("Unknown option --fuzzy"));
    expectUsage({subject, QStringLiteral("show"), m_db, m_org}, QStringLiteral("--user"), QString());
    expectUsage({subject, QStringLiteral("link"), m_db, m_org, m_personId, QStringLiteral("--role"),
                    QStringLiteral("boss")},
        QStringLiteral("--role must be"));
    expectUsage({subject, QStringLiteral("link"), m_db, m_org}, QStringLiteral("Missing PERSON_CODE"));
    // None of that touched the database.
    auto officer = Session::signIn(m_db, QStringLiteral("officer"), Password);
    QVERIFY(SubjectService(*officer).find(QStringLiteral("91"), 0).isEmpty());
}

void TestCliSubjects::addPrintsTheSubject()
{
    CliRun r = run({QStringLiteral("subject"), QStringLiteral("add"), m_db, QStringLiteral("--kind"),
        QStringLiteral("legal_person"), QStringLiteral("--code"),
        QStringLiteral("９１ ") + m_org.mid(2).toLower(), QStringLiteral("--name"),
        QStringLiteral("启东市华信建材有限公司"), QStringLiteral("--address"), QStringLiteral("启东市汇龙镇"),
        QStringLiteral("--registered-on"), QStringLiteral("2015-03-02")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Registered subject 1.")));
    QVERIFY(r.out.contains(QStringLiteral("启东市华信建材有限公司")));
    QVERIFY(r.out.contains(m_org));
    QVERIFY(r.out.contains(QStringLiteral("division: 320681")));
    QVERIFY(r.out.contains(QStringLiteral("registered on: 2015-03-02")));

    r = run({QStringLiteral("subject"), QStringLiteral("add"), m_db, QStringLiteral("--kind"),
        QStringLiteral("natural_person"), QStringLiteral("--code"), m_personId, QStringLiteral("--name"),
        QStringLiteral("王华信"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(m_personId));
    const QJsonObject added = json(r).object();
    QCOMPARE(keysOf(added),
        keySet(
            {"id", "kind", "code", "name", "division", "address", "registeredOn", "formerNames", "links"}));
    QCOMPARE(added.value(QStringLiteral("id")).toInteger(), 2);
    QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("natural_person"));
    QCOMPARE(added.value(QStringLiteral("code")).toString(), maskCitizenId(m_personId));
    QCOMPARE(added.value(QStringLiteral("division")).toString(), QStringLiteral("320681"));
    QVERIFY(added.value(QStringLiteral("registeredOn")).isNull());
    QCOMPARE(added.value(QStringLiteral("formerNames")).toArray().size(), 0);

    // An administrator may register subjects too.
    r = run({QStringLiteral("subject"), QStringLiteral("add"), m_db, QStringLiteral("--kind"),
                QStringLiteral("legal_person"), QStringLiteral("--code"), m_otherOrg,
                QStringLiteral("--name"), QStringLiteral("南通华信物流有限公司")},
        QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliSubjects::invalidInput()
{
    addFixture();
    const QString subject = QStringLiteral("subject");
    const QChar wrong = m_org.back() == u'A' ? u'B' : u'A';
    CliRun r = run({subject, QStringLiteral("add"), m_db, QStringLiteral("--kind"),
        QStringLiteral("legal_person"), QStringLiteral("--code"), m_org.left(17) + wrong,
        QStringLiteral("--name"), QStringLiteral("某公司")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("code: The check character should be '%1', not '%2'.")
                                .arg(m_org.back())
                                .arg(wrong)),
        qPrintable(r.err));

    r = run({subject, QStringLiteral("add"), m_db, QStringLiteral("--kind"), QStringLiteral("natural_person"),
        QStringLiteral("--code"), m_personId, QStringLiteral("--name"), QStringLiteral("王二")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(
                 QStringLiteral("code: %1 is already registered, as 王华信").arg(maskCitizenId(m_personId))),
        qPrintable(r.err));
    QVERIFY(!r.err.contains(m_personId));

    r = run({subject, QStringLiteral("add"), m_db, QStringLiteral("--kind"), QStringLiteral("legal_person"),
        QStringLiteral("--code"), uscc(QStringLiteral("91320681MA1HX0077")), QStringLiteral("--name"),
        QStringLiteral("某公司"), QStringLiteral("--registered-on"), QStringLiteral("2015-02-30")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("--registered-on")));

    // A subject that is not there, asked for by a citizen ID: the message masks it.
    const QString unknownPerson = citizenId(QStringLiteral("32068120000101001"));
    r = run({subject, QStringLiteral("show"), m_db, unknownPerson});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(maskCitizenId(unknownPerson)), qPrintable(r.err));
    QVERIFY(!r.err.contains(unknownPerson));
    r = run({subject, QStringLiteral("show"), m_db, QStringLiteral("9999")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("There is no subject 9999.")));

    r = run({subject, QStringLiteral("find"), m_db, QStringLiteral("华信"), QStringLiteral("--limit"),
        QStringLiteral("many")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("--limit")));
}

void TestCliSubjects::signInAndRoleRefusals()
{
    addFixture();
    CliRun r = test::runCli({QStringLiteral("subject"), QStringLiteral("find"), m_db, QStringLiteral("华信"),
                                QStringLiteral("--user"), QStringLiteral("officer")},
        "wrong-password-1");
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("subject"), QStringLiteral("find"), m_db, QStringLiteral("华信")},
        QStringLiteral("nobody"));
    QCOMPARE(r.exitCode, 3);

    r = run(
        {QStringLiteral("subject"), QStringLiteral("add"), m_db, QStringLiteral("--kind"),
            QStringLiteral("legal_person"), QStringLiteral("--code"),
            uscc(QStringLiteral("91320681MA1HX0077")), QStringLiteral("--name"), QStringLiteral("某公司")},
        QStringLiteral("supervisor"));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("register subjects")), qPrintable(r.err));
    r = run({QStringLiteral("subject"), QStringLiteral("link"), m_db, m_otherOrg, m_personId,
                QStringLiteral("--role"), QStringLiteral("director")},
        QStringLiteral("reviewer"));
    QCOMPARE(r.exitCode, 5);
    // Reading is for every role.
    r = run({QStringLiteral("subject"), QStringLiteral("find"), m_db, QStringLiteral("华信")},
        QStringLiteral("supervisor"));
    QCOMPARE(r.exitCode, 0);
}

void TestCliSubjects::showJsonShape()
{
    addFixture();
    CliRun r = run(
        {QStringLiteral("subject"), QStringLiteral("show"), m_db, m_org.toLower(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject org = json(r).object();
    QCOMPARE(keysOf(org),
        keySet(
            {"id", "kind", "code", "name", "division", "address", "registeredOn", "formerNames", "links"}));
    QCOMPARE(org.value(QStringLiteral("id")).toInteger(), m_orgSubjectId);
    QCOMPARE(org.value(QStringLiteral("kind")).toString(), QStringLiteral("legal_person"));
    QCOMPARE(org.value(QStringLiteral("code")).toString(), m_org);
    QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("启东市华信新材料有限公司"));
    QCOMPARE(org.value(QStringLiteral("division")).toString(), QStringLiteral("320681"));
    QCOMPARE(org.value(QStringLiteral("address")).toString(), QStringLiteral("启东市汇龙镇"));
    QCOMPARE(org.value(QStringLiteral("registeredOn")).toString(), QStringLiteral("2015-03-02"));
    QCOMPARE(org.value(QStringLiteral("formerNames")).toArray(),
        QJsonArray {QStringLiteral("启东市华信建材有限公司")});
    const QJsonArray links = org.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 1);
    const QJsonObject link = links.first().toObject();
    QVERIFY(keysOf(link).contains(keySet({"role", "organisation", "person"})));
    QCOMPARE(link.value(QStringLiteral("role")).toString(), QStringLiteral("legal_representative"));
    QCOMPARE(link.value(QStringLiteral("since")).toString(), QStringLiteral("2019-05-01"));
    const QJsonObject organisation = link.value(QStringLiteral("organisation")).toObject();
    const QJsonObject person = link.value(QStringLiteral("person")).toObject();
    QVERIFY(keysOf(organisation).contains(keySet({"code", "name"})));
    QCOMPARE(organisation.value(QStringLiteral("code")).toString(), m_org);
    QCOMPARE(
        organisation.value(QStringLiteral("name")).toString(), QStringLiteral("启东市华信新材料有限公司"));
    QCOMPARE(person.value(QStringLiteral("code")).toString(), maskCitizenId(m_personId));
    QCOMPARE(person.value(QStringLiteral("name")).toString(), QStringLiteral("王华信"));

    // By id, the same subject.
    r = run({QStringLiteral("subject"), QStringLiteral("show"), m_db, QString::number(m_orgSubjectId),
        QStringLiteral("--json")});
    QCOMPARE(json(r).object(), org);

    // The person, masked, with the link seen from the other side; text shows the same.
    r = run({QStringLiteral("subject"), QStringLiteral("show"), m_db, m_personId, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(m_personId));
    const QJsonObject shown = json(r).object();
    QCOMPARE(shown.value(QStringLiteral("code")).toString(), maskCitizenId(m_personId));
    QCOMPARE(shown.value(QStringLiteral("links")).toArray().size(), 1);
    QCOMPARE(shown.value(QStringLiteral("links"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("organisation"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
        m_org);
    r = run({QStringLiteral("subject"), QStringLiteral("show"), m_db, m_personId});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("legal representative of 启东市华信新材料有限公司")));
    QVERIFY(r.out.contains(maskCitizenId(m_personId)));
    QVERIFY(!r.out.contains(m_personId));
}

void TestCliSubjects::revealIsForOfficersAndAudited()
{
    addFixture();
    bool auditHoldsFullId = false;
    auto reveals = [&] {
        const CliRun audit
            = run({QStringLiteral("audit"), m_db, QStringLiteral("--json")}, QStringLiteral("admin"));
        QJsonArray found;
        for (const QJsonValue& v : json(audit).array()) {
            if (v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("subject.reveal"))
                found.append(v);
        }
        auditHoldsFullId = auditHoldsFullId || audit.out.contains(m_personId);
        return found;
    };
    CliRun r = run({QStringLiteral("subject"), QStringLiteral("show"), m_db, m_personId,
        QStringLiteral("--reveal"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).object().value(QStringLiteral("code")).toString(), m_personId);
    QJsonArray entries = reveals();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("officer"));
    QCOMPARE(entry.value(QStringLiteral("summary")).toObject().value(QStringLiteral("code")).toString(),
        maskCitizenId(m_personId));

    for (const QString& user : {QStringLiteral("supervisor"), QStringLiteral("admin")}) {
        r = run(
            {QStringLiteral("subject"), QStringLiteral("show"), m_db, m_personId, QStringLiteral("--reveal")},
            user);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("see a full citizen ID")), qPrintable(r.err));
        QVERIFY(!r.out.contains(m_personId));
    }
    r = run({QStringLiteral("subject"), QStringLiteral("show"), m_db, m_personId, QStringLiteral("--reveal")},
        QStringLiteral("reviewer"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(m_personId));
    QCOMPARE(reveals().size(), 2);
    QVERIFY(!auditHoldsFullId);
}

void TestCliSubjects::findJsonShapeAndLimit()
{
    addFixture();
    {
        auto officer = Session::signIn(m_db, QStringLiteral("officer"), Password);
        SubjectService s(*officer);
        for (int i = 1; i <= 25; ++i)
            s.add(SubjectKind::LegalPerson,
                uscc(QStringLiteral("91320681MA1T%1").arg(i, 5, 10, QLatin1Char('0'))),
                QStringLiteral("启东测试%1号有限公司").arg(i));
    }
    const QString subject = QStringLiteral("subject");
    const QString find = QStringLiteral("find");
    CliRun r = run({subject, find, m_db, QStringLiteral("测试"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).array().size(), 20);
    r = run({subject, find, m_db, QStringLiteral("测试"), QStringLiteral("--json"), QStringLiteral("--limit"),
        QStringLiteral("5")});
    QCOMPARE(json(r).array().size(), 5);
    r = run({subject, find, m_db, QStringLiteral("测试"), QStringLiteral("--json"), QStringLiteral("--limit"),
        QStringLiteral("0")});
    QCOMPARE(json(r).array().size(), 25);
    r = run({subject, find, m_db, QStringLiteral("测试"), QStringLiteral("--limit=3")});
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 3);

    // Current name first, then the former-name hit with the name that matched; persons masked.
    r = run({subject, find, m_db, QStringLiteral("华信"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(m_personId));
    const QJsonArray hits = json(r).array();
    QCOMPARE(hits.size(), 3);
    for (const QJsonValue& v : hits)
        QCOMPARE(keysOf(v.toObject()), keySet({"id", "kind", "code", "name", "matchedName", "division"}));
    QStringList codes;
    for (const QJsonValue& v : hits)
        codes << v.toObject().value(QStringLiteral("code")).toString();
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()),
        (QSet<QString> {m_org, m_otherOrg, maskCitizenId(m_personId)}));

    r = run({subject, find, m_db, QStringLiteral("华信建材"), QStringLiteral("--json")});
    const QJsonArray former = json(r).array();
    QCOMPARE(former.size(), 1);
    QCOMPARE(former.first().toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("启东市华信新材料有限公司"));
    QCOMPARE(former.first().toObject().value(QStringLiteral("matchedName")).toString(),
        QStringLiteral("启东市华信建材有限公司"));
    r = run({subject, find, m_db, QStringLiteral("华信建材")});
    QVERIFY(r.out.contains(QStringLiteral("(formerly 启东市华信建材有限公司)")));

    // A code prefix; nothing found is not an error.
    r = run({subject, find, m_db, QStringLiteral("9132"), QStringLiteral("--json"), QStringLiteral("--limit"),
        QStringLiteral("0")});
    QCOMPARE(json(r).array().size(), 27);
    r = run({subject, find, m_db, QStringLiteral("不存在")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("No subject matches.")));
}

void TestCliSubjects::linkByCodes()
{
    addFixture();
    const QString subject = QStringLiteral("subject");
    CliRun r
        = run({subject, QStringLiteral("link"), m_db, m_otherOrg, m_otherPersonId, QStringLiteral("--role"),
            QStringLiteral("shareholder"), QStringLiteral("--since"), QStringLiteral("2021-04-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Linked 李信 (%1) to 南通华信物流有限公司 as shareholder.")
                               .arg(maskCitizenId(m_otherPersonId))));
    QVERIFY(!r.out.contains(m_otherPersonId));

    r = run({subject, QStringLiteral("show"), m_db, m_otherOrg});
    QVERIFY(r.out.contains(
        QStringLiteral("shareholder: 李信 (%1)  since 2021-04-01").arg(maskCitizenId(m_otherPersonId))));

    // Twice, or the wrong way round, is invalid input.
    r = run({subject, QStringLiteral("link"), m_db, m_otherOrg, m_otherPersonId, QStringLiteral("--role"),
        QStringLiteral("shareholder")});
    QCOMPARE(r.exitCode, 6);
    r = run({subject, QStringLiteral("link"), m_db, m_otherPersonId, m_otherOrg, QStringLiteral("--role"),
        QStringLiteral("director")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("organisation: 李信")), qPrintable(r.err));
    QVERIFY(!r.err.contains(m_otherPersonId));
    r = run(
        {subject, QStringLiteral("link"), m_db, m_otherOrg, citizenId(QStringLiteral("32068120000101001")),
            QStringLiteral("--role"), QStringLiteral("director")});
    QCOMPARE(r.exitCode, 6);

    // Ended, it stays in the history.
    r = run({subject, QStringLiteral("unlink"), m_db, m_otherOrg, m_otherPersonId, QStringLiteral("--role"),
        QStringLiteral("shareholder"), QStringLiteral("--until"), QStringLiteral("2024-12-31")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({subject, QStringLiteral("show"), m_db, m_otherPersonId, QStringLiteral("--json")});
    const QJsonObject link = json(r).object().value(QStringLiteral("links")).toArray().first().toObject();
    QCOMPARE(link.value(QStringLiteral("until")).toString(), QStringLiteral("2024-12-31"));
}

QTEST_GUILESS_MAIN(TestCliSubjects)
#include "TestCliSubjects.moc"
