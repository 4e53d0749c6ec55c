#pragma once

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
    static QString fileFilter(); // for the save dialog
};

} // namespace cd
