#include "util/TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <zip.h>

namespace cd::test {

CliRun runCli(const QStringList& args, const QByteArray& password, const QByteArray& stdinData, int timeoutMs)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CREDITDESK_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("CREDITDESK_PASSWORD"), QString::fromUtf8(password));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREDITDESK_CLI_PATH), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString projectVersion()
{
    const QString cmake = QString::fromUtf8(readAll(QStringLiteral(CREDITDESK_SOURCE_DIR "/CMakeLists.txt")));
    static const QRegularExpression project(
        QStringLiteral(R"(project\(CreditDesk\s+VERSION\s+([0-9][0-9.]*))"));
    return project.match(cmake).captured(1);
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<const char*> keys)
{
    QSet<QString> set;
    for (const char* k : keys)
        set << QString::fromLatin1(k);
    return set;
}

bool writeXlsx(const QString& path, const QByteArray& sheetXml, const QByteArray& sharedStringsXml)
{
    int error = 0;
    zip_t* z = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return false;
    const QList<std::pair<const char*, QByteArray>> parts {
        {"[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml",
            "<?xml version=\"1.0\"?><workbook "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            "<sheet name=\"处罚\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/data.xml\"/></Relationships>"},
        {"xl/sharedStrings.xml", sharedStringsXml},
        {"xl/worksheets/data.xml", sheetXml},
    };
    QList<QByteArray> keep; // libzip reads the buffers at close
    keep.reserve(parts.size());
    for (const auto& [name, bytes] : parts) {
        keep.append(bytes);
        zip_source_t* src
            = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        if (zip_file_add(z, name, src, ZIP_FL_OVERWRITE) < 0) {
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

} // namespace cd::test
