// Subjects (issue 3, item 1): checked codes, former names, links, search, and citizen IDs that
// leave the service masked unless a permitted, audited reveal asks for them.
#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SubjectStore.h"
#include "util/Office.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace cd;

Q_DECLARE_METATYPE(cd::SubjectKind)

namespace {

const QByteArray Password = "subjects-pass-2026";

QString uscc(const QString& first17)
{
    Q_ASSERT(first17.size() == 17);
    return first17 + usccCheckCharacter(first17);
}

QString citizenId(const QString& first17)
{
    Q_ASSERT(first17.size() == 17);
    return first17 + citizenIdCheckCharacter(first17);
}

// The error a call throws; a CoreError of kind Failed saying so when it throws none.
CoreError errorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const CoreError& e) {
        return e;
    }
    return CoreError(ErrorKind::Failed, QStringLiteral("no error was thrown"));
}

QStringList namesOf(const QList<SubjectHit>& hits)
{
    QStringList names;
    for (const SubjectHit& h : hits)
        names << h.name;
    return names;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestSubjectService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsEachKindWithItsDivision();
    void refusesInvalidCodes_data();
    void refusesInvalidCodes();
    void refusesInvalidFields();
    void refusesDuplicateCodes();
    void renameKeepsTheFormerNameSearchable();
    void chineseSubstringSearch_data();
    void chineseSubstringSearch();
    void currentNamesFirstAndOneHitPerSubject();
    void codeSearchByPrefixAndExact();
    void longPrefixesFindPersonsOnlyForRolesThatMayReveal();
    void citizenIdsAreMaskedEverywhere();
    void revealIsPermittedAuditedAndMasked();
    void linksInBothDirections();
    void linkRefusals();
    void limitIsHonoured();
    void roleMatrix();
    void queryPlansUseTheIndexes();

private:
    std::unique_ptr<Session> signIn(const QString& user);
    void addFixture();
    QStringList auditSummaries();
    int auditCount(const QString& action);
    std::unique_ptr<test::Office> m_office;
    std::unique_ptr<Session> m_officer;

    // The fixture's subjects.
    Subject m_huaxinBuilding, m_huaxinLogistics, m_xinyiHardware, m_xindaHardware, m_cotton, m_lawFirm;
    Subject m_wang, m_li;
    QString m_wangId, m_liId;
};

void TestSubjectService::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestSubjectService::init()
{
    m_office = std::make_unique<test::Office>(test::Office::Empty, Password);
    auto admin = signIn(QStringLiteral("admin"));
    UserService users(*admin);
    users.add(QStringLiteral("officer"), Role::Officer, Password);
    users.add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    users.add(QStringLiteral("supervisor"), Role::Supervisor, Password);
    m_officer = signIn(QStringLiteral("officer"));
}

void TestSubjectService::cleanup()
{
    m_officer.reset();
}

std::unique_ptr<Session> TestSubjectService::signIn(const QString& user)
{
    return m_office->signIn(user, Password);
}

void TestSubjectService::addFixture()
{
    SubjectService s(*m_officer);
    m_huaxinBuilding = s.add(SubjectKind::LegalPerson, uscc(QStringLiteral("91320681MA1HX0001")),
        QStringLiteral("启东市华信建材有限公司"));
    m_huaxinLogistics = s.add(SubjectKind::LegalPerson, uscc(QStringLiteral("91320612MA1HX0002")),
        QStringLiteral("南通华信物流有限公司"));
    m_xinyiHardware = s.add(SubjectKind::IndividualBusiness, uscc(QStringLiteral("92320681MA1HX0003")),
        QStringLiteral("启东信义五金厂"));
    m_xindaHardware = s.add(SubjectKind::IndividualBusiness, uscc(QStringLiteral("92320681MA1HX0004")),
        QStringLiteral("启东市汇龙镇信达五金商行"));
    m_cotton = s.add(SubjectKind::IndividualBusiness, uscc(QStringLiteral("92320681MA1HX0006")),
        QStringLiteral("启东100%纯棉服饰店"));
    m_lawFirm = s.add(SubjectKind::Unincorporated, uscc(QStringLiteral("31320000MA1HX0005")),
        QStringLiteral("江苏信诚律师事务所"));
    m_wangId = citizenId(QStringLiteral("32068119900307123"));
    m_liId = citizenId(QStringLiteral("32068219851231002"));
    m_wang = s.add(SubjectKind::NaturalPerson, m_wangId, QStringLiteral("王华信"));
    m_li = s.add(SubjectKind::NaturalPerson, m_liId, QStringLiteral("李信"));
}

QStringList TestSubjectService::auditSummaries()
{
    QStringList summaries;
    for (const AuditEntry& e : AuditLog(m_officer->db()).entries())
        summaries << e.summary;
    return summaries;
}

int TestSubjectService::auditCount(const QString& action)
{
    const QList<AuditEntry> entries = AuditLog(m_officer->db()).entries();
    return int(std::count_if(
        entries.begin(), entries.end(), [&](const AuditEntry& e) { return e.action == action; }));
}

