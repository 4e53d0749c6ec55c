#pragma once

#include "domain/Case.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cd {

class Session;
class SimpleTable;

// One case: its basis, measures, co-subjects, tasks with their feedback, and its state; the actions
// the user may take now are enabled, the others say in their tooltip why not.
class CaseDetailDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDetailDialog(Session& session, qint64 caseId, QWidget* parent = nullptr);
    const Case& currentCase() const { return m_case; }

public slots:
    void reload();

signals:
    void caseChanged(qint64 id);
    void openSubject(qint64 id);

private:
    void updateActions();
    void approve();
    void rejectCase(); // not QDialog::reject, which Esc calls to close the view
    void withdraw();
    void push();
    void acknowledge();
    void respond();
    const MeasureTask* selectedTask() const;
    // Runs a service call; shows its CoreError and reloads either way.
    template<typename F>
    void act(F&& call);

    Session& m_session;
    qint64 m_id;
    Case m_case;
    QLabel* m_header;
    SimpleTable* m_measures;
    SimpleTable* m_subjects;
    SimpleTable* m_tasks;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_withdraw;
    QPushButton* m_push;
    QPushButton* m_acknowledge;
    QPushButton* m_respond;
};

} // namespace cd
