#include "reports/ScratchFile.h"

#include <QFile>

namespace cd {

ScratchFile::ScratchFile(const QString& name)
    : m_dir(std::make_unique<QTemporaryDir>()), m_path(m_dir->filePath(name))
{
}

QByteArray ScratchFile::path() const
{
    return QFile::encodeName(m_path);
}

QByteArray ScratchFile::readAll() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace cd
