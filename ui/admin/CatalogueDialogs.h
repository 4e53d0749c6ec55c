#pragma once

#include "domain/Measure.h"
#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace cd {

class Session;

// 合作备忘录: a new memorandum, or the title, kind and basis of one (the code is fixed: cases refer
// to it; the kind only while it has no measures, which the service says).
class MemorandumDialog : public FormDialog
{
    Q_OBJECT

public:
    // An id of 0 adds a memorandum.
    MemorandumDialog(Session& session, const Memorandum& memorandum, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("memorandum"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    Session& m_session;
    Memorandum m_memorandum;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QLineEdit* m_basis;
};

// 措施: a new measure under a memorandum, or one's title, mandatory or recommended, legal basis, plan
// item, default duration and implementing departments, saved together.
class MeasureDialog : public FormDialog
{
    Q_OBJECT

public:
    // A measure with id 0 is added under measure.memorandumId.
    MeasureDialog(Session& session, const Measure& measure, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("measure"); }

protected:
    qint64 write() override;
    QString problem() const override;

private:
    QList<qint64> checkedDepartments() const;

    Session& m_session;
    Measure m_measure;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QCheckBox* m_mandatory;
    QLineEdit* m_legalBasis;
    QLineEdit* m_planItem;
    QSpinBox* m_months;
    QListWidget* m_departments;
};

} // namespace cd
