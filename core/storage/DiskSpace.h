#pragma once

#include "CoreError.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// One sentence for a full disk, wherever the program writes: the database (SQLITE_FULL), the key
// file, backups, reports and exported files. The file writers learn of the failure from Qt or a
// library long after errno is gone, so a failed write counts as "disk full" when the file system
// has less room left than the write needed.
class DiskSpace
{
    Q_DECLARE_TR_FUNCTIONS(DiskSpace)

public:
    // path: the file that was being written (its folder's file system is asked).
    static bool isFull(const QString& path, qint64 bytesWanted = 0);
    // "The disk is full: <what>. Free some space and try again." (ErrorKind::Failed, CLI exit 1)
    static CoreError fullError(const QString& what);
};

} // namespace cd
