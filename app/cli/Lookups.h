#pragma once

#include <QString>

namespace cd {
class Session;
}

namespace cd::cli {

// Turns what a clerk types (a code, a name, an id) into ids; unknown input is CoreError(InvalidInput)
// naming the option.
qint64 subjectIdFor(Session& session, const QString& code, const QString& option);
qint64 departmentIdFor(Session& session, const QString& codeOrName, const QString& option);

} // namespace cd::cli
