#include "supervision/SupervisionPage.h"

#include "CoreError.h"
#include "services/NoticeService.h"
#include "services/Session.h"
#include "services/SupervisionService.h"
#include "supervision/ChartExport.h"
#include "supervision/SupervisionCharts.h"
#include "supervision/SupervisionItemsModel.h"
#include "widgets/LongTask.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {

// The periods a supervisor picks most: this and the last months, quarters and years.
QStringList recentPeriods(const QDate& today)
{
    QStringList keys;
    ReportPeriod month = ReportPeriod::month(today.year(), today.month());
    ReportPeriod quarter = ReportPeriod::quarter(today.year(), (today.month() - 1) / 3 + 1);
    for (int i = 0; i < 4; ++i) {
        keys << quarter.key();
        quarter = quarter.previous();
    }
    for (int i = 0; i < 6; ++i) {
        keys << month.key();
        month = month.previous();
    }
    keys << QString::number(today.year()) << QString::number(today.year() - 1);
    return keys;
}

QChartView* makeChartView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(380, 300);
    return view;
}

} // namespace

SupervisionPage::SupervisionPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_periodPicker(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_ranking(makeChartView(this, QStringLiteral("rankingChart")))
    , m_feedback(makeChartView(this, QStringLiteral("feedbackChart")))
    , m_trend(makeChartView(this, QStringLiteral("trendChart")))
    , m_drillTitle(new QLabel(tr("Click a department's bar to list its late and overdue tasks."), this))
    , m_drillDown(new QTableView(this))
    , m_items(new SupervisionItemsModel(this))
    , m_export(new QPushButton(tr("Export notification…"), this))
{
    m_periodPicker->setObjectName(QStringLiteral("periodPicker"));
    m_periodPicker->setEditable(true);
    m_periodPicker->addItems(recentPeriods(QDate::currentDate()));
    m_periodPicker->setToolTip(tr("A month (2026-10), a quarter (2026Q3), a year (2026) or a date range "
                                  "(2026-01-01..2026-06-30)."));
    m_periodPicker->setInsertPolicy(QComboBox::NoInsert);
    connect(m_periodPicker, &QComboBox::textActivated, this, &SupervisionPage::showPeriod);

    m_export->setObjectName(QStringLiteral("exportNotice"));
    m_export->setVisible(AccessPolicy::allows(session.user().role, Operation::IssueNotice));
    connect(m_export, &QPushButton::clicked, this, &SupervisionPage::exportNoticeAs);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_periodPicker);
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);

    auto* charts = new QGridLayout;
    const QList<std::pair<Chart, QChartView*>> views {
        {Chart::Ranking, m_ranking}, {Chart::Feedback, m_feedback}, {Chart::Trend, m_trend}};
    int column = 0;
    for (const auto& [chart, view] : views) {
        auto* save = new QPushButton(tr("Save chart…"), this);
        save->setObjectName(view->objectName() + QStringLiteral("Save"));
        connect(save, &QPushButton::clicked, this, [this, which = chart] { saveChartAs(which); });
        charts->addWidget(view, 0, column);
        charts->addWidget(save, 1, column, Qt::AlignRight);
        ++column;
    }
    auto* chartsBox = new QWidget(this);
    chartsBox->setLayout(charts);

    m_drillDown->setObjectName(QStringLiteral("drillDown"));
    m_drillDown->setModel(m_items);
    m_drillDown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillDown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drillDown->verticalHeader()->hide();
    m_drillDown->horizontalHeader()->setStretchLastSection(true);
    auto* drillBox = new QWidget(this);
    auto* drillLayout = new QVBoxLayout(drillBox);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drillDown);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartsBox);
    splitter->addWidget(drillBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_period = ReportPeriod::parse(m_periodPicker->itemText(0));
    reload();
}

QChartView* SupervisionPage::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::Ranking:
        return m_ranking;
    case Chart::Feedback:
        return m_feedback;
    case Chart::Trend:
        return m_trend;
    }
    return nullptr;
}

void SupervisionPage::showPeriod(const QString& period)
{
    try {
        m_period = ReportPeriod::parse(period);
    } catch (const CoreError& e) {
        showError(e.message());
        return;
    }
    m_periodPicker->setEditText(m_period.key());
    reload();
}

