// The commands that protect the subject (objection, repair, list) and reward the honest
// (commitment), run as a separate process: JSON shapes, exit codes and the four-eyes refusals.
#include "services/SubjectService.h"
#include "util/Office.h"
#include "util/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace cd;
using cd::test::CliRun;
using cd::test::keySet;
using cd::test::keysOf;
using cd::test::Office;

class TestCliProtections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void objectionLifecycleAndJson();
    void listLifecycleAndJson();
    void repairLifecycleAndJson();
    void usageAndInputErrors();

private:
    CliRun run(QStringList args, const QString& user);
    QJsonObject object(const CliRun& r);

    std::unique_ptr<Office> m_office;
    QString m_code;
    qint64 m_record = 0;
};

void TestCliProtections::init()
{
    m_office = std::make_unique<Office>();
    m_code = Office::uscc(QStringLiteral("MA1X2Y3W4"));
    {
        auto officer = m_office->as(QStringLiteral("officer"));
        SubjectService(*officer).add(SubjectKind::LegalPerson, m_code,
            QStringLiteral("启东市华信建材有限公司"), QString(), QDate(2012, 3, 1));
    }
    auto officer = m_office->as(QStringLiteral("officer"));
    const qint64 subject = SubjectService(*officer).find(m_code, 1).first().id;
    m_record = m_office->addRecord(
        subject, QStringLiteral("启市监罚〔2026〕18号"), Severity::Serious, QDate(2026, 3, 2));
    m_office->sanction(subject, m_record, 0, QDate(2026, 3, 10), QDate(2029, 3, 9), QDate(2026, 3, 10));
}

void TestCliProtections::cleanup()
{
    m_office.reset();
}

CliRun TestCliProtections::run(QStringList args, const QString& user)
{
    // DB follows the command's words: one for check, two for the others.
    args.insert(args.first() == QLatin1String("check") ? 1 : 2, m_office->path());
    args << QStringLiteral("--user") << user;
    return cd::test::runCli(args, Office::Password);
}

QJsonObject TestCliProtections::object(const CliRun& r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (!doc.isObject())
        qWarning("not a JSON object: %s %s", qPrintable(r.out), qPrintable(r.err));
    return doc.object();
}

void TestCliProtections::objectionLifecycleAndJson()
{
    const QString id = QString::number(m_record);
    CliRun r = run({QStringLiteral("objection"), QStringLiteral("file"), QStringLiteral("--record"), id,
                       QStringLiteral("--description"), QStringLiteral("处罚已撤销"), QStringLiteral("--on"),
                       QStringLiteral("2026-05-06"), QStringLiteral("--json")},
        QStringLiteral("officer"));
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = object(r);
    QCOMPARE(keysOf(o),
        keySet({"id", "number", "subject", "target", "targetId", "raisedBy", "description", "filedOn",
            "filedBy", "state", "acceptedOn", "acceptedBy", "notAcceptedReason", "verifyingDepartment",
            "verificationDue", "verificationOverdue", "outcome", "correction", "decidedOn", "decidedBy",
            "decisionReason", "suspension", "notices"}));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("filed"));
    QVERIFY(o.value(QStringLiteral("suspension")).isNull());

    // A supervisor may not accept; an officer may not decide.
    QCOMPARE(run({QStringLiteral("objection"), QStringLiteral("accept"), QStringLiteral("1")},
                 QStringLiteral("supervisor"))
                 .exitCode,
        5);
    r = run({QStringLiteral("objection"), QStringLiteral("accept"), QStringLiteral("1"),
                QStringLiteral("--on"), QStringLiteral("2026-05-07"), QStringLiteral("--json")},
        QStringLiteral("officer"));
    QCOMPARE(r.exitCode, 0);
    o = object(r);
    QCOMPARE(o.value(QStringLiteral("suspension")).toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("2026-05-07"));
    QVERIFY(!o.value(QStringLiteral("notices")).toArray().isEmpty());

    // The credit check says suspended, and the case's tasks tell the departments so.
    r = run({QStringLiteral("check"), m_code, QStringLiteral("--as-of"), QStringLiteral("2026-05-08"),
                QStringLiteral("--json")},
        QStringLiteral("supervisor"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray measures = QJsonDocument::fromJson(r.out.toUtf8())
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("measures"))
                                    .toArray();
    QVERIFY(!measures.isEmpty());
    for (const QJsonValue& m : measures)
        QCOMPARE(m.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
    r = run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")},
        QStringLiteral("officer"));
    QVERIFY(object(r)
                .value(QStringLiteral("tasks"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("suspended"))
                .toBool());

    QCOMPARE(run({QStringLiteral("objection"), QStringLiteral("decide"), QStringLiteral("1"),
                     QStringLiteral("--information"), QStringLiteral("right"), QStringLiteral("--reason"),
                     QStringLiteral("核实无误")},
                 QStringLiteral("officer"))
                 .exitCode,
        5);
    r = run({QStringLiteral("objection"), QStringLiteral("decide"), QStringLiteral("1"),
                QStringLiteral("--information"), QStringLiteral("wrong"), QStringLiteral("--revoke"),
                QStringLiteral("--reason"), QStringLiteral("录入错误"), QStringLiteral("--on"),
                QStringLiteral("2026-05-20"), QStringLiteral("--json")},
        QStringLiteral("reviewer"));
    QCOMPARE(r.exitCode, 0);
    o = object(r);
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("wrong"));
    QCOMPARE(o.value(QStringLiteral("correction")).toString(), QStringLiteral("revoked"));
    r = run({QStringLiteral("check"), m_code, QStringLiteral("--as-of"), QStringLiteral("2026-05-20")},
        QStringLiteral("supervisor"));
    QVERIFY(r.out.contains(QStringLiteral("revoked")));
    QVERIFY(r.out.contains(QStringLiteral("suspended from 2026-05-07 to 2026-05-20")));
}

