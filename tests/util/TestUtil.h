#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cd::test {

// The result of running creditdesk-cli as a separate process, as scripts do.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args, const QByteArray& password = {}, const QByteArray& stdinData = {},
    int timeoutMs = 120000);

// The keys of a JSON object, and a set of expected keys: a --json shape compared as a whole.
QSet<QString> keysOf(const QJsonObject& object);
QSet<QString> keySet(std::initializer_list<const char*> keys);

// A minimal workbook written part by part (workbook, relationships, shared strings, one sheet), so
// every cell kind is under the test's control. False if it could not be written.
bool writeXlsx(const QString& path, const QByteArray& sheetXml, const QByteArray& sharedStringsXml);

// Every byte of a file, or an empty array if it cannot be read.
QByteArray readAll(const QString& path);

// The version in project(CreditDesk VERSION ...) of the top-level CMakeLists.txt, read from the file
// itself (not from a macro the programs were compiled with); empty if it is not there.
QString projectVersion();

} // namespace cd::test
