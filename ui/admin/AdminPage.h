#pragma once

#include <QWidget>

class QTableWidget;

namespace cd {

class Session;

// 管理: the users and the audit trail (the rest of administration joins it as it is built).
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(Session& session, QWidget* parent = nullptr);

public slots:
    void reload();

private:
    Session& m_session;
    QTableWidget* m_users;
    QTableWidget* m_audit;
};

} // namespace cd
