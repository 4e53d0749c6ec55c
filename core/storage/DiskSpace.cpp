#include "storage/DiskSpace.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace cd {

bool DiskSpace::isFull(const QString& path, qint64 bytesWanted)
{
    // A little slack: file systems allocate in blocks and keep some room for their own records.
    constexpr qint64 slack = 64 * 1024;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid() || !storage.isReady())
        return false;
    return storage.bytesAvailable() < bytesWanted + slack;
}

CoreError DiskSpace::fullError(const QString& what)
{
    return CoreError(ErrorKind::Failed, tr("The disk is full: %1. Free some space and try again.").arg(what));
}

} // namespace cd
