#pragma once

#include "services/PackageService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Session;

// 执行反馈 by file: a department's returned package, its answers recorded through the case service
// (PackageService::importFeedback) off the GUI thread; Cancel rolls every answer of the file back.
// The rejected rows can be saved as a workbook for the department, as the import does.
class FeedbackImportDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackImportDialog(Session& session, QWidget* parent = nullptr);
    void setFile(const QString& path);
    const FeedbackResult& result() const { return m_result; }

public slots:
    bool runImport();
    void saveErrorReport(const QString& path = {});

signals:
    void imported();

private:
    void updateButtons();

    Session& m_session;
    QLineEdit* m_file;
    QLabel* m_outcome;
    QPushButton* m_import;
    QPushButton* m_saveErrors;
    FeedbackResult m_result;
};

} // namespace cd
