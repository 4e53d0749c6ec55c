#include "main/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace cd {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setInterval(int milliseconds)
{
    m_timer->stop();
    m_timer->setInterval(milliseconds);
    if (milliseconds > 0)
        m_timer->start();
}

int IdleWatcher::interval() const
{
    return m_timer->interval();
}

int IdleWatcher::configuredMinutes()
{
    bool ok = false;
    const int minutes
        = QSettings().value(QStringLiteral("security/autoLockMinutes"), DefaultMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultMinutes;
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->interval() > 0)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd
