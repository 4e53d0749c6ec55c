#include "widgets/ScrollPage.h"

#include <QMetaMethod>

namespace cd {

ScrollPage::ScrollPage(QWidget* page, QWidget* parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setWidget(page);
}

void ScrollPage::reload()
{
    QWidget* inner = widget();
    if (!inner)
        return;
    const int index = inner->metaObject()->indexOfMethod("reload()");
    if (index >= 0)
        inner->metaObject()->method(index).invoke(inner);
}

} // namespace cd
