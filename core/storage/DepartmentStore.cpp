#include "storage/DepartmentStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

namespace {

const char* const Columns = "id, code, name, short_name, kind, active, created_at";

Department readDepartment(const QSqlQuery& q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.name = q.value(2).toString();
    d.shortName = q.value(3).toString();
    d.kind = q.value(4).toString();
    d.active = q.value(5).toBool();
    d.createdAt = q.value(6).toDateTime();
    return d;
}

} // namespace

DepartmentStore::DepartmentStore(Database& db) : m_db(db) { }

QList<Department> DepartmentStore::all(bool includeInactive)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM departments %2 ORDER BY id")
            .arg(QLatin1String(Columns), includeInactive ? QString() : QStringLiteral("WHERE active")));
    QList<Department> list;
    while (q.next())
        list.append(readDepartment(q));
    return list;
}

std::optional<Department> DepartmentStore::byId(qint64 id)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM departments WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readDepartment(q);
}

std::optional<Department> DepartmentStore::byCode(const QString& code)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM departments WHERE code = ?").arg(QLatin1String(Columns)));
    q.addBindValue(code);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readDepartment(q);
}

std::optional<Department> DepartmentStore::byName(const QString& name)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM departments WHERE name = ?").arg(QLatin1String(Columns)));
    q.addBindValue(name);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readDepartment(q);
}

QList<Department> DepartmentStore::byShortName(const QString& shortName)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM departments WHERE short_name = ? ORDER BY id")
                                   .arg(QLatin1String(Columns)));
    q.addBindValue(shortName);
    m_db.exec(q);
    QList<Department> list;
    while (q.next())
        list.append(readDepartment(q));
    return list;
}

qint64 DepartmentStore::insert(const Department& d)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO departments (code, name, short_name, kind, "
                                              "active, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.code);
    q.addBindValue(d.name);
    q.addBindValue(d.shortName.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.shortName));
    q.addBindValue(d.kind);
    q.addBindValue(d.active);
    q.addBindValue(d.createdAt.isValid() ? d.createdAt : QDateTime::currentDateTimeUtc());
    return m_db.execReturningId(q);
}

void DepartmentStore::setActive(qint64 id, bool active)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE departments SET active = ? WHERE id = ?"));
    q.addBindValue(active);
    q.addBindValue(id);
    m_db.exec(q);
}

} // namespace cd
