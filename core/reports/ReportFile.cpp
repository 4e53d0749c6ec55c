#include "reports/ReportFile.h"

#include "CoreError.h"
#include "storage/DiskSpace.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cd {

namespace {

QString extension(ReportFile::Format f)
{
    switch (f) {
    case ReportFile::Format::Pdf:
        return QStringLiteral(".pdf");
    case ReportFile::Format::Docx:
        return QStringLiteral(".docx");
    case ReportFile::Format::Xlsx:
        return QStringLiteral(".xlsx");
    }
    return {};
}

} // namespace

ReportFile::Format ReportFile::formatOf(const QString& path, const QList<Format>& accepted)
{
    QStringList names;
    for (const Format f : accepted) {
        if (path.endsWith(extension(f), Qt::CaseInsensitive))
            return f;
        names << extension(f);
    }
    throw CoreError(ErrorKind::InvalidInput,
        tr("--out: %1 must end in %2; the extension chooses the format.")
            .arg(path, names.join(QStringLiteral(", "))));
}

void ReportFile::checkTarget(const QString& path, bool replace)
{
    const QFileInfo info(path);
    if (info.exists() && !replace)
        throw CoreError(
            ErrorKind::Failed, tr("%1 already exists; it was left alone (--force replaces it).").arg(path));
    if (info.isDir())
        throw CoreError(ErrorKind::Failed, tr("%1 is a folder.").arg(path));
    if (!info.absoluteDir().exists())
        throw CoreError(ErrorKind::Failed, tr("The folder %1 does not exist.").arg(info.absolutePath()));
}

void ReportFile::write(const QString& path, const QByteArray& bytes, bool replace)
{
    checkTarget(path, replace);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw CoreError(ErrorKind::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        if (DiskSpace::isFull(path, bytes.size()))
            throw DiskSpace::fullError(tr("%1 could not be written; nothing was written").arg(path));
        throw CoreError(ErrorKind::Failed, tr("Cannot write %1: %2. Nothing was written.").arg(path, reason));
    }
}

} // namespace cd
