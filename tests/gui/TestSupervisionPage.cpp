#include "CoreError.h"
#include "services/DemoData.h"
#include "services/Session.h"
#include "services/SupervisionService.h"
#include "supervision/SupervisionItemsModel.h"
#include "supervision/SupervisionPage.h"
#include "util/TestUtil.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

const QByteArray Password = "supervision-gui-pass";

QAbstractBarSeries* barsOf(QChartView* view)
{
    return qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
}

} // namespace

// The 督查 page over the demo office: the charts hold the service's figures, a click on a bar lists
// that department's late and overdue tasks, charts save as PNG and SVG, the notice exports.
class TestSupervisionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsHoldTheFigures();
    void clickingABarDrillsDown();
    void chartsSaveAsPngAndSvg();
    void badPeriodIsShownNotThrown();
    void exportIsForSupervisorsAndAdmins();

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Session> m_admin;
    QString m_period;
    QByteArray m_demoPassword;
};

void TestSupervisionPage::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_db = m_dir.filePath(QStringLiteral("office.db"));
    Session::initialize(m_db, QStringLiteral("admin"), Password);
    m_admin = Session::signIn(m_db, QStringLiteral("admin"), Password);
    m_demoPassword = DemoData::fill(*m_admin, 7).password.toUtf8();
    m_period = QString::number(QDate::currentDate().year());
}

void TestSupervisionPage::chartsHoldTheFigures()
{
    SupervisionPage page(*m_admin);
    page.showPeriod(m_period);
    QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("periodPicker"))->currentText(), m_period);
    const SupervisionReport expected = SupervisionService(*m_admin).report(ReportPeriod::parse(m_period));
    QCOMPARE(page.report().totals.received, expected.totals.received);

    QAbstractBarSeries* ranking = barsOf(page.chartView(SupervisionPage::Chart::Ranking));
    QVERIFY(ranking);
    QBarSet* shares = ranking->barSets().first();
    int ranked = 0;
    for (const DepartmentMetrics& m : expected.departments)
        if (m.onTimeShare())
            ++ranked;
    QCOMPARE(shares->count(), ranked);
    // The top bar is the best department.
    QCOMPARE(shares->at(shares->count() - 1), *expected.departments.first().onTimeShare() * 100.0);

    QAbstractBarSeries* feedback = barsOf(page.chartView(SupervisionPage::Chart::Feedback));
    QCOMPARE(feedback->barSets().size(), 3);
    int late = 0;
    for (int i = 0; i < feedback->barSets().at(1)->count(); ++i)
        late += int(feedback->barSets().at(1)->at(i));
    QCOMPARE(late, expected.totals.late);

    auto* trend = qobject_cast<QLineSeries*>(
        page.chartView(SupervisionPage::Chart::Trend)->chart()->series().value(0));
    QVERIFY(trend);
    QVERIFY(trend->count() <= SupervisionPage::TrendPeriods);
    QVERIFY(trend->count() >= 1);
    QCOMPARE(trend->points().last().y(), *expected.totals.onTimeShare() * 100.0);
}

void TestSupervisionPage::clickingABarDrillsDown()
{
    SupervisionPage page(*m_admin);
    page.showPeriod(m_period);
    new QAbstractItemModelTester(const_cast<SupervisionItemsModel*>(page.items()),
        QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
    QAbstractBarSeries* ranking = barsOf(page.chartView(SupervisionPage::Chart::Ranking));
    QBarSet* shares = ranking->barSets().first();
    // The bottom bar: the department ranked last.
    DepartmentMetrics last;
    for (const DepartmentMetrics& m : page.report().departments)
        if (m.onTimeShare())
            last = m;
    emit ranking->clicked(0, shares);
    QCOMPARE(page.items()->rowCount(), last.late + last.overdue);
    int overdue = 0;
    for (const SupervisionItem& i : page.items()->items())
        overdue += i.overdue ? 1 : 0;
    QCOMPARE(overdue, last.overdue);
}

void TestSupervisionPage::chartsSaveAsPngAndSvg()
{
    SupervisionPage page(*m_admin);
    page.resize(1400, 900);
    page.showPeriod(m_period);
    for (const auto chart :
        {SupervisionPage::Chart::Ranking, SupervisionPage::Chart::Feedback, SupervisionPage::Chart::Trend}) {
        const QString png = m_dir.filePath(QStringLiteral("chart%1.png").arg(int(chart)));
        const QString svg = m_dir.filePath(QStringLiteral("chart%1.svg").arg(int(chart)));
        page.saveChart(chart, png);
        page.saveChart(chart, svg);
        QVERIFY(test::readAll(png).startsWith("\x89PNG"));
        const QByteArray drawing = test::readAll(svg);
        QVERIFY(drawing.contains("<svg"));
    }
    QVERIFY_THROWS_EXCEPTION(CoreError,
        page.saveChart(SupervisionPage::Chart::Trend, m_dir.filePath(QStringLiteral("chart.bmp"))));
}

void TestSupervisionPage::badPeriodIsShownNotThrown()
{
    SupervisionPage page(*m_admin);
    page.showPeriod(m_period);
    const int received = page.report().totals.received;
    page.showPeriod(QStringLiteral("2026Q9"));
    QCOMPARE(page.report().totals.received, received); // the figures stay
    QVERIFY(page.findChildren<QLabel*>().size() > 0);
}

void TestSupervisionPage::exportIsForSupervisorsAndAdmins()
{
    SupervisionPage adminPage(*m_admin);
    QVERIFY(!adminPage.findChild<QPushButton*>(QStringLiteral("exportNotice"))->isHidden());
    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    adminPage.showPeriod(m_period);
    adminPage.exportNotice(pdf);
    QVERIFY(test::readAll(pdf).startsWith("%PDF-"));

    auto officer = Session::signIn(m_db, QStringLiteral("officer"), m_demoPassword);
    SupervisionPage officerPage(*officer);
    QVERIFY(officerPage.findChild<QPushButton*>(QStringLiteral("exportNotice"))->isHidden());
    QVERIFY(officerPage.report().totals.received > 0); // every role reads the figures
}

QTEST_MAIN(TestSupervisionPage)
#include "TestSupervisionPage.moc"
