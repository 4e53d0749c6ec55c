#include "cases/DraftCaseDialog.h"

#include "CoreError.h"
#include "services/CaseService.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"
#include "services/RecordService.h"
#include "widgets/SubjectPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace cd {

namespace {
enum MeasureColumn { Selected, Title, Type, DropReason };
}

DraftCaseDialog::DraftCaseDialog(Session& session, qint64 subjectId, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_subject(new SubjectPicker(session, this))
    , m_basis(new QComboBox(this))
    , m_memorandum(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_measures(new QTableWidget(0, 4, this))
    , m_coSubjects(new QListWidget(this))
    , m_termStart(new QLineEdit(this))
    , m_termEnd(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("draftCaseDialog"));
    setWindowTitle(tr("Draft case"));
    resize(860, 700);
    m_basis->setObjectName(QStringLiteral("basisRecord"));
    m_memorandum->setObjectName(QStringLiteral("memorandum"));
    m_department->setObjectName(QStringLiteral("initiatingDepartment"));
    m_measures->setObjectName(QStringLiteral("measures"));
    m_coSubjects->setObjectName(QStringLiteral("coSubjects"));
    m_termStart->setObjectName(QStringLiteral("termStart"));
    m_termEnd->setObjectName(QStringLiteral("termEnd"));
    m_note->setObjectName(QStringLiteral("note"));
    m_measures->setHorizontalHeaderLabels(
        {tr("Apply"), tr("Measure"), tr("Type"), tr("Reason for leaving it out")});
    m_measures->verticalHeader()->hide();
    m_measures->horizontalHeader()->setStretchLastSection(true);
    m_measures->setColumnWidth(Selected, 50);
    m_measures->setColumnWidth(Title, 400);
    m_coSubjects->setMaximumHeight(90);
    m_note->setMaximumHeight(60);
    m_termStart->setPlaceholderText(tr("YYYY-MM-DD; default today"));
    m_termEnd->setPlaceholderText(tr("YYYY-MM-DD; default the longest measure's duration"));
    try {
        for (const Department& d : DepartmentService(session).list())
            m_department->addItem(d.name, d.id);
    } catch (const CoreError& e) {
        setMessage(e.message());
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Basis (credit record):"), m_basis);
    form->addRow(tr("Memorandum:"), m_memorandum);
    form->addRow(tr("Initiating department:"), m_department);
    form->addRow(tr("Measures:"), m_measures);
    form->addRow(tr("Linked persons (§11):"), m_coSubjects);
    form->addRow(tr("Term from:"), m_termStart);
    form->addRow(tr("Term to:"), m_termEnd);
    form->addRow(tr("Note:"), m_note);

    connect(m_subject, &SubjectPicker::subjectChanged, this, &DraftCaseDialog::fillBasis);
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] {
        fillMemoranda();
        fillCoSubjects();
    });
    connect(m_memorandum, &QComboBox::currentIndexChanged, this, &DraftCaseDialog::fillMeasures);
    connect(m_measures, &QTableWidget::itemChanged, this, [this] {
        m_pendingMeasures.clear(); // the clerk's choice now wins over the one kept across a lock
        refresh();
    });
    if (subjectId > 0)
        m_subject->setSubject(subjectId);
    fillBasis();
    finishForm(form);
}

void DraftCaseDialog::fillBasis()
{
    QSignalBlocker block(m_basis);
    m_basis->clear();
    if (const qint64 subject = m_subject->subjectId()) {
        try {
            for (const RecordView& v : RecordService(m_session).forSubject(subject)) {
                const CreditRecord& r = v.record;
                if (r.withdrawnOn.isValid())
                    continue;
                m_basis->addItem(QStringLiteral("%1  %2  %3 (%4)")
                                     .arg(r.decisionDate.toString(Qt::ISODate), r.decisionNo, r.category,
                                         CreditRecords::displayName(r.polarity)),
                    QVariantList {r.id, int(r.polarity), r.departmentId});
            }
        } catch (const CoreError& e) {
            setMessage(e.message());
        }
    }
    block.unblock();
    fillMemoranda();
    fillCoSubjects();
}

void DraftCaseDialog::fillMemoranda()
{
    const QVariantList basis = m_basis->currentData().toList();
    const qint64 before = m_memorandum->currentData().toLongLong();
    QSignalBlocker block(m_memorandum);
    m_memorandum->clear();
    if (!basis.isEmpty()) {
        // A negative record founds a sanction, a positive one an incentive.
        const MeasureKind kind = Polarity(basis.at(1).toInt()) == Polarity::Negative ? MeasureKind::Sanction
                                                                                     : MeasureKind::Incentive;
        try {
            for (const Memorandum& m : CatalogueService(m_session).memoranda()) {
                if (m.kind == kind)
                    m_memorandum->addItem(m.title, m.id);
            }
        } catch (const CoreError& e) {
            setMessage(e.message());
        }
        const int d = m_department->findData(basis.at(2));
        if (d >= 0)
            m_department->setCurrentIndex(d);
    }
    const int keep = m_memorandum->findData(before);
    m_memorandum->setCurrentIndex(keep >= 0 ? keep : (m_memorandum->count() > 0 ? 0 : -1));
    block.unblock();
    fillMeasures();
}

