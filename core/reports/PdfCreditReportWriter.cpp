#include "reports/PdfCreditReportWriter.h"

#include "reports/DocumentFonts.h"
#include "reports/NoticeBuilder.h"
#include "reports/NoticeTemplate.h"
#include "reports/OfficialPdf.h"

#include <QTextBlock>

namespace cd {

namespace {

constexpr double TablePoints = 9.0;

NoticeCell text(const QString& s)
{
    return {NoticeCell::Kind::Text, s};
}

QString dateOrDash(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

QByteArray PdfCreditReportWriter::render(
    const CreditCheckResult& check, const QString& issuedBy, const QDate& issuedOn)
{
    const Subject& s = check.subject;
    OfficialPdf pdf(tr("Credit report: %1").arg(s.name));
    QTextDocument& doc = pdf.document();
    QTextCursor cursor(&doc);
    const QFont body = doc.defaultFont();
    const QFont titleFont = DocumentFonts::font(DocumentFonts::xiaoBiaoSong(), 22.0, true);
    const QFont headingFont = DocumentFonts::font(DocumentFonts::heiTi(), OfficialPdf::BodyPoints);
    const QFont smallFont = DocumentFonts::font(DocumentFonts::fangSong(), 12.0);

    QTextBlockFormat title;
    title.setAlignment(Qt::AlignHCenter);
    title.setBottomMargin(pdf.linePitch());
    cursor.setBlockFormat(title);
    cursor.insertText(tr("Credit report"), OfficialPdf::charFormat(titleFont));

    auto paragraph = [&](const QString& t, const QFont& font, bool indent = true) {
        QTextBlockFormat f = pdf.bodyBlock();
        if (!indent)
            f.setTextIndent(0);
        cursor.insertBlock(f, OfficialPdf::charFormat(font));
        cursor.insertText(t);
    };
    auto heading = [&](const QString& t) {
        cursor.insertBlock(pdf.headingBlock(), OfficialPdf::charFormat(headingFont));
        cursor.insertText(t);
    };
    paragraph(tr("Subject: %1").arg(s.name), body, false);
    paragraph(tr("Code: %1 (%2)").arg(s.code, SubjectKinds::displayName(s.kind)), body, false);
    paragraph(tr("As of: %1").arg(check.asOf.toString(Qt::ISODate)), body, false);

    heading(tr("1. Green channel"));
    // The reason already says eligible or not.
    paragraph(check.greenChannelReason, body);

    heading(tr("2. Joint measures"));
    if (check.measures.isEmpty()) {
        paragraph(tr("No joint incentive or sanction measure concerns the subject."), body);
    } else {
        NoticeTable measures;
        measures.title = tr("Table 1  Joint measures as of %1").arg(check.asOf.toString(Qt::ISODate));
        measures.header = QStringList {
            tr("Case"), tr("Measure"), tr("Kind"), tr("Term"), tr("Status"), tr("Implementing departments")};
        measures.widths = {17, 27, 9, 16, 12, 19};
        for (const MeasureCheck& m : check.measures)
            measures.rows.append(
                {text(m.caseNumber), text(m.measureTitle + (m.mandatory ? tr(" (mandatory)") : QString())),
                    text(Cases::displayName(m.kind)),
                    text(tr("%1 to %2").arg(dateOrDash(m.termStart), dateOrDash(m.termEnd))),
                    text(CreditChecks::displayName(m.status)), text(m.departments.join(tr(", ")))});
        pdf.insertTable(cursor, measures, TablePoints);
        paragraph(tr("Why each measure has its status:"), body);
        for (const MeasureCheck& m : check.measures)
            paragraph(QStringLiteral("%1 %2: %3")
                          .arg(m.caseNumber, m.measureTitle, m.reasons.join(QStringLiteral(" ← "))),
                smallFont);
    }

    heading(tr("3. Credit records"));
    if (check.records.isEmpty()) {
        paragraph(tr("No credit record of the subject is on file."), body);
    } else {
        NoticeTable records;
        records.title = tr("Table 2  Credit records");
        records.header = QStringList {tr("Decision"), tr("Date"), tr("Kind"), tr("Category"),
            tr("Providing department"), tr("Publication"), tr("In publicity")};
        records.widths = {22, 12, 12, 14, 16, 14, 10};
        for (const RecordView& v : check.records) {
            const CreditRecord& r = v.record;
            const QString kind = r.severity
                ? QStringLiteral("%1 / %2").arg(
                    CreditRecords::displayName(r.polarity), Severities::displayName(*r.severity))
                : CreditRecords::displayName(r.polarity);
            records.rows.append({text(r.decisionNo), text(dateOrDash(r.decisionDate)), text(kind),
                text(r.category), text(r.departmentName), text(CreditRecords::displayName(v.publication)),
                text(v.publicityActive ? tr("yes") : tr("no"))});
        }
        pdf.insertTable(cursor, records, TablePoints);
    }

    QTextBlockFormat signature = pdf.bodyBlock();
    signature.setTextIndent(0);
    signature.setAlignment(Qt::AlignRight);
    signature.setRightMargin(2 * pdf.charWidth());
    signature.setTopMargin(2 * pdf.linePitch());
    cursor.insertBlock(signature, OfficialPdf::charFormat(body));
    cursor.insertText(NoticeTemplate::issuingOffice());
    QTextBlockFormat date = signature;
    date.setTopMargin(0);
    cursor.insertBlock(date, OfficialPdf::charFormat(smallFont));
    cursor.insertText(tr("Printed on %1 by %2").arg(NoticeBuilder::dateText(issuedOn), issuedBy));
    return pdf.finish();
}

} // namespace cd
