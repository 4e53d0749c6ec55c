#include "repairs/RepairDetailDialog.h"

#include "CoreError.h"
#include "objections/DecisionDialog.h"
#include "services/ListService.h"
#include "services/ProtectionActions.h"
#include "services/RecordService.h"
#include "services/RepairService.h"
#include "services/Session.h"
#include "widgets/Permission.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

RepairDetailDialog::RepairDetailDialog(Session& session, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_header(new QLabel(this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_subject(new QPushButton(tr("&Subject"), this))
{
    setObjectName(QStringLiteral("repairDetail"));
    resize(760, 520);
    m_header->setObjectName(QStringLiteral("repairHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_subject->setObjectName(QStringLiteral("subjectButton"));

    auto* materials = new QGroupBox(tr("Materials received"), this);
    auto* materialsLayout = new QVBoxLayout(materials);
    for (RepairMaterial m : {RepairMaterial::Application, RepairMaterial::Fulfilment,
             RepairMaterial::Commitment, RepairMaterial::Training}) {
        auto* box = new QCheckBox(Repairs::displayName(m), materials);
        box->setObjectName(QStringLiteral("material_%1").arg(Repairs::key(m)));
        materialsLayout->addWidget(box);
        m_items.insert(m, box);
        // clicked, not toggled: reload() sets the boxes without recording anything.
        connect(box, &QCheckBox::clicked, this, [this, m](bool on) {
            if (on)
                receive(m);
            else
                reload(); // a receipt is never taken back
        });
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {m_approve, m_reject, m_subject})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(materials);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_subject, &QPushButton::clicked, this, [this] { emit openSubject(m_application.subjectId); });
    reload();
}

void RepairDetailDialog::reload()
{
    try {
        m_application = RepairService(m_session).get(m_id);
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Repair application"), e.message());
        return;
    }
    const RepairApplication& a = m_application;
    const QDate today = QDate::currentDate();
    setWindowTitle(tr("Repair application %1").arg(a.number));

    QString target = tr("%1 %2").arg(Repairs::displayName(a.target)).arg(a.targetId);
    try {
        if (a.target == RepairTarget::Record) {
            const CreditRecord r = RecordService(m_session).get(a.targetId);
            target = tr("credit record: %1 %2 of %3, %4")
                         .arg(r.category, r.decisionNo, r.departmentName, iso(r.decisionDate));
        } else {
            const ListEntry e = ListService(m_session).get(a.targetId);
            target = tr("list entry: %1 (%2, %3)").arg(e.number, ListEntries::displayName(e.kind), e.domain);
        }
    } catch (const CoreError&) {
    }
    QStringList lines;
    lines << tr("<h3>%1 — %2</h3>").arg(a.number, a.subjectName.toHtmlEscaped());
    lines << tr("<b>State: %1</b>").arg(Repairs::displayName(a.state));
    lines << tr("To repair: %1").arg(target.toHtmlEscaped());
    lines << tr("Taken in by %1 on %2").arg(a.filedBy, iso(a.filedOn));
    if (a.materialsCompleteOn.isValid()) {
        lines << tr("Materials complete on %1").arg(iso(a.materialsCompleteOn));
        QString due = tr("Decision due: %1").arg(iso(a.decisionDue));
        if (a.decisionOverdue(today))
            due = tr("<span style=\"color:#b00020\"><b>Decision due: %1 — overdue by %n day(s)</b></span>",
                nullptr, int(a.decisionDue.daysTo(today)))
                      .arg(iso(a.decisionDue));
        lines << due;
    } else if (a.state == RepairState::Submitted) {
        lines << tr("The decision falls due once every material is in.");
    }
    if (a.decidedOn.isValid())
        lines << tr("Decided by %1 on %2: %3")
                     .arg(a.decidedBy, iso(a.decidedOn), a.decisionReason.toHtmlEscaped());
    const QString title = lines.takeFirst();
    m_header->setText(title + lines.join(QStringLiteral("<br>")));

    const QString whyNotReceive = ProtectionActions::whyNotReceive(m_session, a);
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        QCheckBox* box = it.value();
        const bool required = a.required.contains(it.key());
        box->setVisible(required);
        QDate receivedOn;
        for (const RepairMaterialReceipt& r : a.received) {
            if (r.item == it.key())
                receivedOn = r.receivedOn;
        }
        box->setChecked(receivedOn.isValid());
        box->setText(receivedOn.isValid()
                ? tr("%1 — received %2").arg(Repairs::displayName(it.key()), iso(receivedOn))
                : Repairs::displayName(it.key()));
        if (receivedOn.isValid())
            Permission::explain(box, tr("Received on %1; a receipt is not taken back.").arg(iso(receivedOn)));
        else
            Permission::explain(
                box, whyNotReceive, tr("Tick when it arrives: the receipt is recorded today."));
    }
    Permission::explain(m_approve, ProtectionActions::whyNotApprove(m_session, a));
    Permission::explain(m_reject, ProtectionActions::whyNotDecide(m_session, a));
}

template<typename F>
void RepairDetailDialog::act(F&& call)
{
    try {
        call();
        emit applicationChanged(m_id);
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Repair application %1").arg(m_application.number), e.message());
    }
    reload();
}

void RepairDetailDialog::receive(RepairMaterial item)
{
    act([&] { RepairService(m_session).receive(m_id, item, QDate::currentDate()); });
}

void RepairDetailDialog::decide(bool approve)
{
    DecisionDialog dialog(approve ? tr("Approve repair") : tr("Reject repair"),
        approve
            ? tr("Approve repair application %1? Publication and list membership end and the measures "
                 "resting on them are lifted from the decision date.")
                  .arg(m_application.number)
            : tr("Why is repair application %1 rejected? The subject reads this.").arg(m_application.number),
        this);
    dialog.requireReason(tr("Reason (required)"));
    dialog.setDateRange(m_application.filedOn, QDate::currentDate());
    dialog.setDraftKey(QStringLiteral("repair/%1/%2")
                           .arg(m_id)
                           .arg(approve ? QStringLiteral("approve") : QStringLiteral("reject")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    act([&] {
        RepairService service(m_session);
        if (approve)
            service.approve(m_id, dialog.reason(), dialog.date());
        else
            service.reject(m_id, dialog.reason(), dialog.date());
    });
}

} // namespace cd
