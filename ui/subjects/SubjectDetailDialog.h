#pragma once

#include "domain/Subject.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace cd {

class CheckResultView;
class Session;
class SimpleTable;

// One subject: identity (a person's citizen ID masked unless revealed, which is audited), former
// names, linked persons or organisations, records, cases, list entries, objections, repair
// applications and today's credit check.
class SubjectDetailDialog : public QDialog
{
    Q_OBJECT

public:
    SubjectDetailDialog(Session& session, qint64 subjectId, QWidget* parent = nullptr);
    qint64 subjectId() const { return m_id; }

public slots:
    void reload();

signals:
    void openCase(qint64 id);
    void newRecord(qint64 subjectId);
    void draftCase(qint64 subjectId);
    // The objections and repairs pages own filing and the detail dialogs, so their lists and the
    // other views are reloaded in one place.
    void fileObjection(qint64 subjectId);
    void applyForRepair(qint64 subjectId);
    void openObjection(qint64 id);
    void openRepair(qint64 id);

private:
    void reveal();

    Session& m_session;
    qint64 m_id;
    Subject m_subject;
    QLabel* m_identity;
    QPushButton* m_reveal;
    SimpleTable* m_links;
    SimpleTable* m_records;
    SimpleTable* m_licences;
    SimpleTable* m_cases;
    SimpleTable* m_lists;
    SimpleTable* m_objections;
    SimpleTable* m_repairs;
    CheckResultView* m_check;
};

} // namespace cd
