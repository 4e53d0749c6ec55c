#pragma once

#include <QTableWidget>

namespace cd {

// A short read-only table (a subject's links, a case's measures): fine as a widget because these
// lists hold tens of rows, not millions.
class SimpleTable : public QTableWidget
{
    Q_OBJECT

public:
    SimpleTable(const QStringList& headers, QWidget* parent = nullptr);
    // Each row's id goes to Qt::UserRole of its first cell.
    void setRows(const QList<QStringList>& rows, const QList<qint64>& ids = {});
    qint64 currentId() const;
    int selectedRow() const;
};

} // namespace cd
