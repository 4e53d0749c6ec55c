#include "reports/ScratchFile.h"

#include <QFile>

namespace cd {

ScratchFile::ScratchFile(const QString& name)
    : m_dir(std::make_unique<QTemporaryDir>()), m_path(m_dir->filePath(name))
{
}

QByteArray ScratchFile::path() const
{
#ifdef Q_OS_WIN
    // libxlsxwriter and libzip take UTF-8 paths on Windows and convert them to wide ones themselves.
    return m_path.toUtf8();
#else
    return QFile::encodeName(m_path);
#endif
}

QByteArray ScratchFile::readAll() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace cd