void TestCliProtections::listLifecycleAndJson()
{
    CliRun r = run(
        {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("--subject"), m_code,
            QStringLiteral("--list"), QStringLiteral("black"), QStringLiteral("--domain"),
            QStringLiteral("产品质量"), QStringLiteral("--basis"), QStringLiteral("启市监认〔2026〕3号"),
            QStringLiteral("--department"), QStringLiteral("市市场监管局"), QStringLiteral("--record"),
            QString::number(m_record), QStringLiteral("--entry-date"), QStringLiteral("2026-03-05"),
            QStringLiteral("--months"), QStringLiteral("36"), QStringLiteral("--json")},
        QStringLiteral("officer"));
    QCOMPARE(r.exitCode, 0);
    QJsonObject e = object(r);
    QCOMPARE(keysOf(e),
        keySet(
            {"id", "number", "list", "domain", "subject", "basis", "basisRecordId", "department", "entryDate",
                "plannedExit", "exitDate", "exitReason", "exitNote", "proposedBy", "approvedBy", "state"}));
    QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("proposed"));
    QCOMPARE(e.value(QStringLiteral("plannedExit")).toString(), QStringLiteral("2029-03-05"));
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("approve"), QStringLiteral("1")},
                 QStringLiteral("officer"))
                 .exitCode,
        5);
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("approve"), QStringLiteral("1")},
                 QStringLiteral("reviewer"))
                 .exitCode,
        0);
    r = run({QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("--list"),
                QStringLiteral("black"), QStringLiteral("--json")},
        QStringLiteral("supervisor"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("listed"));
    // Expiry and repair are not typed in by hand.
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("exit"), QStringLiteral("1"),
                     QStringLiteral("--reason"), QStringLiteral("expiry")},
                 QStringLiteral("reviewer"))
                 .exitCode,
        6);
    r = run({QStringLiteral("list"), QStringLiteral("exit"), QStringLiteral("1"), QStringLiteral("--reason"),
                QStringLiteral("revocation"), QStringLiteral("--note"), QStringLiteral("认定撤销"),
                QStringLiteral("--json")},
        QStringLiteral("reviewer"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("revocation"));
    r = run({QStringLiteral("check"), m_code, QStringLiteral("--json")}, QStringLiteral("officer"));
    const QJsonArray lists = QJsonDocument::fromJson(r.out.toUtf8())
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("lists"))
                                 .toArray();
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.first().toObject().value(QStringLiteral("exitReason")).toString(),
        QStringLiteral("revocation"));
}

