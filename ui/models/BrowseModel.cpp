#include "models/BrowseModel.h"

#include "CoreError.h"
#include "services/BrowseService.h"

namespace cd {

BrowseModel::BrowseModel(Session& session, BrowseList list, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_columns(std::move(columns))
{
    m_query.list = list;
    m_query.sortKey = BrowseStore::defaultSortKey(list);
}

void BrowseModel::setSearchText(const QString& text)
{
    BrowseService::applySearch(m_query, text);
}

int BrowseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BrowseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant BrowseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrowseRow& row = m_rows.at(index.row());
    const Column& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QVariant v = column.display ? column.display(row.values) : row.values.value(column.key);
        if (v.typeId() == QMetaType::QDate)
            return v.toDate().toString(Qt::ISODate);
        if (v.typeId() == QMetaType::QDateTime)
            return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return v;
    }
    case Qt::ForegroundRole:
        return m_rowColour ? m_rowColour(row.values) : QVariant();
    case IdRole:
        return row.id;
    case RowValuesRole:
        return row.values;
    default:
        return {};
    }
}

QVariant BrowseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted: the list keeps to orders the database can page quickly.");
    return {};
}

bool BrowseModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void BrowseModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<BrowseRow> page = fetchPage();
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_busy = false;
    emit loaded(int(m_rows.size()), m_atEnd);
}

QList<BrowseRow> BrowseModel::fetchPage()
{
    BrowseQuery q = m_query;
    if (!m_rows.isEmpty()) {
        q.afterValue = m_rows.last().sortValue;
        q.afterId = m_rows.last().id;
    }
    try {
        QList<BrowseRow> page = BrowseService(m_session).page(q);
        m_atEnd = q.limit <= 0 || page.size() < q.limit;
        return page;
    } catch (const CoreError& e) {
        m_atEnd = true;
        emit failed(e.message());
        return {};
    }
}

void BrowseModel::reload()
{
    // Views (and QAbstractItemModelTester) ask for more while they handle modelReset or rowsInserted;
    // that must wait until the change is over, or rows would be inserted inside it.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = fetchPage();
    endResetModel();
    m_busy = false;
    emit loaded(int(m_rows.size()), m_atEnd);
}

bool BrowseModel::isSortable(int column) const
{
    return column >= 0 && column < m_columns.size()
        && BrowseStore::sortKeys(m_query.list).contains(m_columns.at(column).key);
}

int BrowseModel::sortColumn() const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == m_query.sortKey)
            return i;
    }
    return -1;
}

void BrowseModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        emit sortRejected();
        return;
    }
    const QString key = m_columns.at(column).key;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    m_query.sortKey = key;
    m_query.descending = descending;
    reload();
}

} // namespace cd
