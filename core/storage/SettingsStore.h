#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace cd {

class Database;

// The settings table: text values under keys. Types and limits are the Settings service's business.
class SettingsStore
{
public:
    explicit SettingsStore(Database& db);

    std::optional<QString> value(const QString& key);
    QMap<QString, QString> all();
    void setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace cd
