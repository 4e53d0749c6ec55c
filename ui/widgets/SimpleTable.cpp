#include "widgets/SimpleTable.h"

#include <QHeaderView>

namespace cd {

SimpleTable::SimpleTable(const QStringList& headers, QWidget* parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

void SimpleTable::setRows(const QList<QStringList>& rows, const QList<qint64>& ids)
{
    const int keep = selectedRow();
    setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).value(c));
            item->setToolTip(item->text());
            if (c == 0 && r < ids.size())
                item->setData(Qt::UserRole, ids.at(r));
            setItem(r, c, item);
        }
    }
    resizeColumnsToContents();
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c), 320));
    if (keep >= 0 && keep < rowCount())
        selectRow(keep);
}

qint64 SimpleTable::currentId() const
{
    const int row = selectedRow();
    return row >= 0 && item(row, 0) ? item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

int SimpleTable::selectedRow() const
{
    const auto rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace cd
