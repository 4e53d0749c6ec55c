#include "reports/OfficialPdf.h"

#include "reports/DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

// Exported by QtGui; QTextDocument::print scales its formats by the same figure.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace cd {

namespace {

// Text extraction: Qt's PDF engine writes each font's ToUnicode map by taking, for every glyph, the
// lowest code point the font maps to it. CJK fonts share a glyph between an ideograph and its Kangxi
// radical (用 U+7528 and ⽤ U+2F64), and between space and tab, so copying, searching or pdftotext
// would give radicals and tabs. The code points are rewritten to what the text holds; both are four
// hex digits, so no byte moves and the cross-reference table stays right.
//
// The Kangxi radicals decompose to their ideographs (NFKC). Most of the radicals supplement does not
// (⻋ U+2ECB is the simplified 车): for those the ideograph is the one the document's own CJK faces
// draw with the same glyph, read once from the fonts.
const QHash<char16_t, char16_t>& supplementIdeographs()
{
    static const QHash<char16_t, char16_t> map = [] {
        constexpr char16_t FirstRadical = 0x2E80, LastRadical = 0x2EFF;
        constexpr char16_t FirstIdeograph = 0x4E00, LastIdeograph = 0x9FFF;
        QString radicals, ideographs;
        for (char16_t u = FirstRadical; u <= LastRadical; ++u)
            radicals.append(QChar(u));
        for (char16_t u = FirstIdeograph; u <= LastIdeograph; ++u)
            ideographs.append(QChar(u));
        QHash<char16_t, char16_t> result;
        for (const QStringList& families :
            {DocumentFonts::fangSong(), DocumentFonts::heiTi(), DocumentFonts::songTi()}) {
            const QRawFont raw = QRawFont::fromFont(QFont(DocumentFonts::installed(families)));
            if (!raw.isValid())
                continue;
            const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
            const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
            if (radicalGlyphs.size() != radicals.size() || ideographGlyphs.size() != ideographs.size())
                continue;
            QHash<quint32, char16_t> ideographOfGlyph;
            for (qsizetype i = 0; i < ideographGlyphs.size(); ++i)
                if (ideographGlyphs.at(i) != 0 && !ideographOfGlyph.contains(ideographGlyphs.at(i)))
                    ideographOfGlyph.insert(ideographGlyphs.at(i), char16_t(FirstIdeograph + i));
            for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
                const auto found = ideographOfGlyph.constFind(radicalGlyphs.at(i));
                if (radicalGlyphs.at(i) != 0 && found != ideographOfGlyph.constEnd())
                    result.insert(char16_t(FirstRadical + i), *found);
            }
        }
        return result;
    }();
    return map;
}

ushort textCodePoint(ushort u)
{
    if (u == 0x0009)
        return 0x0020;
    if (u >= 0x2E80 && u <= 0x2FDF) {
        const QString n = QString(QChar(u)).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1 && n.at(0).unicode() != u)
            return n.at(0).unicode();
        return supplementIdeographs().value(u, u);
    }
    return u;
}

void rewriteHex(QByteArray& pdf, qsizetype at)
{
    // pdf[at] is '<' of a four-digit destination.
    bool ok = false;
    const ushort u = pdf.mid(at + 1, 4).toUShort(&ok, 16);
    if (!ok || pdf.at(at + 5) != '>')
        return;
    const ushort fixed = textCodePoint(u);
    if (fixed != u)
        pdf.replace(at + 1, 4, QByteArray::number(fixed, 16).rightJustified(4, '0').toUpper());
}

void fixToUnicodeMaps(QByteArray& pdf)
{
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            return;
        qsizetype line = from;
        while (line < end) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = pdf.mid(line, next - line);
            // bfchar "<src> <dst>"; bfrange "<lo> <hi> <dst>" (only lo == hi is safe to change) or
            // "<lo> <hi> [<dst> <dst> …]".
            QList<qsizetype> tokens;
            for (qsizetype i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1))
                tokens.append(i);
            const qsizetype bracket = text.indexOf('[');
            if (bracket >= 0) {
                for (const qsizetype t : tokens)
                    if (t > bracket)
                        rewriteHex(pdf, line + t);
            } else if (tokens.size() == 2 && text.size() == 13) {
                rewriteHex(pdf, line + tokens.at(1));
            } else if (tokens.size() == 3 && text.mid(tokens.at(0), 6) == text.mid(tokens.at(1), 6)) {
                rewriteHex(pdf, line + tokens.at(2));
            }
            line = next + 1;
        }
        from = end;
    }
}

} // namespace

