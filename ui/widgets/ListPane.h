#pragma once

#include "models/BrowseModel.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableView;

namespace cd {

class SearchField;

// A searchable, lazily loaded list: search box (debounced), optional filter choices, the table and
// a line that says how much is loaded. Column widths and the sort are kept per list in QSettings.
// Enter or a double click opens the row (activated).
class ListPane : public QWidget
{
    Q_OBJECT

public:
    ListPane(const QString& settingsKey, BrowseModel* model, QWidget* parent = nullptr);
    ~ListPane() override;

    BrowseModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    SearchField* searchField() const { return m_search; }
    // A choice of filter values; `apply` sets the model's query for the chosen value.
    QComboBox* addFilter(const QList<std::pair<QString, QString>>& titleAndValue,
        std::function<void(BrowseQuery&, const QString&)> apply);
    // Extra widgets (buttons) on the search row.
    void addToolWidget(QWidget* widget);
    qint64 currentId() const;

public slots:
    void focusSearch();
    void reload();

signals:
    void activated(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateStatus(int rows, bool complete);
    void restoreState();
    void saveState();

    QString m_settingsKey;
    BrowseModel* m_model;
    SearchField* m_search;
    QHBoxLayout* m_toolRow;
    QTableView* m_view;
    QLabel* m_status;
    bool m_loaded = false;
    bool m_sized = false;
};

} // namespace cd
