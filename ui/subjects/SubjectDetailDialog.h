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
// names, linked persons or organisations, records, cases and today's credit check.
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

private:
    void reveal();

    Session& m_session;
    qint64 m_id;
    Subject m_subject;
    QLabel* m_identity;
    QPushButton* m_reveal;
    SimpleTable* m_links;
    SimpleTable* m_records;
    SimpleTable* m_cases;
    CheckResultView* m_check;
};

} // namespace cd