void DraftCaseDialog::fillMeasures()
{
    QSignalBlocker block(m_measures);
    m_measures->setRowCount(0);
    const qint64 memorandum = m_memorandum->currentData().toLongLong();
    QList<CaseMeasure> proposal;
    if (memorandum > 0) {
        try {
            proposal = CaseService(m_session).proposal(memorandum);
        } catch (const CoreError& e) {
            setMessage(e.message());
        }
    }
    const bool pending = m_pendingMeasures.value(QStringLiteral("memorandum")).toLongLong() == memorandum;
    m_measures->setRowCount(int(proposal.size()));
    for (int r = 0; r < proposal.size(); ++r) {
        const CaseMeasure& m = proposal.at(r);
        const QString key = QString::number(m.measureId);
        bool selected = m.selected;
        QString reason;
        if (pending && m_pendingMeasures.contains(key)) {
            selected = m_pendingMeasures.value(key).toList().value(0).toBool();
            reason = m_pendingMeasures.value(key).toList().value(1).toString();
        }
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        check->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
        check->setData(Qt::UserRole, m.measureId);
        check->setData(Qt::UserRole + 1, m.mandatory);
        m_measures->setItem(r, Selected, check);
        auto* title = new QTableWidgetItem(m.title);
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        title->setToolTip(m.legalBasis);
        m_measures->setItem(r, Title, title);
        auto* type = new QTableWidgetItem(m.mandatory ? tr("mandatory") : tr("recommended"));
        type->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_measures->setItem(r, Type, type);
        m_measures->setItem(r, DropReason, new QTableWidgetItem(reason));
    }
    block.unblock();
    refresh();
}

void DraftCaseDialog::fillCoSubjects()
{
    m_coSubjects->clear();
    const QVariantList basis = m_basis->currentData().toList();
    if (basis.isEmpty())
        return;
    try {
        for (const CaseSubject& s :
            CaseService(m_session).proposedCoSubjects(m_subject->subjectId(), basis.at(0).toLongLong())) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(s.name, s.code), m_coSubjects);
            item->setData(Qt::UserRole, s.subjectId);
            item->setCheckState(Qt::Checked);
        }
    } catch (const CoreError& e) {
        setMessage(e.message());
    }
}

QString DraftCaseDialog::problem() const
{
    if (m_subject->subjectId() <= 0)
        return tr("subject: find and choose the subject.");
    if (m_basis->currentIndex() < 0)
        return tr("basis: the subject has no credit record a case could rest on.");
    if (m_memorandum->currentIndex() < 0)
        return tr("memorandum: required.");
    int selected = 0;
    for (int r = 0; r < m_measures->rowCount(); ++r) {
        const QTableWidgetItem* check = m_measures->item(r, Selected);
        if (check->checkState() == Qt::Checked) {
            ++selected;
            continue;
        }
        if (check->data(Qt::UserRole + 1).toBool()
            && m_measures->item(r, DropReason)->text().trimmed().isEmpty())
            return tr("measures: \"%1\" is mandatory; leaving it out needs a written reason.")
                .arg(m_measures->item(r, Title)->text());
    }
    if (selected == 0)
        return tr("measures: select at least one measure.");
    for (const QLineEdit* e : {m_termStart, m_termEnd}) {
        if (!e->text().trimmed().isEmpty() && !QDate::fromString(e->text().trimmed(), Qt::ISODate).isValid())
            return tr("term: a date as YYYY-MM-DD.");
    }
    return {};
}

qint64 DraftCaseDialog::write()
{
    CaseDraft d;
    d.subjectId = m_subject->subjectId();
    d.basisRecordId = m_basis->currentData().toList().value(0).toLongLong();
    d.memorandumId = m_memorandum->currentData().toLongLong();
    d.initiatingDepartmentId = m_department->currentData().toLongLong();
    d.termStart = QDate::fromString(m_termStart->text().trimmed(), Qt::ISODate);
    d.termEnd = QDate::fromString(m_termEnd->text().trimmed(), Qt::ISODate);
    d.note = m_note->toPlainText();
    QList<qint64> selected;
    for (int r = 0; r < m_measures->rowCount(); ++r) {
        const qint64 id = m_measures->item(r, Selected)->data(Qt::UserRole).toLongLong();
        if (m_measures->item(r, Selected)->checkState() == Qt::Checked)
            selected << id;
        else if (!m_measures->item(r, DropReason)->text().trimmed().isEmpty())
            d.dropReasons.insert(id, m_measures->item(r, DropReason)->text().trimmed());
    }
    d.selectedMeasures = selected;
    for (int i = 0; i < m_coSubjects->count(); ++i) {
        if (m_coSubjects->item(i)->checkState() == Qt::Checked)
            d.coSubjects << m_coSubjects->item(i)->data(Qt::UserRole).toLongLong();
    }
    return CaseService(m_session).draft(d).id;
}

void DraftCaseDialog::saveExtra(QVariantMap& state) const
{
    state.insert(QStringLiteral("subjectId"), m_subject->subjectId());
    QVariantMap measures;
    measures.insert(QStringLiteral("memorandum"), m_memorandum->currentData().toLongLong());
    for (int r = 0; r < m_measures->rowCount(); ++r)
        measures.insert(m_measures->item(r, Selected)->data(Qt::UserRole).toString(),
            QVariantList {m_measures->item(r, Selected)->checkState() == Qt::Checked,
                m_measures->item(r, DropReason)->text()});
    state.insert(QStringLiteral("measureChoices"), measures);
}

void DraftCaseDialog::restoreExtra(const QVariantMap& state)
{
    m_pendingMeasures = state.value(QStringLiteral("measureChoices")).toMap();
    if (const qint64 id = state.value(QStringLiteral("subjectId")).toLongLong())
        m_subject->setSubject(id);
    // The memorandum in force is usually the first; apply the choices to it now, else when it is picked.
    fillMeasures();
}

} // namespace cd