void SupervisionPage::reload()
{
    // The figures come from the session's own connection, which lives on this thread; a year of a
    // city's tasks takes about a second, so the cursor says so.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    try {
        SupervisionService service(m_session);
        m_report = service.report(m_period);
        const QList<SupervisionReport> trend = service.trend(m_period, TrendPeriods);
        m_barOrder = SupervisionCharts::barOrder(m_report);
        replaceChart(m_ranking, SupervisionCharts::ranking(m_report));
        replaceChart(m_feedback, SupervisionCharts::feedback(m_report));
        replaceChart(m_trend, SupervisionCharts::trend(trend));
        connectBars(m_ranking);
        connectBars(m_feedback);
    } catch (const CoreError& e) {
        showError(e.message());
        return;
    }
    const DepartmentMetrics& t = m_report.totals;
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        tr("%1, as of %2: %3 tasks received, %4 on time, %5 late, %6 overdue; %7 lagging behind.")
            .arg(m_report.period.label(), m_report.evaluatedOn.toString(Qt::ISODate))
            .arg(t.received)
            .arg(t.onTime)
            .arg(t.late)
            .arg(t.overdue)
            .arg(m_report.lagging().size()));
    m_items->setItems({});
    m_drillTitle->setText(tr("Click a department's bar to list its late and overdue tasks."));
}

void SupervisionPage::replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old; // the view does not own a chart it is given, and lets go of it here
}

void SupervisionPage::connectBars(QChartView* view)
{
    for (QAbstractSeries* series : view->chart()->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        if (!bars)
            continue;
        connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) {
            if (index >= 0 && index < m_barOrder.size())
                showDepartment(m_barOrder.at(index).departmentId);
        });
    }
}

void SupervisionPage::showDepartment(qint64 departmentId)
{
    QString name;
    for (const DepartmentMetrics& m : m_report.departments)
        if (m.departmentId == departmentId)
            name = m.name;
    try {
        m_items->setItems(SupervisionService(m_session).lateOrOverdue(departmentId, m_period));
    } catch (const CoreError& e) {
        showError(e.message());
        return;
    }
    m_drillTitle->setText(tr("%1: %n late or overdue task(s) in %2", "", int(m_items->items().size()))
                              .arg(name, m_period.label()));
    m_drillDown->resizeColumnsToContents();
}

namespace {

// A failure is thrown on, as the page's callers expect; a cancel is the clerk's own wish and quiet.
void raiseIfFailed(const LongTask::Outcome& outcome)
{
    if (outcome.state == LongTask::Outcome::State::Failed)
        throw CoreError(outcome.kind, outcome.message);
}

} // namespace

void SupervisionPage::saveChart(Chart chart, const QString& path)
{
    // Drawn here (a chart is a widget), written by the worker through a staged file.
    const QByteArray bytes = ChartExport::render(*chartView(chart), path);
    raiseIfFailed(LongTask::run(this, nullptr, tr("Save chart"),
        tr("Saving %1…").arg(QFileInfo(path).fileName()), [path, bytes](LongTask::Context& context) {
            return LongTask::exportFile(context, path, true, [&bytes](const QString& staged) {
                ChartExport::write(staged, bytes);
                return QVariant();
            });
        }));
}

void SupervisionPage::exportNotice(const QString& path)
{
    // The dialog has asked before replacing a file. The number is taken in the same transaction that
    // puts the file in place, so a cancelled export uses none.
    const ReportPeriod period = m_period;
    raiseIfFailed(LongTask::run(this, &m_session, tr("Export notification"),
        tr("Writing the notification for %1…").arg(period.label()),
        [path, period](LongTask::Context& context) {
            return LongTask::exportFile(context, path, true, [&](const QString& staged) {
                NoticeService(context.session()).exportNotice(period, staged, std::nullopt, true);
                return QVariant();
            });
        }));
}

void SupervisionPage::saveChartAs(Chart chart)
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save chart"), QString(), ChartExport::fileFilter());
    if (path.isEmpty())
        return;
    try {
        saveChart(chart, path);
    } catch (const CoreError& e) {
        showError(e.message());
    }
}

void SupervisionPage::exportNoticeAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export notification"),
        tr("notification-%1.pdf").arg(m_period.key()),
        tr("Official document (*.pdf);;Word document (*.docx);;Spreadsheet of the figures (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        exportNotice(path);
    } catch (const CoreError& e) {
        showError(e.message());
    }
}

void SupervisionPage::showError(const QString& message)
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(
        QStringLiteral("<span style=\"color:#c0000f\">%1</span>").arg(message.toHtmlEscaped()));
}

} // namespace cd
