#pragma once

#include "domain/ListEntry.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace cd {

class ProposeListEntryDialog;
class Session;
class SimpleTable;

// 红黑名单: who is on the red or the black list (optionally one domain) on a date, or the proposals
// still waiting for a reviewer; an officer proposes, a reviewer other than the proposer approves,
// a reviewer revokes an entry found wrong.
class ListsPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { ListedOn, AwaitingApproval };

    explicit ListsPage(Session& session, QWidget* parent = nullptr);
    SimpleTable* table() const { return m_table; }
    const QList<ListEntry>& entries() const { return m_entries; }
    void showList(
        ListKind kind, View view, const QDate& asOf = QDate::currentDate(), const QString& domain = {});

public slots:
    void reload();
    ProposeListEntryDialog* propose();
    void approveSelected();
    void revokeSelected();

signals:
    void changed();
    void openSubject(qint64 id);

private:
    const ListEntry* selected() const;
    void refreshDomains();
    void updateActions();

    Session& m_session;
    QComboBox* m_kind;
    QComboBox* m_view;
    QComboBox* m_domain;
    QDateEdit* m_asOf;
    QPushButton* m_propose;
    QPushButton* m_approve;
    QPushButton* m_revoke;
    QLabel* m_summary;
    SimpleTable* m_table;
    QList<ListEntry> m_entries;
};

} // namespace cd
