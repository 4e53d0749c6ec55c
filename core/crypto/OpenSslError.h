#pragma once

#include <QString>

namespace cd {

// Drains OpenSSL's thread-local error queue into one line for an error message. Draining matters:
// a stale entry would otherwise be blamed on the next, unrelated failure.
QString takeOpenSslErrors();

} // namespace cd
