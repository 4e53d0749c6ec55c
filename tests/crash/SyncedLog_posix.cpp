#include "crash/SyncedLog.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace cd::test {

SyncedLog::SyncedLog(const QString& path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600))
{
}

SyncedLog::~SyncedLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void SyncedLog::append(const QByteArray& line)
{
    // One write() per line: a kill can cut the log only between lines, never inside one.
    const QByteArray bytes = line + '\n';
    ssize_t written;
    do {
        written = ::write(m_fd, bytes.constData(), size_t(bytes.size()));
    } while (written < 0 && errno == EINTR);
    if (written != ssize_t(bytes.size()) || ::fsync(m_fd) != 0) {
        std::fprintf(stderr, "crash writer: the log could not be written\n");
        std::exit(70);
    }
}

} // namespace cd::test
