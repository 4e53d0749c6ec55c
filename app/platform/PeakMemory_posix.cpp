#include "platform/PeakMemory.h"

#include <QFile>

#include <sys/resource.h>

namespace cd {

qint64 peakResidentBytes()
{
#ifdef Q_OS_LINUX
    // The high-water mark of this program's own memory. getrusage's ru_maxrss survives execve, so a
    // process started by a bigger one (the GUI tour, started by the bench) would report its parent's.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
#endif
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
