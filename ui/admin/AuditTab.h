#pragma once

#include <QWidget>

namespace cd {

class Session;
class SimpleTable;

// 审计记录: the newest thousand entries of the audit trail (administrators, supervisors); the whole
// trail is in `creditdesk-cli audit`.
class AuditTab : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTab(Session& session, QWidget* parent = nullptr);
    SimpleTable* table() const { return m_table; }

public slots:
    void reload();

private:
    Session& m_session;
    SimpleTable* m_table;
};

} // namespace cd
