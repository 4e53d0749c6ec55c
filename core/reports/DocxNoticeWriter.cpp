#include "reports/DocxNoticeWriter.h"

#include "CoreError.h"
#include "reports/ScratchFile.h"

#include <zip.h>

namespace cd {

namespace {

// GB/T 9704 in Word's units: twentieths of a point (twips) and half-points.
constexpr int TwipsPerMm10 = 567; // 1 mm = 56.7 twips
int twips(double mm)
{
    return int(mm * TwipsPerMm10 / 10.0 + 0.5);
}
constexpr int LinePitchTwips = 579; // 225 mm / 22 lines = 10.23 mm, exact line spacing
const char* const Red = "E60012";

// Word refuses a document whose property elements are out of the schema's order (pPr: keepNext,
// pBdr, spacing, ind, jc; rPr: rFonts, b, color, sz), so every builder below keeps that order.
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString fonts(const QString& eastAsia, const QString& latin)
{
    return QStringLiteral("<w:rFonts w:ascii=\"%2\" w:hAnsi=\"%2\" w:eastAsia=\"%1\" w:cs=\"%2\"/>")
        .arg(eastAsia, latin);
}

QString run(const QString& text, const QString& props)
{
    return QStringLiteral("<w:r><w:rPr>%1</w:rPr><w:t xml:space=\"preserve\">%2</w:t></w:r>")
        .arg(props, esc(text));
}

QString bodyRun(const QString& text)
{
    return run(text,
        fonts(QStringLiteral("仿宋"), QStringLiteral("Times New Roman"))
            + QStringLiteral("<w:sz w:val=\"32\"/>"));
}

QString paragraph(const QString& pPr, const QString& runs)
{
    return QStringLiteral("<w:p><w:pPr>%1</w:pPr>%2</w:p>").arg(pPr, runs);
}

QString exactLine(int before = 0)
{
    return QStringLiteral("<w:spacing w:before=\"%1\" w:after=\"0\" w:line=\"%2\" w:lineRule=\"exact\"/>")
        .arg(before)
        .arg(LinePitchTwips);
}

QString bodyParagraph(const QString& text)
{
    return paragraph(exactLine()
            + QStringLiteral("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/>"),
        bodyRun(text));
}

QString table(const NoticeTable& t)
{
    const int width = twips(156.0);
    int widthSum = 0;
    for (const int w : t.widths)
        widthSum += w;
    QString xml = paragraph(
        QStringLiteral("<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>"),
        run(t.title,
            fonts(QStringLiteral("黑体"), QStringLiteral("Arial")) + QStringLiteral("<w:sz w:val=\"24\"/>")));
    xml += QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"%1\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                          "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                          "<w:left w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                          "<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                          "<w:right w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                          "<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                          "<w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/></w:tblBorders>"
                          "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/>"
                          "<w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>")
               .arg(width);
    QList<int> columns;
    for (const int w : t.widths)
        columns << width * w / qMax(1, widthSum);
    for (const int c : columns)
        xml += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(c);
    xml += QStringLiteral("</w:tblGrid>");
    const QString cellFont = fonts(QStringLiteral("宋体"), QStringLiteral("Times New Roman"));
    const QString cellSize = QStringLiteral("<w:sz w:val=\"18\"/>");
    auto cell = [&](int col, const QString& text, bool bold, const char* align) {
        return QStringLiteral(
            "<w:tc><w:tcPr><w:tcW w:w=\"%1\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>%2</w:tc>")
            .arg(columns.value(col))
            .arg(paragraph(QStringLiteral("<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"%1\"/>")
                               .arg(QLatin1String(align)),
                run(text, cellFont + (bold ? QStringLiteral("<w:b/>") : QString()) + cellSize)));
    };
    xml += QStringLiteral("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
    for (int col = 0; col < t.header.size(); ++col)
        xml += cell(col, t.header.at(col), true, "center");
    xml += QStringLiteral("</w:tr>");
    for (int row = 0; row < t.rows.size(); ++row) {
        const bool total = t.lastRowIsTotal && row == t.rows.size() - 1;
        xml += QStringLiteral("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int col = 0; col < t.rows.at(row).size(); ++col) {
            const NoticeCell& c = t.rows.at(row).at(col);
            xml += cell(col, c.text(), total, c.kind == NoticeCell::Kind::Text ? "left" : "right");
        }
        xml += QStringLiteral("</w:tr>");
    }
    return xml + QStringLiteral("</w:tbl>");
}

QByteArray documentXml(const NoticeDocument& n)
{
    QString body;
    // 发文机关标志: red, centred, its top 35 mm below the type area's top, as large as fits on one line
    // of the 156 mm (442 pt) type area, 36 pt at most.
    const int headerHalfPoints = qBound(24, int(2 * 440 / qMax<qsizetype>(1, n.issuingOffice.size())), 72);
    body += paragraph(
        QStringLiteral("<w:spacing w:before=\"%1\" w:after=\"0\"/><w:jc w:val=\"center\"/>").arg(twips(35.0)),
        run(n.issuingOffice,
            fonts(QStringLiteral("方正小标宋简体"), QStringLiteral("Times New Roman"))
                + QStringLiteral("<w:color w:val=\"%1\"/><w:sz w:val=\"%2\"/>")
                      .arg(QLatin1String(Red))
                      .arg(headerHalfPoints)));
    // 发文字号 two lines below, the red separator line 4 mm under it.
    body += paragraph(
        QStringLiteral(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"%1\"/></w:pBdr>"
            "<w:spacing w:before=\"%2\" w:after=\"%3\"/><w:jc w:val=\"center\"/>")
            .arg(QLatin1String(Red))
            .arg(2 * LinePitchTwips)
            .arg(2 * LinePitchTwips),
        bodyRun(n.number));
    body += paragraph(QStringLiteral("<w:spacing w:before=\"0\" w:after=\"%1\" w:line=\"%2\" "
                                     "w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>")
                          .arg(LinePitchTwips)
                          .arg(int(LinePitchTwips * 1.2)),
        run(n.title,
            fonts(QStringLiteral("方正小标宋简体"), QStringLiteral("Times New Roman"))
                + QStringLiteral("<w:sz w:val=\"44\"/>")));
    body += paragraph(exactLine(), bodyRun(n.addressee));
    for (const NoticeDocument::Block& b : n.body) {
        switch (b.kind) {
        case NoticeDocument::Block::Kind::Heading:
            body += paragraph(QStringLiteral("<w:keepNext/>") + exactLine()
                    + QStringLiteral("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"),
                run(b.text,
                    fonts(QStringLiteral("黑体"), QStringLiteral("Arial"))
                        + QStringLiteral("<w:sz w:val=\"32\"/>")));
            break;
        case NoticeDocument::Block::Kind::Paragraph:
            body += bodyParagraph(b.text);
            break;
        case NoticeDocument::Block::Kind::Table:
            body += table(n.tables.at(b.table));
            break;
        }
    }
    // Signature and date: right-aligned two characters in, the signature kept with the date.
    body += paragraph(QStringLiteral("<w:keepNext/>") + exactLine(2 * LinePitchTwips)
            + QStringLiteral("<w:ind w:right=\"640\"/><w:jc w:val=\"right\"/>"),
        bodyRun(n.issuingOffice));
    body += paragraph(exactLine()
            + QStringLiteral("<w:ind w:right=\"%1\"/><w:jc w:val=\"right\"/>")
                  .arg(640
                      + qMax(0, (int(n.issuingOffice.size()) * 320 - int(n.issuedOnText.size()) * 160) / 2)),
        bodyRun(n.issuedOnText));
    const QString section = QStringLiteral(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
        "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        "<w:pgMar w:top=\"%1\" w:right=\"%2\" w:bottom=\"%3\" w:left=\"%4\" w:header=\"851\" w:footer=\"%5\" "
        "w:gutter=\"0\"/>"
        "<w:docGrid w:type=\"lines\" w:linePitch=\"%6\"/></w:sectPr>")
                                .arg(twips(37.0))
                                .arg(twips(26.0))
                                .arg(twips(35.0))
                                .arg(twips(28.0))
                                .arg(twips(35.0 - 7.0 - 5.0))
                                .arg(LinePitchTwips);
    return (QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>")
        + body + section + QStringLiteral("</w:body></w:document>"))
        .toUtf8();
}

// 页码 "— N —" in 4号 宋体, outside: right on odd pages, left on even ones.
QByteArray footerXml(bool odd)
{
    const QString props
        = fonts(QStringLiteral("宋体"), QStringLiteral("宋体")) + QStringLiteral("<w:sz w:val=\"28\"/>");
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:p><w:pPr><w:ind w:%2=\"280\"/><w:jc w:val=\"%1\"/></w:pPr>"
        "<w:r><w:rPr>%3</w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>"
        "<w:r><w:rPr>%3</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        "<w:r><w:rPr>%3</w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        "<w:r><w:rPr>%3</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        "<w:r><w:rPr>%3</w:rPr><w:t>1</w:t></w:r>"
        "<w:r><w:rPr>%3</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:rPr>%3</w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>")
        .arg(odd ? QStringLiteral("right") : QStringLiteral("left"),
            odd ? QStringLiteral("right") : QStringLiteral("left"), props)
        .toUtf8();
}

} // namespace

