#pragma once

#include <QtGlobal>

namespace cd {

// The process's peak resident memory in bytes (PeakMemory_posix.cpp, PeakMemory_win.cpp); 0 when
// the platform cannot tell.
qint64 peakResidentBytes();

} // namespace cd
