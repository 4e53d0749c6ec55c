#pragma once

#include <QDateTime>
#include <QString>

namespace cd {

// A unit that initiates or implements measures (部门/单位). Departments never run the program; the
// office exchanges files with them. A department is deactivated, never deleted: records, cases and
// tasks keep pointing at it.
struct Department
{
    qint64 id = 0;
    QString code; // stable identifier, upper-case ASCII ("SCJGJ")
    QString name; // full name as the plan writes it ("市市场监管局"), unique
    QString shortName; // how clerks say it ("市场监管局"); accepted wherever a name is
    QString kind; // office, government, judicial or association
    bool active = true;
    QDateTime createdAt;
};

} // namespace cd
