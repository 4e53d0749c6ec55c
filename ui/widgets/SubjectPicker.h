#pragma once

#include <QWidget>

class QComboBox;

namespace cd {

class SearchField;
class Session;

// Choose a subject by typing part of its code or name: the matches (SubjectService::find) fill a
// list to choose from. Forms use it where a subject must be named.
class SubjectPicker : public QWidget
{
    Q_OBJECT

public:
    explicit SubjectPicker(Session& session, QWidget* parent = nullptr);
    qint64 subjectId() const;
    void setSubject(qint64 id);
    SearchField* searchField() const { return m_search; }
    QComboBox* choices() const { return m_choices; }

signals:
    void subjectChanged(qint64 id);

private:
    void search(const QString& text);

    Session& m_session;
    SearchField* m_search;
    QComboBox* m_choices;
};

} // namespace cd
