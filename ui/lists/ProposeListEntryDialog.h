#pragma once

#include "services/ListService.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;

namespace cd {

class Session;
class SubjectPicker;

// 名单认定: an officer proposes a red or black list entry; it counts once a reviewer approves it.
class ProposeListEntryDialog : public FormDialog
{
    Q_OBJECT

public:
    ProposeListEntryDialog(Session& session, ListKind kind, QWidget* parent = nullptr);
    QString formKey() const override { return QStringLiteral("proposeListEntry"); }

protected:
    qint64 write() override;
    QString problem() const override;
    void saveExtra(QVariantMap& state) const override;
    void restoreExtra(const QVariantMap& state) override;

private:
    ListProposal proposal() const;
    void fillRecords();

    Session& m_session;
    SubjectPicker* m_subject;
    QComboBox* m_kind;
    QComboBox* m_domain;
    QLineEdit* m_basis;
    QComboBox* m_record;
    QComboBox* m_department;
    QLineEdit* m_entryDate;
    QLineEdit* m_plannedExit;
};

} // namespace cd
