#include "widgets/ListPane.h"

#include "widgets/SearchField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

ListPane::ListPane(const QString& settingsKey, BrowseModel* model, QWidget* parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_model(model)
    , m_search(new SearchField(this))
    , m_toolRow(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_model->setParent(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by code or part of a name (Ctrl+F)"));
    m_view->setObjectName(QStringLiteral("list"));
    m_status->setObjectName(QStringLiteral("listStatus"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->installEventFilter(this);

    m_toolRow->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &SearchField::searchChanged, this, [this](const QString& text) {
        m_model->setSearchText(text);
        m_model->reload();
    });
    connect(m_view, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { emit activated(m_model->idAt(index.row())); });
    connect(m_model, &BrowseModel::loaded, this, &ListPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_loaded = true;
        // Until the clerk has sized the columns, size them to what the first page holds.
        if (!m_sized && m_model->rowCount() > 0) {
            m_sized = true;
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 280));
        }
    });
    connect(m_model, &BrowseModel::failed, this,
        [this](const QString& message) { QMessageBox::warning(this, tr("CreditDesk"), message); });
    connect(m_model, &BrowseModel::sortRejected, this, [this] {
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    restoreState();
    m_view->setSortingEnabled(true);
}

ListPane::~ListPane()
{
    saveState();
}

QComboBox* ListPane::addFilter(const QList<std::pair<QString, QString>>& titleAndValue,
    std::function<void(BrowseQuery&, const QString&)> apply)
{
    auto* combo = new QComboBox(this);
    for (const auto& [title, value] : titleAndValue)
        combo->addItem(title, value);
    m_toolRow->insertWidget(1, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, apply] {
        apply(m_model->query(), combo->currentData().toString());
        m_model->reload();
    });
    return combo;
}

void ListPane::addToolWidget(QWidget* widget)
{
    m_toolRow->addWidget(widget);
}

qint64 ListPane::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void ListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPane::reload()
{
    m_model->reload();
}

void ListPane::showEvent(QShowEvent* event)
{
    // The first page is read when the list is first seen, not when the window is built.
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
    QWidget::showEvent(event);
}

bool ListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentId() > 0) {
            emit activated(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListPane::updateStatus(int rows, bool complete)
{
    m_status->setText(complete ? tr("%n row(s)", nullptr, rows)
                               : tr("%n row(s) loaded; scroll down for more", nullptr, rows));
}

void ListPane::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("lists/") + m_settingsKey);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_sized = m_view->horizontalHeader()->restoreState(header);
    const int column = settings.value(QStringLiteral("sortColumn"), -1).toInt();
    if (m_model->isSortable(column)) {
        m_model->sort(column, Qt::SortOrder(settings.value(QStringLiteral("sortOrder")).toInt()));
    }
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ListPane::saveState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("lists/") + m_settingsKey);
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("sortColumn"), m_model->sortColumn());
    settings.setValue(QStringLiteral("sortOrder"), int(m_model->sortOrder()));
}

} // namespace cd
