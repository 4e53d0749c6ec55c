#pragma once

#include <QObject>

class QTimer;

namespace cd {

// Watches the whole application's keyboard and mouse; when nothing happened for the interval it
// says so once. The desk locks then, so that an unattended screen does not stay signed in.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;
    // 0 switches the watch off.
    void setInterval(int milliseconds);
    int interval() const;

    // The minutes from QSettings (security/autoLockMinutes), 10 when not set.
    static int configuredMinutes();
    static constexpr int DefaultMinutes = 10;

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
};

} // namespace cd
