#include "platform/PeakMemory.h"

#include <sys/resource.h>

namespace cd {

qint64 peakResidentBytes()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#ifdef __APPLE__
    return qint64(usage.ru_maxrss); // bytes there
#else
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
}

} // namespace cd
