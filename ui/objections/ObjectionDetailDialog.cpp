#include "objections/ObjectionDetailDialog.h"

#include "CoreError.h"
#include "objections/DecisionDialog.h"
#include "services/CaseService.h"
#include "services/ListService.h"
#include "services/ObjectionService.h"
#include "services/ProtectionActions.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QDialogButtonBox>
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

enum Outcome { Wrong = 1, Right = 2 };

} // namespace

ObjectionDetailDialog::ObjectionDetailDialog(Session& session, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_header(new QLabel(this))
    , m_notices(new SimpleTable({tr("Department"), tr("Notice"), tr("Issued on")}, this))
    , m_accept(new QPushButton(tr("&Accept…"), this))
    , m_notAccept(new QPushButton(tr("&Not accept…"), this))
    , m_decide(new QPushButton(tr("&Decide…"), this))
    , m_subject(new QPushButton(tr("&Subject"), this))
{
    setObjectName(QStringLiteral("objectionDetail"));
    resize(820, 600);
    m_header->setObjectName(QStringLiteral("objectionHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notices->setObjectName(QStringLiteral("objectionNotices"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_notAccept->setObjectName(QStringLiteral("notAcceptButton"));
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_subject->setObjectName(QStringLiteral("subjectButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {m_accept, m_notAccept, m_decide, m_subject})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(new QLabel(tr("Notices to departments:"), this));
    layout->addWidget(m_notices, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &ObjectionDetailDialog::acceptObjection);
    connect(m_notAccept, &QPushButton::clicked, this, &ObjectionDetailDialog::notAccept);
    connect(m_decide, &QPushButton::clicked, this, &ObjectionDetailDialog::decide);
    connect(m_subject, &QPushButton::clicked, this, [this] { emit openSubject(m_objection.subjectId); });
    reload();
}

QString ObjectionDetailDialog::targetText() const
{
    const Objection& o = m_objection;
    try {
        switch (o.target) {
        case ObjectionTarget::Record: {
            const CreditRecord r = RecordService(m_session).get(o.targetId);
            return tr("credit record: %1 %2 of %3, %4")
                .arg(r.category, r.decisionNo, r.departmentName, iso(r.decisionDate));
        }
        case ObjectionTarget::ListEntry: {
            const ListEntry e = ListService(m_session).get(o.targetId);
            return tr("list entry: %1 (%2, %3)").arg(e.number, ListEntries::displayName(e.kind), e.domain);
        }
        case ObjectionTarget::Case: {
            const Case c = CaseService(m_session).get(o.targetId);
            return tr("case: %1 (%2)").arg(c.number, c.memorandumTitle);
        }
        }
    } catch (const CoreError&) {
    }
    return tr("%1 %2").arg(Objections::displayName(o.target)).arg(o.targetId);
}

void ObjectionDetailDialog::reload()
{
    try {
        m_objection = ObjectionService(m_session).get(m_id);
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Objection"), e.message());
        return;
    }
    const Objection& o = m_objection;
    const QDate today = QDate::currentDate();
    setWindowTitle(tr("Objection %1").arg(o.number));

    QStringList lines;
    lines << tr("<h3>%1 — %2</h3>").arg(o.number, o.subjectName.toHtmlEscaped());
    lines << tr("<b>State: %1</b>").arg(Objections::displayName(o.state));
    lines << tr("Disputed: %1").arg(targetText().toHtmlEscaped());
    lines << tr("Raised by: %1")
                 .arg(o.raisedByDepartment ? tr("a department while enforcing") : tr("the subject"));
    lines << tr("Filed by %1 on %2: %3").arg(o.filedBy, iso(o.filedOn), o.description.toHtmlEscaped());
    if (o.state == ObjectionState::NotAccepted)
        lines << tr("Not accepted by %1: %2").arg(o.acceptedBy, o.notAcceptedReason.toHtmlEscaped());
    if (o.acceptedOn.isValid()) {
        lines << tr("Accepted by %1 on %2; verified by %3")
                     .arg(o.acceptedBy, iso(o.acceptedOn), o.verifyingDepartmentName);
        QString due = tr("Verification due: %1").arg(iso(o.verificationDue));
        // The deadline matters while verification runs; once passed it is what supervision counts.
        if (o.verificationOverdue(today))
            due = tr(
                "<span style=\"color:#b00020\"><b>Verification due: %1 — overdue by %n day(s)</b></span>",
                nullptr, int(o.verificationDue.daysTo(today)))
                      .arg(iso(o.verificationDue));
        lines << due;
        lines << (o.decidedOn.isValid()
                ? tr("Measures suspended from %1 to %2").arg(iso(o.acceptedOn), iso(o.decidedOn))
                : tr("<b>Measures suspended since %1, until the decision</b>").arg(iso(o.acceptedOn)));
    }
    if (o.state == ObjectionState::Decided && o.outcome) {
        const QString outcome = *o.outcome == ObjectionOutcome::InformationWrong
            ? (o.revoked ? tr("information wrong, revoked") : tr("information wrong, corrected"))
            : tr("information right, measures resume");
        lines << tr("Decided by %1 on %2: %3 — %4")
                     .arg(o.decidedBy, iso(o.decidedOn), outcome, o.decisionReason.toHtmlEscaped());
    }
    const QString title = lines.takeFirst();
    m_header->setText(title + lines.join(QStringLiteral("<br>")));

    QList<QStringList> rows;
    for (const ObjectionNotice& n : o.notices)
        rows << QStringList {n.departmentName, Objections::noticeDisplayName(n.kind), iso(n.issuedOn)};
    m_notices->setRows(rows);
    updateActions();
}

void ObjectionDetailDialog::updateActions()
{
    Permission::explain(m_accept, ProtectionActions::whyNotAccept(m_session, m_objection));
    Permission::explain(m_notAccept, ProtectionActions::whyNotNotAccept(m_session, m_objection));
    Permission::explain(m_decide, ProtectionActions::whyNotDecide(m_session, m_objection));
}

template<typename F>
void ObjectionDetailDialog::act(F&& call)
{
    try {
        call();
        emit objectionChanged(m_id);
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Objection %1").arg(m_objection.number), e.message());
    }
    reload();
}

void ObjectionDetailDialog::acceptObjection()
{
    DecisionDialog dialog(tr("Accept objection"),
        tr("Accept objection %1? The providing department is asked to verify the information, and every "
           "measure resting on it is suspended from the day of acceptance; the departments concerned are "
           "told.")
            .arg(m_objection.number),
        this);
    dialog.setDateRange(m_objection.filedOn, QDate::currentDate());
    dialog.setDraftKey(QStringLiteral("objection/%1/accept").arg(m_id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    act([&] { ObjectionService(m_session).accept(m_id, dialog.date()); });
}

void ObjectionDetailDialog::notAccept()
{
    DecisionDialog dialog(tr("Not accept objection"),
        tr("Why is objection %1 not accepted? The subject reads this.").arg(m_objection.number), this);
    dialog.requireReason(tr("Reason (required)"));
    dialog.setDraftKey(QStringLiteral("objection/%1/not-accept").arg(m_id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    act([&] { ObjectionService(m_session).notAccept(m_id, dialog.reason()); });
}

void ObjectionDetailDialog::decide()
{
    DecisionDialog dialog(tr("Decide objection"),
        tr("What did the verification of objection %1 find?").arg(m_objection.number), this);
    dialog.addChoice(
        tr("The information is wrong: measures revoked, the subject's reputation restored"), Wrong);
    dialog.addChoice(tr("The information is right: the measures resume"), Right);
    dialog.setCheck(tr("Revoke the information (otherwise it is corrected)"), Wrong);
    dialog.requireReason(tr("What the verification found (required)"));
    dialog.setDateRange(m_objection.acceptedOn, QDate::currentDate());
    dialog.setDraftKey(QStringLiteral("objection/%1/decide").arg(m_id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ObjectionOutcome outcome
        = dialog.choice() == Wrong ? ObjectionOutcome::InformationWrong : ObjectionOutcome::InformationRight;
    act([&] {
        ObjectionService(m_session).decide(m_id, outcome, dialog.checked(), dialog.reason(), dialog.date());
    });
}

} // namespace cd
