#include "services/BackupService.h"

#include "CoreError.h"
#include "services/Session.h"
#include "services/VerifyService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DiskSpace.h"
#include "storage/KeySidecar.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace cd {

namespace {

const QStringList& companionSuffixes()
{
    static const QStringList suffixes {
        QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")};
    return suffixes;
}

void removeAll(const QString& base)
{
    for (const QString& suffix : companionSuffixes())
        QFile::remove(base + suffix);
}

void refuseExisting(const QString& path)
{
    for (const QString& suffix : companionSuffixes()) {
        if (QFileInfo::exists(path + suffix))
            throw CoreError(ErrorKind::Failed,
                BackupService::tr("%1 already exists; nothing was overwritten.").arg(path + suffix));
    }
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        QFile::remove(to);
        if (DiskSpace::isFull(to, QFileInfo(from).size()))
            throw DiskSpace::fullError(BackupService::tr("%1 could not be copied to %2").arg(from, to));
        throw CoreError(ErrorKind::Failed,
            BackupService::tr("%1 could not be copied to %2 (is the disk full or the "
                              "folder read-only?).")
                .arg(from, to));
    }
}

void renameFile(const QString& from, const QString& to)
{
    if (!QFile::rename(from, to))
        throw CoreError(ErrorKind::Failed, BackupService::tr("%1 could not be renamed to %2.").arg(from, to));
}

} // namespace

void BackupService::backup(Session& session, const QString& outPath, const std::function<bool()>& cancelled)
{
    session.require(Operation::Backup);
    refuseExisting(outPath);
    if (!QFileInfo(QFileInfo(outPath).absolutePath()).isDir())
        throw CoreError(ErrorKind::Failed, tr("The folder of %1 does not exist.").arg(outPath));
    const auto stopIfCancelled = [&] {
        if (cancelled && cancelled())
            throw CoreError(ErrorKind::Failed, tr("The backup was cancelled; no copy was kept."));
    };
    stopIfCancelled();

    // Built under a temporary name and renamed at the end, so a half-made backup never looks real.
    // The audit entry is written once the copy is whole: a failed or cancelled backup records none.
    const QString partial = outPath + QStringLiteral(".partial");
    removeAll(partial);
    bool renamed = false;
    try {
        session.db().exportCopy(partial, session.key().view());
        stopIfCancelled();
        KeySidecar sidecar = KeySidecar::load(Session::sidecarPath(session.path()));
        {
            auto copy = Database::open(partial, session.key().view(), Database::Mode::Existing);
            const AuditTailRef tail = AuditLog(*copy).tail();
            sidecar.setAuditTail({tail.seq, tail.hash}, session.key());
            sidecar.seal(session.key());
            copy->checkpoint();
        }
        sidecar.save(KeySidecar::pathFor(partial));
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        stopIfCancelled();
        renameFile(KeySidecar::pathFor(partial), KeySidecar::pathFor(outPath));
        renameFile(partial, outPath);
        renamed = true;
        session.write([&] {
            session.audit(QStringLiteral("database.backup"), QStringLiteral("database"), QString(),
                QJsonObject {{QStringLiteral("to"), QFileInfo(outPath).fileName()}});
        });
    } catch (...) {
        removeAll(partial);
        QFile::remove(KeySidecar::pathFor(outPath));
        if (renamed)
            QFile::remove(outPath);
        throw;
    }
}

void BackupService::restore(const QString& backupPath, const QString& targetPath, const QString& userName,
    QByteArrayView passwordUtf8, bool replace)
{
    if (!replace)
        refuseExisting(targetPath);
    const QString staging = targetPath + QStringLiteral(".restoring");
    removeAll(staging);
    try {
        if (!QFileInfo::exists(backupPath))
            throw CoreError(ErrorKind::Failed, tr("The backup %1 does not exist.").arg(backupPath));
        copyFile(backupPath, staging);
        copyFile(KeySidecar::pathFor(backupPath), KeySidecar::pathFor(staging));

        const VerifyReport report = VerifyService::run(staging, userName, passwordUtf8);
        if (!report.ok())
            throw CoreError(ErrorKind::Integrity,
                tr("The backup %1 does not verify: %2").arg(backupPath, report.problems().value(0)));
        {
            auto session = Session::signIn(staging, userName, passwordUtf8);
            session->require(Operation::Restore);
            session->write([&] {
                session->audit(QStringLiteral("database.restore"), QStringLiteral("database"), QString(),
                    QJsonObject {{QStringLiteral("from"), QFileInfo(backupPath).fileName()}});
            });
            session->db().checkpoint();
        }
        QFile::remove(staging + QStringLiteral("-wal"));
        QFile::remove(staging + QStringLiteral("-shm"));

        if (QFileInfo::exists(targetPath)) {
            // Keep the replaced database whole (with its WAL, which may hold committed changes).
            const QString aside = targetPath + QStringLiteral(".replaced-")
                + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            for (const QString& suffix : companionSuffixes()) {
                if (QFileInfo::exists(targetPath + suffix))
                    renameFile(targetPath + suffix, aside + suffix);
            }
        }
        renameFile(KeySidecar::pathFor(staging), KeySidecar::pathFor(targetPath));
        renameFile(staging, targetPath);
    } catch (...) {
        removeAll(staging);
        throw;
    }
}

} // namespace cd
