#include "CoreError.h"
#include "exchange/PackageColumns.h"
#include "exchange/TableSource.h"
#include "services/CaseService.h"
#include "services/PackageService.h"
#include "util/Office.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace cd;
using cd::test::Office;
namespace P = cd::PackageColumns;

// 信息推送 and 执行反馈: a package goes out once, comes back filled in, and every answer lands as if
// typed in, without loss.
class TestPackageService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aPackageCarriesEachTaskOnce();
    void theRoundTripIsLossless();

private:
    std::unique_ptr<Office> m_office;
    QTemporaryDir m_dir;
    Case m_case;
    qint64 m_department = 0;
};

void TestPackageService::init()
{
    m_office = std::make_unique<Office>();
    const qint64 company
        = m_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信建材有限公司"));
    const qint64 record = m_office->addRecord(
        company, QStringLiteral("启市监罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
    m_case
        = m_office->sanction(company, record, 0, QDate(2026, 3, 10), QDate(2029, 3, 9), QDate(2026, 3, 10));
    QVERIFY(!m_case.tasks.isEmpty());
    m_department = m_case.tasks.first().departmentId;
}

void TestPackageService::cleanup()
{
    m_office.reset();
}

void TestPackageService::aPackageCarriesEachTaskOnce()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const QString path = m_dir.filePath(QStringLiteral("p1.xlsx"));
    const PackageResult r = PackageService(*officer).makePackage(m_department, path);
    QCOMPARE(r.number, QStringLiteral("推送〔%1〕0001号").arg(QDate::currentDate().year()));
    int expected = 0;
    for (const MeasureTask& t : m_case.tasks)
        expected += t.departmentId == m_department;
    QCOMPARE(r.tasks, expected);

    auto source = TableSource::open(path);
    TableRow row;
    QVERIFY(source->next(row));
    QCOMPARE(row.cells.first(), P::TaskId);
    QVERIFY(row.cells.contains(P::Result));
    int lines = 0;
    while (source->next(row)) {
        ++lines;
        QCOMPARE(row.cells.at(1), m_case.number);
    }
    QCOMPARE(lines, expected);

    // The same tasks never go out twice; the file is never overwritten.
    try {
        PackageService(*officer).makePackage(m_department, m_dir.filePath(QStringLiteral("p2.xlsx")));
        QFAIL("the same tasks were sent twice");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidInput);
    }
    try {
        PackageService(*officer).makePackage(m_case.tasks.last().departmentId, path);
        QFAIL("a package overwrote a file");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::Failed);
    }
}

void TestPackageService::theRoundTripIsLossless()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    const QString out = m_dir.filePath(QStringLiteral("out.xlsx"));
    PackageService(*officer).makePackage(m_department, out);
    // The department fills the yellow columns and saves the workbook.
    QList<QStringList> rows;
    {
        auto source = TableSource::open(out);
        TableRow row;
        while (source->next(row))
            rows.append(row.cells);
    }
    QVERIFY(rows.size() >= 2);
    const QStringList header = rows.takeFirst();
    for (QStringList& r : rows) {
        while (r.size() < header.size())
            r.append(QString()); // the empty yellow columns are not in the file
    }
    const int result = header.indexOf(P::Result);
    const int appliedOn = header.indexOf(P::AppliedOn);
    const int reference = header.indexOf(P::Reference);
    const int reason = header.indexOf(P::Reason);
    const int respondedOn = header.indexOf(P::RespondedOn);
    const QList<qint64> ids = [&] {
        QList<qint64> list;
        for (const QStringList& r : rows)
            list << r.first().toLongLong();
        return list;
    }();
    const QString back = m_dir.filePath(QStringLiteral("back.xlsx"));
    lxw_workbook* book = workbook_new(back.toLocal8Bit().constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    QList<QStringList> filled = rows;
    filled[0][result] = P::Applied;
    filled[0][appliedOn] = QStringLiteral("2026-03-16");
    filled[0][reference] = QStringLiteral("启审批〔2026〕7号");
    filled[0][respondedOn] = QStringLiteral("2026-03-17");
    if (filled.size() > 1) {
        filled[1][result] = P::NotApplicable;
        filled[1][reason] = QStringLiteral("该主体未在本单位办理相关事项");
        filled[1][respondedOn] = QStringLiteral("2026-03-18");
    }
    QStringList unknown = rows.first();
    unknown[0] = QStringLiteral("999999");
    unknown[result] = P::Acknowledged;
    filled << unknown << filled.first(); // an unknown task, and the first task twice
    // Not task numbers: too large to be one, a fraction (not the first task), below 1.
    for (const QString& notATask :
        {QStringLiteral("1e300"), QStringLiteral("%1.5").arg(ids.at(0)), QStringLiteral("-3")}) {
        QStringList bad = rows.first();
        bad[0] = notATask;
        bad[result] = P::Acknowledged;
        filled << bad;
    }
    for (int r = 0; r < filled.size(); ++r) {
        for (int c = 0; c < filled.at(r).size(); ++c) {
            if (c == 0)
                worksheet_write_number(sheet, lxw_row_t(r + 1), 0, filled.at(r).at(0).toDouble(), nullptr);
            else
                worksheet_write_string(
                    sheet, lxw_row_t(r + 1), lxw_col_t(c), filled.at(r).at(c).toUtf8().constData(), nullptr);
        }
    }
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

    const FeedbackResult r = PackageService(*officer).importFeedback(back);
    QCOMPARE(r.answered, rows.size() > 1 ? 2 : 1);
    QCOMPARE(r.rejected.size(), 5);
    QVERIFY(r.rejected.at(0).reason.contains(QStringLiteral("no such task")));
    QVERIFY(r.rejected.at(1).reason.contains(QStringLiteral("same task")));
    for (int i = 2; i < 5; ++i)
        QVERIFY2(r.rejected.at(i).reason.contains(QStringLiteral("not a task number")),
            qPrintable(r.rejected.at(i).value + QLatin1String(": ") + r.rejected.at(i).reason));

    const Case after = CaseService(*officer).get(m_case.id);
    for (const MeasureTask& t : after.tasks) {
        if (t.id == ids.at(0)) {
            QCOMPARE(t.response, TaskResponse::Applied);
            QCOMPARE(t.appliedOn, QDate(2026, 3, 16));
            QCOMPARE(t.respondedOn, QDate(2026, 3, 17));
            QCOMPARE(t.reference, QStringLiteral("启审批〔2026〕7号"));
        } else if (ids.size() > 1 && t.id == ids.at(1)) {
            QCOMPARE(t.response, TaskResponse::NotApplicable);
            QCOMPARE(t.reason, QStringLiteral("该主体未在本单位办理相关事项"));
            QCOMPARE(t.respondedOn, QDate(2026, 3, 18));
        }
    }
    // The same file again changes nothing.
    const FeedbackResult again = PackageService(*officer).importFeedback(back);
    QCOMPARE(again.answered, 0);
    QCOMPARE(again.unchanged, r.answered);
}

QTEST_GUILESS_MAIN(TestPackageService)
#include "TestPackageService.moc"
