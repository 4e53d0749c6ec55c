#pragma once

#include <QScrollArea>

namespace cd {

// A page wider or taller than a small screen (the dashboard's charts side by side) scrolls instead
// of widening the whole window: every page in the window's stack shares its minimum size. Passes
// reload() on to the page, so F5 and saved changes still reach it.
class ScrollPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScrollPage(QWidget* page, QWidget* parent = nullptr);
    QWidget* page() const { return widget(); }

public slots:
    void reload();
};

} // namespace cd
