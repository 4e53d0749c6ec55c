#pragma once

#include <QByteArray>
#include <QString>

namespace cd::cli {

// Reads a line from the terminal without echoing it (the one platform-specific piece of the CLI:
// PasswordPrompt_posix.cpp and PasswordPrompt_win.cpp). Returns a null QByteArray when there is no
// terminal to ask.
QByteArray readHiddenLine(const QString& prompt);

} // namespace cd::cli
