#include "storage/MetaStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

MetaStore::MetaStore(Database& db) : m_db(db) { }

QString MetaStore::value(const QString& key)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    m_db.exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

void MetaStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    m_db.exec(q);
}

} // namespace cd
