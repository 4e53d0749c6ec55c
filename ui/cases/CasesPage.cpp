#include "cases/CasesPage.h"

#include "domain/Case.h"
#include "models/CaseListModel.h"
#include "services/Session.h"
#include "widgets/ListPane.h"
#include "widgets/Permission.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

CasesPage::CasesPage(Session& session, QWidget* parent) : QWidget(parent)
{
    auto* model = new CaseListModel(session);
    m_list = new ListPane(QStringLiteral("cases"), model, this);
    m_list->searchField()->setPlaceholderText(tr("Search by case number, code or part of a name (Ctrl+F)"));
    QList<std::pair<QString, QString>> states {{tr("All states"), QString()}};
    for (CaseState s :
        {CaseState::Draft, CaseState::Approved, CaseState::Pushed, CaseState::Rejected, CaseState::Withdrawn})
        states.append({Cases::displayName(s), Cases::key(s)});
    m_list->addFilter(states, [](BrowseQuery& q, const QString& state) { q.state = state; })
        ->setObjectName(QStringLiteral("stateFilter"));
    auto* draft = new QPushButton(tr("Draft case…"), this);
    draft->setObjectName(QStringLiteral("draftCaseButton"));
    Permission::apply(draft, session, Operation::DraftCase);
    m_list->addToolWidget(draft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Cases</h3>"), this));
    layout->addWidget(m_list, 1);
    connect(m_list, &ListPane::activated, this, &CasesPage::openCase);
    connect(draft, &QPushButton::clicked, this, &CasesPage::draftCase);
}

void CasesPage::focusSearch()
{
    m_list->focusSearch();
}

void CasesPage::reload()
{
    m_list->reload();
}

} // namespace cd
