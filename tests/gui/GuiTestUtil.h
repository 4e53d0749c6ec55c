#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace cd::test {

// QTest::keyClicks takes Latin-1 only; a clerk types Chinese through an input method, which
// arrives as key events carrying text.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace cd::test