void TestSubjectService::addsEachKindWithItsDivision()
{
    SubjectService s(*m_officer);
    // Pasted from a document: full-width characters, spaces and lower case are normalised.
    const QString code = uscc(QStringLiteral("91320681MA1HX0001"));
    QString pasted = QStringLiteral("９１ 3206 81ma1hx0001") + code.back().toLower();
    const Subject org = s.add(SubjectKind::LegalPerson, pasted, QStringLiteral("  启东市华信建材有限公司 "),
        QStringLiteral("启东市汇龙镇人民中路 1 号"), QDate(2015, 3, 2));
    QVERIFY(org.id > 0);
    QCOMPARE(org.code, code);
    QCOMPARE(org.name, QStringLiteral("启东市华信建材有限公司"));
    QCOMPARE(org.division, QStringLiteral("320681"));
    QCOMPARE(org.registeredOn, QDate(2015, 3, 2));

    const Subject unincorporated = s.add(SubjectKind::Unincorporated,
        uscc(QStringLiteral("31320600MA1HX0005")), QStringLiteral("南通信诚律师事务所"));
    QCOMPARE(unincorporated.division, QStringLiteral("320600"));
    const Subject shop = s.add(SubjectKind::IndividualBusiness, uscc(QStringLiteral("92320681MA1HX0003")),
        QStringLiteral("启东信义五金厂"));
    QCOMPARE(shop.kind, SubjectKind::IndividualBusiness);

    const QString id = citizenId(QStringLiteral("32068119900307123"));
    const Subject person = s.add(SubjectKind::NaturalPerson, id, QStringLiteral("王华信"));
    QCOMPARE(person.division, QStringLiteral("320681"));
    QCOMPARE(person.code, maskCitizenId(id));

    const auto found = s.byCode(QStringLiteral(" ") + code.toLower());
    QVERIFY(found);
    QCOMPARE(found->id, org.id);
    QCOMPARE(found->address, QStringLiteral("启东市汇龙镇人民中路 1 号"));
    QCOMPARE(s.byCode(id)->code, maskCitizenId(id));
    QVERIFY(!s.byCode(uscc(QStringLiteral("91320681MA1HX0009"))));
    QCOMPARE(auditCount(QStringLiteral("subject.add")), 4);
}

void TestSubjectService::refusesInvalidCodes_data()
{
    QTest::addColumn<SubjectKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString org = uscc(QStringLiteral("91320681MA1HX0001"));
    const QChar orgCheck = org.back();
    const QChar wrongOrgCheck = orgCheck == u'A' ? u'B' : u'A';
    const QString person = citizenId(QStringLiteral("32068119900307123"));
    const QChar wrongPersonCheck = person.back() == u'1' ? u'2' : u'1';

    QTest::newRow("empty") << SubjectKind::LegalPerson << QStringLiteral("  ")
                           << QStringLiteral("code: The code is empty.");
    QTest::newRow("credit code too short")
        << SubjectKind::LegalPerson << org.left(17)
        << QStringLiteral("code: The unified social credit code must have 18 characters; it has 17.");
    QTest::newRow("letter I in a credit code")
        << SubjectKind::Unincorporated << QStringLiteral("91320681MI1HX0001") + orgCheck
        << QStringLiteral(
               "code: Character 'I' at position 10 is not allowed in a unified social credit code.");
    QTest::newRow("credit code check character")
        << SubjectKind::IndividualBusiness << org.left(17) + wrongOrgCheck
        << QStringLiteral("code: The check character should be '%1', not '%2'.")
               .arg(orgCheck)
               .arg(wrongOrgCheck);
    QTest::newRow("citizen ID for an organisation")
        << SubjectKind::LegalPerson << person
        << QStringLiteral("code: This is a citizen ID; a legal person is registered under its unified social "
                          "credit code.");
    QTest::newRow("citizen ID too short")
        << SubjectKind::NaturalPerson << QStringLiteral("32068")
        << QStringLiteral("code: The citizen ID must have 18 characters; it has 5.");
    QTest::newRow("letter in a citizen ID")
        << SubjectKind::NaturalPerson << QStringLiteral("3206811990030712A3")
        << QStringLiteral("code: Character 'A' at position 17 is not allowed in a citizen ID.");
    QTest::newRow("no such birth date")
        << SubjectKind::NaturalPerson << citizenId(QStringLiteral("32068119900230123"))
        << QStringLiteral("code: The birth date 19900230 in the citizen ID is not a real date.");
    QTest::newRow("citizen ID check character")
        << SubjectKind::NaturalPerson << person.left(17) + wrongPersonCheck
        << QStringLiteral("code: The check character should be '%1', not '%2'.")
               .arg(person.back())
               .arg(wrongPersonCheck);
    QTest::newRow("credit code for a person")
        << SubjectKind::NaturalPerson << org
        << QStringLiteral("code: This is a unified social credit code; a natural person is registered under "
                          "their citizen "
                          "ID.");
}

