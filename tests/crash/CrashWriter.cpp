// A test-only writer for the crash and backup harnesses: it does an office's work in a loop (an
// import, or a subject, a record and a case drafted; the oldest draft approved, the oldest approved
// case pushed, the oldest open task answered; now and then a password reset and a rekey) and logs what it did
// to a synced log only after the service call returned, i.e. after COMMIT and the key file's audit tail were
// written. The harness kills it at random moments and then checks that everything in the log is in the
// database.
//
// Usage: creditdesk-crashwriter DB LOG WORKDIR [--no-rekey]   (every user's password in
// CREDITDESK_PASSWORD). --no-rekey: a rekey breaks the sessions other processes hold open, which a
// harness that reads alongside the writer does not want.
// Log lines: "subject CODE", "import DECISION_NO", "record ID", "case ID draft|approved|pushed",
// "task ID applied", "password-intent PW" (before a reset) and "password PW" (after it), "rekey".
#include "CoreError.h"
#include "crash/SyncedLog.h"
#include "domain/CodeValidator.h"
#include "services/CaseService.h"
#include "services/ImportService.h"
#include "services/KeyService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <memory>

using namespace cd;

namespace {

QRandomGenerator& random()
{
    static QRandomGenerator generator(QRandomGenerator::securelySeeded());
    return generator;
}

QString randomUscc()
{
    QString org;
    for (int i = 0; i < 9; ++i)
        org += QChar(u'0' + char16_t(random().bounded(10)));
    const QString first17 = QStringLiteral("91320681") + org;
    return first17 + usccCheckCharacter(first17);
}

QString randomTag()
{
    return QString::number(random().generate64(), 36);
}

class Writer
{
public:
    Writer(QString db, const QString& log, QString work, QByteArray password, bool rekeys)
        : m_db(std::move(db))
        , m_log(log)
        , m_work(std::move(work))
        , m_password(std::move(password))
        , m_rekeys(rekeys)
    {
    }

    bool ready() const { return m_log.isOpen(); }

    void signIn()
    {
        m_officer = Session::signIn(m_db, QStringLiteral("officer"), m_password);
        m_reviewer = Session::signIn(m_db, QStringLiteral("reviewer"), m_password);
        m_admin = Session::signIn(m_db, QStringLiteral("admin"), m_password);
    }

    // A writer lives a fraction of a second before it is killed: each one first carries on the work
    // its predecessors left (a draft to approve, a case to push, a task to answer), so the pipeline
    // advances across kills; the key-file changes come by chance, so that kills land in them too.
    void iteration()
    {
        if (random().bounded(4) == 0)
            resetPassword();
        if (m_rekeys && random().bounded(8) == 0)
            rekey();
        carryOn();
        if (random().bounded(2) == 0) {
            importSome();
        } else {
            const auto [subject, record] = subjectWithRecord();
            draftCase(subject, record);
        }
    }

private:
    void log(const QString& line) { m_log.append(line.toUtf8()); }

