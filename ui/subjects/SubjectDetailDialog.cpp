#include "subjects/SubjectDetailDialog.h"

#include "CoreError.h"
#include "check/CheckResultView.h"
#include "services/BrowseService.h"
#include "services/CheckService.h"
#include "services/LicenceService.h"
#include "services/ListService.h"
#include "services/ObjectionService.h"
#include "services/RecordService.h"
#include "services/RepairService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

SubjectDetailDialog::SubjectDetailDialog(Session& session, qint64 subjectId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(subjectId)
    , m_identity(new QLabel(this))
    , m_reveal(new QPushButton(tr("Reveal citizen ID"), this))
    , m_links(new SimpleTable(
          {tr("Role"), tr("Organisation"), tr("Person"), tr("Code"), tr("Since"), tr("Until")}, this))
    , m_records(new SimpleTable({tr("Decision date"), tr("Polarity"), tr("Category"), tr("Severity"),
                                    tr("Decision no."), tr("Department"), tr("Publication"), tr("Publicity")},
          this))
    , m_licences(new SimpleTable({tr("Decision date"), tr("Decision no."), tr("Licence"), tr("Kind"),
                                     tr("Valid until"), tr("Authority"), tr("State"), tr("Publication")},
          this))
    , m_cases(new SimpleTable({tr("Number"), tr("State"), tr("Kind"), tr("Memorandum"), tr("Term")}, this))
    , m_lists(new SimpleTable({tr("Number"), tr("List"), tr("Domain"), tr("State today"), tr("Entry"),
                                  tr("Planned exit"), tr("Department")},
          this))
    , m_objections(new SimpleTable(
          {tr("Number"), tr("Disputed"), tr("State"), tr("Verification due"), tr("Measures suspended")},
          this))
    , m_repairs(new SimpleTable(
          {tr("Number"), tr("Target"), tr("State"), tr("Missing materials"), tr("Decision due")}, this))
    , m_check(new CheckResultView(this))
{
    setObjectName(QStringLiteral("subjectDetail"));
    resize(980, 640);
    m_identity->setObjectName(QStringLiteral("subjectIdentity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_records->setObjectName(QStringLiteral("subjectRecords"));
    m_licences->setObjectName(QStringLiteral("subjectLicences"));
    m_cases->setObjectName(QStringLiteral("subjectCases"));
    m_links->setObjectName(QStringLiteral("subjectLinks"));
    m_lists->setObjectName(QStringLiteral("subjectLists"));
    m_objections->setObjectName(QStringLiteral("subjectObjections"));
    m_repairs->setObjectName(QStringLiteral("subjectRepairs"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_records, tr("Credit records"));
    tabs->addTab(m_licences, tr("Licences"));
    tabs->addTab(m_cases, tr("Cases"));
    tabs->addTab(m_links, tr("Linked subjects"));
    tabs->addTab(m_lists, tr("Lists"));
    tabs->addTab(m_objections, tr("Objections"));
    tabs->addTab(m_repairs, tr("Repairs"));
    tabs->addTab(m_check, tr("Credit check today"));

    auto* newRecordButton = new QPushButton(tr("New record…"), this);
    newRecordButton->setObjectName(QStringLiteral("subjectNewRecord"));
    Permission::apply(newRecordButton, session, Operation::AddRecord);
    auto* draftButton = new QPushButton(tr("Draft case…"), this);
    draftButton->setObjectName(QStringLiteral("subjectDraftCase"));
    Permission::apply(draftButton, session, Operation::DraftCase);
    auto* objectionButton = new QPushButton(tr("File objection…"), this);
    objectionButton->setObjectName(QStringLiteral("subjectFileObjection"));
    Permission::apply(objectionButton, session, Operation::FileObjection);
    auto* repairButton = new QPushButton(tr("Apply for repair…"), this);
    repairButton->setObjectName(QStringLiteral("subjectApplyRepair"));
    Permission::apply(repairButton, session, Operation::FileRepair);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(newRecordButton, QDialogButtonBox::ActionRole);
    buttons->addButton(draftButton, QDialogButtonBox::ActionRole);
    buttons->addButton(objectionButton, QDialogButtonBox::ActionRole);
    buttons->addButton(repairButton, QDialogButtonBox::ActionRole);

    auto* top = new QHBoxLayout;
    top->addWidget(m_identity, 1);
    top->addWidget(m_reveal, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newRecordButton, &QPushButton::clicked, this, [this] { emit newRecord(m_id); });
    connect(draftButton, &QPushButton::clicked, this, [this] { emit draftCase(m_id); });
    connect(objectionButton, &QPushButton::clicked, this, [this] { emit fileObjection(m_id); });
    connect(repairButton, &QPushButton::clicked, this, [this] { emit applyForRepair(m_id); });
    connect(m_objections, &QTableWidget::cellDoubleClicked, this,
        [this] { emit openObjection(m_objections->currentId()); });
    connect(m_repairs, &QTableWidget::cellDoubleClicked, this,
        [this] { emit openRepair(m_repairs->currentId()); });
    connect(m_check, &CheckResultView::openCase, this, &SubjectDetailDialog::openCase);
    connect(m_reveal, &QPushButton::clicked, this, &SubjectDetailDialog::reveal);
    connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this] { emit openCase(m_cases->currentId()); });
    reload();
}

void SubjectDetailDialog::reload()
{
    try {
        SubjectService subjects(m_session);
        m_subject = subjects.get(m_id);
        setWindowTitle(tr("Subject — %1").arg(m_subject.name));
        m_identity->setText(
            tr("<h3>%1</h3>%2 · %3<br>Division %4 · registered %5<br>Address: %6<br>Former names: %7")
                .arg(m_subject.name.toHtmlEscaped(), SubjectKinds::displayName(m_subject.kind),
                    m_subject.code, m_subject.division,
                    m_subject.registeredOn.isValid() ? m_subject.registeredOn.toString(Qt::ISODate)
                                                     : tr("unknown"),
                    m_subject.address.isEmpty() ? tr("none") : m_subject.address.toHtmlEscaped(),
                    m_subject.formerNames.isEmpty()
                        ? tr("none")
                        : m_subject.formerNames.join(QStringLiteral("、")).toHtmlEscaped()));
        m_reveal->setVisible(m_subject.isPerson());
        Permission::apply(m_reveal, m_session, Operation::RevealCitizenId);

        QList<QStringList> links;
        for (const SubjectLink& l : subjects.linksOf(m_id)) {
            const bool asOrganisation = l.organisationId == m_id;
            links << QStringList {SubjectKinds::displayName(l.role), l.organisationName, l.personName,
                asOrganisation ? l.personCode : l.organisationCode, l.since.toString(Qt::ISODate),
                l.isOpen() ? tr("holds") : l.until.toString(Qt::ISODate)};
        }
        m_links->setRows(links);

        QList<QStringList> records;
        QList<qint64> recordIds;
        for (const RecordView& v : RecordService(m_session).forSubject(m_id)) {
            const CreditRecord& r = v.record;
            records << QStringList {r.decisionDate.toString(Qt::ISODate),
                CreditRecords::displayName(r.polarity), r.category,
                r.severity ? Severities::displayName(*r.severity) : QString(), r.decisionNo, r.departmentName,
                CreditRecords::displayName(v.publication),
                v.publicityActive ? tr("public now") : tr("not public")};
            recordIds << r.id;
        }
        m_records->setRows(records, recordIds);

        QList<QStringList> licences;
        QList<qint64> licenceIds;
        for (const LicenceView& v : LicenceService(m_session).forSubject(m_id)) {
            const Licence& l = v.licence;
            const QString state = l.revoked                               ? tr("revoked (无效)")
                : l.validTo.isValid() && l.validTo < QDate::currentDate() ? tr("expired")
                : v.onWebsite                                             ? tr("valid, public now")
                                                                          : tr("valid");
            licences << QStringList {l.decisionDate.toString(Qt::ISODate), l.decisionNo,
                l.certificateName.isEmpty() ? l.documentName : l.certificateName, l.licenceKind,
                l.validTo.isValid() ? l.validTo.toString(Qt::ISODate) : tr("without end"), l.departmentName,
                state, CreditRecords::displayName(v.publication)};
            licenceIds << l.id;
        }
        m_licences->setRows(licences, licenceIds);

        BrowseQuery q;
        q.list = BrowseList::Cases;
        q.subjectId = m_id;
        q.descending = true;
        q.limit = 0;
        QList<QStringList> cases;
        QList<qint64> caseIds;
        for (const BrowseRow& row : BrowseService(m_session).page(q)) {
            const QVariantMap& v = row.values;
            cases << QStringList {v.value(QStringLiteral("number")).toString(),
                Cases::displayName(Cases::stateFromKey(v.value(QStringLiteral("state")).toString())
                                       .value_or(CaseState::Draft)),
                Cases::displayName(Cases::kindFromKey(v.value(QStringLiteral("kind")).toString())
                                       .value_or(CaseKind::Sanction)),
                v.value(QStringLiteral("memorandum")).toString(),
                QStringLiteral("%1 – %2").arg(
                    v.value(QStringLiteral("termStart")).toDate().toString(Qt::ISODate),
                    v.value(QStringLiteral("termEnd")).toDate().toString(Qt::ISODate))};
            caseIds << row.id;
        }
        m_cases->setRows(cases, caseIds);

        const QDate today = QDate::currentDate();
        QList<QStringList> lists;
        QList<qint64> listIds;
        for (const ListEntry& e : ListService(m_session).forSubject(m_id)) {
            const QString key = ListEntries::stateKey(e, today);
            QString state = key;
            if (key == QLatin1String("proposed"))
                state = tr("proposed");
            else if (key == QLatin1String("listed"))
                state = tr("listed");
            else if (key == QLatin1String("upcoming"))
                state = tr("upcoming");
            else if (const auto reason = ListEntries::exitReasonFromKey(key))
                state = ListEntries::displayName(*reason);
            lists << QStringList {e.number, ListEntries::displayName(e.kind), e.domain, state,
                e.entryDate.toString(Qt::ISODate),
                e.plannedExit.isValid() ? e.plannedExit.toString(Qt::ISODate) : tr("until it exits"),
                e.departmentName};
            listIds << e.id;
        }
        m_lists->setRows(lists, listIds);

        QList<QStringList> objections;
        QList<qint64> objectionIds;
        for (const Objection& o : ObjectionService(m_session).forSubject(m_id)) {
            QString due = o.verificationDue.toString(Qt::ISODate);
            if (o.verificationOverdue(today))
                due = tr("%1 (overdue)").arg(due);
            // The interval is [accepted, decided): open-ended while verification runs.
            QString suspended;
            if (o.suspends())
                suspended = o.decidedOn.isValid()
                    ? tr("%1 – %2").arg(o.acceptedOn.toString(Qt::ISODate), o.decidedOn.toString(Qt::ISODate))
                    : tr("since %1").arg(o.acceptedOn.toString(Qt::ISODate));
            objections << QStringList {o.number, Objections::displayName(o.target),
                Objections::displayName(o.state), due, suspended};
            objectionIds << o.id;
        }
        m_objections->setRows(objections, objectionIds);

        QList<QStringList> repairs;
        QList<qint64> repairIds;
        for (const RepairApplication& a : RepairService(m_session).forSubject(m_id)) {
            // Materials only matter while the application waits for a decision.
            QStringList missing;
            if (a.state == RepairState::Submitted) {
                for (RepairMaterial m : a.missing())
                    missing << Repairs::displayName(m);
            }
            QString due = a.decisionDue.toString(Qt::ISODate);
            if (a.decisionOverdue(today))
                due = tr("%1 (overdue)").arg(due);
            repairs << QStringList {a.number, Repairs::displayName(a.target), Repairs::displayName(a.state),
                missing.join(QStringLiteral(", ")), due};
            repairIds << a.id;
        }
        m_repairs->setRows(repairs, repairIds);

        m_check->setResult(CheckService(m_session).check(m_id, today));
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Subject"), e.message());
    }
}

void SubjectDetailDialog::reveal()
{
    const auto answer = QMessageBox::question(this, tr("Reveal citizen ID"),
        tr("Revealing the full citizen ID is recorded in the audit trail under your name. Reveal it?"));
    if (answer != QMessageBox::Yes)
        return;
    try {
        const QString id = SubjectService(m_session).revealCitizenId(m_id);
        QMessageBox::information(this, tr("Citizen ID"), tr("%1: %2").arg(m_subject.name, id));
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Reveal citizen ID"), e.message());
    }
}

} // namespace cd