void TestSubjectService::refusesInvalidCodes()
{
    QFETCH(SubjectKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const CoreError e
        = errorOf([&] { SubjectService(*m_officer).add(kind, code, QStringLiteral("启东市测试有限公司")); });
    QCOMPARE(int(e.kind()), int(ErrorKind::InvalidInput));
    QCOMPARE(e.message(), message);
    QVERIFY(!SubjectService(*m_officer).byCode(code));
    QCOMPARE(auditCount(QStringLiteral("subject.add")), 0);
}

void TestSubjectService::refusesInvalidFields()
{
    SubjectService s(*m_officer);
    const QString code = uscc(QStringLiteral("91320681MA1HX0001"));
    auto messageOf = [&](const QString& name, const QString& address, const QDate& registeredOn) {
        const CoreError e
            = errorOf([&] { s.add(SubjectKind::LegalPerson, code, name, address, registeredOn); });
        return QString::number(int(e.kind())) + QLatin1Char(' ') + e.message();
    };
    QCOMPARE(messageOf(QStringLiteral(" \u3000 "), {}, {}), QStringLiteral("6 name: The name is empty."));
    QCOMPARE(messageOf(QString(201, u'信'), {}, {}),
        QStringLiteral("6 name: The name is too long: at most 200 characters."));
    QCOMPARE(messageOf(QStringLiteral("启东\u0007五金"), {}, {}),
        QStringLiteral("6 name: The name contains a control character."));
    QCOMPARE(messageOf(QStringLiteral("启东五金"), QString(501, u'路'), {}),
        QStringLiteral("6 address: The address is too long: at most 500 characters."));
    const QDate tomorrow = QDate::currentDate().addDays(1);
    QCOMPARE(messageOf(QStringLiteral("启东五金"), {}, tomorrow),
        QStringLiteral("6 registered on: The date %1 lies in the future.")
            .arg(tomorrow.toString(Qt::ISODate)));
}

void TestSubjectService::refusesDuplicateCodes()
{
    addFixture();
    SubjectService s(*m_officer);
    CoreError e = errorOf([&] {
        s.add(SubjectKind::LegalPerson, m_huaxinBuilding.code.toLower(),
            QStringLiteral("启东市另一家有限公司"));
    });
    QCOMPARE(int(e.kind()), int(ErrorKind::InvalidInput));
    QCOMPARE(e.message(),
        QStringLiteral("code: %1 is already registered, as 启东市华信建材有限公司 (subject %2).")
            .arg(m_huaxinBuilding.code)
            .arg(m_huaxinBuilding.id));

    // The existing person is named by the masked ID only.
    e = errorOf([&] { s.add(SubjectKind::NaturalPerson, m_wangId, QStringLiteral("王二")); });
    QCOMPARE(int(e.kind()), int(ErrorKind::InvalidInput));
    QCOMPARE(e.message(),
        QStringLiteral("code: %1 is already registered, as 王华信 (subject %2).")
            .arg(maskCitizenId(m_wangId))
            .arg(m_wang.id));
    QVERIFY(!e.message().contains(m_wangId));
    QCOMPARE(auditCount(QStringLiteral("subject.add")), 8);
}

void TestSubjectService::renameKeepsTheFormerNameSearchable()
{
    addFixture();
    SubjectService s(*m_officer);
    const Subject renamed
        = s.rename(m_huaxinBuilding.id, QStringLiteral("启东市华信新材料有限公司"), QDate(2024, 6, 30));
    QCOMPARE(renamed.name, QStringLiteral("启东市华信新材料有限公司"));
    QCOMPARE(renamed.formerNames, QStringList {QStringLiteral("启东市华信建材有限公司")});
    QCOMPARE(renamed.rowVersion, m_huaxinBuilding.rowVersion + 1);
    QCOMPARE(s.get(m_huaxinBuilding.id).formerNames, renamed.formerNames);

    // By the former name, through the trigram index and through the short-query scan.
    for (const QString& query : {QStringLiteral("华信建材"), QStringLiteral("建材")}) {
        const QList<SubjectHit> hits = s.find(query, 20);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, m_huaxinBuilding.id);
        QCOMPARE(hits.first().name, QStringLiteral("启东市华信新材料有限公司"));
        QCOMPARE(hits.first().matchedName, QStringLiteral("启东市华信建材有限公司"));
    }
    // The current name matches too: one hit, no former name to show.
    const QList<SubjectHit> byNew = s.find(QStringLiteral("启东市华信"), 20);
    QCOMPARE(byNew.size(), 1);
    QVERIFY(byNew.first().matchedName.isEmpty());

    // Back to the old name: the row becomes current again, the in-between name is former now.
    const Subject back = s.rename(m_huaxinBuilding.id, QStringLiteral("启东市华信建材有限公司"));
    QCOMPARE(back.formerNames, QStringList {QStringLiteral("启东市华信新材料有限公司")});
    QCOMPARE(s.find(QStringLiteral("华信新材料"), 20).first().matchedName,
        QStringLiteral("启东市华信新材料有限公司"));
    QCOMPARE(s.find(QStringLiteral("华信建材"), 20).first().matchedName, QString());

    const CoreError same
        = errorOf([&] { s.rename(m_huaxinBuilding.id, QStringLiteral(" 启东市华信建材有限公司")); });
    QCOMPARE(int(same.kind()), int(ErrorKind::InvalidInput));
    QVERIFY2(same.message().startsWith(QStringLiteral("name: ")), qPrintable(same.message()));
    QCOMPARE(int(errorOf([&] { s.rename(99999, QStringLiteral("无此主体")); }).kind()),
        int(ErrorKind::InvalidInput));

    QCOMPARE(auditCount(QStringLiteral("subject.rename")), 2);
    QVERIFY(
        auditSummaries().contains(QStringLiteral("{\"from\":\"启东市华信建材有限公司\",\"to\":"
                                                 "\"启东市华信新材料有限公司\",\"until\":\"2024-06-30\"}")));
}

