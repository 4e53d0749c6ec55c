#include "CoreError.h"
#include "domain/Subject.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "services/VerifyService.h"
#include "storage/AuditLog.h"
#include "util/Office.h"

#include <QTest>
#include <QThread>

using namespace cd;
using cd::test::Office;

// A second connection for a worker thread: keyed from the session, acting as its user, writing with
// correct audit rows and key-file audit tail beside the first.
class TestSessionSibling : public QObject
{
    Q_OBJECT

private slots:
    void siblingWritesOnAnotherThreadAsTheSameUser();
    void theTicketKeyIsGoneOnceOpened();
    void aDisabledUserGetsNoSibling();
};

namespace {

void inThread(const std::function<void()>& work)
{
    QThread* thread = QThread::create(work);
    thread->start();
    QVERIFY(thread->wait(60000));
    delete thread;
}

} // namespace

void TestSessionSibling::siblingWritesOnAnotherThreadAsTheSameUser()
{
    Office office;
    auto officer = office.as(QStringLiteral("officer"));
    Session::SiblingTicket ticket = officer->siblingTicket();
    QString error;
    QString siblingUser;
    inThread([&] {
        try {
            auto sibling = Session::openSibling(std::move(ticket));
            siblingUser = sibling->user().name;
            for (int i = 0; i < 3; ++i)
                SubjectService(*sibling).add(SubjectKind::LegalPerson,
                    Office::uscc(QStringLiteral("MA1X2Y3W%1").arg(i)),
                    QStringLiteral("启东市线程公司%1").arg(i));
        } catch (const CoreError& e) {
            error = e.message();
        }
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(siblingUser, QStringLiteral("officer"));
    // The first session writes after the sibling; the key file's tail follows both.
    SubjectService(*officer).add(SubjectKind::LegalPerson, Office::uscc(QStringLiteral("MA1X2Y3W9")),
        QStringLiteral("启东市主线程公司"));
    const QList<AuditEntry> latest = AuditLog(officer->db()).latest(4);
    QCOMPARE(latest.size(), 4);
    for (const AuditEntry& e : latest)
        QCOMPARE(e.userName, QStringLiteral("officer"));
    officer.reset();
    // A fresh sign-in checks the key file's tail against the chain; verify walks it all.
    QVERIFY(office.as(QStringLiteral("reviewer")));
    const VerifyReport report = VerifyService::run(office.path(), QStringLiteral("admin"), Office::Password);
    QVERIFY2(report.ok(), qPrintable(report.problems().join(QLatin1Char('\n'))));
}

void TestSessionSibling::theTicketKeyIsGoneOnceOpened()
{
    Office office;
    auto officer = office.as(QStringLiteral("officer"));
    Session::SiblingTicket ticket = officer->siblingTicket();
    QVERIFY(ticket.key.constEqual(officer->key()));
    auto sibling = Session::openSibling(std::move(ticket));
    QVERIFY(ticket.key.isEmpty());
    QVERIFY(sibling->key().constEqual(officer->key()));
    // A ticket whose key is gone opens nothing.
    QVERIFY_THROWS_EXCEPTION(CoreError, Session::openSibling(std::move(ticket)));
}

void TestSessionSibling::aDisabledUserGetsNoSibling()
{
    Office office;
    auto officer = office.as(QStringLiteral("officer"));
    Session::SiblingTicket ticket = officer->siblingTicket();
    {
        auto admin = office.as(QStringLiteral("admin"));
        UserService(*admin).disable(QStringLiteral("officer"));
    }
    try {
        Session::openSibling(std::move(ticket));
        QFAIL("a disabled user opened a sibling session");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::NotPermitted);
    }
}

QTEST_GUILESS_MAIN(TestSessionSibling)
#include "TestSessionSibling.moc"
