#include "storage/UserStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

namespace {

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromKey(q.value(3).toString()).value_or(Role::Officer);
    u.departmentId = q.value(4).toLongLong();
    u.disabled = q.value(5).toBool();
    u.createdAt = q.value(6).toDateTime();
    return u;
}

const char* const Columns = "id, name, display_name, role, department_id, disabled, created_at";

} // namespace

UserStore::UserStore(Database& db) : m_db(db) { }

std::optional<User> UserStore::byName(const QString& name)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(QLatin1String(Columns)));
    q.addBindValue(name);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

QList<User> UserStore::all()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(QLatin1String(Columns)));
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

qint64 UserStore::insert(const User& user)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, department_id, "
                                      "disabled, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.name);
    q.addBindValue(user.displayName.isEmpty() ? user.name : user.displayName);
    q.addBindValue(Roles::key(user.role));
    q.addBindValue(
        user.departmentId > 0 ? QVariant(user.departmentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(user.disabled);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    return m_db.execReturningId(q);
}

void UserStore::setDisabled(qint64 id, bool disabled)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE users SET disabled = ?, disabled_at = ? WHERE id = ?"));
    q.addBindValue(disabled);
    q.addBindValue(
        disabled ? QVariant(QDateTime::currentDateTimeUtc()) : QVariant(QMetaType(QMetaType::QDateTime)));
    q.addBindValue(id);
    m_db.exec(q);
}

int UserStore::countActiveAdmins()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND NOT disabled"))
        .toInt();
}

} // namespace cd