void TestSubjectService::chineseSubstringSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("启东市华信建材有限公司");
    const QString b = QStringLiteral("南通华信物流有限公司");
    const QString c = QStringLiteral("启东信义五金厂");
    const QString d = QStringLiteral("启东市汇龙镇信达五金商行");
    const QString f = QStringLiteral("启东100%纯棉服饰店");
    const QString g = QStringLiteral("江苏信诚律师事务所");
    const QString wang = QStringLiteral("王华信");
    const QString li = QStringLiteral("李信");

    QTest::newRow("1 character") << QStringLiteral("信") << QStringList {a, b, c, d, g, wang, li};
    QTest::newRow("2 characters") << QStringLiteral("华信") << QStringList {a, b, wang};
    QTest::newRow("2 characters, spaces around") << QStringLiteral(" 五金　") << QStringList {c, d};
    QTest::newRow("3 characters") << QStringLiteral("华信建") << QStringList {a};
    QTest::newRow("3 characters at the start") << QStringLiteral("启东市") << QStringList {a, d};
    QTest::newRow("4 characters") << QStringLiteral("有限公司") << QStringList {a, b};
    QTest::newRow("4 characters, one subject") << QStringLiteral("信义五金") << QStringList {c};
    QTest::newRow("5 characters") << QStringLiteral("华信物流有") << QStringList {b};
    QTest::newRow("whole name") << QStringLiteral("启东市汇龙镇信达五金商行") << QStringList {d};
    QTest::newRow("no such name") << QStringLiteral("不存在的名字") << QStringList {};
    QTest::newRow("percent is a character") << QStringLiteral("%") << QStringList {f};
    QTest::newRow("percent after a digit") << QStringLiteral("0%") << QStringList {f};
    QTest::newRow("underscore is a character") << QStringLiteral("_") << QStringList {};
    QTest::newRow("quote inside an FTS query") << QStringLiteral("华\"信") << QStringList {};
    QTest::newRow("FTS operators are text") << QStringLiteral("华信 OR 五金") << QStringList {};
    QTest::newRow("mixed digits and Chinese") << QStringLiteral("100%纯棉") << QStringList {f};
    QTest::newRow("empty") << QStringLiteral("  ") << QStringList {};
}

void TestSubjectService::chineseSubstringSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    addFixture();
    const QList<SubjectHit> hits = SubjectService(*m_officer).find(query, 0);
    QCOMPARE(namesOf(hits), sorted(expected));
    for (const SubjectHit& h : hits) {
        QVERIFY(h.matchedName.isEmpty());
        QCOMPARE(h.division.size(), 6);
    }
}

