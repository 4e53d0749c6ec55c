#pragma once

#include <QWidget>

namespace cd {

class ListPane;
class Session;

// 信用信息: every credit record, newest decision first, filtered by polarity or by subject.
class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPage(Session& session, QWidget* parent = nullptr);
    ListPane* list() const { return m_list; }

public slots:
    void focusSearch();
    void reload();

signals:
    void openSubject(qint64 id);
    void newRecord();

private:
    ListPane* m_list;
};

} // namespace cd
