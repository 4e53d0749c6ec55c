#pragma once

#include <QByteArray>
#include <QString>

namespace cd::test {

// An append-only log whose every line is on the disk (written and fsync'ed) before append()
// returns: what the crash harness reads after a kill is exactly what the writer had promised.
class SyncedLog
{
public:
    explicit SyncedLog(const QString& path);
    ~SyncedLog();
    SyncedLog(const SyncedLog&) = delete;
    SyncedLog& operator=(const SyncedLog&) = delete;

    bool isOpen() const { return m_fd >= 0; }
    void append(const QByteArray& line);

private:
    int m_fd = -1;
};

} // namespace cd::test
