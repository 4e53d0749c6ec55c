#include "admin/CatalogueTab.h"

#include "CoreError.h"
#include "admin/CatalogueDialogs.h"
#include "admin/TabMessage.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "widgets/Permission.h"
#include "widgets/SimpleTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace cd {

CatalogueTab::CatalogueTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_memoranda(
          new SimpleTable({tr("Code"), tr("Memorandum"), tr("Kind"), tr("Measures"), tr("Status")}, this))
    , m_measures(new SimpleTable(
          {tr("Code"), tr("Measure"), tr("Kind"), tr("Mandatory or recommended"), tr("Default duration"),
              tr("Implementing departments"), tr("Legal basis"), tr("Plan item"), tr("Status")},
          this))
    , m_basis(new QLabel(this))
    , m_newMemorandum(new QPushButton(tr("New &memorandum…"), this))
    , m_editMemorandum(new QPushButton(tr("&Edit memorandum…"), this))
    , m_toggleMemorandum(new QPushButton(tr("Take out of use"), this))
    , m_newMeasure(new QPushButton(tr("New mea&sure…"), this))
    , m_editMeasure(new QPushButton(tr("Edit meas&ure…"), this))
    , m_toggleMeasure(new QPushButton(tr("Take out of use"), this))
    , m_message(makeTabMessage(this))
{
    m_memoranda->setObjectName(QStringLiteral("memorandaTable"));
    m_measures->setObjectName(QStringLiteral("measuresTable"));
    m_basis->setObjectName(QStringLiteral("memorandumBasis"));
    m_basis->setWordWrap(true);
    m_basis->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_newMemorandum->setObjectName(QStringLiteral("newMemorandumButton"));
    m_editMemorandum->setObjectName(QStringLiteral("editMemorandumButton"));
    m_toggleMemorandum->setObjectName(QStringLiteral("toggleMemorandumButton"));
    m_newMeasure->setObjectName(QStringLiteral("newMeasureButton"));
    m_editMeasure->setObjectName(QStringLiteral("editMeasureButton"));
    m_toggleMeasure->setObjectName(QStringLiteral("toggleMeasureButton"));
    Permission::apply(m_newMemorandum, m_session, Operation::ManageCatalogue);

    auto* top = new QWidget(this);
    auto* topBar = new QHBoxLayout;
    topBar->addWidget(m_newMemorandum);
    topBar->addWidget(m_editMemorandum);
    topBar->addWidget(m_toggleMemorandum);
    topBar->addStretch(1);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(topBar);
    topLayout->addWidget(m_memoranda, 1);

    auto* bottom = new QWidget(this);
    auto* bottomBar = new QHBoxLayout;
    bottomBar->addWidget(m_newMeasure);
    bottomBar->addWidget(m_editMeasure);
    bottomBar->addWidget(m_toggleMeasure);
    bottomBar->addStretch(1);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_basis);
    bottomLayout->addLayout(bottomBar);
    bottomLayout->addWidget(m_measures, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_memoranda, &QTableWidget::itemSelectionChanged, this, &CatalogueTab::showMeasures);
    connect(m_measures, &QTableWidget::itemSelectionChanged, this, &CatalogueTab::updateActions);
    connect(m_newMemorandum, &QPushButton::clicked, this, &CatalogueTab::newMemorandum);
    connect(m_editMemorandum, &QPushButton::clicked, this, &CatalogueTab::editMemorandum);
    connect(m_toggleMemorandum, &QPushButton::clicked, this, &CatalogueTab::toggleMemorandum);
    connect(m_newMeasure, &QPushButton::clicked, this, &CatalogueTab::newMeasure);
    connect(m_editMeasure, &QPushButton::clicked, this, &CatalogueTab::editMeasure);
    connect(m_toggleMeasure, &QPushButton::clicked, this, &CatalogueTab::toggleMeasure);
    connect(m_memoranda, &QTableWidget::cellActivated, this, &CatalogueTab::editMemorandum);
    connect(m_measures, &QTableWidget::cellActivated, this, &CatalogueTab::editMeasure);
    reload();
    if (m_memoranda->rowCount() > 0)
        m_memoranda->selectRow(0);
}

void CatalogueTab::reload()
{
    try {
        m_list = CatalogueService(m_session).memoranda(true);
        m_departmentNames.clear();
        for (const Department& d : DepartmentService(m_session).listAll())
            m_departmentNames.insert(d.id, d.shortName.isEmpty() ? d.name : d.shortName);
    } catch (const CoreError& e) {
        m_list.clear();
        showTabMessage(m_message, e.message(), true);
    }
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const Memorandum& m : m_list) {
        rows << QStringList {m.code, m.title, MeasureKinds::displayName(m.kind),
            QString::number(m.measures.size()), m.active ? tr("in use") : tr("out of use")};
        ids << m.id;
    }
    m_memoranda->setRows(rows, ids);
    showMeasures();
}

