#include "objections/ObjectionsPage.h"

#include "CoreError.h"
#include "objections/FileObjectionDialog.h"
#include "objections/ObjectionDetailDialog.h"
#include "services/ObjectionService.h"
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

ObjectionsPage::ObjectionsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QComboBox(this))
    , m_file(new QPushButton(tr("File ob&jection…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_summary(new QLabel(this))
    , m_table(new SimpleTable({tr("Number"), tr("Subject"), tr("Disputed"), tr("State"), tr("Filed"),
                                  tr("Verification due"), tr("Verified by"), tr("Description")},
          this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->addItem(tr("Open"), Open);
    m_filter->addItem(tr("Verification overdue"), Overdue);
    m_filter->addItem(tr("All"), All);
    m_file->setObjectName(QStringLiteral("fileObjectionButton"));
    m_open->setObjectName(QStringLiteral("openObjectionButton"));
    m_table->setObjectName(QStringLiteral("objectionsTable"));
    m_summary->setObjectName(QStringLiteral("objectionsSummary"));
    // Every page of the window shares its minimum width; a long message must not widen it.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    Permission::apply(m_file, m_session, Operation::FileObjection);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ObjectionsPage::reload);
    connect(m_file, &QPushButton::clicked, this, [this] { fileObjection(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openObjection(m_table->currentId()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openObjection(m_table->currentId()); });
    // SimpleTable's activation follows the platform (double-click); Enter opens a row as on every list.
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openObjection(m_table->currentId()); });
    reload();
}

void ObjectionsPage::reload()
{
    try {
        m_objections = ObjectionService(m_session).office(m_filter->currentData().toInt() != All);
    } catch (const CoreError& e) {
        m_summary->setText(e.message());
        return;
    }
    const QDate today = QDate::currentDate();
    if (m_filter->currentData().toInt() == Overdue)
        m_objections.removeIf([&](const auto& o) { return !o.verificationOverdue(today); });
    QList<QStringList> rows;
    QList<qint64> ids;
    int overdue = 0;
    for (const Objection& o : m_objections) {
        QString due = o.verificationDue.toString(Qt::ISODate);
        if (o.verificationOverdue(today)) {
            due = tr("%1 (overdue)").arg(due);
            ++overdue;
        }
        rows << QStringList {o.number, o.subjectName, Objections::displayName(o.target),
            Objections::displayName(o.state), o.filedOn.toString(Qt::ISODate), due, o.verifyingDepartmentName,
            o.description};
        ids << o.id;
    }
    m_table->setRows(rows, ids);
    for (int r = 0; r < m_objections.size(); ++r) {
        if (m_objections.at(r).verificationOverdue(today)) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    m_summary->setText(tr("%n objection(s)", nullptr, int(m_objections.size()))
        + (overdue > 0 ? tr(", %n verification(s) overdue", nullptr, overdue) : QString()));
}

ObjectionDetailDialog* ObjectionsPage::openObjection(qint64 id)
{
    if (id <= 0)
        return nullptr;
    auto* dialog = new ObjectionDetailDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ObjectionDetailDialog::objectionChanged, this, [this] {
        reload();
        emit changed();
    });
    connect(dialog, &ObjectionDetailDialog::openSubject, this, &ObjectionsPage::openSubject);
    dialog->show();
    return dialog;
}

FileObjectionDialog* ObjectionsPage::fileObjection(qint64 subjectId)
{
    if (!Permission::whyNot(m_session, Operation::FileObjection).isEmpty())
        return nullptr;
    auto* form = new FileObjectionDialog(m_session, subjectId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &FormDialog::saved, this, [this](qint64 id) {
        reload();
        emit changed();
        openObjection(id);
    });
    form->show();
    return form;
}

} // namespace cd
