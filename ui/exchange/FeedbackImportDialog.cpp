#include "exchange/FeedbackImportDialog.h"

#include "CoreError.h"
#include "services/ImportService.h"
#include "services/Session.h"
#include "widgets/LongTask.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

FeedbackImportDialog::FeedbackImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_outcome(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_saveErrors(new QPushButton(tr("&Save error report…"), this))
{
    setObjectName(QStringLiteral("feedbackImportDialog"));
    setWindowTitle(tr("Import feedback"));
    setMinimumWidth(620);
    m_file->setObjectName(QStringLiteral("feedbackFile"));
    m_outcome->setObjectName(QStringLiteral("feedbackOutcome"));
    m_import->setObjectName(QStringLiteral("feedbackImportButton"));
    m_saveErrors->setObjectName(QStringLiteral("feedbackSaveErrors"));
    m_outcome->setWordWrap(true);
    m_file->setPlaceholderText(tr("the package workbook the department filled in"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveErrors, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import feedback"), QString(), tr("Workbooks (*.xlsx *.xls);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_import, &QPushButton::clicked, this, &FeedbackImportDialog::runImport);
    connect(m_saveErrors, &QPushButton::clicked, this, [this] { saveErrorReport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &FeedbackImportDialog::updateButtons);
    updateButtons();
}

void FeedbackImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

void FeedbackImportDialog::updateButtons()
{
    m_import->setEnabled(!m_file->text().trimmed().isEmpty());
    m_saveErrors->setEnabled(!m_result.rejected.isEmpty());
    m_saveErrors->setToolTip(m_result.rejected.isEmpty() ? tr("No row was rejected.") : QString());
}

bool FeedbackImportDialog::runImport()
{
    const QString path = m_file->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_outcome->setText(tr("file: %1 is not a file that can be read.").arg(path));
        return false;
    }
    m_import->setEnabled(false);
    FeedbackResult result;
    const LongTask::Outcome outcome = LongTask::run(this, &m_session, tr("Import feedback"),
        tr("Reading %1…").arg(QFileInfo(path).fileName()), [&result, path](LongTask::Context& context) {
            // One transaction for the whole file: a cancel after the answers were read undoes them all.
            context.session().write([&] {
                result = PackageService(context.session()).importFeedback(path);
                context.checkCancelled();
            });
            return QVariant();
        });
    m_result = outcome.ok() ? result : FeedbackResult();
    if (!outcome.ok()) {
        m_outcome->setText(outcome.message);
    } else {
        QString text = tr(
            "<b>Answered %1, acknowledged %2, rejected %3</b> (%4; %n row(s) read)", nullptr, m_result.rows)
                           .arg(m_result.answered)
                           .arg(m_result.acknowledged)
                           .arg(m_result.rejected.size())
                           .arg(m_result.format);
        if (m_result.unchanged > 0)
            text += tr("<br>%n answer(s) recorded already, left as they were.", nullptr, m_result.unchanged);
        if (m_result.blank > 0)
            text += tr("<br>%n row(s) not filled in yet.", nullptr, m_result.blank);
        for (const ImportProblem& p : m_result.rejected.mid(0, 5))
            text += tr("<br>Row %1, %2: %3")
                        .arg(p.row)
                        .arg(p.column.toHtmlEscaped(), p.reason.toHtmlEscaped());
        if (m_result.rejected.size() > 5)
            text += tr("<br>… the rest in the error report.");
        m_outcome->setText(text);
        if (m_result.answered > 0 || m_result.acknowledged > 0)
            emit imported();
    }
    updateButtons();
    return outcome.ok();
}

void FeedbackImportDialog::saveErrorReport(const QString& given)
{
    if (m_result.rejected.isEmpty())
        return;
    QString path = given;
    if (path.isEmpty()) {
        const QFileInfo source(m_file->text().trimmed());
        path = QFileDialog::getSaveFileName(this, tr("Save error report"),
            source.dir().filePath(source.completeBaseName() + QStringLiteral("-rejected.xlsx")),
            tr("Workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
    }
    // The same workbook as the import's: row, column, value, reason.
    ImportResult report;
    report.format = m_result.format;
    report.rows = m_result.rows;
    report.rejected = m_result.rejected;
    try {
        ImportService::writeErrorReport(report, path);
        m_outcome->setText(m_outcome->text() + tr("<br>Error report saved as %1.").arg(path.toHtmlEscaped()));
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Save error report"), e.message());
    }
}

} // namespace cd
