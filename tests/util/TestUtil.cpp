#include "util/TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

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

} // namespace cd::test
