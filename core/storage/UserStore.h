#pragma once

#include "domain/User.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The users table. Passwords are not here: a user's password only unlocks their key slot.
class UserStore
{
public:
    explicit UserStore(Database& db);

    std::optional<User> byName(const QString& name);
    QList<User> all();
    qint64 insert(const User& user);
    void setDisabled(qint64 id, bool disabled);
    int countActiveAdmins();

private:
    Database& m_db;
};

} // namespace cd
