#pragma once

#include <QString>
#include <QTemporaryDir>

namespace cd::test {

// A size-limited tmpfs mounted on a temporary folder for as long as the object lives (unmounted in
// the destructor, so also when a test fails half-way). Needs root on Linux; elsewhere, or without
// the right to mount, isMounted() is false and why() says so.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    const QString& why() const { return m_why; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    qint64 bytesAvailable() const;

    // Takes all but `leave` bytes of the free space with a filler file; freeSpace() deletes it.
    bool fill(qint64 leave);
    void freeSpace();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace cd::test
