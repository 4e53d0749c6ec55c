#include "storage/ServerAddress.h"

#include "CoreError.h"

#include <QUrl>
#include <QUrlQuery>

namespace cd {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw CoreError(ErrorKind::InvalidInput, message);
}

} // namespace

ServerAddress ServerAddress::parse(const QString& url, const QString& signInUser)
{
    const QString form = tr("postgresql://user@host:port/database");
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        refuse(tr("\"%1\" is not a server address: write it as %2.").arg(url, form));
    if (!u.password().isEmpty() || u.userInfo(QUrl::FullyEncoded).contains(QLatin1Char(':')))
        refuse(tr("The server address must not hold a password: it is asked for when you sign in."));
    if (!u.fragment().isEmpty())
        refuse(tr("\"%1\" is not a server address: write it as %2.").arg(url, form));

    ServerAddress a;
    a.m_host = u.host(QUrl::FullyDecoded);
    // Without a host libpq would take a Unix socket, which has no TLS; several hosts are not
    // supported (one office, one server).
    if (a.m_host.isEmpty())
        refuse(tr("The server address names no host: write it as %1.").arg(form));
    if (a.m_host.contains(QLatin1Char(',')))
        refuse(tr("The server address names several hosts; give the one server of the office."));
    a.m_port = u.port(DefaultPort);
    if (a.m_port < 1 || a.m_port > 65535)
        refuse(tr("The server address has no valid port: write it as %1.").arg(form));
    a.m_user = u.userName(QUrl::FullyDecoded);
    const QString user = signInUser.trimmed();
    if (!user.isEmpty() && !a.m_user.isEmpty() && user != a.m_user)
        refuse(tr("The server address names the user %1, but %2 is signing in: leave the user out of "
                  "the address.")
                   .arg(a.m_user, user));
    if (a.m_user.isEmpty())
        a.m_user = user;
    if (a.m_user.isEmpty())
        refuse(tr("The server address names no user: write it as %1.").arg(form));
    QString path = u.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('/')))
        refuse(tr("The server address names no database: write it as %1.").arg(form));
    a.m_database = path;

    const QUrlQuery query(u);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (value != QLatin1String("verify-full"))
                refuse(tr("The server address asks for sslmode=%1. CreditDesk connects to a server only "
                          "over TLS with the server's certificate checked against the office CA "
                          "(sslmode=verify-full): remove the setting from the address.")
                           .arg(value));
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 300)
                refuse(tr("The server address's connect_timeout must be a number of seconds from 1 to "
                          "300, not \"%1\".")
                           .arg(value));
            a.m_connectTimeout = seconds;
        } else {
            // sslrootcert, sslcert, hostaddr, options, gssencmode …: the CA file is chosen apart
            // from the address, and nothing else may change how the connection is made.
            refuse(tr("The server address sets %1, which CreditDesk does not take from an address; "
                      "only sslmode=verify-full and connect_timeout may follow the '?'.")
                       .arg(key));
        }
    }
    return a;
}

QString ServerAddress::toString() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(m_user);
    u.setHost(m_host);
    u.setPort(m_port);
    u.setPath(QLatin1Char('/') + m_database);
    return u.toString(QUrl::FullyEncoded);
}

ServerAddress ServerAddress::withUser(const QString& user) const
{
    ServerAddress a = *this;
    a.m_user = user;
    return a;
}

} // namespace cd
