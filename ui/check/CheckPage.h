#pragma once

#include "services/CheckService.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;

namespace cd {

class CheckResultView;
class Session;

// 信用核查 (应查必查, §14): a code or part of a name and a date; for each subject found, the measures
// that applied on that date with their status and the reasons behind it. Printable, and savable as
// PDF, as the credit report an approval desk asks for.
class CheckPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckPage(Session& session, QWidget* parent = nullptr);
    static constexpr int MaxSubjects = 20;
    const QList<CreditCheckResult>& results() const { return m_results; }
    CheckResultView* resultView() const { return m_view; }
    // Writes the report of the results shown to a PDF file; false if the file cannot be written.
    Q_INVOKABLE bool exportPdf(const QString& path);
    // The credit report (CreditReportService, the same PDF as `report check`) of the subject shown,
    // written off the GUI thread; false, with the message shown, if it failed or was cancelled.
    Q_INVOKABLE bool exportCreditReport(const QString& path);

public slots:
    void focusSearch();
    void run();
    void print();
    void savePdf();
    void saveCreditReport();

signals:
    void openCase(qint64 id);

private:
    void showResult(int index);
    void printReport(QPrinter& printer);

    Session& m_session;
    QLineEdit* m_query;
    QDateEdit* m_asOf;
    QListWidget* m_subjects;
    CheckResultView* m_view;
    QLabel* m_message;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_report;
    QList<CreditCheckResult> m_results;
};

} // namespace cd
