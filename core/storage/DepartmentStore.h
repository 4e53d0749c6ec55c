#pragma once

#include "domain/Department.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The departments table, in the order the units were added (the seed follows the plan).
class DepartmentStore
{
public:
    explicit DepartmentStore(Database& db);

    QList<Department> all(bool includeInactive);
    std::optional<Department> byId(qint64 id);
    std::optional<Department> byCode(const QString& code);
    std::optional<Department> byName(const QString& name); // the full name only
    QList<Department> byShortName(const QString& shortName); // short names are not unique in the schema
    qint64 insert(const Department& department);
    void setActive(qint64 id, bool active);

private:
    Database& m_db;
};

} // namespace cd
