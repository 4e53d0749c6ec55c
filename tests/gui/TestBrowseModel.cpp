#include "GuiTestUtil.h"
#include "domain/Subject.h"
#include "models/BrowseModel.h"
#include "models/ListColumns.h"
#include "services/DemoData.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "widgets/ListPane.h"
#include "widgets/SearchField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
const QByteArray AdminPassword = "model-admin-pass";
const QByteArray DemoPassword = "CreditDesk-demo-2026";
} // namespace

// The lazy list model over every list, under QAbstractItemModelTester, and the pane around it.
class TestBrowseModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyListPassesTheModelTester_data();
    void everyListPassesTheModelTester();
    void fetchMoreAppendsTheNextPage();
    void unsortableColumnKeepsTheOrder();
    void searchWaitsForAPauseAndFilters();
    void sortAndWidthsAreKept();

private:
    BrowseModel* subjectsModel(QObject* parent);
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

void TestBrowseModel::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestBrowseModel"));
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("model.db"));
    Session::initialize(path, QStringLiteral("admin"), AdminPassword);
    {
        auto admin = Session::signIn(path, QStringLiteral("admin"), AdminPassword);
        DemoData::fill(*admin, 5);
    }
    m_session = Session::signIn(path, QStringLiteral("officer"), DemoPassword);
}

BrowseModel* TestBrowseModel::subjectsModel(QObject* parent)
{
    return new BrowseModel(*m_session, BrowseList::Subjects,
        {columns::text(QStringLiteral("name"), QStringLiteral("Name")),
            columns::text(QStringLiteral("code"), QStringLiteral("Code")),
            columns::subjectKind(QStringLiteral("kind"), QStringLiteral("Kind"))},
        parent);
}

void TestBrowseModel::everyListPassesTheModelTester_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("sortColumnKey");
    QTest::newRow("subjects") << int(BrowseList::Subjects) << "code";
    QTest::newRow("records") << int(BrowseList::Records) << "decisionDate";
    QTest::newRow("cases") << int(BrowseList::Cases) << "number";
    QTest::newRow("open tasks") << int(BrowseList::OpenTasks) << "dueOn";
}

void TestBrowseModel::everyListPassesTheModelTester()
{
    QFETCH(int, list);
    QFETCH(QString, sortColumnKey);
    BrowseModel model(*m_session, BrowseList(list),
        {columns::text(sortColumnKey, QStringLiteral("Key")),
            columns::text(QStringLiteral("none"), QStringLiteral("X"))});
    model.setPageSize(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    // The tester itself fetches a page while it checks; every page is whole until the last.
    const int loaded = model.rowCount();
    QVERIFY(loaded >= 40 && loaded % 40 == 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.rowCount() > loaded);
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), 0);
    model.setSearchText(QStringLiteral("有限公司"));
    model.reload();
}

void TestBrowseModel::fetchMoreAppendsTheNextPage()
{
    QTableView view;
    auto* model = subjectsModel(&view);
    model->setPageSize(25);
    view.setModel(model);
    model->reload();
    const QString lastOfFirst = model->index(24, 0).data().toString();
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 50);
    QVERIFY(model->index(25, 0).data().toString() >= lastOfFirst);
    QSet<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->idAt(r));
    QCOMPARE(ids.size(), 50);
    // Citizen IDs never leave the service whole.
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 2).data().toString() == SubjectKinds::displayName(SubjectKind::NaturalPerson))
            QVERIFY(model->index(r, 1).data().toString().contains(QStringLiteral("****")));
    }
}

void TestBrowseModel::unsortableColumnKeepsTheOrder()
{
    auto* model = subjectsModel(this);
    QSignalSpy rejected(model, &BrowseModel::sortRejected);
    model->reload();
    const QString first = model->index(0, 0).data().toString();
    model->sort(2, Qt::AscendingOrder); // kind: no index-backed order
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(model->sortColumn(), 0);
    QCOMPARE(model->index(0, 0).data().toString(), first);
    QVERIFY(!model->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    delete model;
}

void TestBrowseModel::searchWaitsForAPauseAndFilters()
{
    ListPane pane(QStringLiteral("testSearch"), subjectsModel(nullptr));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    BrowseModel* model = pane.model();
    const int before = model->rowCount();
    QVERIFY(before > 0);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    pane.focusSearch();
    test::typeText(pane.searchField(), QStringLiteral("有限公"));
    QCOMPARE(reset.size(), 0); // not yet: the field waits for a pause
    QTRY_COMPARE(reset.size(), 1);
    QVERIFY(model->rowCount() > 0);
    SubjectService subjects(*m_session);
    for (int r = 0; r < model->rowCount(); ++r) {
        // By the current name, or by a former one (曾用名).
        const Subject s = subjects.get(model->idAt(r));
        QVERIFY((QStringList(s.formerNames) << s.name).filter(QStringLiteral("有限公")).size() > 0);
    }
}

void TestBrowseModel::sortAndWidthsAreKept()
{
    {
        ListPane pane(QStringLiteral("testKept"), subjectsModel(nullptr));
        pane.show();
        pane.view()->horizontalHeader()->resizeSection(0, 321);
        pane.view()->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(pane.model()->sortColumn(), 1);
    }
    ListPane again(QStringLiteral("testKept"), subjectsModel(nullptr));
    again.show();
    QCOMPARE(again.model()->sortColumn(), 1);
    QCOMPARE(again.model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(0), 321);
}

QTEST_MAIN(TestBrowseModel)
#include "TestBrowseModel.moc"