OfficialPdf::OfficialPdf(const QString& title)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_writer->setResolution(1200);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("CreditDesk"));
    // PDF/A-1b keeps every font embedded and the text extractable, as an archived document must be.
    m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);

    m_document = std::make_unique<QTextDocument>();
    m_document->documentLayout()->setPaintDevice(m_writer.get());
    m_document->setDocumentMargin(0);
    m_document->setPageSize(QSizeF(mm(TypeWidthMm), mm(TypeHeightMm)));
    m_document->setDefaultFont(DocumentFonts::font(DocumentFonts::fangSong(), BodyPoints));
}

OfficialPdf::~OfficialPdf() = default;

double OfficialPdf::lineDistance() const
{
    // Lines holding CJK text are as tall as the CJK face; the Latin face is shorter.
    const QFont cjk(DocumentFonts::installed(DocumentFonts::fangSong()));
    QFont sized = cjk;
    sized.setPointSizeF(BodyPoints);
    const double natural = QFontMetricsF(sized, m_writer.get()).height();
    return qMax(0.0, linePitch() - natural * formatMm(1.0) / mm(1.0));
}

double OfficialPdf::mm(double millimetres) const
{
    return millimetres * m_writer->resolution() / 25.4;
}

double OfficialPdf::formatMm(double millimetres) const
{
    return millimetres * qt_defaultDpiY() / 25.4;
}

QTextBlockFormat OfficialPdf::bodyBlock() const
{
    QTextBlockFormat f;
    f.setLineHeight(lineDistance(), QTextBlockFormat::LineDistanceHeight);
    f.setTextIndent(2 * charWidth());
    f.setAlignment(Qt::AlignJustify);
    return f;
}

namespace {

constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

} // namespace

QTextBlockFormat OfficialPdf::headingBlock() const
{
    QTextBlockFormat f = bodyBlock();
    f.setProperty(KeepWithNext, true);
    return f;
}

bool OfficialPdf::keepHeadingsWithNext()
{
    const double pageHeight = mm(TypeHeightMm);
    const auto pageOf = [&](double y) { return int((y + 1.0) / pageHeight); };
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(KeepWithNext) || !block.next().isValid())
            continue;
        const QRectF here = layout->blockBoundingRect(block);
        const QTextBlock following = block.next();
        double nextLineBottom = layout->blockBoundingRect(following).bottom();
        if (following.layout()->lineCount() > 0) {
            const QTextLine first = following.layout()->lineAt(0);
            nextLineBottom = layout->blockBoundingRect(following).top() + first.y() + first.height();
        }
        if (pageOf(here.bottom() - 2.0) == pageOf(nextLineBottom - 2.0))
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(KeepWithNext, false); // settled
        cursor.setBlockFormat(format);
        m_document->pageCount();
        return true;
    }
    return false;
}

QTextCharFormat OfficialPdf::charFormat(const QFont& font)
{
    QTextCharFormat f;
    f.setFont(font);
    return f;
}

