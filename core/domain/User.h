#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace cd {

struct User
{
    qint64 id = 0;
    QString name; // sign-in name, unique without regard to case
    QString displayName;
    Role role = Role::Officer;
    qint64 departmentId = 0; // 0: the credit office itself
    bool disabled = false;
    QDateTime createdAt;
};

} // namespace cd