const Memorandum* CatalogueTab::selectedMemorandum() const
{
    const qint64 id = m_memoranda->currentId();
    for (const Memorandum& m : m_list) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Measure* CatalogueTab::selectedMeasure() const
{
    const Memorandum* memo = selectedMemorandum();
    if (!memo)
        return nullptr;
    const qint64 id = m_measures->currentId();
    for (const Measure& m : memo->measures) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void CatalogueTab::showMeasures()
{
    const Memorandum* memo = selectedMemorandum();
    QList<QStringList> rows;
    QList<qint64> ids;
    if (memo) {
        m_basis->setText(memo->basis.isEmpty() ? tr("%1: no basis recorded.").arg(memo->title)
                                               : tr("%1 — basis: %2").arg(memo->title, memo->basis));
        for (const Measure& m : memo->measures) {
            QStringList departments;
            for (qint64 d : m.departmentIds)
                departments << m_departmentNames.value(d, QString::number(d));
            rows << QStringList {m.code, m.title, MeasureKinds::displayName(m.kind),
                m.mandatory ? tr("mandatory") : tr("recommended"),
                tr("%n month(s)", nullptr, m.defaultMonths), departments.join(QStringLiteral("、")),
                m.legalBasis, m.planItem, m.active ? tr("in use") : tr("out of use")};
            ids << m.id;
        }
    } else {
        m_basis->setText(tr("Choose a memorandum to see its measures."));
    }
    m_measures->setRows(rows, ids);
    updateActions();
}

void CatalogueTab::updateActions()
{
    const QString role = Permission::whyNot(m_session, Operation::ManageCatalogue);
    const Memorandum* memo = selectedMemorandum();
    const Measure* measure = selectedMeasure();
    const auto need = [&](bool chosen, const QString& what) {
        return !role.isEmpty() ? role : (chosen ? QString() : what);
    };
    const QString noMemo = tr("Choose a memorandum in the list first.");
    const QString noMeasure = tr("Choose a measure in the list first.");
    Permission::explain(m_editMemorandum, need(memo, noMemo));
    Permission::explain(m_toggleMemorandum, need(memo, noMemo));
    Permission::explain(m_newMeasure, need(memo, noMemo));
    Permission::explain(m_editMeasure, need(measure, noMeasure));
    Permission::explain(m_toggleMeasure, need(measure, noMeasure));
    m_toggleMemorandum->setText(memo && !memo->active ? tr("Put back in use") : tr("Take out of use"));
    m_toggleMeasure->setText(measure && !measure->active ? tr("Put back in use") : tr("Take out of use"));
}

void CatalogueTab::openForm(FormDialog* form, const QString& done)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &FormDialog::saved, this, [this, done] {
        reload();
        showTabMessage(m_message, done);
        emit changed();
    });
    form->open();
}

void CatalogueTab::run(const std::function<void()>& change, const QString& done)
{
    try {
        change();
    } catch (const CoreError& e) {
        showTabMessage(m_message, e.message(), true);
        return;
    }
    reload();
    showTabMessage(m_message, done);
    emit changed();
}

void CatalogueTab::newMemorandum()
{
    if (!Permission::whyNot(m_session, Operation::ManageCatalogue).isEmpty())
        return;
    openForm(new MemorandumDialog(m_session, Memorandum {}, this),
        tr("The memorandum was added; give it its measures below."));
}

void CatalogueTab::editMemorandum()
{
    if (const Memorandum* m = selectedMemorandum(); m && m_editMemorandum->isEnabled())
        openForm(new MemorandumDialog(m_session, *m, this), tr("The memorandum was saved."));
}

void CatalogueTab::toggleMemorandum()
{
    const Memorandum* m = selectedMemorandum();
    if (!m || !m_toggleMemorandum->isEnabled())
        return;
    const qint64 id = m->id;
    const bool active = m->active;
    run(
        [&] {
            CatalogueService service(m_session);
            active ? service.deactivateMemorandum(id) : service.reactivateMemorandum(id);
        },
        active ? tr("The memorandum is out of use: no new case can rest on it; existing cases keep it.")
               : tr("The memorandum is in use again."));
}

void CatalogueTab::newMeasure()
{
    const Memorandum* memo = selectedMemorandum();
    if (!memo || !m_newMeasure->isEnabled())
        return;
    Measure m;
    m.memorandumId = memo->id;
    m.kind = memo->kind;
    openForm(new MeasureDialog(m_session, m, this), tr("The measure was added."));
}

void CatalogueTab::editMeasure()
{
    if (const Measure* m = selectedMeasure(); m && m_editMeasure->isEnabled())
        openForm(new MeasureDialog(m_session, *m, this), tr("The measure was saved."));
}

void CatalogueTab::toggleMeasure()
{
    const Measure* m = selectedMeasure();
    if (!m || !m_toggleMeasure->isEnabled())
        return;
    const qint64 id = m->id;
    const bool active = m->active;
    run(
        [&] {
            CatalogueService service(m_session);
            active ? service.deactivateMeasure(id) : service.reactivateMeasure(id);
        },
        active ? tr("The measure is out of use: new cases no longer propose it.")
               : tr("The measure is in use again."));
}

} // namespace cd
