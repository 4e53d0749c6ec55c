#pragma once

#include <QString>

namespace cd {

class Database;

// Small facts about the database itself (its id, when and by which version it was created).
class MetaStore
{
public:
    explicit MetaStore(Database& db);
    QString value(const QString& key);
    void setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace cd
