#include "check/CheckResultView.h"

#include "widgets/SimpleTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

namespace {

QString summaryOf(const CreditCheckResult& r)
{
    int negative = 0;
    for (const RecordView& v : r.records)
        negative += v.record.polarity == Polarity::Negative ? 1 : 0;
    int inForce = 0;
    for (const MeasureCheck& m : r.measures)
        inForce += m.status == MeasureStatus::InForce ? 1 : 0;
    return CheckResultView::tr(
        "<b>%1</b> %2 (%3) — as of %4<br>%5 record(s), %6 negative; %7 measure(s), %8 in force.<br>"
        "Green channel: %9")
        .arg(r.subject.name.toHtmlEscaped(), r.subject.code, SubjectKinds::displayName(r.subject.kind),
            r.asOf.toString(Qt::ISODate))
        .arg(r.records.size())
        .arg(negative)
        .arg(r.measures.size())
        .arg(inForce)
        .arg(!r.greenChannelReason.isEmpty()
                ? r.greenChannelReason.toHtmlEscaped()
                : (r.greenChannel ? CheckResultView::tr("eligible") : CheckResultView::tr("not eligible")));
}

QStringList rowOf(const MeasureCheck& m)
{
    return {m.caseNumber, m.measureTitle, Cases::displayName(m.kind),
        m.mandatory ? CheckResultView::tr("mandatory") : CheckResultView::tr("recommended"),
        m.departments.join(QStringLiteral("、")),
        QStringLiteral("%1 – %2").arg(m.termStart.toString(Qt::ISODate), m.termEnd.toString(Qt::ISODate)),
        CreditChecks::displayName(m.status), m.reasons.join(QStringLiteral(" → "))};
}

QStringList headers()
{
    return {CheckResultView::tr("Case"), CheckResultView::tr("Measure"), CheckResultView::tr("Kind"),
        CheckResultView::tr("Type"), CheckResultView::tr("Departments"), CheckResultView::tr("Term"),
        CheckResultView::tr("Status"), CheckResultView::tr("Why")};
}

} // namespace

CheckResultView::CheckResultView(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_measures(new SimpleTable(headers(), this))
{
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measures->setObjectName(QStringLiteral("checkMeasures"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_measures, 1);
    connect(m_measures, &QTableWidget::cellDoubleClicked, this,
        [this] { emit openCase(m_measures->currentId()); });
}

void CheckResultView::setResult(const CreditCheckResult& result)
{
    m_summary->setText(summaryOf(result));
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const MeasureCheck& m : result.measures) {
        rows << rowOf(m);
        ids << m.caseId;
    }
    m_measures->setRows(rows, ids);
}

QString CheckResultView::toHtml(const QList<CreditCheckResult>& results, const QString& issued)
{
    QString html
        = QStringLiteral("<html><body style=\"font-size:10pt\"><h2>%1</h2>").arg(tr("Credit check report"));
    for (const CreditCheckResult& r : results) {
        html += QStringLiteral("<p>%1</p>").arg(summaryOf(r));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        // The reason chain is the longest text by far; the other columns are words or dates.
        static const int widths[] = {10, 15, 7, 7, 10, 9, 7, 35};
        const QStringList titles = headers();
        for (int i = 0; i < titles.size(); ++i)
            html += QStringLiteral("<th width=\"%1%\">%2</th>")
                        .arg(widths[i])
                        .arg(titles.at(i).toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const MeasureCheck& m : r.measures) {
            html += QStringLiteral("<tr>");
            for (const QString& cell : rowOf(m))
                html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        if (r.measures.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"8\">%1</td></tr>").arg(tr("No measure applies."));
        html += QStringLiteral("</table>");
    }
    if (!issued.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(issued.toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

} // namespace cd
