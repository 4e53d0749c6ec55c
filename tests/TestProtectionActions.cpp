#include "services/ProtectionActions.h"
#include "util/Office.h"

#include <QTest>

using namespace cd;
using cd::test::Office;

// The sentences the GUI puts on disabled buttons: the same role, state and four-eyes rules as
// ObjectionService, RepairService and ListService, checked without calling them.
class TestProtectionActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void objections();
    void repairs();
    void listEntries();

private:
    std::unique_ptr<Office> m_office;
    std::unique_ptr<Session> m_officer, m_reviewer, m_reviewer2, m_supervisor;
};

void TestProtectionActions::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_office = std::make_unique<Office>();
    m_officer = m_office->as(QStringLiteral("officer"));
    m_reviewer = m_office->as(QStringLiteral("reviewer"));
    m_reviewer2 = m_office->as(QStringLiteral("reviewer2"));
    m_supervisor = m_office->as(QStringLiteral("supervisor"));
}

void TestProtectionActions::objections()
{
    Objection o;
    o.number = QStringLiteral("异议〔2026〕0001号");
    o.filedBy = QStringLiteral("officer");
    QVERIFY(ProtectionActions::whyNotAccept(*m_officer, o).isEmpty());
    // Refusing it is a reviewer's decision, and never its filer's (an officer since made reviewer).
    QVERIFY(ProtectionActions::whyNotNotAccept(*m_officer, o).startsWith(QStringLiteral("Not permitted")));
    QVERIFY(ProtectionActions::whyNotNotAccept(*m_reviewer, o).isEmpty());
    Objection own = o;
    own.filedBy = QStringLiteral("reviewer");
    QVERIFY(
        ProtectionActions::whyNotNotAccept(*m_reviewer, own).contains(QStringLiteral("another reviewer")));
    QVERIFY(ProtectionActions::whyNotAccept(*m_supervisor, o).startsWith(QStringLiteral("Not permitted")));
    QVERIFY(ProtectionActions::whyNotDecide(*m_reviewer, o).contains(QStringLiteral("only an accepted")));

    o.state = ObjectionState::Accepted;
    o.acceptedBy = QStringLiteral("reviewer");
    QVERIFY(ProtectionActions::whyNotAccept(*m_officer, o).contains(o.number));
    QVERIFY(ProtectionActions::whyNotDecide(*m_officer, o).startsWith(QStringLiteral("Not permitted")));
    // Who accepted it does not decide it; another reviewer does.
    QVERIFY(ProtectionActions::whyNotDecide(*m_reviewer, o).contains(QStringLiteral("another reviewer")));
    QVERIFY(ProtectionActions::whyNotDecide(*m_reviewer2, o).isEmpty());
}

void TestProtectionActions::repairs()
{
    RepairApplication a;
    a.number = QStringLiteral("修复〔2026〕0001号");
    a.filedBy = QStringLiteral("reviewer");
    a.required = {RepairMaterial::Application, RepairMaterial::Commitment};
    QVERIFY(ProtectionActions::whyNotReceive(*m_officer, a).isEmpty());
    QVERIFY(ProtectionActions::whyNotReceive(*m_reviewer2, a).startsWith(QStringLiteral("Not permitted")));
    QVERIFY(ProtectionActions::whyNotDecide(*m_reviewer, a).contains(QStringLiteral("another reviewer")));
    QVERIFY(ProtectionActions::whyNotDecide(*m_reviewer2, a).isEmpty());
    // Rejecting needs no complete file; approving does, and names what is missing.
    const QString missing = ProtectionActions::whyNotApprove(*m_reviewer2, a);
    QVERIFY2(missing.contains(Repairs::displayName(RepairMaterial::Commitment)), qPrintable(missing));
    a.received = {{RepairMaterial::Application, QDate(2026, 9, 1), {}},
        {RepairMaterial::Commitment, QDate(2026, 9, 2), {}}};
    QVERIFY(ProtectionActions::whyNotApprove(*m_reviewer2, a).isEmpty());
    a.state = RepairState::Approved;
    QVERIFY(!ProtectionActions::whyNotReceive(*m_officer, a).isEmpty());
    QVERIFY(!ProtectionActions::whyNotApprove(*m_reviewer2, a).isEmpty());
}

void TestProtectionActions::listEntries()
{
    ListEntry e;
    e.number = QStringLiteral("黑〔2026〕0001号");
    e.createdBy = QStringLiteral("reviewer");
    e.entryDate = QDate(2026, 4, 1);
    e.plannedExit = QDate(2027, 4, 1);
    QVERIFY(ProtectionActions::whyNotApprove(*m_officer, e).startsWith(QStringLiteral("Not permitted")));
    QVERIFY(ProtectionActions::whyNotApprove(*m_reviewer, e).contains(QStringLiteral("another reviewer")));
    QVERIFY(ProtectionActions::whyNotApprove(*m_reviewer2, e).isEmpty());
    e.approvedBy = QStringLiteral("reviewer2");
    QVERIFY(ProtectionActions::whyNotApprove(*m_reviewer2, e).contains(QStringLiteral("approved already")));
    QVERIFY(ProtectionActions::whyNotRevoke(*m_reviewer, e, QDate(2026, 6, 1)).isEmpty());
    QVERIFY(ProtectionActions::whyNotRevoke(*m_officer, e, QDate(2026, 6, 1))
                .startsWith(QStringLiteral("Not permitted")));
    // Past its planned exit it is off the list already.
    QVERIFY(ProtectionActions::whyNotRevoke(*m_reviewer, e, QDate(2027, 5, 1))
                .contains(QStringLiteral("off its list")));
}

QTEST_GUILESS_MAIN(TestProtectionActions)
#include "TestProtectionActions.moc"
