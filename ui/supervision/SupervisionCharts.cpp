#include "supervision/SupervisionCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLineSeries>
#include <QValueAxis>

namespace cd {

namespace {

double percent(const std::optional<double>& share)
{
    return share.value_or(0.0) * 100.0;
}

QBarCategoryAxis* departmentAxis(const QList<DepartmentMetrics>& order)
{
    auto* axis = new QBarCategoryAxis;
    for (const DepartmentMetrics& m : order)
        axis->append(m.lagging() ? m.name + QStringLiteral(" *") : m.name);
    // A department's name is what a supervisor reads first: give it the room rather than "…".
    axis->setTruncateLabels(false);
    QFont font = axis->labelsFont();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    axis->setLabelsFont(font);
    return axis;
}

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setLabelFormat(QStringLiteral("%d%%"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

QList<DepartmentMetrics> SupervisionCharts::barOrder(const SupervisionReport& report)
{
    // Only departments with a share to rank; a horizontal bar chart draws its first category lowest.
    QList<DepartmentMetrics> order;
    for (const DepartmentMetrics& m : report.departments)
        if (m.onTimeShare())
            order.prepend(m);
    return order;
}

QChart* SupervisionCharts::ranking(const SupervisionReport& report)
{
    const QList<DepartmentMetrics> order = barOrder(report);
    auto* set = new QBarSet(tr("Fed back on time"));
    set->setColor(QColor(0x2F, 0x6F, 0xB5));
    for (const DepartmentMetrics& m : order)
        *set << percent(m.onTimeShare());
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);

    auto* chart = new QChart;
    chart->setTitle(tr("Ranking: feedback on time, %1 (* lagging behind)").arg(report.period.label()));
    chart->addSeries(series);
    QBarCategoryAxis* departments = departmentAxis(order);
    chart->addAxis(departments, Qt::AlignLeft);
    series->attachAxis(departments);
    QValueAxis* share = percentAxis(tr("share of the tasks due"));
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
    chart->legend()->hide();
    return chart;
}

QChart* SupervisionCharts::feedback(const SupervisionReport& report)
{
    const QList<DepartmentMetrics> order = barOrder(report);
    auto* onTime = new QBarSet(tr("On time"));
    auto* late = new QBarSet(tr("Late"));
    auto* overdue = new QBarSet(tr("Overdue"));
    onTime->setColor(QColor(0x3A, 0x9D, 0x5D));
    late->setColor(QColor(0xE8, 0xA3, 0x3D));
    overdue->setColor(QColor(0xC0, 0x00, 0x0F));
    for (const DepartmentMetrics& m : order) {
        *onTime << m.onTime;
        *late << m.late;
        *overdue << m.overdue;
    }
    auto* series = new QHorizontalPercentBarSeries;
    series->append({onTime, late, overdue});

    auto* chart = new QChart;
    chart->setTitle(tr("On-time share per department, %1").arg(report.period.label()));
    chart->addSeries(series);
    QBarCategoryAxis* departments = departmentAxis(order);
    chart->addAxis(departments, Qt::AlignLeft);
    series->attachAxis(departments);
    QValueAxis* share = percentAxis(QString());
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* SupervisionCharts::trend(const QList<SupervisionReport>& periods)
{
    auto* onTime = new QLineSeries;
    onTime->setName(tr("Feedback on time"));
    auto* published = new QLineSeries;
    published->setName(tr("Records published on time"));
    auto* periodsAxis = new QBarCategoryAxis;
    periodsAxis->setTruncateLabels(false);
    periodsAxis->setLabelsAngle(-40); // "2026年第3季度" side by side would overlap
    for (int i = 0; i < periods.size(); ++i) {
        const SupervisionReport& r = periods.at(i);
        periodsAxis->append(r.period.label());
        // A period with nothing to judge leaves a gap rather than a fall to zero.
        if (const auto s = r.totals.onTimeShare())
            onTime->append(i, *s * 100.0);
        if (const auto s = r.totals.publicationShare())
            published->append(i, *s * 100.0);
    }
    onTime->setPointsVisible(true);
    published->setPointsVisible(true);

    auto* chart = new QChart;
    chart->setTitle(tr("Trend of the office's shares"));
    chart->addSeries(onTime);
    chart->addSeries(published);
    chart->addAxis(periodsAxis, Qt::AlignBottom);
    QValueAxis* share = percentAxis(QString());
    chart->addAxis(share, Qt::AlignLeft);
    for (QLineSeries* s : {onTime, published}) {
        s->attachAxis(periodsAxis);
        s->attachAxis(share);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace cd
