#pragma once

namespace cd {

// The process holds the database key, passwords and whatever the user reads (reporters' names,
// full citizen IDs): a crash must not leave that in a core file beside the database or in the
// system's crash collector. Called first thing by both mains.
void disableCoreDumps();

} // namespace cd
