#include "util/SmallDisk.h"

#include <QFile>
#include <QProcess>
#include <QStorageInfo>

#include <algorithm>

namespace cd::test {

namespace {

const QString fillerName = QStringLiteral("filler.bin");

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return QStringLiteral("%1 cannot be started").arg(program);
    p.waitForFinished(30000);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
}

} // namespace

SmallDisk::SmallDisk(qint64 bytes)
{
#ifdef Q_OS_LINUX
    const QString error = run(QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=%1,mode=0700").arg(bytes), QStringLiteral("tmpfs"), m_dir.path()});
    m_mounted = error.isEmpty();
    if (!m_mounted)
        m_why = QStringLiteral("mounting a %1-byte tmpfs needs root (CI runs as root): %2")
                    .arg(bytes)
                    .arg(error);
#else
    Q_UNUSED(bytes);
    m_why = QStringLiteral("a size-limited tmpfs is made with Linux's mount");
#endif
}

SmallDisk::~SmallDisk()
{
    if (!m_mounted)
        return;
    // A process the test started may still hold a file open: detach lazily rather than leak a mount.
    if (!run(QStringLiteral("umount"), {m_dir.path()}).isEmpty())
        run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

qint64 SmallDisk::bytesAvailable() const
{
    QStorageInfo info(m_dir.path());
    info.refresh();
    return info.bytesAvailable();
}

bool SmallDisk::fill(qint64 leave)
{
    freeSpace();
    const qint64 size = bytesAvailable() - leave;
    if (size <= 0)
        return true;
    QFile filler(filePath(fillerName));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(64 * 1024, '\x5a');
    qint64 left = size;
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, block.size());
        if (filler.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return filler.flush();
}

void SmallDisk::freeSpace()
{
    QFile::remove(filePath(fillerName));
}

} // namespace cd::test
