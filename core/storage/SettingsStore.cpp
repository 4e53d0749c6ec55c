#include "storage/SettingsStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

SettingsStore::SettingsStore(Database& db) : m_db(db) { }

std::optional<QString> SettingsStore::value(const QString& key)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QMap<QString, QString> SettingsStore::all()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
    QMap<QString, QString> map;
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

void SettingsStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                              "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    m_db.exec(q);
}

} // namespace cd
