#include "reports/PdfNoticeWriter.h"

#include "reports/DocumentFonts.h"
#include "reports/OfficialPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>

namespace cd {

namespace {

const QColor OfficialRed(0xE6, 0x00, 0x12);
constexpr double TitlePoints = 22.0; // 2号
constexpr double TablePoints = 9.0; // 小五: ten columns of figures do not fit in 3号
constexpr double HeaderMaxPoints = 36.0;

// Where things sit on page 1, from the top of the type area (GB/T 9704 7.2): the header's top edge
// 35 mm down, the number two blank lines below it, the red line 4 mm below the number, the title two
// blank lines below the line.
struct FirstPage
{
    QFont headerFont;
    double headerTop = 0;
    double headerHeight = 0;
    double numberTop = 0;
    double ruleY = 0;
    double flowStart = 0; // format units: where the text flow begins
};

FirstPage layoutFirstPage(OfficialPdf& pdf, const NoticeDocument& notice)
{
    FirstPage p;
    const double width = pdf.mm(OfficialPdf::TypeWidthMm);
    // The office's full name on one line across at most the type area's width.
    p.headerFont = DocumentFonts::font(DocumentFonts::xiaoBiaoSong(), HeaderMaxPoints, true);
    double points = HeaderMaxPoints;
    while (points > 12.0
        && QFontMetricsF(p.headerFont, &pdf.writer()).horizontalAdvance(notice.issuingOffice) > width) {
        points -= 0.5;
        p.headerFont.setPointSizeF(points);
    }
    const QFontMetricsF headerMetrics(p.headerFont, &pdf.writer());
    p.headerTop = pdf.mm(35.0);
    p.headerHeight = headerMetrics.height();
    const double pitch = pdf.linePitchDevice();
    p.numberTop = p.headerTop + p.headerHeight + 2 * pitch;
    const QFontMetricsF body(pdf.document().defaultFont(), &pdf.writer());
    p.ruleY = p.numberTop + body.height() + pdf.mm(4.0);
    p.flowStart = (p.ruleY + 2 * pitch) * pdf.formatMm(1.0) / pdf.mm(1.0);
    return p;
}

} // namespace

QByteArray PdfNoticeWriter::render(const NoticeDocument& notice)
{
    OfficialPdf pdf(notice.title);
    const FirstPage first = layoutFirstPage(pdf, notice);
    QTextDocument& doc = pdf.document();
    QTextCursor cursor(&doc);

    const QFont body = doc.defaultFont();
    const QFont titleFont = DocumentFonts::font(DocumentFonts::xiaoBiaoSong(), TitlePoints, true);
    const QFont headingFont = DocumentFonts::font(DocumentFonts::heiTi(), OfficialPdf::BodyPoints);

    // An empty first line as tall as page 1's header: the layout drops a first block's top margin.
    QTextBlockFormat room;
    room.setLineHeight(first.flowStart, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(room);

    // 标题: centred below the red line.
    QTextBlockFormat title;
    title.setAlignment(Qt::AlignHCenter);
    title.setLineHeight(pdf.linePitch() * 1.2, QTextBlockFormat::FixedHeight);
    cursor.insertBlock(title, OfficialPdf::charFormat(titleFont));
    cursor.insertText(notice.title);

    // 主送机关: one blank line below the title, flush left.
    QTextBlockFormat addressee = pdf.bodyBlock();
    addressee.setTextIndent(0);
    addressee.setTopMargin(pdf.linePitch());
    cursor.insertBlock(addressee, OfficialPdf::charFormat(body));
    cursor.insertText(notice.addressee);

    QTextBlock lastHeading;
    for (const NoticeDocument::Block& b : notice.body) {
        switch (b.kind) {
        case NoticeDocument::Block::Kind::Heading:
            cursor.insertBlock(pdf.headingBlock(), OfficialPdf::charFormat(headingFont));
            cursor.insertText(b.text);
            lastHeading = cursor.block();
            break;
        case NoticeDocument::Block::Kind::Paragraph:
            cursor.insertBlock(pdf.bodyBlock(), OfficialPdf::charFormat(body));
            cursor.insertText(b.text);
            break;
        case NoticeDocument::Block::Kind::Table:
            pdf.insertTable(cursor, notice.tables.at(b.table), TablePoints);
            break;
        }
    }

    const QTextBlock lastParagraph = cursor.block();

    // 发文机关署名 and 成文日期: right-aligned two characters in, the date centred under the name.
    const QFontMetricsF metrics(body, &pdf.writer());
    const double nameWidth = metrics.horizontalAdvance(notice.issuingOffice);
    const double dateWidth = metrics.horizontalAdvance(notice.issuedOnText);
    QTextBlockFormat signature = pdf.bodyBlock();
    signature.setTextIndent(0);
    signature.setAlignment(Qt::AlignRight);
    signature.setRightMargin(2 * pdf.charWidth());
    signature.setTopMargin(2 * pdf.linePitch());
    cursor.insertBlock(signature, OfficialPdf::charFormat(body));
    cursor.insertText(notice.issuingOffice);
    QTextBlockFormat date = signature;
    date.setTopMargin(0);
    date.setRightMargin(2 * pdf.charWidth() + qMax(0.0, (nameWidth - dateWidth) / 2));
    cursor.insertBlock(date, OfficialPdf::charFormat(body));
    cursor.insertText(notice.issuedOnText);

    // The signature and the date never stand on a page without body text (GB/T 9704 7.3.5.4): if the
    // date falls on a later page than the last paragraph ends, that paragraph moves along with them.
    const double pageHeight = doc.pageSize().height();
    const auto pageOf = [&](double y) { return int(y / pageHeight); };
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    if (pageOf(layout->blockBoundingRect(cursor.block()).bottom() - 1)
        != pageOf(layout->blockBoundingRect(lastParagraph).bottom() - 1)) {
        // A heading right above the paragraph goes with it.
        const QTextBlock moved = lastHeading.next() == lastParagraph ? lastHeading : lastParagraph;
        QTextCursor c(moved);
        QTextBlockFormat f = moved.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        c.setBlockFormat(f);
    }

    return pdf.finish([&](QPainter& painter) {
        const double width = pdf.mm(OfficialPdf::TypeWidthMm);
        painter.setPen(OfficialRed);
        painter.setFont(first.headerFont);
        painter.drawText(QRectF(0, first.headerTop, width, first.headerHeight),
            Qt::AlignHCenter | Qt::AlignTop, notice.issuingOffice);
        painter.setPen(Qt::black);
        painter.setFont(body);
        painter.drawText(QRectF(0, first.numberTop, width, first.ruleY - first.numberTop),
            Qt::AlignHCenter | Qt::AlignTop, notice.number);
        painter.setPen(QPen(OfficialRed, pdf.mm(0.5)));
        painter.drawLine(QPointF(0, first.ruleY), QPointF(width, first.ruleY));
    });
}

} // namespace cd
