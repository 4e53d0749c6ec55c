#pragma once

#include "domain/Department.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

class Session;

// The departments that initiate and implement measures. Every role reads them; an administrator
// adds and deactivates. Lookups by name accept the full name or the short name clerks use.
class DepartmentService
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentService)

public:
    explicit DepartmentService(Session& session);

    QList<Department> list(); // active ones
    QList<Department> listAll(); // inactive ones too
    std::optional<Department> byId(qint64 id);
    std::optional<Department> byCode(const QString& code); // without regard to case
    // The department whose full name is `name`, else the one whose short name it is. Throws
    // CoreError(InvalidInput) if a short name is shared, naming the departments.
    std::optional<Department> byName(const QString& name);
    // byCode, then byName: what a clerk types. Throws CoreError(InvalidInput) naming `text` when
    // nothing matches.
    Department find(const QString& text);

    // Code and name must be new, and the short name must not be another department's name or short
    // name. Empty kind means "government". Audited.
    Department add(const Department& department);
    // Refused while an active measure names the department as an implementing one: reassign those
    // first, or tasks would go to a unit that no longer exists. Audited.
    void deactivate(const QString& code);
    void reactivate(const QString& code);

    static QStringList kinds(); // office, government, judicial, association

private:
    void setActive(const QString& code, bool active);

    Session& m_session;
};

} // namespace cd