void OfficialPdf::insertTable(QTextCursor& cursor, const NoticeTable& t, double points)
{
    const QFont captionFont = DocumentFonts::font(DocumentFonts::heiTi(), 12.0);
    const QFont cellFont = DocumentFonts::font(DocumentFonts::songTi(), points);
    QFont boldCell = cellFont;
    boldCell.setWeight(QFont::Bold);

    QTextBlockFormat caption;
    caption.setAlignment(Qt::AlignHCenter);
    caption.setTopMargin(linePitch() * 0.5);
    caption.setBottomMargin(formatMm(2.0));
    cursor.insertBlock(caption, charFormat(captionFont));
    cursor.insertText(t.title);

    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorderCollapse(true);
    format.setBorder(formatMm(0.25));
    format.setBorderBrush(Qt::black);
    format.setCellPadding(formatMm(0.8));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const int w : t.widths)
        widths << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(widths);
    QTextTable* table = cursor.insertTable(int(t.rows.size()) + 1, int(t.header.size()), format);

    // Every line of a cell at least as tall as a line of CJK text: a row of digits and a name would
    // otherwise have first lines of different heights, and at the foot of a page the layout would move
    // the name's cell on to the next page alone, leaving its row's figures behind.
    const QFontMetricsF cjk(QFont(DocumentFonts::installed(DocumentFonts::songTi()), points), m_writer.get());
    const double cellLine
        = std::max(cjk.height(), QFontMetricsF(cellFont, m_writer.get()).height()) * formatMm(1.0) / mm(1.0);
    auto put = [&](int row, int column, const QString& text, bool bold, bool number) {
        QTextCursor c = table->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat b;
        b.setLineHeight(cellLine, QTextBlockFormat::MinimumHeight);
        b.setAlignment(number ? Qt::AlignRight : (row == 0 ? Qt::AlignHCenter : Qt::AlignLeft));
        c.setBlockFormat(b);
        c.insertText(text, charFormat(bold ? boldCell : cellFont));
    };
    for (int col = 0; col < t.header.size(); ++col)
        put(0, col, t.header.at(col), true, false);
    for (int row = 0; row < t.rows.size(); ++row) {
        const bool total = t.lastRowIsTotal && row == t.rows.size() - 1;
        for (int col = 0; col < t.rows.at(row).size(); ++col) {
            const NoticeCell& cell = t.rows.at(row).at(col);
            put(row + 1, col, cell.text(), total, cell.kind != NoticeCell::Kind::Text);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void OfficialPdf::splitBlocksAtPageBreaks()
{
    // The layout puts a line moved to the next page on the break itself, give or take rounding.
    const double pageHeight = mm(TypeHeightMm);
    const auto pageOf = [&](double y) { return int((y + 1.0) / pageHeight); };
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    bool split = true;
    while (split) {
        split = false;
        m_document->pageCount(); // finishes the layout the last split started
        for (auto it = m_document->rootFrame()->begin(); !split && !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid() || block.layout()->lineCount() < 1)
                continue;
            const double top = layout->blockBoundingRect(block).top();
            const QTextLayout* lines = block.layout();
            const int firstPage = pageOf(top + lines->lineAt(0).y());
            if (pageOf(top) != firstPage) {
                // The layout moved the first line on, the block still starts on the page before.
                QTextCursor cursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                split = true;
                break;
            }
            for (int k = 1; k < lines->lineCount(); ++k) {
                // A line reaching over the break counts as the next page's: the layout moves it there.
                const QTextLine line = lines->lineAt(k);
                if (pageOf(top + line.y() + line.height() - 2.0) == firstPage)
                    continue;
                QTextCursor cursor(m_document.get());
                cursor.setPosition(block.position() + lines->lineAt(k).textStart());
                QTextBlockFormat rest = block.blockFormat();
                rest.setTextIndent(0);
                rest.setTopMargin(0);
                rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                cursor.insertBlock(rest);
                split = true;
                break;
            }
        }
    }
}

QByteArray OfficialPdf::finish(const std::function<void(QPainter&)>& firstPage)
{
    while (keepHeadingsWithNext()) { }
    splitBlocksAtPageBreaks();
    QPainter painter(m_writer.get());
    const double pageHeight = mm(TypeHeightMm);
    const int pages = m_document->pageCount();
    const QFont numberFont = DocumentFonts::font(DocumentFonts::songTi(), 14.0); // 4号
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            m_writer->newPage();
        painter.save();
        painter.translate(mm(TypeLeftMm), mm(TypeTopMm));
        if (i == 0 && firstPage) {
            painter.save();
            firstPage(painter);
            painter.restore();
        }
        painter.translate(0, -i * pageHeight);
        const QRectF page(0, i * pageHeight, mm(TypeWidthMm), pageHeight);
        painter.setClipRect(page);
        // A block touching the page's edge from the other side is not this page's.
        m_document->drawContents(&painter, page.adjusted(0, 1, 0, -1));
        painter.restore();

        // 页码: "— N —", one character in from the outer edge of the type area.
        painter.save();
        painter.setFont(numberFont);
        painter.setPen(Qt::black);
        const QString number = QStringLiteral("— %1 —").arg(i + 1);
        const QFontMetricsF fm(numberFont, m_writer.get());
        const double width = fm.horizontalAdvance(number);
        const double oneChar = 14.0 * m_writer->resolution() / 72.0;
        const double x
            = (i % 2 == 0) ? mm(TypeLeftMm + TypeWidthMm) - oneChar - width : mm(TypeLeftMm) + oneChar;
        const double y = mm(TypeTopMm + TypeHeightMm + 7.0) + fm.ascent();
        painter.drawText(QPointF(x, y), number);
        painter.restore();
    }
    painter.end();
    m_buffer.close();
    QByteArray pdf = m_buffer.data();
    fixToUnicodeMaps(pdf);
    return pdf;
}

} // namespace cd
