#include "exchange/PackageWorkbook.h"

#include "CoreError.h"
#include "exchange/PackageColumns.h"
#include "storage/DiskSpace.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace cd {

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

} // namespace

void PackageWorkbook::write(
    const QString& path, const QString& number, const QString& department, const QList<PackageLine>& lines)
{
    namespace P = PackageColumns;
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook* book = workbook_new(temp.toLocal8Bit().constData());
    if (!book)
        throw CoreError(ErrorKind::Failed, tr("%1 cannot be written.").arg(path));
    lxw_worksheet* sheet = workbook_add_worksheet(book, "措施任务");
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    lxw_format* fill = workbook_add_format(book);
    format_set_bold(fill);
    format_set_bg_color(fill, 0xFFF2CC);
    format_set_border(fill, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* text = workbook_add_format(book);
    format_set_num_format(text, "@");

    const QStringList given {P::TaskId, P::CaseNumber, P::SubjectName, P::SubjectCode, P::Measure,
        P::LegalBasis, P::Term, P::PushedOn, P::DueOn};
    const QStringList toFill {P::Result, P::AppliedOn, P::Reference, P::Reason, P::RespondedOn};
    const QList<double> widths {10, 22, 30, 24, 36, 30, 24, 12, 14, 12, 12, 20, 30, 12};
    lxw_col_t c = 0;
    for (const QString& h : given + toFill) {
        worksheet_write_string(sheet, 0, c, utf8(h).constData(), c < given.size() ? head : fill);
        worksheet_set_column(sheet, c, c, widths.value(int(c), 14), nullptr);
        ++c;
    }
    worksheet_freeze_panes(sheet, 1, 3);
    worksheet_set_row(sheet, 0, 30, nullptr);

    lxw_row_t r = 1;
    for (const PackageLine& l : lines) {
        worksheet_write_number(sheet, r, 0, double(l.taskId), nullptr);
        worksheet_write_string(sheet, r, 1, utf8(l.caseNumber).constData(), nullptr);
        worksheet_write_string(sheet, r, 2, utf8(l.subjectName).constData(), nullptr);
        worksheet_write_string(sheet, r, 3, utf8(l.subjectCode).constData(), text);
        worksheet_write_string(sheet, r, 4, utf8(l.measure).constData(), nullptr);
        worksheet_write_string(sheet, r, 5, utf8(l.legalBasis).constData(), nullptr);
        worksheet_write_string(sheet, r, 6,
            utf8(QStringLiteral("%1 至 %2")
                     .arg(l.termStart.toString(Qt::ISODate), l.termEnd.toString(Qt::ISODate)))
                .constData(),
            nullptr);
        worksheet_write_string(sheet, r, 7, utf8(l.pushedOn.toString(Qt::ISODate)).constData(), nullptr);
        worksheet_write_string(sheet, r, 8, utf8(l.dueOn.toString(Qt::ISODate)).constData(), nullptr);
        ++r;
    }
    // The department answers from a list, and gives dates as dates.
    const lxw_row_t last = std::max<lxw_row_t>(r, 2) - 1;
    QList<QByteArray> choices;
    for (const QString& choice : P::results())
        choices.append(utf8(choice));
    // Older libxlsxwriter takes non-const strings; these buffers outlive the call.
    std::vector<char*> list;
    for (QByteArray& b : choices)
        list.push_back(b.data());
    list.push_back(nullptr);
    lxw_data_validation pick {};
    pick.validate = LXW_VALIDATION_TYPE_LIST;
    pick.value_list = list.data();
    QByteArray title = utf8(tr("Feedback"));
    QByteArray message = utf8(tr("Choose one of the answers in the list."));
    pick.error_title = title.data();
    pick.error_message = message.data();
    worksheet_data_validation_range(sheet, 1, 9, last, 9, &pick);
    lxw_data_validation day {};
    day.validate = LXW_VALIDATION_TYPE_DATE;
    day.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    day.minimum_datetime = lxw_datetime {2000, 1, 1, 0, 0, 0};
    QByteArray dateMessage = utf8(tr("Enter a date, such as 2026-03-02."));
    day.error_message = dateMessage.data();
    worksheet_data_validation_range(sheet, 1, 10, last, 10, &day);
    worksheet_data_validation_range(sheet, 1, 13, last, 13, &day);
    worksheet_set_column(sheet, 10, 10, 12, date);
    worksheet_set_column(sheet, 13, 13, 12, date);

    lxw_worksheet* help = workbook_add_worksheet(book, "填写说明");
    const QStringList lines2 {
        QStringLiteral("%1 %2：%3")
            .arg(number, department, tr("measure tasks of joint incentives and sanctions")),
        tr("Fill in one row per task in the yellow columns and send the file back unchanged otherwise."),
        tr("反馈结果: 已签收 (received), 已执行 (applied: give 执行日期 and 执行文号), 不适用 or 拒绝执行 "
           "(give 理由)."),
        tr("反馈日期 is the day of your answer; it decides whether the answer was on time."),
        tr("Do not change 任务编号: the office matches your answers by it.")};
    worksheet_set_column(help, 0, 0, 110, nullptr);
    for (int i = 0; i < lines2.size(); ++i)
        worksheet_write_string(
            help, lxw_row_t(i), 0, utf8(lines2.at(i)).constData(), i == 0 ? head : nullptr);

    if (workbook_close(book) != LXW_NO_ERROR || !QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (DiskSpace::isFull(path))
            throw DiskSpace::fullError(tr("%1 could not be written; nothing was written").arg(path));
        throw CoreError(ErrorKind::Failed, tr("%1 cannot be written (is the disk full?).").arg(path));
    }
}

} // namespace cd
