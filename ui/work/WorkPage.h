#pragma once

#include <QWidget>

namespace cd {

class ListPane;
class Session;

// 工作台: what needs the user today: measure tasks due soon or overdue, and the cases waiting for
// them (drafts to review for a reviewer, approved cases to push for an officer).
class WorkPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPage(Session& session, QWidget* parent = nullptr);
    ListPane* tasks() const { return m_tasks; }
    ListPane* waiting() const { return m_waiting; } // null for roles with nothing to decide or push
    static constexpr int DueWithinDays = 7;

public slots:
    void focusSearch();
    void reload();

signals:
    void openCase(qint64 id);

private:
    ListPane* m_tasks;
    ListPane* m_waiting = nullptr;
};

} // namespace cd
