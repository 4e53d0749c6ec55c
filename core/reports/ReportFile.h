#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd {

// Where an export goes: the format follows the file's extension; the bytes go to a temporary file
// beside the target that is renamed into place only when complete, so a full disk or a crash never
// leaves half a document, and an existing file is kept unless the user said to replace it.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    enum class Format { Pdf, Docx, Xlsx };

    // CoreError(InvalidInput) for another extension, naming the ones accepted (of `accepted`).
    static Format formatOf(const QString& path, const QList<Format>& accepted);
    // CoreError(Failed) if the file exists and !replace, or its folder does not.
    static void checkTarget(const QString& path, bool replace);
    // CoreError(Failed) with the system's reason; nothing is left behind on failure.
    static void write(const QString& path, const QByteArray& bytes, bool replace);
};

} // namespace cd
