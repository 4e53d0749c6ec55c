#pragma once

#include "domain/Case.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

// A department's answer to one measure task, as it arrived by file, phone or paper: applied (with
// its reference and date), not applicable or refused (with the reason).
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackDialog(const MeasureTask& task, QWidget* parent = nullptr);
    TaskResponse response() const;
    QDate on() const;
    QDate appliedOn() const;
    QString reference() const;
    QString reason() const;

private:
    void updateFields();

    QComboBox* m_response;
    QDateEdit* m_on;
    QDateEdit* m_appliedOn;
    QLineEdit* m_reference;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace cd
