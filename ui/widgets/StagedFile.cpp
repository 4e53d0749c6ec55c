#include "widgets/StagedFile.h"

#include "CoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cd {

StagedFile::StagedFile(const QString& target, bool replace) : m_target(target), m_replace(replace)
{
    const QFileInfo info(target);
    if (info.exists() && (!replace || info.isDir()))
        throw CoreError(ErrorKind::Failed, tr("%1 exists already; nothing was overwritten.").arg(target));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw CoreError(ErrorKind::Failed, tr("The folder %1 does not exist.").arg(folder));
    m_dir = std::make_unique<QTemporaryDir>(
        QDir(folder).filePath(QStringLiteral(".creditdesk-partial-XXXXXX")));
    if (!m_dir->isValid())
        throw CoreError(ErrorKind::Failed,
            tr("Nothing can be written in the folder %1 (it is read-only or the disk is full).").arg(folder));
    m_staged = QDir(m_dir->path()).filePath(info.fileName());
}

StagedFile::~StagedFile() = default;

void StagedFile::commit()
{
    if (m_committed)
        return;
    if (!QFileInfo::exists(m_staged))
        throw CoreError(ErrorKind::Failed, tr("%1 was not written.").arg(m_target));
    if (QFileInfo::exists(m_target)) {
        if (!m_replace)
            throw CoreError(
                ErrorKind::Failed, tr("%1 exists already; nothing was overwritten.").arg(m_target));
        m_replaced = QDir(m_dir->path()).filePath(QStringLiteral("replaced"));
        if (!QFile::rename(m_target, m_replaced))
            throw CoreError(ErrorKind::Failed,
                tr("%1 could not be replaced (is it open in another program?).").arg(m_target));
    }
    if (!QFile::rename(m_staged, m_target)) {
        if (!m_replaced.isEmpty())
            QFile::rename(m_replaced, m_target);
        throw CoreError(ErrorKind::Failed, tr("%1 could not be written.").arg(m_target));
    }
    m_committed = true;
}

void StagedFile::undo()
{
    if (!m_committed)
        return;
    QFile::remove(m_target);
    if (!m_replaced.isEmpty())
        QFile::rename(m_replaced, m_target);
    m_committed = false;
}

} // namespace cd
