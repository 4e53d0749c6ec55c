#pragma once

#include "reports/NoticeDocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPainter;

namespace cd {

// An A4 PDF in the type area of GB/T 9704 (top 37 mm, left 28 mm, 156 × 225 mm, 22 lines of 28
// characters in 3号 type), with page numbers "— 1 —" in 4号 type 7 mm below the type area, outside
// (right on odd pages, left on even ones). The text is a QTextDocument laid out on the PDF's own
// resolution, so the flow, the table rows repeated across pages and the page breaks are Qt's.
class OfficialPdf
{
public:
    static constexpr double TypeLeftMm = 28.0;
    static constexpr double TypeTopMm = 37.0;
    static constexpr double TypeWidthMm = 156.0;
    static constexpr double TypeHeightMm = 225.0;
    static constexpr int LinesPerPage = 22;
    static constexpr double BodyPoints = 16.0; // 3号

    explicit OfficialPdf(const QString& title);
    ~OfficialPdf();

    // Lengths in the PDF's device units (1/1200 inch): page positions, the document's page size and,
    // as QTextDocumentLayout takes them unscaled, left and right block margins and text indents.
    double mm(double millimetres) const;
    // Lengths the layout scales to the device itself (line heights, top and bottom block margins,
    // table borders and padding): they are in units of Qt's default DPI.
    double formatMm(double millimetres) const;
    double linePitch() const { return formatMm(TypeHeightMm) / LinesPerPage; } // format units
    double linePitchDevice() const { return mm(TypeHeightMm) / LinesPerPage; }
    // A block format whose lines keep the 22-line pitch: the gap below each line is the pitch less the
    // body font's own line height, so a line's box is its text and never reaches across a page break.
    double lineDistance() const;
    double charWidth() const { return mm(BodyPoints * 25.4 / 72.0); } // one 字, device units
    QTextDocument& document() { return *m_document; }

    // A body paragraph: 3号, justified, indented two characters, on the 22-line pitch.
    QTextBlockFormat bodyBlock() const;
    // A heading: a body paragraph that never stays alone at the foot of a page.
    QTextBlockFormat headingBlock() const;
    static QTextCharFormat charFormat(const QFont& font);
    // A table with its caption, the header row repeated on every page, the total row in bold.
    void insertTable(QTextCursor& cursor, const NoticeTable& table, double points);
    QPdfWriter& writer() { return *m_writer; }

    // Paints every page; `firstPage` draws what the flow leaves room for on page 1 (the red header),
    // with the painter's origin at the type area's top left corner. Returns the PDF's bytes.
    QByteArray finish(const std::function<void(QPainter&)>& firstPage = {});

private:
    // QTextDocument draws every line of a paragraph that reaches into a page, clipped, so a paragraph
    // running over a page break would hold its lines twice in the PDF's text. Such a paragraph is
    // split where the page breaks; nothing moves on the page.
    void splitBlocksAtPageBreaks();
    // A heading left last on its page moves to the next one with its paragraph.
    bool keepHeadingsWithNext();

    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace cd
