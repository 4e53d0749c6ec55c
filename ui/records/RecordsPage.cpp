#include "records/RecordsPage.h"

#include "domain/CreditRecord.h"
#include "models/ListColumns.h"
#include "services/Session.h"
#include "widgets/ListPane.h"
#include "widgets/Permission.h"

#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

RecordsPage::RecordsPage(Session& session, QWidget* parent) : QWidget(parent)
{
    auto* model = new BrowseModel(session, BrowseList::Records,
        {columns::text(QStringLiteral("decisionDate"), tr("Decision date")),
            columns::text(QStringLiteral("subjectName"), tr("Subject")),
            columns::polarity(QStringLiteral("polarity"), tr("Polarity")),
            columns::text(QStringLiteral("category"), tr("Category")),
            columns::severity(QStringLiteral("severity"), tr("Severity")),
            columns::text(QStringLiteral("decisionNo"), tr("Decision no.")),
            columns::text(QStringLiteral("department"), tr("Department")),
            columns::text(QStringLiteral("publishedOn"), tr("Published on"))});
    model->query().descending = true;
    model->setRowColour([](const QVariantMap& row) -> QVariant {
        return row.value(QStringLiteral("withdrawnOn")).isNull() ? QVariant() : QVariant(QColor(Qt::gray));
    });
    m_list = new ListPane(QStringLiteral("records"), model, this);
    m_list
        ->addFilter(
            {{tr("Negative and positive"), QString()},
                {CreditRecords::displayName(Polarity::Negative), CreditRecords::key(Polarity::Negative)},
                {CreditRecords::displayName(Polarity::Positive), CreditRecords::key(Polarity::Positive)}},
            [](BrowseQuery& q, const QString& polarity) { q.polarity = polarity; })
        ->setObjectName(QStringLiteral("polarityFilter"));
    auto* add = new QPushButton(tr("New record…"), this);
    add->setObjectName(QStringLiteral("newRecordButton"));
    Permission::apply(add, session, Operation::AddRecord);
    m_list->addToolWidget(add);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Credit records</h3>"), this));
    layout->addWidget(m_list, 1);
    // A record is read in its subject's view, beside the subject's other records and cases.
    connect(m_list, &ListPane::activated, this, [this] {
        const QVariantMap row = m_list->view()->currentIndex().data(BrowseModel::RowValuesRole).toMap();
        if (const qint64 subject = row.value(QStringLiteral("subjectId")).toLongLong())
            emit openSubject(subject);
    });
    connect(add, &QPushButton::clicked, this, &RecordsPage::newRecord);
}

void RecordsPage::focusSearch()
{
    m_list->focusSearch();
}

void RecordsPage::reload()
{
    m_list->reload();
}

} // namespace cd
