#pragma once

#include <QWidget>

namespace cd {

class ListPane;
class Session;

// 主体: every subject, found by code or by part of a current or former name.
class SubjectsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SubjectsPage(Session& session, QWidget* parent = nullptr);
    ListPane* list() const { return m_list; }

public slots:
    void focusSearch();
    void reload();

signals:
    void openSubject(qint64 id);
    void newSubject();

private:
    ListPane* m_list;
};

} // namespace cd
