// The office server's address (issue 10): what is accepted, and that nothing weaker than
// sslmode=verify-full, no password and no other connection setting can come in through it.

#include "CoreError.h"
#include "storage/ServerAddress.h"

#include <QTest>

using namespace cd;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void displayHasNoSecrets();
};

void TestServerAddress::accepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<int>("timeout");

    QTest::newRow("full") << "postgresql://officer@db.office.example:6432/creditdesk"
                          << "officer"
                          << "db.office.example" << 6432 << "creditdesk" << 10;
    QTest::newRow("default port") << "postgresql://officer@db/creditdesk"
                                  << "officer"
                                  << "db" << 5432 << "creditdesk" << 10;
    QTest::newRow("short scheme") << "postgres://officer@db/creditdesk"
                                  << "officer"
                                  << "db" << 5432 << "creditdesk" << 10;
    QTest::newRow("upper-case scheme") << "PostgreSQL://officer@db/creditdesk"
                                       << "officer"
                                       << "db" << 5432 << "creditdesk" << 10;
    QTest::newRow("ipv4") << "postgresql://a@127.0.0.1:5433/x"
                          << "a"
                          << "127.0.0.1" << 5433 << "x" << 10;
    QTest::newRow("ipv6") << "postgresql://a@[::1]:5433/x"
                          << "a"
                          << "::1" << 5433 << "x" << 10;
    QTest::newRow("percent-encoded") << "postgresql://%E7%8E%8B%E4%BA%94@db/%E4%BF%A1%E7%94%A8"
                                     << "王五"
                                     << "db" << 5432 << "信用" << 10;
    QTest::newRow("verify-full said again") << "postgresql://a@db/x?sslmode=verify-full"
                                            << "a"
                                            << "db" << 5432 << "x" << 10;
    QTest::newRow("timeout") << "postgresql://a@db/x?connect_timeout=3&sslmode=verify-full"
                             << "a"
                             << "db" << 5432 << "x" << 3;
    QTest::newRow("spaces around") << "  postgresql://a@db/x  "
                                   << "a"
                                   << "db" << 5432 << "x" << 10;
}

void TestServerAddress::accepted()
{
    QFETCH(QString, url);
    const ServerAddress a = ServerAddress::parse(url);
    QTEST(a.user(), "user");
    QTEST(a.host(), "host");
    QTEST(a.port(), "port");
    QTEST(a.database(), "database");
    QTEST(a.connectTimeoutSeconds(), "timeout");
}

void TestServerAddress::refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");

    QTest::newRow("not a url") << "db.office.example"
                               << "is not a server address";
    QTest::newRow("other scheme") << "mysql://a@db/x"
                                  << "is not a server address";
    QTest::newRow("a file") << "/home/office/credit.db"
                            << "is not a server address";
    QTest::newRow("password") << "postgresql://a:secret@db/x"
                              << "must not hold a password";
    QTest::newRow("empty password") << "postgresql://a:@db/x"
                                    << "must not hold a password";
    QTest::newRow("no host") << "postgresql://a@/x"
                             << "names no host";
    QTest::newRow("unix socket") << "postgresql://a@%2Fvar%2Frun%2Fpostgresql/x"
                                 << "";
    QTest::newRow("several hosts") << "postgresql://a@db1,db2/x"
                                   << "";
    QTest::newRow("no user") << "postgresql://db/x"
                             << "names no user";
    QTest::newRow("no database") << "postgresql://a@db"
                                 << "names no database";
    QTest::newRow("no database, slash") << "postgresql://a@db/"
                                        << "names no database";
    QTest::newRow("deeper path") << "postgresql://a@db/x/y"
                                 << "names no database";
    QTest::newRow("bad port") << "postgresql://a@db:99999/x"
                              << "";
    QTest::newRow("fragment") << "postgresql://a@db/x#y"
                              << "is not a server address";
    for (const char* mode : {"disable", "allow", "prefer", "require", "verify-ca", "VERIFY-FULL", ""})
        QTest::newRow(qPrintable(QStringLiteral("sslmode=%1").arg(QLatin1String(mode))))
            << QStringLiteral("postgresql://a@db/x?sslmode=%1").arg(QLatin1String(mode))
            << QStringLiteral("CreditDesk connects to a server only over TLS");
    for (const char* key : {"sslrootcert", "sslcert", "sslkey", "hostaddr", "host", "options", "gssencmode",
             "password", "sslcrl", "target_session_attrs", "requiressl"})
        QTest::newRow(key)
            << QStringLiteral("postgresql://a@db/x?%1=v").arg(QLatin1String(key))
            << QStringLiteral("sets %1, which CreditDesk does not take").arg(QLatin1String(key));
    QTest::newRow("timeout zero") << "postgresql://a@db/x?connect_timeout=0"
                                  << "connect_timeout";
    QTest::newRow("timeout text") << "postgresql://a@db/x?connect_timeout=soon"
                                  << "connect_timeout";
}

void TestServerAddress::refused()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    try {
        ServerAddress::parse(url);
        QFAIL(qPrintable(QStringLiteral("accepted ") + url));
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
    }
}

void TestServerAddress::displayHasNoSecrets()
{
    const ServerAddress a = ServerAddress::parse(
        QStringLiteral("postgresql://王五@db.office.example:6432/信用?connect_timeout=5"));
    QCOMPARE(a.toString(),
        QStringLiteral("postgresql://%E7%8E%8B%E4%BA%94@db.office.example:6432/%E4%BF%A1%E7%94%A8"));
    QCOMPARE(ServerAddress::parse(a.toString()).user(), QStringLiteral("王五"));
    QCOMPARE(ServerAddress::parse(QStringLiteral("postgresql://a@[::1]/x")).toString(),
        QStringLiteral("postgresql://a@[::1]:5432/x"));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