void TestSubjectService::currentNamesFirstAndOneHitPerSubject()
{
    SubjectService s(*m_officer);
    // 一 (U+4E00) sorts before 丁 and 丙: a former-name hit still comes after every current-name hit.
    const Subject formerOnly = s.add(
        SubjectKind::LegalPerson, uscc(QStringLiteral("91320681MA1HX0011")), QStringLiteral("甲建材公司"));
    s.rename(formerOnly.id, QStringLiteral("一号贸易公司"));
    const Subject current = s.add(
        SubjectKind::LegalPerson, uscc(QStringLiteral("91320681MA1HX0012")), QStringLiteral("丙建材公司"));
    // Two former names that both match: one hit, the first of them by name.
    const Subject twoFormer = s.add(
        SubjectKind::LegalPerson, uscc(QStringLiteral("91320681MA1HX0013")), QStringLiteral("乙建材一厂"));
    s.rename(twoFormer.id, QStringLiteral("乙建材二厂"), QDate(2020, 1, 1));
    s.rename(twoFormer.id, QStringLiteral("乙贸易公司"), QDate(2022, 1, 1));
    QCOMPARE(s.get(twoFormer.id).formerNames,
        (QStringList {QStringLiteral("乙建材二厂"), QStringLiteral("乙建材一厂")}));
    // Current and former name both match: one hit, found by the current name.
    const Subject both = s.add(
        SubjectKind::LegalPerson, uscc(QStringLiteral("91320681MA1HX0014")), QStringLiteral("丁建材厂"));
    s.rename(both.id, QStringLiteral("丁建材有限公司"));

    QList<SubjectHit> hits = s.find(QStringLiteral("建材"), 0);
    QCOMPARE(namesOf(hits),
        (QStringList {QStringLiteral("丁建材有限公司"), QStringLiteral("丙建材公司"),
            QStringLiteral("一号贸易公司"), QStringLiteral("乙贸易公司")}));
    QCOMPARE(hits.at(0).matchedName, QString());
    QCOMPARE(hits.at(1).matchedName, QString());
    QCOMPARE(hits.at(2).matchedName, QStringLiteral("甲建材公司"));
    QCOMPARE(hits.at(3).matchedName, QStringLiteral("乙建材一厂"));
    QCOMPARE(hits.at(0).id, both.id);
    QCOMPARE(hits.at(1).id, current.id);

    // The same through the trigram index, and with a limit that cuts into the former-name hits.
    hits = s.find(QStringLiteral("丁建材"), 0);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().matchedName, QString());
    hits = s.find(QStringLiteral("建材一"), 0);
    QCOMPARE(namesOf(hits), QStringList {QStringLiteral("乙贸易公司")});
    QCOMPARE(namesOf(s.find(QStringLiteral("建材"), 3)),
        (QStringList {
            QStringLiteral("丁建材有限公司"), QStringLiteral("丙建材公司"), QStringLiteral("一号贸易公司")}));
}

void TestSubjectService::codeSearchByPrefixAndExact()
{
    addFixture();
    SubjectService s(*m_officer);
    auto codes = [](const QList<SubjectHit>& hits) {
        QStringList list;
        for (const SubjectHit& h : hits)
            list << h.code;
        return list;
    };
    // In code order; the exact code is its own prefix.
    QCOMPARE(
        codes(s.find(QStringLiteral("9132"))), (QStringList {m_huaxinLogistics.code, m_huaxinBuilding.code}));
    QCOMPARE(codes(s.find(QStringLiteral("91320681"))), QStringList {m_huaxinBuilding.code});
    QCOMPARE(codes(s.find(QStringLiteral("92"))),
        (QStringList {m_xinyiHardware.code, m_xindaHardware.code, m_cotton.code}));
    QCOMPARE(codes(s.find(m_huaxinBuilding.code)), QStringList {m_huaxinBuilding.code});
    QCOMPARE(
        codes(s.find(QStringLiteral(" ９１３２０６８１ma1hx0001"))), QStringList {m_huaxinBuilding.code});
    QCOMPARE(codes(s.find(QStringLiteral("31"))), QStringList {m_lawFirm.code});
    QVERIFY(s.find(QStringLiteral("93")).isEmpty());

    // Persons, masked; by the division prefix, by a longer prefix, by the whole ID.
    QCOMPARE(codes(s.find(QStringLiteral("3206"))),
        (QStringList {maskCitizenId(m_wangId), maskCitizenId(m_liId)}));
    QCOMPARE(codes(s.find(QStringLiteral("320681199003"))), QStringList {maskCitizenId(m_wangId)});
    const QList<SubjectHit> exact = s.find(m_wangId.toLower());
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.first().id, m_wang.id);
    QCOMPARE(exact.first().kind, SubjectKind::NaturalPerson);
    QCOMPARE(exact.first().code, maskCitizenId(m_wangId));
}

void TestSubjectService::longPrefixesFindPersonsOnlyForRolesThatMayReveal()
{
    addFixture();
    auto supervisor = signIn(QStringLiteral("supervisor"));
    auto reviewer = signIn(QStringLiteral("reviewer"));
    const QString longPrefix = m_wangId.left(10);
    QCOMPARE(SubjectService(*m_officer).find(longPrefix).size(), 1);
    QCOMPARE(SubjectService(*reviewer).find(longPrefix).size(), 1);
    // Otherwise a supervisor could spell out the hidden digits one prefix at a time.
    QVERIFY(SubjectService(*supervisor).find(longPrefix).isEmpty());
    QCOMPARE(SubjectService(*supervisor).find(m_wangId.left(6)).size(), 1);
    const QList<SubjectHit> exact = SubjectService(*supervisor).find(m_wangId);
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.first().code, maskCitizenId(m_wangId));
}

