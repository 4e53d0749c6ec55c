#include "lists/ListsPage.h"

#include "CoreError.h"
#include "lists/ProposeListEntryDialog.h"
#include "objections/DecisionDialog.h"
#include "services/ListService.h"
#include "services/ProtectionActions.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {

constexpr int Limit = 2000;

} // namespace

ListsPage::ListsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_view(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_propose(new QPushButton(tr("&Propose…"), this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_summary(new QLabel(this))
    , m_table(new SimpleTable(
          {tr("Number"), tr("Subject"), tr("Code"), tr("Domain"), tr("State"), tr("Entry date"),
              tr("Planned exit"), tr("Determined by"), tr("Basis"), tr("Proposed by"), tr("Approved by")},
          this))
{
    m_kind->setObjectName(QStringLiteral("listKind"));
    m_view->setObjectName(QStringLiteral("listView"));
    m_domain->setObjectName(QStringLiteral("domainFilter"));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_table->setObjectName(QStringLiteral("listEntriesTable"));
    m_summary->setObjectName(QStringLiteral("listSummary"));
    // Every page of the window shares its minimum width; a long message must not widen it.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    for (ListKind k : {ListKind::Black, ListKind::Red})
        m_kind->addItem(ListEntries::displayName(k), int(k));
    m_view->addItem(tr("Listed on"), int(View::ListedOn));
    m_view->addItem(tr("Awaiting approval"), int(View::AwaitingApproval));
    m_domain->addItem(tr("All domains"), QString());
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_domain->setMinimumContentsLength(8);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    Permission::apply(m_propose, m_session, Operation::ProposeListEntry);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_domain);
    bar->addWidget(m_view);
    bar->addWidget(m_asOf);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_propose);
    bar->addWidget(m_approve);
    bar->addWidget(m_revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    for (QComboBox* box : {m_kind, m_view, m_domain})
        connect(box, &QComboBox::currentIndexChanged, this, &ListsPage::reload);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ListsPage::reload);
    connect(m_propose, &QPushButton::clicked, this, &ListsPage::propose);
    connect(m_approve, &QPushButton::clicked, this, &ListsPage::approveSelected);
    connect(m_revoke, &QPushButton::clicked, this, &ListsPage::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ListsPage::updateActions);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const ListEntry* e = selected())
            emit openSubject(e->subjectId);
    });
    reload();
}

void ListsPage::showList(ListKind kind, View view, const QDate& asOf, const QString& domain)
{
    const QSignalBlocker a(m_kind), b(m_view), c(m_asOf), d(m_domain);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_view->setCurrentIndex(m_view->findData(int(view)));
    m_asOf->setDate(asOf);
    refreshDomains();
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
    reload();
}

void ListsPage::reload()
{
    const auto kind = ListKind(m_kind->currentData().toInt());
    const auto view = View(m_view->currentData().toInt());
    const QString domain = m_domain->currentData().toString();
    const QDate asOf = m_asOf->date();
    refreshDomains();
    // The date only means something for who is listed on it.
    m_asOf->setEnabled(view == View::ListedOn);
    try {
        ListService lists(m_session);
        m_entries = view == View::ListedOn ? lists.listedOn(kind, domain, asOf, Limit)
                                           : lists.awaitingApproval(kind, domain, Limit);
    } catch (const CoreError& e) {
        m_entries.clear();
        m_summary->setText(e.message());
        m_table->setRows({});
        updateActions();
        return;
    }
    const QDate stateDate = view == View::ListedOn ? asOf : QDate::currentDate();
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const ListEntry& e : m_entries) {
        const QString key = ListEntries::stateKey(e, stateDate);
        QString state = key;
        if (key == QLatin1String("proposed"))
            state = tr("proposed");
        else if (key == QLatin1String("listed"))
            state = tr("listed");
        else if (key == QLatin1String("upcoming"))
            state = tr("upcoming");
        else if (const auto reason = ListEntries::exitReasonFromKey(key))
            state = ListEntries::displayName(*reason);
        rows << QStringList {e.number, e.subjectName, e.subjectCode, e.domain, state,
            e.entryDate.toString(Qt::ISODate),
            e.plannedExit.isValid() ? e.plannedExit.toString(Qt::ISODate) : tr("until it exits"),
            e.departmentName, e.basis, e.createdBy, e.approvedBy};
        ids << e.id;
    }
    m_table->setRows(rows, ids);
    const QString count = tr("%n entry(ies)", nullptr, int(m_entries.size()));
    m_summary->setText(m_entries.size() >= Limit
            ? tr("%1 (the newest %2; choose a domain to see the rest)").arg(count).arg(Limit)
            : count);
    updateActions();
}

void ListsPage::refreshDomains()
{
    // A proposal may bring a domain the filter has not seen; the chosen one stays chosen.
    QStringList known;
    for (int i = 1; i < m_domain->count(); ++i)
        known << m_domain->itemData(i).toString();
    QStringList domains;
    try {
        domains = ListService(m_session).domains();
    } catch (const CoreError&) {
        return;
    }
    if (domains == known)
        return;
    const QSignalBlocker block(m_domain);
    const QString chosen = m_domain->currentData().toString();
    while (m_domain->count() > 1)
        m_domain->removeItem(1);
    for (const QString& d : domains)
        m_domain->addItem(d, d);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(chosen)));
}

const ListEntry* ListsPage::selected() const
{
    const qint64 id = m_table->currentId();
    for (const ListEntry& e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void ListsPage::updateActions()
{
    const ListEntry* e = selected();
    const QString none = tr("Choose an entry in the list first.");
    Permission::explain(m_approve, e ? ProtectionActions::whyNotApprove(m_session, *e) : none);
    Permission::explain(
        m_revoke, e ? ProtectionActions::whyNotRevoke(m_session, *e, QDate::currentDate()) : none);
}

ProposeListEntryDialog* ListsPage::propose()
{
    if (!Permission::whyNot(m_session, Operation::ProposeListEntry).isEmpty())
        return nullptr;
    auto* form = new ProposeListEntryDialog(m_session, ListKind(m_kind->currentData().toInt()), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &FormDialog::saved, this, [this] {
        // The new proposal is what the officer wants to see next, waiting for its reviewer.
        showList(ListKind(m_kind->currentData().toInt()), View::AwaitingApproval);
        emit changed();
    });
    form->show();
    return form;
}

void ListsPage::approveSelected()
{
    const ListEntry* e = selected();
    if (!e)
        return;
    const qint64 id = e->id;
    try {
        ListService(m_session).approve(id);
        emit changed();
    } catch (const CoreError& err) {
        QMessageBox::warning(this, tr("Approve list entry"), err.message());
    }
    reload();
}

void ListsPage::revokeSelected()
{
    const ListEntry* e = selected();
    if (!e)
        return;
    const qint64 id = e->id;
    DecisionDialog dialog(tr("Revoke list entry"),
        tr("Revoke list entry %1 of %2? The measures resting on it are revoked from the date given.")
            .arg(e->number, e->subjectName),
        this);
    dialog.requireReason(tr("Why the entry is wrong (required)"));
    dialog.setDateRange(std::min(e->entryDate, QDate::currentDate()), QDate::currentDate());
    dialog.setDraftKey(QStringLiteral("listEntry/%1/revoke").arg(id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        ListService(m_session).revoke(id, dialog.reason(), dialog.date());
        emit changed();
    } catch (const CoreError& err) {
        QMessageBox::warning(this, tr("Revoke list entry"), err.message());
    }
    reload();
}

} // namespace cd
