#pragma once

#include <QCoreApplication>
#include <QString>

namespace cd {

// Where an office's PostgreSQL server is: postgresql://user@host:port/database (issue 10). The
// address says where and as whom, never how securely: every connection is TLS with the server's
// certificate checked against the office CA (sslmode=verify-full), so an address that asks for
// anything else, or that carries a password or other connection settings, is refused here.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int DefaultPort = 5432;

    // Throws CoreError(InvalidInput) with a sentence naming what is wrong. Accepts the schemes
    // postgresql:// and postgres://, percent-encoding, an IPv6 host in brackets, and the query
    // settings sslmode=verify-full (already what is used) and connect_timeout=1..300 (seconds).
    // signInUser: the user signing in, for an address that leaves the user out (the connection
    // setting of a desk names the server, not the person); an address naming another user is refused.
    static ServerAddress parse(const QString& url, const QString& signInUser = {});
    // The same server and database, as another user.
    ServerAddress withUser(const QString& user) const;

    const QString& user() const { return m_user; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    int connectTimeoutSeconds() const { return m_connectTimeout; }

    // postgresql://user@host:port/database: what messages and logs show (there is no password to
    // leave out).
    QString toString() const;

private:
    QString m_user;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    int m_connectTimeout = 10;
};

} // namespace cd
