#pragma once

#include "domain/SupervisionMetrics.h"

#include <QAbstractTableModel>

namespace cd {

// The late and overdue tasks behind one department's figures (the drill-down of the 督查 screen).
class SupervisionItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SupervisionItemsModel(QObject* parent = nullptr);

    void setItems(const QList<SupervisionItem>& items);
    const QList<SupervisionItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SupervisionItem> m_items;
};

} // namespace cd
