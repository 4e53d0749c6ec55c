#include "check/CheckPage.h"

#include "CoreError.h"
#include "check/CheckResultView.h"
#include "services/CreditReportService.h"
#include "services/Session.h"
#include "widgets/LongTask.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cd {

CheckPage::CheckPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_subjects(new QListWidget(this))
    , m_view(new CheckResultView(this))
    , m_message(new QLabel(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_report(new QPushButton(tr("Credit &report…"), this))
{
    m_query->setObjectName(QStringLiteral("checkQuery"));
    m_query->setPlaceholderText(tr("Code or part of the name (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_asOf->setObjectName(QStringLiteral("checkAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_subjects->setObjectName(QStringLiteral("checkSubjects"));
    m_message->setObjectName(QStringLiteral("checkMessage"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_report->setObjectName(QStringLiteral("creditReportButton"));
    m_report->setToolTip(tr("The official credit report of the subject shown, as a PDF"));
    auto* runButton = new QPushButton(tr("&Check"), this);
    runButton->setObjectName(QStringLiteral("checkButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(new QLabel(tr("as of"), this));
    row->addWidget(m_asOf);
    row->addWidget(runButton);
    row->addWidget(m_print);
    row->addWidget(m_pdf);
    row->addWidget(m_report);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_subjects);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Credit check</h3>"), this));
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &CheckPage::run);
    connect(runButton, &QPushButton::clicked, this, &CheckPage::run);
    connect(m_print, &QPushButton::clicked, this, &CheckPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &CheckPage::savePdf);
    connect(m_report, &QPushButton::clicked, this, &CheckPage::saveCreditReport);
    connect(m_subjects, &QListWidget::currentRowChanged, this, &CheckPage::showResult);
    connect(m_view, &CheckResultView::openCase, this, &CheckPage::openCase);
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    m_report->setEnabled(false);
}

void CheckPage::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void CheckPage::run()
{
    const QString query = m_query->text().trimmed();
    m_subjects->clear();
    m_results.clear();
    if (query.isEmpty()) {
        m_message->setText(tr("Type a code or part of a name."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_results = CheckService(m_session).check(query, m_asOf->date(), MaxSubjects);
        m_message->setText(m_results.isEmpty() ? tr("No subject matches \"%1\".").arg(query)
                : m_results.size() == MaxSubjects
                ? tr(
                    "The first %n subject(s); type more of the name to narrow it down.", nullptr, MaxSubjects)
                : tr("%n subject(s).", nullptr, int(m_results.size())));
    } catch (const CoreError& e) {
        m_message->setText(e.message());
    }
    QApplication::restoreOverrideCursor();
    for (const CreditCheckResult& r : m_results) {
        auto* item = new QListWidgetItem(r.subject.name, m_subjects);
        item->setToolTip(QStringLiteral("%1 %2").arg(r.subject.name, r.subject.code));
    }
    m_print->setEnabled(!m_results.isEmpty());
    m_pdf->setEnabled(!m_results.isEmpty());
    m_report->setEnabled(!m_results.isEmpty());
    if (!m_results.isEmpty())
        m_subjects->setCurrentRow(0);
    else
        m_view->setResult({});
}

void CheckPage::showResult(int index)
{
    if (index >= 0 && index < m_results.size())
        m_view->setResult(m_results.at(index));
}

void CheckPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print credit check"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printReport(printer);
}

void CheckPage::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save credit check as PDF"),
        tr("credit-check-%1.pdf").arg(m_asOf->date().toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportPdf(path))
        m_message->setText(tr("Could not write %1.").arg(path));
}

void CheckPage::saveCreditReport()
{
    const int index = m_subjects->currentRow();
    if (index < 0 || index >= m_results.size())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save credit report"),
        tr("credit-report-%1.pdf").arg(m_results.at(index).subject.code), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportCreditReport(path);
}

bool CheckPage::exportCreditReport(const QString& path)
{
    const int index = m_subjects->currentRow();
    if (index < 0 || index >= m_results.size())
        return false;
    const QString code = m_results.at(index).subject.code;
    const QDate asOf = m_asOf->date();
    // The save dialog has asked before replacing a file.
    const LongTask::Outcome outcome = LongTask::run(this, &m_session, tr("Credit report"),
        tr("Writing the credit report of %1…").arg(m_results.at(index).subject.name),
        [path, code, asOf](LongTask::Context& context) {
            return LongTask::exportFile(context, path, true, [&](const QString& staged) {
                return QVariant(
                    CreditReportService(context.session()).exportReport(code, asOf, staged, true));
            });
        });
    m_message->setText(outcome.ok() ? tr("Credit report saved as %1.").arg(path) : outcome.message);
    return outcome.ok();
}

void CheckPage::printReport(QPrinter& printer)
{
    // Landscape: the reason chains are long, and a narrow column would wrap them word by word.
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument document;
    const QString issued = tr("Credit check as of %1, printed by %2 on %3.")
                               .arg(m_asOf->date().toString(Qt::ISODate), m_session.user().displayName,
                                   QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    document.setHtml(CheckResultView::toHtml(m_results, issued));
    document.setPageSize(printer.pageLayout().paintRectPoints().size());
    document.print(&printer);
}

bool CheckPage::exportPdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printReport(printer);
    QFileInfo written(path);
    return written.exists() && written.size() > 0;
}

} // namespace cd