void TestSubjectService::citizenIdsAreMaskedEverywhere()
{
    addFixture();
    SubjectService s(*m_officer);
    s.rename(m_wang.id, QStringLiteral("王华新"));
    s.link(m_huaxinBuilding.id, m_wang.id, LinkRole::LegalRepresentative, QDate(2019, 5, 1));
    s.link(m_huaxinBuilding.id, m_li.id, LinkRole::Shareholder);
    s.unlink(m_huaxinBuilding.id, m_li.id, LinkRole::Shareholder, QDate::currentDate());
    s.revealCitizenId(m_wang.id);
    s.get(m_li.id, true);

    QCOMPARE(m_wang.code, maskCitizenId(m_wangId));
    QCOMPARE(s.get(m_wang.id).code, maskCitizenId(m_wangId));
    QCOMPARE(s.byCode(m_wangId)->code, maskCitizenId(m_wangId));
    for (const QString& query :
        {QStringLiteral("王华"), QStringLiteral("王华信"), QStringLiteral("320681")}) {
        const QList<SubjectHit> hits = s.find(query);
        QVERIFY(!hits.isEmpty());
        for (const SubjectHit& h : hits)
            QVERIFY(h.code != m_wangId && h.code != m_liId);
    }
    for (const SubjectLink& l : s.linksOf(m_huaxinBuilding.id) + s.linksOf(m_wang.id)) {
        QVERIFY(l.personCode.contains(QLatin1Char('*')));
        QCOMPARE(l.organisationCode, m_huaxinBuilding.code);
    }

    const QStringList summaries = auditSummaries();
    QVERIFY(summaries.size() >= 12);
    for (const QString& summary : summaries) {
        QVERIFY2(!summary.contains(m_wangId), qPrintable(summary));
        QVERIFY2(!summary.contains(m_liId), qPrintable(summary));
    }
    // Nor does any other column of the audit trail carry it.
    for (const AuditEntry& e : AuditLog(m_officer->db()).entries())
        QVERIFY(!e.entityId.contains(m_wangId) && !e.entity.contains(m_wangId));
    QVERIFY(summaries.contains(
        QStringLiteral("{\"code\":\"%1\",\"division\":\"320681\",\"kind\":\"natural_person\","
                       "\"name\":\"王华信\"}")
            .arg(maskCitizenId(m_wangId))));
}

void TestSubjectService::revealIsPermittedAuditedAndMasked()
{
    addFixture();
    QCOMPARE(SubjectService(*m_officer).revealCitizenId(m_wang.id), m_wangId);
    QCOMPARE(auditCount(QStringLiteral("subject.reveal")), 1);
    const AuditEntry last = AuditLog(m_officer->db()).latest(1).first();
    QCOMPARE(last.action, QStringLiteral("subject.reveal"));
    QCOMPARE(last.userName, QStringLiteral("officer"));
    QCOMPARE(last.entityId, QString::number(m_wang.id));
    QCOMPARE(last.summary, QStringLiteral("{\"code\":\"%1\"}").arg(maskCitizenId(m_wangId)));

    // get(reveal) is the same reveal, audited the same way.
    QCOMPARE(SubjectService(*m_officer).get(m_wang.id, true).code, m_wangId);
    QCOMPARE(auditCount(QStringLiteral("subject.reveal")), 2);
    auto reviewer = signIn(QStringLiteral("reviewer"));
    QCOMPARE(SubjectService(*reviewer).revealCitizenId(m_li.id), m_liId);
    QCOMPARE(auditCount(QStringLiteral("subject.reveal")), 3);

    // Organisations' codes are not masked: nothing to reveal, and a get(reveal) just shows it.
    const CoreError org = errorOf([&] { SubjectService(*m_officer).revealCitizenId(m_huaxinBuilding.id); });
    QCOMPARE(int(org.kind()), int(ErrorKind::InvalidInput));
    QCOMPARE(SubjectService(*m_officer).get(m_huaxinBuilding.id, true).code, m_huaxinBuilding.code);
    QCOMPARE(auditCount(QStringLiteral("subject.reveal")), 3);

    for (const QString& user : {QStringLiteral("supervisor"), QStringLiteral("admin")}) {
        auto session = signIn(user);
        SubjectService s(*session);
        CoreError e = errorOf([&] { s.revealCitizenId(m_wang.id); });
        QCOMPARE(int(e.kind()), int(ErrorKind::NotPermitted));
        QVERIFY2(e.message().contains(QStringLiteral("see a full citizen ID")), qPrintable(e.message()));
        e = errorOf([&] { s.get(m_wang.id, true); });
        QCOMPARE(int(e.kind()), int(ErrorKind::NotPermitted));
        QCOMPARE(s.get(m_wang.id).code, maskCitizenId(m_wangId));
    }
    QCOMPARE(auditCount(QStringLiteral("subject.reveal")), 3);
}

