#include "exchange/ImportDialog.h"

#include "CoreError.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "widgets/LongTask.h"

#include <QApplication>
#include <QComboBox>
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

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_outcome(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_saveErrors(new QPushButton(tr("&Save error report…"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    setMinimumWidth(620);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_department->setObjectName(QStringLiteral("importDepartment"));
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_saveErrors->setObjectName(QStringLiteral("saveErrorsButton"));
    m_outcome->setWordWrap(true);
    m_file->setPlaceholderText(tr("XLSX, XLS or CSV"));

    m_kind->addItem(tr("Credit records"), int(Kind::Records));
    m_kind->addItem(tr("Subjects"), int(Kind::Subjects));
    m_kind->addItem(tr("Licensing decisions (行政许可)"), int(Kind::Licences));
    m_department->addItem(tr("as each row says"), 0);
    try {
        for (const Department& d : DepartmentService(session).list())
            m_department->addItem(d.name, d.id);
    } catch (const CoreError& e) {
        m_outcome->setText(e.message());
    }

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Contains:"), m_kind);
    form->addRow(tr("Providing department:"), m_department);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveErrors, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_saveErrors, &QPushButton::clicked, this, [this] { saveErrorReport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Subjects carry no providing department.
        m_department->setEnabled(Kind(m_kind->currentData().toInt()) != Kind::Subjects);
    });
    updateButtons();
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

void ImportDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import file"), QString(), tr("Spreadsheets and CSV (*.xlsx *.xls *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportDialog::updateButtons()
{
    m_import->setEnabled(!m_file->text().trimmed().isEmpty());
    m_saveErrors->setEnabled(!m_result.rejected.isEmpty());
    m_saveErrors->setToolTip(m_result.rejected.isEmpty() ? tr("No row was rejected.") : QString());
}

bool ImportDialog::runImport()
{
    const QString path = m_file->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_outcome->setText(tr("file: %1 is not a file that can be read.").arg(path));
        return false;
    }
    ImportOptions options;
    options.departmentId = m_department->isEnabled() ? m_department->currentData().toLongLong() : 0;

    const Kind kind = Kind(m_kind->currentData().toInt());
    m_import->setEnabled(false);
    // On a worker with its own connection; the service asks every 1,000 rows whether to go on, and
    // Cancel makes it roll the whole import back.
    ImportResult result;
    const LongTask::Outcome outcome
        = LongTask::run(this, &m_session, tr("Import"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
            [&result, path, options, kind](LongTask::Context& context) {
                const ImportService::Progress onRows = [&context](int rows) {
                    context.setProgress(tr("%n row(s) read…", nullptr, rows));
                    return !context.cancelled();
                };
                ImportService service(context.session());
                result = kind == Kind::Records ? service.importRecords(path, options, onRows)
                    : kind == Kind::Licences   ? service.importLicences(path, options, onRows)
                                               : service.importSubjects(path, options, onRows);
                return QVariant();
            });
    const bool ok = outcome.ok();
    if (ok) {
        m_result = result;
    } else {
        m_result = {};
        m_outcome->setText(outcome.message);
    }
    if (ok) {
        QString text = tr("<b>Imported %1, rejected %2</b> (%3; %n row(s) read)", nullptr, m_result.rows)
                           .arg(m_result.imported)
                           .arg(m_result.rejected.size())
                           .arg(m_result.format);
        if (m_result.unchanged > 0)
            text += tr("<br>%n row(s) already there, left as they were.", nullptr, m_result.unchanged);
        if (m_result.updated > 0)
            text += tr("<br>%n licence(s) already there now revoked (无效), as the file says.", nullptr,
                m_result.updated);
        if (m_result.subjectsCreated > 0)
            text += tr("<br>%n subject(s) registered from the rows.", nullptr, m_result.subjectsCreated);
        for (const ImportProblem& p : m_result.rejected.mid(0, 5))
            text += tr("<br>Row %1, %2: %3")
                        .arg(p.row)
                        .arg(p.column.toHtmlEscaped(), p.reason.toHtmlEscaped());
        if (m_result.rejected.size() > 5)
            text += tr("<br>… the rest in the error report.");
        for (const QString& note : m_result.notes)
            text += QStringLiteral("<br>") + note.toHtmlEscaped();
        m_outcome->setText(text);
        if (m_result.imported > 0 || m_result.updated > 0 || m_result.subjectsCreated > 0)
            emit imported();
    }
    updateButtons();
    return ok;
}

void ImportDialog::saveErrorReport(const QString& given)
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
    try {
        ImportService::writeErrorReport(m_result, path);
        m_outcome->setText(m_outcome->text() + tr("<br>Error report saved as %1.").arg(path.toHtmlEscaped()));
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Save error report"), e.message());
    }
}

} // namespace cd
