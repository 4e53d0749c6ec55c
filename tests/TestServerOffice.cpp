// An office on a PostgreSQL server (issue 10): who signs in with what, what the server itself refuses
// a role that talks to it with its own SQL, the confidential reports kept by row-level security, two
// desks writing at once, and a save over a change the user has not seen. Runs against the test
// cluster (fixture pg_cluster); every office is a fresh database (tests/util/Office).

#include "CoreError.h"
#include "services/CaseService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/TipService.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "util/Office.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace cd;

class TestServerOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachUserSignsInWithTheirOwnPassword();
    void passwordsReachTheServerOnlyAsVerifiers();
    void theServerRefusesWhatARoleMayNot();
    void confidentialReportsAreKeptByRowLevelSecurity();
    void desksWritingAtOnceTakeTurnsInOneAuditChain();
    void aDecisionOnACaseChangedMeanwhileNamesWhoAndWhen();

private:
    // Runs one statement as the session's user; the CoreError kind it raised, or none.
    static std::optional<ErrorKind> refusal(Session& session, const QString& sql);
    std::unique_ptr<Database> superuser();
    qint64 company(const QString& orgCode, const QString& name);

    std::unique_ptr<test::Office> m_office;
};

void TestServerOffice::initTestCase()
{
    qputenv("CREDITDESK_TEST_BACKEND", "server");
    QVERIFY2(qEnvironmentVariableIsSet("CREDITDESK_TEST_PG_INFO"),
        "run through ctest (fixture pg_cluster), or set CREDITDESK_TEST_PG_INFO to the state file of "
        "tests/pg/cluster.sh start");
}

void TestServerOffice::init()
{
    m_office = std::make_unique<test::Office>();
    QVERIFY(m_office->isServer());
}

void TestServerOffice::cleanup()
{
    m_office.reset();
}

std::optional<ErrorKind> TestServerOffice::refusal(Session& session, const QString& sql)
{
    try {
        session.db().exec(sql);
    } catch (const CoreError& e) {
        return e.kind();
    }
    return std::nullopt;
}

std::unique_ptr<Database> TestServerOffice::superuser()
{
    QFile f(qEnvironmentVariable("CREDITDESK_TEST_PG_INFO"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, QString> info;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const ServerAddress office = ServerAddress::parse(m_office->path());
    return Database::openServer(ServerAddress::parse(QStringLiteral("postgresql://%1@localhost:%2/%3")
                                                         .arg(info.value(QStringLiteral("PG_SUPERUSER")))
                                                         .arg(office.port())
                                                         .arg(office.database())),
        info.value(QStringLiteral("PG_SUPERUSER_PASSWORD")), info.value(QStringLiteral("PG_CA_FILE")));
}

qint64 TestServerOffice::company(const QString& orgCode, const QString& name)
{
    return m_office->addCompany(orgCode, name);
}

void TestServerOffice::eachUserSignsInWithTheirOwnPassword()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(officer->user().name, QStringLiteral("officer"));
    QCOMPARE(officer->user().role, Role::Officer);
    QVERIFY(officer->isServer());

    try {
        m_office->signIn(QStringLiteral("officer"), "not-the-password");
        QFAIL("a wrong password signed in");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::SignIn);
    }

    // Disabled by an administrator: the server no longer lets the role connect at all.
    auto admin = m_office->as(QStringLiteral("admin"));
    UserService(*admin).disable(QStringLiteral("officer2"));
    try {
        m_office->as(QStringLiteral("officer2"));
        QFAIL("a disabled user signed in");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::SignIn);
        QVERIFY2(e.message().contains(QStringLiteral("officer2")), qPrintable(e.message()));
    }

    // A changed password is the server's at once: the old one no longer opens it.
    UserService(*officer).changeOwnPassword(test::Office::Password, "officer-new-pass-2");
    QVERIFY(m_office->signIn(QStringLiteral("officer"), "officer-new-pass-2"));
    QVERIFY_THROWS_EXCEPTION(CoreError, m_office->as(QStringLiteral("officer")));
}

