#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cd::fuzz {

namespace {

int g_argc = 1;
char g_name[] = "creditdesk-fuzz";
char* g_argv[] = {g_name, nullptr};

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

void startQt()
{
    if (QCoreApplication::instance())
        return;
    qputenv("CREDITDESK_FAST_KDF", "1");
    // Lives until exit: Qt's own statics are torn down after it, as in a normal program.
    static auto* app = new QCoreApplication(g_argc, g_argv);
    (void)app;
}

QString inputFile(const uint8_t* data, size_t size, const char* suffix)
{
    if (!folder().isValid())
        fail("no temporary folder");
    const QString path = folder().filePath(QStringLiteral("input.") + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        fail("cannot write the input file", file.errorString());
    return path;
}

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace cd::fuzz