void TestSubjectService::linksInBothDirections()
{
    addFixture();
    SubjectService s(*m_officer);
    const SubjectLink rep
        = s.link(m_huaxinBuilding.id, m_wang.id, LinkRole::LegalRepresentative, QDate(2019, 5, 1));
    QVERIFY(rep.id > 0);
    QCOMPARE(rep.organisationName, m_huaxinBuilding.name);
    QCOMPARE(rep.personName, QStringLiteral("王华信"));
    QCOMPARE(rep.personCode, maskCitizenId(m_wangId));
    QCOMPARE(rep.since, QDate(2019, 5, 1));
    QVERIFY(rep.isOpen());
    s.link(m_huaxinBuilding.id, m_li.id, LinkRole::Shareholder);
    s.link(m_huaxinLogistics.id, m_wang.id, LinkRole::Director);
    s.link(m_lawFirm.id, m_wang.id, LinkRole::Principal);

    const QList<SubjectLink> ofOrganisation = s.linksOf(m_huaxinBuilding.id);
    QCOMPARE(ofOrganisation.size(), 2);
    QSet<qint64> persons;
    for (const SubjectLink& l : ofOrganisation) {
        QCOMPARE(l.organisationId, m_huaxinBuilding.id);
        persons << l.personId;
    }
    QCOMPARE(persons, (QSet<qint64> {m_wang.id, m_li.id}));

    const QList<SubjectLink> ofPerson = s.linksOf(m_wang.id);
    QCOMPARE(ofPerson.size(), 3);
    QSet<qint64> organisations;
    for (const SubjectLink& l : ofPerson) {
        QCOMPARE(l.personId, m_wang.id);
        organisations << l.organisationId;
    }
    QCOMPARE(organisations, (QSet<qint64> {m_huaxinBuilding.id, m_huaxinLogistics.id, m_lawFirm.id}));

    // Ending a link keeps it as history; the same role may be taken up again later.
    s.unlink(m_huaxinBuilding.id, m_wang.id, LinkRole::LegalRepresentative, QDate(2023, 6, 30));
    s.link(m_huaxinBuilding.id, m_wang.id, LinkRole::LegalRepresentative, QDate(2024, 1, 1));
    const QList<SubjectLink> history = s.linksOf(m_huaxinBuilding.id);
    QCOMPARE(history.size(), 3);
    QVERIFY(history.first().isOpen());
    QCOMPARE(history.last().until, QDate(2023, 6, 30));
    QCOMPARE(history.last().since, QDate(2019, 5, 1));
    QVERIFY(s.linksOf(m_xinyiHardware.id).isEmpty());

    QCOMPARE(auditCount(QStringLiteral("subject.link")), 5);
    QCOMPARE(auditCount(QStringLiteral("subject.unlink")), 1);
    QVERIFY(auditSummaries().contains(QStringLiteral("{\"person\":%1,\"personCode\":\"%2\",\"role\":\"legal_"
                                                     "representative\",\"until\":\"2023-06-30\"}")
                                          .arg(m_wang.id)
                                          .arg(maskCitizenId(m_wangId))));
}

void TestSubjectService::linkRefusals()
{
    addFixture();
    SubjectService s(*m_officer);
    auto refusal = [&](const std::function<void()>& call) {
        const CoreError e = errorOf(call);
        return QString::number(int(e.kind())) + QLatin1Char(' ') + e.message();
    };
    QCOMPARE(refusal([&] { s.link(m_wang.id, m_li.id, LinkRole::Director); }),
        QStringLiteral("6 organisation: 王华信 (subject %1) is a natural person, not an organisation.")
            .arg(m_wang.id));
    QCOMPARE(refusal([&] { s.link(m_huaxinBuilding.id, m_xinyiHardware.id, LinkRole::Director); }),
        QStringLiteral(
            "6 person: 启东信义五金厂 (subject %1) is not a natural person but of the kind individual "
            "business.")
            .arg(m_xinyiHardware.id));
    QCOMPARE(refusal([&] { s.link(m_huaxinBuilding.id, 99999, LinkRole::Director); }),
        QStringLiteral("6 There is no subject 99999."));
    s.link(m_huaxinBuilding.id, m_wang.id, LinkRole::Director, QDate(2020, 1, 1));
    QCOMPARE(refusal([&] { s.link(m_huaxinBuilding.id, m_wang.id, LinkRole::Director); }),
        QStringLiteral("6 王华信 is already linked to 启东市华信建材有限公司 as director."));
    QCOMPARE(refusal([&] { s.unlink(m_huaxinBuilding.id, m_li.id, LinkRole::Director); }),
        QStringLiteral("6 Subject %1 is not linked to subject %2 as director.")
            .arg(m_li.id)
            .arg(m_huaxinBuilding.id));
    QCOMPARE(
        refusal([&] { s.unlink(m_huaxinBuilding.id, m_wang.id, LinkRole::Director, QDate(2019, 12, 31)); }),
        QStringLiteral("6 until: The link cannot end on 2019-12-31, before it began on 2020-01-01."));
    QCOMPARE(auditCount(QStringLiteral("subject.link")), 1);
    QCOMPARE(auditCount(QStringLiteral("subject.unlink")), 0);
}

