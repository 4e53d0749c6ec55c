#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cd {

// A file in a private temporary folder for the C libraries that only write to a path (libxlsxwriter,
// libzip); the bytes are read back and the folder removed, so the export itself still goes through
// ReportFile's temp-and-rename.
class ScratchFile
{
public:
    ScratchFile(const QString& name);
    QByteArray path() const; // as the C libraries take a path (UTF-8 on Windows, else the local encoding)
    QByteArray readAll() const;
    bool valid() const { return m_dir->isValid(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

} // namespace cd
