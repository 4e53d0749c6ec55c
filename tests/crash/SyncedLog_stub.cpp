#include "crash/SyncedLog.h"

#include <cstdio>
#include <cstdlib>

namespace cd::test {

// The crash suites run on POSIX systems only (they QSKIP elsewhere); this keeps the build whole.
SyncedLog::SyncedLog(const QString&) { }

SyncedLog::~SyncedLog() = default;

void SyncedLog::append(const QByteArray&)
{
    std::fprintf(stderr, "crash writer: not supported on this system\n");
    std::exit(70);
}

} // namespace cd::test
