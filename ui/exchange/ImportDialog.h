#pragma once

#include "services/ImportService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Session;

// 导入: a department's spreadsheet or CSV of subjects or credit records, through ImportService,
// with a cancellable progress dialog; the result (imported, rejected) stays in the dialog with the
// option to save the rejected rows as a workbook for the department to correct.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Records, Subjects, Licences };

    ImportDialog(Session& session, QWidget* parent = nullptr);
    void setFile(const QString& path);
    void setKind(Kind kind);
    const ImportResult& result() const { return m_result; }

public slots:
    // Returns false when the import failed or was cancelled (the message is shown).
    bool runImport();
    void saveErrorReport(const QString& path = {});

signals:
    void imported();

private:
    void browse();
    void updateButtons();

    Session& m_session;
    QLineEdit* m_file;
    QComboBox* m_kind;
    QComboBox* m_department;
    QLabel* m_outcome;
    QPushButton* m_import;
    QPushButton* m_saveErrors;
    ImportResult m_result;
};

} // namespace cd
