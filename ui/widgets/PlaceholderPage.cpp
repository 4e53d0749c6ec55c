#include "widgets/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace cd
