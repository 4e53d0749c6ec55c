#pragma once

class QTextStream;

namespace cd {

// `creditdesk --self-test`: what the package test runs on a freshly installed machine. It creates a
// database in a temporary folder, signs in, builds the main window, shows each of its pages once and
// quits, so SQLCipher, the Qt plugins and every page load from the installed files. Returns the exit
// status: 0 when all of that worked.
int runSelfTest(QTextStream& out, QTextStream& err);

} // namespace cd
