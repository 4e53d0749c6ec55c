// The departments' feedback workbooks (执行反馈) against a small office with a pushed case: any file
// gives a result with its rejected rows, or one clear CoreError(InvalidInput), never a crash. The
// answers it accepts stay in the office, as they would at a desk: later inputs meet answered tasks.
#include "CoreError.h"
#include "FuzzSupport.h"
#include "services/PackageService.h"
#include "util/Office.h"

#include <memory>

using namespace cd;

namespace {

test::Office* g_office = nullptr;
Session* g_officer = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    g_office = new test::Office;
    const qint64 company
        = g_office->addCompany(QStringLiteral("MA1X2Y3W4"), QStringLiteral("启东市华信化工有限公司"));
    const qint64 person
        = g_office->addPerson(QStringLiteral("19800101"), QStringLiteral("123"), QStringLiteral("张三"));
    const qint64 record = g_office->addRecord(
        company, QStringLiteral("启市监罚〔2026〕1号"), Severity::Serious, QDate(2026, 3, 2));
    g_office->sanction(company, record, 0, QDate(2026, 3, 10), QDate(2028, 3, 9), QDate(2026, 3, 10));
    (void)person;
    g_officer = g_office->as(QStringLiteral("officer")).release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The suffix only matters for a file that is not a workbook; the reader goes by the bytes.
    const QString path = fuzz::inputFile(data, size, "xlsx");
    try {
        const FeedbackResult result = PackageService(*g_officer).importFeedback(path);
        if (result.acknowledged + result.answered + result.unchanged + result.blank
                + int(result.rejected.size())
            < result.rows)
            fuzz::fail("every row read must be counted somewhere");
    } catch (const CoreError& e) {
        if (e.kind() != ErrorKind::InvalidInput)
            fuzz::fail("a bad feedback file must be refused as invalid input", e.message());
    }
    return 0;
}
