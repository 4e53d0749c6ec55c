#include "widgets/SearchField.h"

#include <QTimer>

namespace cd {

SearchField::SearchField(QWidget* parent) : QLineEdit(parent), m_timer(new QTimer(this))
{
    setClearButtonEnabled(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            m_timer->start();
    });
    connect(m_timer, &QTimer::timeout, this, [this] { emit searchChanged(text().trimmed()); });
}

} // namespace cd
