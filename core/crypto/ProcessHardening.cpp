#include "crypto/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CREDITDESK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CREDITDESK_ASAN 1
#endif

namespace cd {

void disableCoreDumps()
{
#if defined(Q_OS_UNIX)
    // A core file where the kernel writes one itself ("core" in the working folder).
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX) && !defined(CREDITDESK_ASAN)
    // A crash collector on a pipe (systemd-coredump, apport) ignores RLIMIT_CORE; a process that is
    // not dumpable gives it nothing. LeakSanitizer needs to attach to the process at exit, so the
    // sanitized build keeps only the limit above.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace cd
