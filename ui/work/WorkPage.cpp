#include "work/WorkPage.h"

#include "models/ListColumns.h"
#include "services/Session.h"
#include "widgets/ListPane.h"

#include <QColor>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content, 1);
    return box;
}

} // namespace

WorkPage::WorkPage(Session& session, QWidget* parent) : QWidget(parent)
{
    const QDate today = QDate::currentDate();
    auto* taskModel = new BrowseModel(session, BrowseList::OpenTasks,
        {columns::text(QStringLiteral("dueOn"), tr("Due on")),
            columns::text(QStringLiteral("caseNumber"), tr("Case")),
            columns::text(QStringLiteral("measure"), tr("Measure")),
            columns::text(QStringLiteral("department"), tr("Department")),
            columns::text(QStringLiteral("subjectName"), tr("Subject")),
            {QStringLiteral("acknowledgedOn"), tr("Acknowledged"),
                [](const QVariantMap& row) -> QVariant {
                    const QDate on = row.value(QStringLiteral("acknowledgedOn")).toDate();
                    return on.isValid() ? on.toString(Qt::ISODate) : tr("not yet");
                }},
            {QStringLiteral("overdue"), tr("Overdue"), [today](const QVariantMap& row) -> QVariant {
                 const QDate due = row.value(QStringLiteral("dueOn")).toDate();
                 return due < today ? tr("%n day(s) overdue", nullptr, int(due.daysTo(today))) : QString();
             }}});
    taskModel->query().dueBy = today.addDays(DueWithinDays);
    taskModel->setRowColour([today](const QVariantMap& row) -> QVariant {
        return row.value(QStringLiteral("dueOn")).toDate() < today ? QVariant(QColor(0xb0, 0x00, 0x20))
                                                                   : QVariant();
    });
    m_tasks = new ListPane(QStringLiteral("workTasks"), taskModel, this);
    m_tasks->setObjectName(QStringLiteral("dueTasks"));
    connect(m_tasks, &ListPane::activated, this, [this] {
        const QVariantMap row = m_tasks->view()->currentIndex().data(BrowseModel::RowValuesRole).toMap();
        emit openCase(row.value(QStringLiteral("caseId")).toLongLong());
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(titled(
        tr("<b>Measure tasks without an answer, due within %n day(s) or overdue</b>", nullptr, DueWithinDays),
        m_tasks, splitter));

    const Role role = session.user().role;
    const bool reviews = AccessPolicy::allows(role, Operation::DecideCase);
    if (reviews || AccessPolicy::allows(role, Operation::PushCase)) {
        auto* caseModel = new BrowseModel(session, BrowseList::Cases,
            {columns::text(QStringLiteral("number"), tr("Number")),
                columns::caseKind(QStringLiteral("kind"), tr("Kind")),
                columns::text(QStringLiteral("subjectName"), tr("Subject")),
                columns::text(QStringLiteral("memorandum"), tr("Memorandum")),
                columns::text(QStringLiteral("draftedBy"), tr("Drafted by")),
                columns::text(QStringLiteral("draftedAt"), tr("Drafted at"))});
        if (reviews) {
            // Four eyes: one's own drafts are someone else's work.
            caseModel->query().state = QStringLiteral("draft");
            caseModel->query().notDraftedBy = session.user().name;
        } else {
            caseModel->query().state = QStringLiteral("approved");
        }
        m_waiting = new ListPane(QStringLiteral("workCases"), caseModel, this);
        m_waiting->setObjectName(QStringLiteral("waitingCases"));
        connect(m_waiting, &ListPane::activated, this, &WorkPage::openCase);
        splitter->addWidget(titled(reviews ? tr("<b>Drafts waiting for your review</b>")
                                           : tr("<b>Approved cases waiting to be pushed</b>"),
            m_waiting, splitter));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>My work</h3>"), this));
    layout->addWidget(splitter, 1);
}

void WorkPage::focusSearch()
{
    m_tasks->focusSearch();
}

void WorkPage::reload()
{
    m_tasks->reload();
    if (m_waiting)
        m_waiting->reload();
}

} // namespace cd
