#pragma once

#include "domain/Department.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {

class Session;
class SimpleTable;

// 部门: the units of the plan (seed) and those added since. An administrator adds one, deactivates
// one that no longer implements a measure, or brings it back; nothing is deleted.
class DepartmentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentsTab(Session& session, QWidget* parent = nullptr);
    SimpleTable* table() const { return m_table; }

public slots:
    void reload();
    void addDepartment();
    void toggleSelected(); // deactivate an active one, reactivate an inactive one

signals:
    void changed();

private:
    const Department* selected() const;
    void updateActions();

    Session& m_session;
    QList<Department> m_departments;
    SimpleTable* m_table;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QLabel* m_message;
};

} // namespace cd