void TestCliProtections::repairLifecycleAndJson()
{
    const QString id = QString::number(m_record);
    CliRun r = run({QStringLiteral("repair"), QStringLiteral("apply"), QStringLiteral("--record"), id,
                       QStringLiteral("--on"), QStringLiteral("2026-08-03")},
        QStringLiteral("officer"));
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(QStringLiteral("2026-09-02")), qPrintable(r.err));
    r = run({QStringLiteral("repair"), QStringLiteral("apply"), QStringLiteral("--record"), id,
                QStringLiteral("--on"), QStringLiteral("2026-09-07"), QStringLiteral("--json")},
        QStringLiteral("officer"));
    QCOMPARE(r.exitCode, 0);
    QJsonObject a = object(r);
    QCOMPARE(keysOf(a),
        keySet({"id", "number", "subject", "target", "targetId", "filedOn", "filedBy", "state", "required",
            "received", "missing", "materialsCompleteOn", "decisionDue", "decisionOverdue", "decidedOn",
            "decidedBy", "decisionReason"}));
    QCOMPARE(a.value(QStringLiteral("missing")).toArray().size(), 3);
    for (const char* item : {"application", "fulfilment", "commitment"})
        QCOMPARE(run({QStringLiteral("repair"), QStringLiteral("receive"), QStringLiteral("1"),
                         QStringLiteral("--item"), QString::fromLatin1(item), QStringLiteral("--on"),
                         QStringLiteral("2026-09-08")},
                     QStringLiteral("officer"))
                     .exitCode,
            0);
    QCOMPARE(run({QStringLiteral("repair"), QStringLiteral("decide"), QStringLiteral("1"),
                     QStringLiteral("--reject")},
                 QStringLiteral("reviewer"))
                 .exitCode,
        6);
    r = run({QStringLiteral("repair"), QStringLiteral("decide"), QStringLiteral("1"),
                QStringLiteral("--approve"), QStringLiteral("--reason"), QStringLiteral("已履行"),
                QStringLiteral("--on"), QStringLiteral("2026-09-10"), QStringLiteral("--json")},
        QStringLiteral("reviewer"));
    QCOMPARE(r.exitCode, 0);
    a = object(r);
    QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    // Ten working days from 8 September 2026, Sunday 20 September being a make-up working day.
    QCOMPARE(a.value(QStringLiteral("decisionDue")).toString(), QStringLiteral("2026-09-21"));
    r = run({QStringLiteral("check"), m_code, QStringLiteral("--json")}, QStringLiteral("officer"));
    const QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8())
                              .array()
                              .first()
                              .toObject()
                              .value(QStringLiteral("measures"))
                              .toArray()
                              .first()
                              .toObject();
    QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("lifted_by_repair"));
}

void TestCliProtections::usageAndInputErrors()
{
    QCOMPARE(run({QStringLiteral("objection"), QStringLiteral("file"), QStringLiteral("--description"),
                     QStringLiteral("x")},
                 QStringLiteral("officer"))
                 .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("objection"), QStringLiteral("accept"), QStringLiteral("abc")},
                 QStringLiteral("officer"))
                 .exitCode,
        6);
    QCOMPARE(run({QStringLiteral("repair"), QStringLiteral("decide"), QStringLiteral("1"),
                     QStringLiteral("--approve"), QStringLiteral("--reject")},
                 QStringLiteral("reviewer"))
                 .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("show")}, QStringLiteral("officer")).exitCode, 2);
    QCOMPARE(
        run({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("--list"), QStringLiteral("grey")},
            QStringLiteral("officer"))
            .exitCode,
        6);
    const CliRun help = cd::test::runCli({QStringLiteral("help"), QStringLiteral("objection decide")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--information wrong|right")));
}

QTEST_GUILESS_MAIN(TestCliProtections)
#include "TestCliProtections.moc"
