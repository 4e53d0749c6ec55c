#include "repairs/ApplyRepairDialog.h"

#include "CoreError.h"
#include "domain/Repair.h"
#include "services/ListService.h"
#include "services/RecordService.h"
#include "services/RepairService.h"
#include "widgets/SubjectPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd {

ApplyRepairDialog::ApplyRepairDialog(Session& session, qint64 subjectId, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_subject(new SubjectPicker(session, this))
    , m_target(new QComboBox(this))
    , m_filedOn(new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this))
{
    setObjectName(QStringLiteral("applyRepairDialog"));
    setWindowTitle(tr("Repair application"));
    setMinimumWidth(640);
    m_target->setObjectName(QStringLiteral("repairTarget"));
    m_filedOn->setObjectName(QStringLiteral("filedOn"));
    m_filedOn->setPlaceholderText(tr("YYYY-MM-DD"));

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("To repair:"), m_target);
    form->addRow(tr("Filed on:"), m_filedOn);
    connect(m_subject, &SubjectPicker::subjectChanged, this, &ApplyRepairDialog::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    if (subjectId > 0)
        m_subject->setSubject(subjectId);
    finishForm(form);
    fillTargets();
}

void ApplyRepairDialog::fillTargets()
{
    m_target->clear();
    const qint64 subject = m_subject->subjectId();
    if (subject <= 0)
        return;
    try {
        for (const RecordView& v : RecordService(m_session).forSubject(subject)) {
            const CreditRecord& r = v.record;
            if (r.polarity != Polarity::Negative || r.withdrawnOn.isValid())
                continue;
            m_target->addItem(
                tr("Credit record %1 %2 (%3, %4)")
                    .arg(r.category, r.decisionNo, r.departmentName, r.decisionDate.toString(Qt::ISODate)),
                QVariantList {int(RepairTarget::Record), r.id});
        }
        for (const ListEntry& e : ListService(m_session).forSubject(subject)) {
            if (e.kind == ListKind::Black)
                m_target->addItem(tr("Black-list entry %1 (%2)").arg(e.number, e.domain),
                    QVariantList {int(RepairTarget::ListEntry), e.id});
        }
    } catch (const CoreError& e) {
        setMessage(e.message());
    }
    m_target->setCurrentIndex(m_target->count() > 0 ? 0 : -1);
}

QString ApplyRepairDialog::problem() const
{
    if (m_subject->subjectId() <= 0)
        return tr("subject: choose the subject that applies.");
    if (m_target->currentIndex() < 0)
        return tr("to repair: the subject has no negative record or black-list entry.");
    const QDate on = QDate::fromString(m_filedOn->text().trimmed(), Qt::ISODate);
    if (!on.isValid() || on > QDate::currentDate())
        return tr("filing date: a date as YYYY-MM-DD, not in the future.");
    const QVariantList target = m_target->currentData().toList();
    try {
        return RepairService(m_session).refusal(
            RepairTarget(target.value(0).toInt()), target.value(1).toLongLong(), on);
    } catch (const CoreError& e) {
        return e.message();
    }
}

qint64 ApplyRepairDialog::write()
{
    const QVariantList target = m_target->currentData().toList();
    return RepairService(m_session)
        .apply(RepairTarget(target.value(0).toInt()), target.value(1).toLongLong(),
            QDate::fromString(m_filedOn->text().trimmed(), Qt::ISODate))
        .id;
}

void ApplyRepairDialog::saveExtra(QVariantMap& state) const
{
    state.insert(QStringLiteral("subjectId"), m_subject->subjectId());
}

void ApplyRepairDialog::restoreExtra(const QVariantMap& state)
{
    if (const qint64 id = state.value(QStringLiteral("subjectId")).toLongLong())
        m_subject->setSubject(id);
}

} // namespace cd
