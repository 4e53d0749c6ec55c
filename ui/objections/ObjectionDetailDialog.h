#pragma once

#include "domain/Objection.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cd {

class Session;
class SimpleTable;

// One objection (§18): what is disputed, its state, the verification deadline (red once passed),
// the suspension interval and the notices sent; accept, not accept and decide for the roles and
// states that allow them, the others disabled with the reason as tooltip.
class ObjectionDetailDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectionDetailDialog(Session& session, qint64 id, QWidget* parent = nullptr);
    const Objection& objection() const { return m_objection; }

public slots:
    void reload();

signals:
    void objectionChanged(qint64 id);
    void openSubject(qint64 id);

private:
    void updateActions();
    void acceptObjection(); // not QDialog::accept, which would close the view
    void notAccept();
    void decide();
    QString targetText() const;
    template<typename F>
    void act(F&& call);

    Session& m_session;
    qint64 m_id;
    Objection m_objection;
    QLabel* m_header;
    SimpleTable* m_notices;
    QPushButton* m_accept;
    QPushButton* m_notAccept;
    QPushButton* m_decide;
    QPushButton* m_subject;
};

} // namespace cd
