#include "supervision/SupervisionItemsModel.h"

#include <QBrush>
#include <QColor>

namespace cd {

namespace {

enum Column { Status, CaseNumber, Measure, Subject, Pushed, Due, Answered, ColumnCount };

} // namespace

SupervisionItemsModel::SupervisionItemsModel(QObject* parent) : QAbstractTableModel(parent) { }

void SupervisionItemsModel::setItems(const QList<SupervisionItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int SupervisionItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SupervisionItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisionItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SupervisionItem& i = m_items.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status && i.overdue)
        return QBrush(QColor(0xC0, 0x00, 0x0F));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Status:
        return i.overdue ? tr("overdue") : tr("late");
    case CaseNumber:
        return i.caseNumber;
    case Measure:
        return i.measure;
    case Subject:
        return i.subject;
    case Pushed:
        return i.pushedOn.toString(Qt::ISODate);
    case Due:
        return i.dueOn.toString(Qt::ISODate);
    case Answered:
        return i.respondedOn.isValid() ? i.respondedOn.toString(Qt::ISODate) : tr("not yet");
    }
    return {};
}

QVariant SupervisionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case CaseNumber:
        return tr("Case");
    case Measure:
        return tr("Measure");
    case Subject:
        return tr("Subject");
    case Pushed:
        return tr("Pushed");
    case Due:
        return tr("Due");
    case Answered:
        return tr("Answered");
    }
    return {};
}

} // namespace cd