QList<QPair<QString, QByteArray>> DocxNoticeWriter::parts(const NoticeDocument& n)
{
    const QByteArray xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    QList<QPair<QString, QByteArray>> p;
    p.append({QStringLiteral("[Content_Types].xml"),
        xmlHead
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "<Override PartName=\"/word/styles.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
              "<Override PartName=\"/word/settings.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
              "<Override PartName=\"/word/footer1.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
              "<Override PartName=\"/word/footer2.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
              "<Override PartName=\"/docProps/core.xml\" "
              "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
              "</Types>"});
    p.append({QStringLiteral("_rels/.rels"),
        xmlHead
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"word/document.xml\"/>"
              "<Relationship Id=\"rId2\" "
              "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
              "core-properties\" "
              "Target=\"docProps/core.xml\"/></Relationships>"});
    p.append({QStringLiteral("docProps/core.xml"),
        xmlHead
            + QStringLiteral(
                "<cp:coreProperties "
                "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>%1</dc:title>"
                "<dc:creator>%2</dc:creator></cp:coreProperties>")
                  .arg(esc(n.title), esc(n.issuingOffice))
                  .toUtf8()});
    p.append({QStringLiteral("word/_rels/document.xml.rels"),
        xmlHead
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rIdStyles\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
              "Target=\"styles.xml\"/>"
              "<Relationship Id=\"rIdSettings\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
              "Target=\"settings.xml\"/>"
              "<Relationship Id=\"rIdFooterOdd\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
              "Target=\"footer1.xml\"/>"
              "<Relationship Id=\"rIdFooterEven\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
              "Target=\"footer2.xml\"/>"
              "</Relationships>"});
    p.append({QStringLiteral("word/styles.xml"),
        xmlHead
            + QStringLiteral(
                "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                "<w:docDefaults><w:rPrDefault><w:rPr>%1<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
                "w:val=\"Normal\"/>"
                "</w:style></w:styles>")
                  .arg(fonts(QStringLiteral("仿宋"), QStringLiteral("Times New Roman")))
                  .toUtf8()});
    p.append({QStringLiteral("word/settings.xml"),
        xmlHead
            + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              "<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/></w:settings>"});
    p.append({QStringLiteral("word/document.xml"), documentXml(n)});
    p.append({QStringLiteral("word/footer1.xml"), footerXml(true)});
    p.append({QStringLiteral("word/footer2.xml"), footerXml(false)});
    return p;
}

QByteArray DocxNoticeWriter::render(const NoticeDocument& notice)
{
    const ScratchFile scratch(QStringLiteral("notice.docx"));
    int error = 0;
    zip_t* archive
        = scratch.valid() ? zip_open(scratch.path().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error) : nullptr;
    if (!archive)
        throw CoreError(
            ErrorKind::Failed, tr("Cannot start the Word document (libzip error %1).").arg(error));
    // The sources keep pointers into these buffers until zip_close() writes the archive.
    const QList<QPair<QString, QByteArray>> parts = DocxNoticeWriter::parts(notice);
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            const QString reason = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            throw CoreError(ErrorKind::Failed, tr("Cannot write the Word document: %1").arg(reason));
        }
    }
    if (zip_close(archive) < 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        throw CoreError(ErrorKind::Failed, tr("Cannot write the Word document: %1").arg(reason));
    }
    return scratch.readAll();
}

} // namespace cd
