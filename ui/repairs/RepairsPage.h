#pragma once

#include "domain/Repair.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cd {

class ApplyRepairDialog;
class RepairDetailDialog;
class Session;
class SimpleTable;

// 信用修复: the office's repair applications, open ones first by decision due date (overdue in red),
// with what is still missing; Enter opens one; an officer takes in new ones.
class RepairsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RepairsPage(Session& session, QWidget* parent = nullptr);
    SimpleTable* table() const { return m_table; }
    const QList<RepairApplication>& applications() const { return m_applications; }

public slots:
    void reload();
    RepairDetailDialog* openApplication(qint64 id);
    ApplyRepairDialog* applyForRepair(qint64 subjectId = 0);

signals:
    void changed();
    void openSubject(qint64 id);

private:
    Session& m_session;
    QComboBox* m_filter;
    QPushButton* m_apply;
    QPushButton* m_open;
    QLabel* m_summary;
    SimpleTable* m_table;
    QList<RepairApplication> m_applications;
};

} // namespace cd
