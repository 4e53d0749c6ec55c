#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cd {

class Session;

// Online backups and their restore. A backup is the database copied at one consistent moment,
// encrypted under the same key, with its own key file (the same slots, and the audit tail of the
// copy), so it opens with the same passwords and verifies on its own.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Refuses to overwrite; nothing is left at outPath if it fails. `cancelled` is asked between the
    // steps (before the copy, after it); answering true stops with CoreError(Failed), leaving neither
    // a file nor an audit entry.
    static void backup(Session& session, const QString& outPath, const std::function<bool()>& cancelled = {});

    // Verifies the backup (signing in to it as userName, who must be an administrator there), then
    // puts it at targetPath. An existing database there is only replaced with `replace`, and is
    // then kept beside it as <target>.replaced-<time> with its key file.
    static void restore(const QString& backupPath, const QString& targetPath, const QString& userName,
        QByteArrayView passwordUtf8, bool replace);
};

} // namespace cd
