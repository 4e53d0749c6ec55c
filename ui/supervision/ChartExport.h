#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QChartView;

namespace cd {

// Saves a chart as the supervisors hand it on: PNG (a picture at twice the screen's size, for
// slides) or SVG (scalable, for print), by the file's extension.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // CoreError(InvalidInput) for another extension, CoreError(Failed) if the file cannot be written.
    static void save(QChartView& view, const QString& path);
    // The file's bytes, drawn on the GUI thread (a chart is a widget); CoreError(InvalidInput) for
    // another extension. Writing them is the long work's.
    static QByteArray render(QChartView& view, const QString& path);
    // Atomically; CoreError(Failed) with the system's reason.
    static void write(const QString& path, const QByteArray& bytes);
    static QString fileFilter(); // for the save dialog
};

} // namespace cd
