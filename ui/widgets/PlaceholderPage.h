#pragma once

#include <QWidget>

namespace cd {

// Stands in the navigation for an area whose core service is still being built (objections,
// repair, red and black lists, supervision); MainWindow::replacePage puts the real page there.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace cd
