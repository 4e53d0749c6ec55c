#pragma once

#include "domain/Repair.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cd {

class Session;

// One repair application (§17): what it would repair, the materials checklist (ticking an item
// records its receipt today), the decision due date (red once passed), and approve / reject for a
// reviewer other than the officer who took it in.
class RepairDetailDialog : public QDialog
{
    Q_OBJECT

public:
    RepairDetailDialog(Session& session, qint64 id, QWidget* parent = nullptr);
    const RepairApplication& application() const { return m_application; }
    QCheckBox* checkBox(RepairMaterial item) const { return m_items.value(item); }

public slots:
    void reload();

signals:
    void applicationChanged(qint64 id);
    void openSubject(qint64 id);

private:
    void receive(RepairMaterial item);
    void decide(bool approve);
    template<typename F>
    void act(F&& call);

    Session& m_session;
    qint64 m_id;
    RepairApplication m_application;
    QLabel* m_header;
    QMap<RepairMaterial, QCheckBox*> m_items;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_subject;
};

} // namespace cd