    void importSome()
    {
        const QString path = QDir(m_work).filePath(QStringLiteral("writer-import.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw CoreError(ErrorKind::Failed, QStringLiteral("cannot write %1").arg(path));
        f.write(
            "行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚内容,处罚决定日期,处罚机关\n");
        QStringList numbers;
        const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        for (int r = 0; r < 3; ++r) {
            const QString number = QStringLiteral("启市监罚〔2026〕%1号").arg(randomTag());
            numbers << number;
            f.write(QStringLiteral("崩溃测试商贸%1有限公司,%2,%3,罚款,罚款1000元,%4,市市场监管局\n")
                        .arg(randomTag(), randomUscc(), number, day)
                        .toUtf8());
        }
        f.close();
        const ImportResult result = ImportService(*m_officer).importRecords(path, {});
        if (result.imported != 3)
            throw CoreError(
                ErrorKind::Failed, QStringLiteral("import: %1 of 3 rows imported").arg(result.imported));
        for (const QString& number : numbers)
            log(QStringLiteral("import ") + number);
    }

    std::pair<qint64, qint64> subjectWithRecord()
    {
        const QString code = randomUscc();
        const Subject s = SubjectService(*m_officer)
                              .add(SubjectKind::LegalPerson, code,
                                  QStringLiteral("崩溃测试工贸%1有限公司").arg(randomTag()), QString(),
                                  QDate(2012, 5, 4));
        log(QStringLiteral("subject ") + s.code);
        CreditRecord r;
        r.subjectId = s.id;
        r.polarity = Polarity::Negative;
        r.category = QStringLiteral("行政处罚");
        r.severity = Severity::Serious;
        r.decisionNo = QStringLiteral("启市监处罚〔2026〕%1号").arg(randomTag());
        r.decisionDate = QDate::currentDate().addDays(-5);
        r.publishedOn = r.decisionDate.addDays(1);
        r.legalBasis = QStringLiteral("《中华人民共和国产品质量法》第四十九条");
        r.departmentId = *OfficeRules(*m_officer).departmentId(QStringLiteral("市市场监管局"));
        const CreditRecord added = RecordService(*m_officer).add(r);
        log(QStringLiteral("record %1").arg(added.id));
        return {s.id, added.id};
    }

    void draftCase(qint64 subject, qint64 record)
    {
        OfficeRules rules(*m_officer);
        CaseDraft d;
        d.subjectId = subject;
        d.basisRecordId = record;
        d.memorandumId = *rules.memorandumId(QStringLiteral("SERIOUS"));
        d.initiatingDepartmentId = *rules.departmentId(QStringLiteral("市市场监管局"));
        d.termStart = QDate::currentDate();
        d.termEnd = QDate::currentDate().addYears(3);
        const Case drafted = CaseService(*m_officer).draft(d);
        log(QStringLiteral("case %1 draft").arg(drafted.id));
    }

    // The oldest unfinished step, found in the database (whatever a killed writer left).
    qint64 first(const QString& sql) { return m_officer->db().scalar(sql).toLongLong(); }

    void carryOn()
    {
        if (const qint64 draft = first(QStringLiteral("SELECT min(id) FROM cases WHERE state = 'draft'"))) {
            CaseService(*m_reviewer).approve(draft);
            log(QStringLiteral("case %1 approved").arg(draft));
        }
        if (const qint64 approved
            = first(QStringLiteral("SELECT min(id) FROM cases WHERE state = 'approved'"))) {
            CaseService(*m_officer).push(approved);
            log(QStringLiteral("case %1 pushed").arg(approved));
        }
        if (const qint64 task
            = first(QStringLiteral("SELECT min(id) FROM measure_tasks WHERE response IS NULL"))) {
            CaseService cases(*m_officer);
            if (first(QStringLiteral("SELECT acknowledged_on IS NULL FROM measure_tasks WHERE id = %1")
                          .arg(task)))
                cases.acknowledge(task, QDate::currentDate());
            cases.respond(task, TaskResponse::Applied, QDate::currentDate(),
                QStringLiteral("启审批〔2026〕%1号").arg(randomTag()), QString());
            log(QStringLiteral("task %1 applied").arg(task));
        }
    }

    void resetPassword()
    {
        const QString password = QStringLiteral("rotator-%1").arg(randomTag());
        log(QStringLiteral("password-intent ") + password);
        UserService(*m_admin).resetPassword(QStringLiteral("rotator"), password.toUtf8());
        log(QStringLiteral("password ") + password);
    }

    void rekey()
    {
        KeyService(*m_admin).rekey();
        log(QStringLiteral("rekey"));
        // The other connections still hold the old key, which no longer opens a page.
        m_officer.reset();
        m_reviewer.reset();
        m_officer = Session::signIn(m_db, QStringLiteral("officer"), m_password);
        m_reviewer = Session::signIn(m_db, QStringLiteral("reviewer"), m_password);
    }

    QString m_db;
    test::SyncedLog m_log;
    QString m_work;
    QByteArray m_password;
    bool m_rekeys = true;
    std::unique_ptr<Session> m_officer, m_reviewer, m_admin;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool rekeys = !args.contains(QStringLiteral("--no-rekey"));
    if (args.size() != (rekeys ? 4 : 5)) {
        std::fprintf(stderr, "usage: creditdesk-crashwriter DB LOG WORKDIR [--no-rekey]\n");
        return 2;
    }
    Writer writer(args.at(1), args.at(2), args.at(3), qgetenv("CREDITDESK_PASSWORD"), rekeys);
    if (!writer.ready()) {
        std::fprintf(stderr, "crash writer: cannot open the log\n");
        return 1;
    }
    try {
        writer.signIn();
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        for (;;)
            writer.iteration();
    } catch (const CoreError& e) {
        std::fprintf(stderr, "crash writer: %s\n", e.what());
        return int(e.kind());
    }
}
