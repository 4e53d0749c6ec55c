#pragma once

#include "domain/ReportPeriod.h"
#include "domain/SupervisionMetrics.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class Session;
class SupervisionItemsModel;

// 督查: how the departments carry out the joint measures (§19). A period picker, the ranking, the
// on-time share per department and the office's trend as charts (each saved as PNG or SVG), a
// department's late and overdue items on a click on its bar, and the notification's export.
// The figures are SupervisionService's, the same as `report metrics` and every export.
class SupervisionPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Ranking, Feedback, Trend };
    static constexpr int TrendPeriods = 6;

    explicit SupervisionPage(Session& session, QWidget* parent = nullptr);

    const SupervisionReport& report() const { return m_report; }
    QChartView* chartView(Chart chart) const;
    const SupervisionItemsModel* items() const { return m_items; }

public slots:
    // Parses the picker's text (2026-10, 2026Q3, 2026, a..b); a bad one is shown, not thrown.
    void showPeriod(const QString& period);
    void reload();
    // The drill-down: the late and overdue tasks of one department in the period.
    void showDepartment(qint64 departmentId);
    // CoreError on failure; the page's buttons catch it and show the message.
    void saveChart(Chart chart, const QString& path);
    void exportNotice(const QString& path);

private:
    void saveChartAs(Chart chart);
    void exportNoticeAs();
    void replaceChart(QChartView* view, QChart* chart);
    void connectBars(QChartView* view);
    // In the summary line, in red: never a modal box that would stop the screen.
    void showError(const QString& message);

    Session& m_session;
    ReportPeriod m_period;
    SupervisionReport m_report;
    QList<DepartmentMetrics> m_barOrder;
    QComboBox* m_periodPicker;
    QLabel* m_summary;
    QChartView* m_ranking;
    QChartView* m_feedback;
    QChartView* m_trend;
    QLabel* m_drillTitle;
    QTableView* m_drillDown;
    SupervisionItemsModel* m_items;
    QPushButton* m_export;
};

} // namespace cd
