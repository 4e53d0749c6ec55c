#include "supervision/ChartExport.h"

#include "CoreError.h"

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cd {

namespace {

void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw CoreError(
            ErrorKind::Failed, ChartExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

QString ChartExport::fileFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg)");
}

void ChartExport::save(QChartView& view, const QString& path)
{
    write(path, render(view, path));
}

void ChartExport::write(const QString& path, const QByteArray& bytes)
{
    writeAtomically(path, bytes);
}

QByteArray ChartExport::render(QChartView& view, const QString& path)
{
    const QSize size = view.size().expandedTo(QSize(640, 400));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * 2)));
        painter.end();
        image.save(&buffer, "PNG");
    } else if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view.chart()->title());
        QPainter painter(&svg);
        view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    } else {
        throw CoreError(ErrorKind::InvalidInput, tr("%1: a chart is saved as .png or .svg.").arg(path));
    }
    return buffer.data();
}

} // namespace cd
