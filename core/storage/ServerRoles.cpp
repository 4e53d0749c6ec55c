#include "storage/ServerRoles.h"

#include "CoreError.h"
#include "crypto/ScramVerifier.h"
#include "domain/Role.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>

namespace cd {

ServerRoles::ServerRoles(Database& db) : m_db(db) { }

QString ServerRoles::groupRole(Role role)
{
    return QStringLiteral("creditdesk_") + Roles::key(role);
}

void ServerRoles::run(const QString& formatString, const QStringList& arguments)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        placeholders << QStringLiteral("CAST(? AS text)");
    QSqlQuery build = m_db.prepare(
        QStringLiteral("SELECT format(CAST(? AS text), %1)").arg(placeholders.join(QLatin1String(", "))));
    build.addBindValue(formatString);
    for (const QString& a : arguments)
        build.addBindValue(a);
    m_db.exec(build);
    build.next();
    const QString statement = build.value(0).toString();
    build.finish();
    m_db.exec(statement);
}

void ServerRoles::applyGrants()
{
    QFile f(QStringLiteral(":/server/grants.sql"));
    if (!f.open(QIODevice::ReadOnly))
        throw CoreError(
            ErrorKind::Failed, tr("The program's own grants for the server are missing from it."));
    m_db.execScript(QString::fromUtf8(f.readAll()));
}

void ServerRoles::ensureGroupRoles()
{
    for (Role role : {Role::Officer, Role::Reviewer, Role::Supervisor, Role::Admin}) {
        if (!loginExists(groupRole(role)))
            run(QStringLiteral("CREATE ROLE %I NOLOGIN"), {groupRole(role)});
    }
}

bool ServerRoles::loginExists(const QString& name)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    m_db.exec(q);
    return q.next();
}

void ServerRoles::createLogin(const QString& name, Role role, QByteArrayView passwordUtf8)
{
    if (loginExists(name))
        throw CoreError(ErrorKind::InvalidInput,
            tr("The database server already has a role named %1 (a user of this or another database on "
               "the same server); choose another name.")
                .arg(name));
    run(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"),
        {name, ScramVerifier::make(passwordUtf8), groupRole(role)});
}

void ServerRoles::joinGroup(const QString& name, Role role)
{
    run(QStringLiteral("GRANT %I TO %I"), {groupRole(role), name});
}

void ServerRoles::createWithoutLogin(const QString& name, Role role)
{
    run(QStringLiteral("CREATE ROLE %I NOLOGIN IN ROLE %I"), {name, groupRole(role)});
}

void ServerRoles::setPassword(const QString& name, QByteArrayView passwordUtf8, bool enableLogin)
{
    run(enableLogin ? QStringLiteral("ALTER ROLE %I LOGIN PASSWORD %L")
                    : QStringLiteral("ALTER ROLE %I PASSWORD %L"),
        {name, ScramVerifier::make(passwordUtf8)});
}

void ServerRoles::disableLogin(const QString& name)
{
    run(QStringLiteral("ALTER ROLE %I NOLOGIN"), {name});
}

} // namespace cd
