#include "reports/XlsxNoticeWriter.h"

#include "CoreError.h"
#include "reports/ScratchFile.h"

#include <QRegularExpression>
#include <QSet>

#include <xlsxwriter.h>

namespace cd {

namespace {

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* count = nullptr;
    lxw_format* share = nullptr;
    lxw_format* days = nullptr;
    lxw_format* totalText = nullptr;
    lxw_format* totalCount = nullptr;
    lxw_format* totalShare = nullptr;
    lxw_format* totalDays = nullptr;
};

lxw_format* cellFormat(lxw_workbook* book, const char* numberFormat, bool bold)
{
    lxw_format* f = workbook_add_format(book);
    format_set_font_name(f, "宋体");
    format_set_font_size(f, 11);
    format_set_border(f, LXW_BORDER_THIN);
    if (numberFormat)
        format_set_num_format(f, numberFormat);
    if (bold)
        format_set_bold(f);
    return f;
}

Formats makeFormats(lxw_workbook* book)
{
    Formats f;
    f.header = workbook_add_format(book);
    format_set_font_name(f.header, "黑体");
    format_set_font_size(f.header, 11);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.header, 0xD9E1F2);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.text = cellFormat(book, nullptr, false);
    f.count = cellFormat(book, "0", false);
    f.share = cellFormat(book, "0.0%", false);
    f.days = cellFormat(book, "0.0", false);
    f.totalText = cellFormat(book, nullptr, true);
    f.totalCount = cellFormat(book, "0", true);
    f.totalShare = cellFormat(book, "0.0%", true);
    f.totalDays = cellFormat(book, "0.0", true);
    return f;
}

// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique in the workbook.
QByteArray sheetName(const QString& wanted, QSet<QString>& used)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString name = QString(wanted).replace(forbidden, QStringLiteral(" ")).left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    const QString base = name.left(28);
    for (int i = 2; used.contains(name); ++i)
        name = QStringLiteral("%1 %2").arg(base).arg(i);
    used.insert(name);
    return name.toUtf8();
}

void writeTable(lxw_worksheet* sheet, const NoticeTable& t, const Formats& f)
{
    for (int col = 0; col < t.header.size(); ++col) {
        worksheet_write_string(sheet, 0, lxw_col_t(col), t.header.at(col).toUtf8().constData(), f.header);
        const bool wide = !t.rows.isEmpty() && t.rows.first().value(col).kind == NoticeCell::Kind::Text;
        worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), wide ? 24 : 12, nullptr);
    }
    worksheet_set_row(sheet, 0, 32, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    for (int row = 0; row < t.rows.size(); ++row) {
        const bool total = t.lastRowIsTotal && row == t.rows.size() - 1;
        const lxw_row_t r = lxw_row_t(row + 1);
        for (int col = 0; col < t.rows.at(row).size(); ++col) {
            const NoticeCell& cell = t.rows.at(row).at(col);
            const lxw_col_t c = lxw_col_t(col);
            switch (cell.kind) {
            case NoticeCell::Kind::Text:
                worksheet_write_string(
                    sheet, r, c, cell.value.toString().toUtf8().constData(), total ? f.totalText : f.text);
                break;
            case NoticeCell::Kind::Count:
                worksheet_write_number(sheet, r, c, cell.value.toDouble(), total ? f.totalCount : f.count);
                break;
            case NoticeCell::Kind::Share:
            case NoticeCell::Kind::Days: {
                lxw_format* format = cell.kind == NoticeCell::Kind::Share ? (total ? f.totalShare : f.share)
                                                                          : (total ? f.totalDays : f.days);
                // Nothing to divide stays an empty cell, never a zero that would read as a figure.
                if (cell.value.isNull())
                    worksheet_write_blank(sheet, r, c, format);
                else
                    worksheet_write_number(sheet, r, c, cell.value.toDouble(), format);
                break;
            }
            }
        }
    }
}

} // namespace

QByteArray XlsxNoticeWriter::render(const NoticeDocument& notice, const QList<NoticeTable>& tables)
{
    const ScratchFile scratch(QStringLiteral("notice.xlsx"));
    if (!scratch.valid())
        throw CoreError(ErrorKind::Failed, tr("Cannot create a temporary folder for the spreadsheet."));
    lxw_workbook* book = workbook_new(scratch.path().constData());
    if (!book)
        throw CoreError(ErrorKind::Failed, tr("Cannot start the spreadsheet."));
    QByteArray title = (notice.number + QLatin1Char(' ') + notice.title).toUtf8();
    QByteArray author = notice.issuingOffice.toUtf8();
    lxw_doc_properties properties {};
    properties.title = title.data(); // the library's fields are not const
    properties.author = author.data();
    workbook_set_properties(book, &properties);
    const Formats formats = makeFormats(book);
    QSet<QString> used;
    for (const NoticeTable& t : tables) {
        const QByteArray name = sheetName(t.sheetName, used);
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.constData());
        writeTable(sheet, t, formats);
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR)
        throw CoreError(ErrorKind::Failed,
            tr("Cannot write the spreadsheet: %1").arg(QString::fromUtf8(lxw_strerror(result))));
    return scratch.readAll();
}

} // namespace cd
