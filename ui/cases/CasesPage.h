#pragma once

#include <QWidget>

namespace cd {

class ListPane;
class Session;

// 案件: joint incentive and sanction cases, newest first, by state, number or subject.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(Session& session, QWidget* parent = nullptr);
    ListPane* list() const { return m_list; }

public slots:
    void focusSearch();
    void reload();

signals:
    void openCase(qint64 id);
    void draftCase();

private:
    ListPane* m_list;
};

} // namespace cd
