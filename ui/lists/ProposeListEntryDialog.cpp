#include "lists/ProposeListEntryDialog.h"

#include "CoreError.h"
#include "services/DepartmentService.h"
#include "services/RecordService.h"
#include "widgets/SubjectPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd {

ProposeListEntryDialog::ProposeListEntryDialog(Session& session, ListKind kind, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_subject(new SubjectPicker(session, this))
    , m_kind(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_basis(new QLineEdit(this))
    , m_record(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_entryDate(new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this))
    , m_plannedExit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("proposeListEntryDialog"));
    setWindowTitle(tr("Propose a list entry"));
    setMinimumWidth(640);
    m_kind->setObjectName(QStringLiteral("listKind"));
    m_domain->setObjectName(QStringLiteral("domain"));
    m_basis->setObjectName(QStringLiteral("basis"));
    m_record->setObjectName(QStringLiteral("basisRecord"));
    m_department->setObjectName(QStringLiteral("department"));
    m_entryDate->setObjectName(QStringLiteral("entryDate"));
    m_plannedExit->setObjectName(QStringLiteral("plannedExit"));

    for (ListKind k : {ListKind::Red, ListKind::Black})
        m_kind->addItem(ListEntries::displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_domain->setEditable(true);
    try {
        m_domain->addItems(ListService(session).domains());
        for (const Department& d : DepartmentService(session).list())
            m_department->addItem(d.name, d.id);
    } catch (const CoreError& e) {
        setMessage(e.message());
    }
    m_domain->setCurrentText(QString());
    m_department->setCurrentIndex(-1);
    m_basis->setPlaceholderText(tr("The determination and why"));
    m_entryDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_plannedExit->setPlaceholderText(tr("YYYY-MM-DD; empty: until it exits"));

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("List:"), m_kind);
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("Basis:"), m_basis);
    form->addRow(tr("Basis record:"), m_record);
    form->addRow(tr("Determined by:"), m_department);
    form->addRow(tr("Entry date:"), m_entryDate);
    form->addRow(tr("Planned exit:"), m_plannedExit);
    connect(m_subject, &SubjectPicker::subjectChanged, this, &ProposeListEntryDialog::fillRecords);
    connect(m_domain, &QComboBox::currentTextChanged, this, [this] { refresh(); });
    finishForm(form);
    fillRecords();
}

void ProposeListEntryDialog::fillRecords()
{
    m_record->clear();
    m_record->addItem(tr("none"), 0);
    const qint64 subject = m_subject->subjectId();
    if (subject <= 0)
        return;
    try {
        for (const RecordView& v : RecordService(m_session).forSubject(subject)) {
            const CreditRecord& r = v.record;
            if (!r.withdrawnOn.isValid())
                m_record->addItem(tr("%1 %2 (%3, %4)")
                                      .arg(r.category, r.decisionNo, r.departmentName,
                                          r.decisionDate.toString(Qt::ISODate)),
                    r.id);
        }
    } catch (const CoreError& e) {
        setMessage(e.message());
    }
}

ListProposal ProposeListEntryDialog::proposal() const
{
    ListProposal p;
    p.subjectId = m_subject->subjectId();
    p.kind = ListKind(m_kind->currentData().toInt());
    p.domain = m_domain->currentText().trimmed();
    p.basis = m_basis->text().trimmed();
    p.basisRecordId = m_record->currentData().toLongLong();
    p.departmentId = m_department->currentData().toLongLong();
    p.entryDate = QDate::fromString(m_entryDate->text().trimmed(), Qt::ISODate);
    p.plannedExit = QDate::fromString(m_plannedExit->text().trimmed(), Qt::ISODate);
    return p;
}

QString ProposeListEntryDialog::problem() const
{
    if (!m_plannedExit->text().trimmed().isEmpty() && !proposal().plannedExit.isValid())
        return tr("planned exit: a date as YYYY-MM-DD, or empty.");
    try {
        ListService::validate(proposal());
    } catch (const CoreError& e) {
        return e.message();
    }
    return {};
}

qint64 ProposeListEntryDialog::write()
{
    return ListService(m_session).propose(proposal()).id;
}

void ProposeListEntryDialog::saveExtra(QVariantMap& state) const
{
    state.insert(QStringLiteral("subjectId"), m_subject->subjectId());
}

void ProposeListEntryDialog::restoreExtra(const QVariantMap& state)
{
    if (const qint64 id = state.value(QStringLiteral("subjectId")).toLongLong())
        m_subject->setSubject(id);
}

} // namespace cd
