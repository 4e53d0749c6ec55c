#include "cases/CaseDetailDialog.h"

#include "CoreError.h"
#include "cases/FeedbackDialog.h"
#include "domain/Objection.h"
#include "domain/Subject.h"
#include "objections/FileObjectionDialog.h"
#include "services/CaseActions.h"
#include "services/CaseService.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

CaseDetailDialog::CaseDetailDialog(Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(caseId)
    , m_header(new QLabel(this))
    , m_measures(new SimpleTable(
          {tr("Measure"), tr("Type"), tr("Selected"), tr("Reason left out"), tr("Legal basis")}, this))
    , m_subjects(new SimpleTable({tr("Subject"), tr("Code"), tr("Role")}, this))
    , m_tasks(new SimpleTable({tr("Measure"), tr("Subject"), tr("Department"), tr("Pushed"), tr("Due"),
                                  tr("Acknowledged"), tr("Answer"), tr("On"), tr("Reference or reason")},
          this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw"), this))
    , m_push(new QPushButton(tr("&Push to departments"), this))
    , m_acknowledge(new QPushButton(tr("Record ac&knowledgement"), this))
    , m_respond(new QPushButton(tr("Record &feedback…"), this))
{
    setObjectName(QStringLiteral("caseDetail"));
    resize(1000, 680);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tasks->setObjectName(QStringLiteral("caseTasks"));
    m_measures->setObjectName(QStringLiteral("caseMeasures"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_respond->setObjectName(QStringLiteral("respondButton"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_measures, tr("Measures"));
    tabs->addTab(m_subjects, tr("Subjects"));
    auto* taskTab = new QWidget(this);
    auto* taskLayout = new QVBoxLayout(taskTab);
    auto* taskButtons = new QHBoxLayout;
    taskButtons->addWidget(m_acknowledge);
    taskButtons->addWidget(m_respond);
    taskButtons->addStretch(1);
    taskLayout->addWidget(m_tasks, 1);
    taskLayout->addLayout(taskButtons);
    tabs->addTab(taskTab, tr("Measure tasks"));
    tabs->setObjectName(QStringLiteral("caseTabs"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {m_approve, m_reject, m_withdraw, m_push})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    auto* objectionButton = new QPushButton(tr("File objection…"), this);
    objectionButton->setObjectName(QStringLiteral("caseFileObjection"));
    Permission::apply(objectionButton, session, Operation::FileObjection);
    buttons->addButton(objectionButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &CaseDetailDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &CaseDetailDialog::rejectCase);
    connect(m_withdraw, &QPushButton::clicked, this, &CaseDetailDialog::withdraw);
    connect(m_push, &QPushButton::clicked, this, &CaseDetailDialog::push);
    connect(m_acknowledge, &QPushButton::clicked, this, &CaseDetailDialog::acknowledge);
    connect(m_respond, &QPushButton::clicked, this, &CaseDetailDialog::respond);
    connect(objectionButton, &QPushButton::clicked, this, [this] {
        auto* form = new FileObjectionDialog(m_session, m_case.subjectId, this);
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->setTarget(int(ObjectionTarget::Case), m_id);
        // Filing is a change the other views show (the objections page, the subject's tab).
        connect(form, &FormDialog::saved, this, [this] { emit caseChanged(m_id); });
        form->show();
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, &CaseDetailDialog::updateActions);
    connect(m_subjects, &QTableWidget::cellDoubleClicked, this,
        [this] { emit openSubject(m_subjects->currentId()); });
    reload();
}

void CaseDetailDialog::reload()
{
    try {
        m_case = CaseService(m_session).get(m_id);
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Case"), e.message());
        return;
    }
    const Case& c = m_case;
    setWindowTitle(tr("Case %1").arg(c.number));
    QString basis = tr("list entry %1").arg(c.basisListEntryId);
    if (c.basisRecordId > 0) {
        try {
            const CreditRecord r = RecordService(m_session).get(c.basisRecordId);
            basis
                = tr("%1 %2 of %3, %4")
                      .arg(r.category, r.decisionNo, r.departmentName, r.decisionDate.toString(Qt::ISODate));
        } catch (const CoreError&) {
            basis = tr("credit record %1").arg(c.basisRecordId);
        }
    }
    QString decision;
    if (!c.decidedBy.isEmpty())
        decision = c.decisionReason.isEmpty()
            ? tr("<br>Decided by %1 on %2")
                  .arg(c.decidedBy, c.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("<br>Decided by %1 on %2: %3")
                  .arg(c.decidedBy, c.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      c.decisionReason.toHtmlEscaped());
    if (c.pushedOn.isValid())
        decision += tr("<br>Pushed by %1 on %2").arg(c.pushedBy, c.pushedOn.toString(Qt::ISODate));
    m_header->setText(
        tr("<h3>%1 — %2</h3><b>State: %3</b> · %4<br>Subject: %5 (%6)<br>Initiated by %7 · "
           "memorandum: %8<br>Basis: %9<br>Term: %10 – %11<br>Drafted by %12 on %13%14")
            .arg(c.number, Cases::displayName(c.kind), Cases::displayName(c.state),
                c.memorandumBasis.toHtmlEscaped(), c.subjectName.toHtmlEscaped(), c.subjectCode,
                c.initiatingDepartmentName, c.memorandumTitle.toHtmlEscaped())
            .arg(basis.toHtmlEscaped(), c.termStart.toString(Qt::ISODate), c.termEnd.toString(Qt::ISODate),
                c.draftedBy, c.draftedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                decision));

    QList<QStringList> measures;
    for (const CaseMeasure& m : c.measures)
        measures << QStringList {m.title, m.mandatory ? tr("mandatory") : tr("recommended"),
            m.selected ? tr("yes") : tr("no"), m.dropReason, m.legalBasis};
    m_measures->setRows(measures);

    QList<QStringList> subjects {{c.subjectName, c.subjectCode, tr("primary subject")}};
    QList<qint64> subjectIds {c.subjectId};
    for (const CaseSubject& s : c.coSubjects) {
        const auto role = SubjectKinds::linkRoleFromKey(s.linkRole);
        subjects << QStringList {s.name, s.code, role ? SubjectKinds::displayName(*role) : s.linkRole};
        subjectIds << s.subjectId;
    }
    m_subjects->setRows(subjects, subjectIds);

    const QDate today = QDate::currentDate();
    QList<QStringList> tasks;
    QList<qint64> taskIds;
    for (const MeasureTask& t : c.tasks) {
        QString answer = Cases::displayName(t.response);
        if (t.isOverdue(today))
            answer = tr("overdue since %1").arg(t.dueOn.addDays(1).toString(Qt::ISODate));
        else if (t.answeredLate())
            answer += tr(" (late)");
        tasks << QStringList {t.measureTitle, t.subjectName, t.departmentName,
            t.pushedOn.toString(Qt::ISODate), t.dueOn.toString(Qt::ISODate),
            t.acknowledgedOn.toString(Qt::ISODate), answer, t.respondedOn.toString(Qt::ISODate),
            t.reference.isEmpty() ? t.reason : t.reference};
        taskIds << t.id;
    }
    m_tasks->setRows(tasks, taskIds);
    for (int r = 0; r < c.tasks.size(); ++r) {
        if (c.tasks.at(r).isOverdue(today)) {
            for (int col = 0; col < m_tasks->columnCount(); ++col)
                m_tasks->item(r, col)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    updateActions();
}

const MeasureTask* CaseDetailDialog::selectedTask() const
{
    const qint64 id = m_tasks->currentId();
    for (const MeasureTask& t : m_case.tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void CaseDetailDialog::updateActions()
{
    Permission::explain(m_approve, CaseActions::whyNotApprove(m_session, m_case));
    Permission::explain(m_reject, CaseActions::whyNotReject(m_session, m_case));
    Permission::explain(m_withdraw, CaseActions::whyNotWithdraw(m_session, m_case));
    Permission::explain(m_push, CaseActions::whyNotPush(m_session, m_case));
    Permission::explain(m_acknowledge, CaseActions::whyNotAcknowledge(m_session, selectedTask()));
    Permission::explain(m_respond, CaseActions::whyNotRespond(m_session, selectedTask()));
}

template<typename F>
void CaseDetailDialog::act(F&& call)
{
    try {
        call();
        emit caseChanged(m_id);
    } catch (const CoreError& e) {
        QMessageBox::warning(this, tr("Case %1").arg(m_case.number), e.message());
    }
    reload();
}

void CaseDetailDialog::approve()
{
    if (QMessageBox::question(this, tr("Approve case"),
            tr("Approve case %1 against %2 with %n measure(s)?", nullptr,
                int(std::count_if(m_case.measures.begin(), m_case.measures.end(),
                    [](const CaseMeasure& m) { return m.selected; })))
                .arg(m_case.number, m_case.subjectName))
        != QMessageBox::Yes)
        return;
    act([&] { CaseService(m_session).approve(m_id, m_case.rowVersion); });
}

void CaseDetailDialog::rejectCase()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Reject case"),
        tr("Why is case %1 rejected? The drafter reads this.").arg(m_case.number), {}, &ok);
    if (!ok)
        return;
    act([&] { CaseService(m_session).reject(m_id, reason, m_case.rowVersion); });
}

void CaseDetailDialog::withdraw()
{
    if (QMessageBox::question(this, tr("Withdraw case"),
            tr("Withdraw case %1? It cannot be pushed afterwards.").arg(m_case.number))
        != QMessageBox::Yes)
        return;
    act([&] { CaseService(m_session).withdraw(m_id, m_case.rowVersion); });
}

void CaseDetailDialog::push()
{
    act([&] { CaseService(m_session).push(m_id, QDate::currentDate(), m_case.rowVersion); });
}

void CaseDetailDialog::acknowledge()
{
    const MeasureTask* task = selectedTask();
    if (!task)
        return;
    const qint64 id = task->id;
    act([&] { CaseService(m_session).acknowledge(id, QDate::currentDate()); });
}

void CaseDetailDialog::respond()
{
    const MeasureTask* task = selectedTask();
    if (!task)
        return;
    FeedbackDialog dialog(*task, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = task->id;
    act([&] {
        CaseService(m_session).respond(
            id, dialog.response(), dialog.on(), dialog.reference(), dialog.reason(), dialog.appliedOn());
    });
}

} // namespace cd
