#include "platform/PeakMemory.h"

#include <psapi.h>
#include <windows.h>

namespace cd {

qint64 peakResidentBytes()
{
    PROCESS_MEMORY_COUNTERS counters {};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return 0;
    return qint64(counters.PeakWorkingSetSize);
}

} // namespace cd
