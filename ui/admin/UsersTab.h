#pragma once

#include "domain/User.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {

class Session;
class SimpleTable;

// 用户: who may sign in and with which role; an administrator adds users, resets a password and
// disables someone who left (the key should then be changed).
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit UsersTab(Session& session, QWidget* parent = nullptr);
    SimpleTable* table() const { return m_table; }

public slots:
    void reload();
    void addUser();
    void resetPassword();
    void disableSelected();

signals:
    void changed();

private:
    const User* selected() const;
    void updateActions();

    Session& m_session;
    QList<User> m_users;
    SimpleTable* m_table;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_disable;
    QLabel* m_message;
};

} // namespace cd
