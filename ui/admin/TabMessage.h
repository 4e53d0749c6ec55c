#pragma once

#include <QLabel>

namespace cd {

// The line under an administration tab's buttons: what the last action did, or the service's
// message in red when it was refused. A line, not a message box, so nothing blocks the desk.
inline QLabel* makeTabMessage(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("tabMessage"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Every page of the window shares its minimum width; a long message must not widen it.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

inline void showTabMessage(QLabel* label, const QString& text, bool error = false)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    label->setText(text);
}

} // namespace cd
