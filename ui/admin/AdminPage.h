#pragma once

#include <QWidget>

class QTabWidget;

namespace cd {

class AuditTab;
class CalendarTab;
class CatalogueTab;
class DepartmentsTab;
class RulesTab;
class Session;
class UsersTab;

// 管理: users, departments, the measure catalogue, the working-day calendar, the rules and settings
// and the audit trail, one tab each (ui/admin/*Tab). Every tab shows its actions to whoever sees the
// page, disabled with the reason where the role does not allow them.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    UsersTab* users() const { return m_users; }
    DepartmentsTab* departments() const { return m_departments; }
    CatalogueTab* catalogue() const { return m_catalogue; }
    CalendarTab* calendar() const { return m_calendar; }
    RulesTab* rules() const { return m_rules; }

public slots:
    void reload();

signals:
    // Reference data changed: the other pages read again.
    void changed();

private:
    Session& m_session;
    QTabWidget* m_tabs;
    UsersTab* m_users;
    DepartmentsTab* m_departments;
    CatalogueTab* m_catalogue;
    CalendarTab* m_calendar;
    RulesTab* m_rules;
    AuditTab* m_audit = nullptr;
};

} // namespace cd
