#pragma once

#include <QLineEdit>

class QTimer;

namespace cd {

// A search box that waits until the clerk pauses (250 ms) before it asks the database, so typing a
// name does not run a query per character.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget* parent = nullptr);
    static constexpr int DebounceMs = 250;

signals:
    void searchChanged(const QString& text);

private:
    QTimer* m_timer;
};

} // namespace cd
