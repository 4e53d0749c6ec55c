#include "objections/FileObjectionDialog.h"

#include "CoreError.h"
#include "domain/Objection.h"
#include "services/BrowseService.h"
#include "services/DepartmentService.h"
#include "services/ListService.h"
#include "services/ObjectionService.h"
#include "services/RecordService.h"
#include "widgets/SubjectPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cd {

namespace {

QVariant targetData(ObjectionTarget kind, qint64 id)
{
    return QVariantList {int(kind), id};
}

} // namespace

FileObjectionDialog::FileObjectionDialog(Session& session, qint64 subjectId, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_subject(new SubjectPicker(session, this))
    , m_target(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_raisedBy(new QComboBox(this))
    , m_filedOn(new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this))
{
    setObjectName(QStringLiteral("fileObjectionDialog"));
    setWindowTitle(tr("File an objection"));
    setMinimumWidth(640);
    m_target->setObjectName(QStringLiteral("objectionTarget"));
    m_description->setObjectName(QStringLiteral("objectionDescription"));
    m_raisedBy->setObjectName(QStringLiteral("raisedBy"));
    m_filedOn->setObjectName(QStringLiteral("filedOn"));
    m_description->setPlaceholderText(tr("What is disputed and why"));
    m_description->setTabChangesFocus(true);
    m_filedOn->setPlaceholderText(tr("YYYY-MM-DD"));

    m_raisedBy->addItem(tr("the subject"), 0);
    try {
        for (const Department& d : DepartmentService(session).list())
            m_raisedBy->addItem(tr("%1, while enforcing").arg(d.name), d.id);
    } catch (const CoreError& e) {
        setMessage(e.message());
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Disputed:"), m_target);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Raised by:"), m_raisedBy);
    form->addRow(tr("Filed on:"), m_filedOn);
    connect(m_subject, &SubjectPicker::subjectChanged, this, &FileObjectionDialog::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    if (subjectId > 0)
        m_subject->setSubject(subjectId);
    finishForm(form);
    fillTargets();
}

void FileObjectionDialog::fillTargets()
{
    m_target->clear();
    const qint64 subject = m_subject->subjectId();
    if (subject <= 0)
        return;
    try {
        for (const RecordView& v : RecordService(m_session).forSubject(subject)) {
            const CreditRecord& r = v.record;
            if (r.withdrawnOn.isValid())
                continue;
            m_target->addItem(
                tr("Credit record %1 %2 (%3, %4)")
                    .arg(r.category, r.decisionNo, r.departmentName, r.decisionDate.toString(Qt::ISODate)),
                targetData(ObjectionTarget::Record, r.id));
        }
        for (const ListEntry& e : ListService(m_session).forSubject(subject))
            m_target->addItem(
                tr("List entry %1 (%2, %3)").arg(e.number, ListEntries::displayName(e.kind), e.domain),
                targetData(ObjectionTarget::ListEntry, e.id));
        BrowseQuery q;
        q.list = BrowseList::Cases;
        q.subjectId = subject;
        q.descending = true;
        q.limit = 0;
        for (const BrowseRow& row : BrowseService(m_session).page(q))
            m_target->addItem(tr("Case %1 (%2)")
                                  .arg(row.values.value(QStringLiteral("number")).toString(),
                                      row.values.value(QStringLiteral("memorandum")).toString()),
                targetData(ObjectionTarget::Case, row.id));
    } catch (const CoreError& e) {
        setMessage(e.message());
    }
    m_target->setCurrentIndex(m_target->count() > 0 ? 0 : -1);
}

void FileObjectionDialog::setTarget(int targetKind, qint64 targetId)
{
    const int index = m_target->findData(targetData(ObjectionTarget(targetKind), targetId));
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

QString FileObjectionDialog::problem() const
{
    if (m_subject->subjectId() <= 0)
        return tr("subject: choose the subject whose information is disputed.");
    if (m_target->currentIndex() < 0)
        return tr("disputed: the subject has no record, list entry or case to dispute.");
    if (m_description->toPlainText().trimmed().isEmpty())
        return tr("description: say what is disputed and why.");
    const QDate on = QDate::fromString(m_filedOn->text().trimmed(), Qt::ISODate);
    if (!on.isValid() || on > QDate::currentDate())
        return tr("filing date: a date as YYYY-MM-DD, not in the future.");
    return {};
}

qint64 FileObjectionDialog::write()
{
    const QVariantList target = m_target->currentData().toList();
    return ObjectionService(m_session)
        .file(ObjectionTarget(target.value(0).toInt()), target.value(1).toLongLong(),
            m_description->toPlainText(), QDate::fromString(m_filedOn->text().trimmed(), Qt::ISODate),
            m_raisedBy->currentData().toLongLong())
        .id;
}

void FileObjectionDialog::saveExtra(QVariantMap& state) const
{
    state.insert(QStringLiteral("subjectId"), m_subject->subjectId());
}

void FileObjectionDialog::restoreExtra(const QVariantMap& state)
{
    if (const qint64 id = state.value(QStringLiteral("subjectId")).toLongLong())
        m_subject->setSubject(id);
}

} // namespace cd