void TestServerOffice::passwordsReachTheServerOnlyAsVerifiers()
{
    // Full-width letters and an ideographic space: libpq prepares them (SASLprep) before proving the
    // password, so the stored verifier must have been made from the same prepared form.
    const QByteArray password = QStringLiteral("信用办Ｐａｓｓ　２０２６").toUtf8();
    auto admin = m_office->as(QStringLiteral("admin"));
    UserService(*admin).add(QStringLiteral("clerk"), Role::Officer, password);
    QCOMPARE(m_office->signIn(QStringLiteral("clerk"), password)->user().name, QStringLiteral("clerk"));

    auto super = superuser();
    QVERIFY(super);
    QSqlQuery q = super->exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'clerk'"));
    QVERIFY(q.next());
    const QString stored = q.value(0).toString();
    QVERIFY2(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")), qPrintable(stored));
    QVERIFY(!stored.contains(QStringLiteral("Ｐａｓｓ")));
}

void TestServerOffice::theServerRefusesWhatARoleMayNot()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    auto admin = m_office->as(QStringLiteral("admin"));
    // An officer making themselves an administrator, behind the program's back.
    QCOMPARE(refusal(*officer, QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'officer'")),
        std::optional(ErrorKind::NotPermitted));
    // The audit trail is appended to, never changed: not by a desk, not by its owner.
    QCOMPARE(
        refusal(*officer, QStringLiteral("DELETE FROM audit_log")), std::optional(ErrorKind::NotPermitted));
    QVERIFY(refusal(*admin, QStringLiteral("UPDATE audit_log SET user_name = 'nobody'")).has_value());
    QVERIFY(refusal(*admin, QStringLiteral("DELETE FROM audit_log")).has_value());
    // A supervisor reads; registering subjects is casework.
    QCOMPARE(refusal(*supervisor,
                 QStringLiteral("INSERT INTO subjects (kind, code, name, created_at, updated_at) VALUES "
                                "('legal_person', 'X', 'X', now(), now())")),
        std::optional(ErrorKind::NotPermitted));
    QCOMPARE(refusal(*supervisor, QStringLiteral("SELECT count(*) FROM subjects")), std::nullopt);
    // The role the program checks is the one the server enforces: the row still says officer.
    QCOMPARE(m_office->as(QStringLiteral("officer"))->user().role, Role::Officer);
}

void TestServerOffice::confidentialReportsAreKeptByRowLevelSecurity()
{
    const qint64 subject = company(QStringLiteral("MA1T2P3X4"), QStringLiteral("启东市举报测试有限公司"));
    auto officer = m_office->as(QStringLiteral("officer"));
    TipService(*officer).add(subject, QString(), QStringLiteral("夜间偷排废水"), TipChannel::Phone,
        QDate::currentDate(), TipReporter {QStringLiteral("王某"), QStringLiteral("13800000000")});

    auto count = [](Session& s, const char* table) {
        QSqlQuery q = s.db().exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    };
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    auto supervisor = m_office->as(QStringLiteral("supervisor"));
    auto admin = m_office->as(QStringLiteral("admin"));
    QCOMPARE(count(*officer, "tips"), 1);
    QCOMPARE(count(*supervisor, "tips"), 1);
    QCOMPARE(count(*reviewer, "tip_reporters"), 1);
    // Who reported it: the reviewer only. The officer who took the report in cannot read it back.
    QCOMPARE(refusal(*officer, QStringLiteral("SELECT * FROM tip_reporters")),
        std::optional(ErrorKind::NotPermitted));
    QCOMPARE(refusal(*supervisor, QStringLiteral("SELECT * FROM tip_reporters")),
        std::optional(ErrorKind::NotPermitted));
    // The administrator owns the tables, and still sees no report: the policy is forced on owners.
    QCOMPARE(count(*admin, "tips"), 0);
    QCOMPARE(count(*admin, "tip_reporters"), 0);
}

void TestServerOffice::desksWritingAtOnceTakeTurnsInOneAuditChain()
{
    constexpr int PerDesk = 12;
    auto desk = [&](const QString& user, const QString& prefix, QString* failure) {
        try {
            auto session = m_office->as(user);
            SubjectService subjects(*session);
            for (int i = 0; i < PerDesk; ++i)
                subjects.add(SubjectKind::LegalPerson,
                    test::Office::uscc(QStringLiteral("%1%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'))),
                    QStringLiteral("启东市并发%1号有限公司").arg(prefix + QString::number(i)));
        } catch (const CoreError& e) {
            *failure = e.message();
        }
    };
    QString first, second;
    std::thread a(desk, QStringLiteral("officer"), QStringLiteral("MA1AAA"), &first);
    std::thread b(desk, QStringLiteral("officer2"), QStringLiteral("MA1BBB"), &second);
    a.join();
    b.join();
    QVERIFY2(first.isEmpty(), qPrintable(first));
    QVERIFY2(second.isEmpty(), qPrintable(second));

    auto admin = m_office->as(QStringLiteral("admin"));
    const AuditLog::Report report = AuditLog(admin->db()).verify();
    QVERIFY2(report.firstBadSeq == 0, qPrintable(report.problem));
    int added = 0;
    for (const AuditEntry& e : AuditLog(admin->db()).entries())
        added += e.action == QLatin1String("subject.add") ? 1 : 0;
    QCOMPARE(added, 2 * PerDesk);
}

void TestServerOffice::aDecisionOnACaseChangedMeanwhileNamesWhoAndWhen()
{
    const qint64 subject = company(QStringLiteral("MA1C2D3E4"), QStringLiteral("启东市两桌有限公司"));
    const qint64 record = m_office->addRecord(
        subject, QStringLiteral("启市监处罚〔2026〕77号"), Severity::Serious, QDate(2026, 3, 2));
    const Case drafted
        = m_office->sanction(subject, record, 0, QDate(2026, 4, 1), QDate(2029, 3, 31), QDate());
    // Drafted and approved by the helper; the reviewer's desk now shows it as approved.
    auto reviewer = m_office->as(QStringLiteral("reviewer"));
    const Case seen = CaseService(*reviewer).get(drafted.id);
    // Meanwhile, on the officer's desk, the case is pushed.
    auto officer = m_office->as(QStringLiteral("officer"));
    CaseService(*officer).push(seen.id, QDate::currentDate(), seen.rowVersion);
    try {
        CaseService(*reviewer).push(seen.id, QDate::currentDate(), seen.rowVersion);
        QFAIL("a push over a change the reviewer had not seen went through");
    } catch (const CoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("changed by officer at ")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("reload")), qPrintable(e.message()));
    }
    QCOMPARE(
        CaseService(*reviewer).get(seen.id).tasks.size(), CaseService(*officer).get(seen.id).tasks.size());
}

QTEST_GUILESS_MAIN(TestServerOffice)
#include "TestServerOffice.moc"
