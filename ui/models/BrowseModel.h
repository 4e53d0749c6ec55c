#pragma once

#include "storage/BrowseStore.h"

#include <QAbstractTableModel>

#include <functional>

namespace cd {

class Session;

// A table model over one of BrowseService's lists. It never loads a table: the first page comes on
// reload(), later ones when the view scrolls near the end (canFetchMore / fetchMore), each after
// the previous page's last key. Sorting and filtering change the query and start again from the
// first page, so the database does both along its indexes.
class BrowseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString key; // a key of BrowseRow::values
        QString title; // translated header
        // Turns the row into what the cell shows; by default the value under `key`.
        std::function<QVariant(const QVariantMap&)> display;
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RowValuesRole = Qt::UserRole + 2;

    BrowseModel(Session& session, BrowseList list, QList<Column> columns, QObject* parent = nullptr);

    // The filters; the sort and keyset fields are the model's own.
    BrowseQuery& query() { return m_query; }
    void setSearchText(const QString& text);
    void setPageSize(int rows) { m_query.limit = rows; }
    // Foreground colour of a whole row (overdue in red …).
    void setRowColour(std::function<QVariant(const QVariantMap&)> colour) { m_rowColour = std::move(colour); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Columns without an index-backed order are not sortable: the call is ignored and sortRejected
    // tells the view to put its indicator back.
    void sort(int column, Qt::SortOrder order) override;

    bool isSortable(int column) const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }
    qint64 idAt(int row) const { return m_rows.value(row).id; }
    bool atEnd() const { return m_atEnd; }

public slots:
    void reload();

signals:
    void failed(const QString& message);
    void loaded(int rows, bool complete);
    void sortRejected();

private:
    QList<BrowseRow> fetchPage();

    Session& m_session;
    QList<Column> m_columns;
    BrowseQuery m_query;
    QList<BrowseRow> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
    std::function<QVariant(const QVariantMap&)> m_rowColour;
};

} // namespace cd
