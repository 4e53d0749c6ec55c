#include "repairs/RepairsPage.h"

#include "CoreError.h"
#include "repairs/ApplyRepairDialog.h"
#include "repairs/RepairDetailDialog.h"
#include "services/RepairService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cd {

namespace {

enum Filter { Open, Overdue, All };

} // namespace

RepairsPage::RepairsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QComboBox(this))
    , m_apply(new QPushButton(tr("&Take in application…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_summary(new QLabel(this))
    , m_table(new SimpleTable({tr("Number"), tr("Subject"), tr("To repair"), tr("State"), tr("Filed"),
                                  tr("Taken in by"), tr("Missing"), tr("Decision due"), tr("Decided")},
          this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->addItem(tr("Open"), Open);
    m_filter->addItem(tr("Decision overdue"), Overdue);
    m_filter->addItem(tr("All"), All);
    m_apply->setObjectName(QStringLiteral("applyRepairButton"));
    m_open->setObjectName(QStringLiteral("openRepairButton"));
    m_table->setObjectName(QStringLiteral("repairsTable"));
    m_summary->setObjectName(QStringLiteral("repairsSummary"));
    // Every page of the window shares its minimum width; a long message must not widen it.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    Permission::apply(m_apply, m_session, Operation::FileRepair);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RepairsPage::reload);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyForRepair(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openApplication(m_table->currentId()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openApplication(m_table->currentId()); });
    // SimpleTable's activation follows the platform (double-click); Enter opens a row as on every list.
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openApplication(m_table->currentId()); });
    reload();
}

void RepairsPage::reload()
{
    try {
        m_applications = RepairService(m_session).office(m_filter->currentData().toInt() != All);
    } catch (const CoreError& e) {
        m_summary->setText(e.message());
        return;
    }
    const QDate today = QDate::currentDate();
    if (m_filter->currentData().toInt() == Overdue)
        m_applications.removeIf([&](const auto& a) { return !a.decisionOverdue(today); });
    QList<QStringList> rows;
    QList<qint64> ids;
    int overdue = 0;
    for (const RepairApplication& a : m_applications) {
        QStringList missing;
        if (a.state == RepairState::Submitted) {
            for (RepairMaterial m : a.missing())
                missing << Repairs::displayName(m);
        }
        QString due = a.decisionDue.toString(Qt::ISODate);
        if (a.decisionOverdue(today)) {
            due = tr("%1 (overdue)").arg(due);
            ++overdue;
        }
        rows << QStringList {a.number, a.subjectName, Repairs::displayName(a.target),
            Repairs::displayName(a.state), a.filedOn.toString(Qt::ISODate), a.filedBy,
            missing.join(QStringLiteral(", ")), due, a.decidedOn.toString(Qt::ISODate)};
        ids << a.id;
    }
    m_table->setRows(rows, ids);
    for (int r = 0; r < m_applications.size(); ++r) {
        if (m_applications.at(r).decisionOverdue(today)) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    m_summary->setText(tr("%n application(s)", nullptr, int(m_applications.size()))
        + (overdue > 0 ? tr(", %n decision(s) overdue", nullptr, overdue) : QString()));
}

RepairDetailDialog* RepairsPage::openApplication(qint64 id)
{
    if (id <= 0)
        return nullptr;
    auto* dialog = new RepairDetailDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepairDetailDialog::applicationChanged, this, [this] {
        reload();
        emit changed();
    });
    connect(dialog, &RepairDetailDialog::openSubject, this, &RepairsPage::openSubject);
    dialog->show();
    return dialog;
}

ApplyRepairDialog* RepairsPage::applyForRepair(qint64 subjectId)
{
    if (!Permission::whyNot(m_session, Operation::FileRepair).isEmpty())
        return nullptr;
    auto* form = new ApplyRepairDialog(m_session, subjectId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &FormDialog::saved, this, [this](qint64 id) {
        reload();
        emit changed();
        openApplication(id);
    });
    form->show();
    return form;
}

} // namespace cd
