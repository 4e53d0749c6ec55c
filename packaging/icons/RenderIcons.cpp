// Renders the CreditDesk icon from its SVG at build time: the PNG sizes of the freedesktop hicolor
// theme for the Debian package, and a Windows .ico for the installer and the program file.
//
//   creditdesk-render-icons SVG OUTDIR
//
// writes OUTDIR/hicolor/NxN/apps/creditdesk.png and OUTDIR/creditdesk.ico. It runs during the build
// on machines without a display, so it paints into QImages only (no QGuiApplication, no platform
// plugin).
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template<typename T>
void put(QByteArray& out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof(T));
}

// An ICO file whose images are PNG streams, which Windows reads since Vista: a 6-byte header, one
// 16-byte entry per image (a width or height of 256 is written as 0), then the images.
QByteArray ico(const QList<QByteArray>& images, const QList<int>& sizes)
{
    QByteArray out;
    put<quint16>(out, 0);
    put<quint16>(out, 1);
    put<quint16>(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const auto side = quint8(sizes.at(i) >= 256 ? 0 : sizes.at(i));
        put<quint8>(out, side);
        put<quint8>(out, side);
        put<quint8>(out, 0); // no palette
        put<quint8>(out, 0);
        put<quint16>(out, 1); // colour planes
        put<quint16>(out, 32); // bits per pixel
        put<quint32>(out, quint32(images.at(i).size()));
        put<quint32>(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray& image : images)
        out += image;
    return out;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fputs("usage: creditdesk-render-icons SVG OUTDIR\n", stderr);
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        std::fprintf(stderr, "creditdesk-render-icons: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    bool ok = true;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = QStringLiteral("%1/hicolor/%2x%2/apps/creditdesk.png").arg(outDir).arg(size);
        ok = write(path, png(render(svg, size))) && ok;
    }
    const QList<int> icoSizes {16, 24, 32, 48, 64, 256};
    QList<QByteArray> icoImages;
    for (const int size : icoSizes)
        icoImages << png(render(svg, size));
    ok = write(outDir + QStringLiteral("/creditdesk.ico"), ico(icoImages, icoSizes)) && ok;
    if (!ok) {
        std::fprintf(stderr, "creditdesk-render-icons: cannot write the icons under %s\n", argv[2]);
        return 1;
    }
    return 0;
}