void TestSubjectService::limitIsHonoured()
{
    SubjectService s(*m_officer);
    for (int i = 1; i <= 25; ++i)
        s.add(SubjectKind::LegalPerson,
            uscc(QStringLiteral("91320681MA1T%1").arg(i, 5, 10, QLatin1Char('0'))),
            QStringLiteral("启东测试%1号有限公司").arg(i));
    QCOMPARE(s.find(QStringLiteral("测试")).size(), 20); // the default
    QCOMPARE(s.find(QStringLiteral("测试"), 10).size(), 10);
    QCOMPARE(s.find(QStringLiteral("测试"), 0).size(), 25);
    QCOMPARE(s.find(QStringLiteral("启东测试"), 5).size(), 5);
    QCOMPARE(s.find(QStringLiteral("启东测试"), 0).size(), 25);
    QCOMPARE(s.find(QStringLiteral("91320681MA1T"), 7).size(), 7);
    QCOMPARE(s.find(QStringLiteral("91320681MA1T"), 0).size(), 25);
    // The first ones by name, whatever the limit.
    const QList<SubjectHit> all = s.find(QStringLiteral("测试"), 0);
    QCOMPARE(namesOf(s.find(QStringLiteral("测试"), 4)), namesOf(all.mid(0, 4)));
    const CoreError e = errorOf([&] { s.find(QStringLiteral("测试"), -1); });
    QCOMPARE(int(e.kind()), int(ErrorKind::InvalidInput));
}

void TestSubjectService::roleMatrix()
{
    addFixture();
    const QString code = uscc(QStringLiteral("91320681MA1HX0099"));
    for (const QString& user : {QStringLiteral("reviewer"), QStringLiteral("supervisor")}) {
        auto session = signIn(user);
        SubjectService s(*session);
        QCOMPARE(
            int(errorOf([&] { s.add(SubjectKind::LegalPerson, code, QStringLiteral("某公司")); }).kind()),
            int(ErrorKind::NotPermitted));
        QCOMPARE(int(errorOf([&] { s.rename(m_huaxinBuilding.id, QStringLiteral("某公司")); }).kind()),
            int(ErrorKind::NotPermitted));
        QCOMPARE(int(errorOf([&] { s.link(m_huaxinBuilding.id, m_wang.id, LinkRole::Director); }).kind()),
            int(ErrorKind::NotPermitted));
        QCOMPARE(int(errorOf([&] { s.unlink(m_huaxinBuilding.id, m_wang.id, LinkRole::Director); }).kind()),
            int(ErrorKind::NotPermitted));
        // Every role reads and searches.
        QCOMPARE(s.find(QStringLiteral("华信")).size(), 3);
        QCOMPARE(s.get(m_huaxinBuilding.id).name, m_huaxinBuilding.name);
        QVERIFY(s.linksOf(m_huaxinBuilding.id).isEmpty());
    }
    auto admin = signIn(QStringLiteral("admin"));
    SubjectService s(*admin);
    const Subject added = s.add(SubjectKind::LegalPerson, code, QStringLiteral("某公司"));
    s.rename(added.id, QStringLiteral("某某公司"));
    s.link(added.id, m_wang.id, LinkRole::Director);
    QCOMPARE(auditCount(QStringLiteral("subject.add")), 9);
}

void TestSubjectService::queryPlansUseTheIndexes()
{
    if (m_office->isServer())
        QSKIP("SQLite's query plans; a server's are measured by bench --server");
    SubjectStore store(m_officer->db());
    const QString code = store.queryPlan(SubjectStore::Lookup::Code).join(QLatin1Char('\n'));
    QVERIFY2(code.contains(QStringLiteral("SEARCH subjects USING INDEX subjects_code (code=?)")),
        qPrintable(code));
    const QString prefix = store.queryPlan(SubjectStore::Lookup::CodePrefix).join(QLatin1Char('\n'));
    QVERIFY2(prefix.contains(QStringLiteral("SEARCH subjects USING INDEX subjects_code (code>? AND code<?)")),
        qPrintable(prefix));
    QVERIFY2(!prefix.contains(QStringLiteral("TEMP B-TREE")), qPrintable(prefix));
    const QString longName = store.queryPlan(SubjectStore::Lookup::LongName).join(QLatin1Char('\n'));
    QVERIFY2(longName.contains(QStringLiteral("SCAN f VIRTUAL TABLE INDEX")), qPrintable(longName));
    QVERIFY2(!longName.contains(QStringLiteral("SCAN s")), qPrintable(longName));
    QVERIFY2(longName.contains(QStringLiteral("SEARCH s USING INTEGER PRIMARY KEY")), qPrintable(longName));
    const QString shortName = store.queryPlan(SubjectStore::Lookup::ShortName).join(QLatin1Char('\n'));
    QVERIFY2(!shortName.contains(QStringLiteral("VIRTUAL TABLE")), qPrintable(shortName));
    QVERIFY2(!shortName.contains(QStringLiteral("SCAN s")), qPrintable(shortName));
}

QTEST_GUILESS_MAIN(TestSubjectService)
#include "TestSubjectService.moc"
