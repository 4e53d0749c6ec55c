#include "subjects/SubjectsPage.h"

#include "domain/Subject.h"
#include "models/ListColumns.h"
#include "services/Session.h"
#include "widgets/ListPane.h"
#include "widgets/Permission.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

SubjectsPage::SubjectsPage(Session& session, QWidget* parent) : QWidget(parent)
{
    auto* model = new BrowseModel(session, BrowseList::Subjects,
        {{QStringLiteral("name"), tr("Name"),
             [](const QVariantMap& row) -> QVariant {
                 const QString former = row.value(QStringLiteral("matchedName")).toString();
                 const QString name = row.value(QStringLiteral("name")).toString();
                 return former.isEmpty() ? name : tr("%1 (formerly %2)").arg(name, former);
             }},
            columns::text(QStringLiteral("code"), tr("Code")),
            columns::subjectKind(QStringLiteral("kind"), tr("Kind")),
            columns::text(QStringLiteral("division"), tr("Division")),
            columns::text(QStringLiteral("registeredOn"), tr("Registered on"))});
    m_list = new ListPane(QStringLiteral("subjects"), model, this);
    QList<std::pair<QString, QString>> kinds {{tr("All kinds"), QString()}};
    for (SubjectKind k : {SubjectKind::LegalPerson, SubjectKind::Unincorporated,
             SubjectKind::IndividualBusiness, SubjectKind::NaturalPerson})
        kinds.append({SubjectKinds::displayName(k), SubjectKinds::key(k)});
    m_list->addFilter(kinds, [](BrowseQuery& q, const QString& kind) { q.kind = kind; })
        ->setObjectName(QStringLiteral("kindFilter"));
    auto* add = new QPushButton(tr("New subject…"), this);
    add->setObjectName(QStringLiteral("newSubjectButton"));
    Permission::apply(add, session, Operation::AddSubject);
    m_list->addToolWidget(add);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Subjects</h3>"), this));
    layout->addWidget(m_list, 1);
    connect(m_list, &ListPane::activated, this, &SubjectsPage::openSubject);
    connect(add, &QPushButton::clicked, this, &SubjectsPage::newSubject);
}

void SubjectsPage::focusSearch()
{
    m_list->focusSearch();
}

void SubjectsPage::reload()
{
    m_list->reload();
}

} // namespace cd
