#include "services/Benchmark.h"

#include "CoreError.h"
#include "demo/DemoNames.h"
#include "domain/ReportPeriod.h"
#include "services/CheckService.h"
#include "services/ImportService.h"
#include "services/NoticeService.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "services/SupervisionService.h"
#include "services/UserService.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/SubjectStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace cd {

namespace {

const QByteArray Password = "bench-password-2026";

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

} // namespace

// The office, written through the storage layer in one transaction per kind of data.
void Benchmark::fill(Session& admin)
{
    const int scale = m_scale;
    const Progress& progress = m_progress;
    DemoNames names(20261127);
    OfficeRules rules(admin);
    const QDate today = QDate::currentDate();
    const qint64 market = *rules.departmentId(QStringLiteral("SCJGJ"));
    const qint64 memo = *rules.memorandumId(QStringLiteral("SERIOUS"));
    QList<CaseMeasure> measures = rules.proposal(memo);
    for (CaseMeasure& m : measures) {
        if (!m.selected)
            m.dropReason = QStringLiteral("推荐性措施，未选用");
    }
    QList<qint64> departments;
    for (const QString& code :
        {QStringLiteral("SCJGJ"), QStringLiteral("FY"), QStringLiteral("TAX"), QStringLiteral("XZSPJ"),
            QStringLiteral("ZJJ"), QStringLiteral("RSJ"), QStringLiteral("STHJJ")}) {
        if (const auto id = rules.departmentId(code))
            departments << *id;
    }
    QList<qint64> subjectIds;
    if (progress)
        progress(Benchmark::tr("registering %1 subjects").arg(30000 * scale));
    admin.write([&] {
        ImportStore store(admin.db());
        for (int i = 0; i < 30000 * scale; ++i) {
            Subject s;
            const bool person = i % 10 == 9;
            s.kind = person ? SubjectKind::NaturalPerson : SubjectKind::LegalPerson;
            s.code = person ? names.citizenId(names.dateBetween(QDate(1960, 1, 1), QDate(2000, 1, 1)), i % 2)
                            : names.uscc(QStringLiteral("91"));
            s.name = person ? names.personName() : names.companyName();
            s.division = person ? s.code.left(6) : s.code.mid(2, 6);
            if (store.subjectId(s.code))
                continue;
            subjectIds << store.insertSubject(s);
            m_codes << s.code;
            m_names << s.name;
        }
    });
    if (progress)
        progress(Benchmark::tr("adding %1 credit records").arg(200000 * scale));
    QList<qint64> recordIds;
    admin.write([&] {
        ImportStore store(admin.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 200000 * scale; ++i) {
            CreditRecord r;
            // A few subjects collect many records, as in life; the first collects the most.
            r.subjectId
                = i % 500 == 0 ? subjectIds.first() : subjectIds.at(names.bounded(0, int(subjectIds.size())));
            r.polarity = Polarity::Negative;
            r.category = QStringLiteral("行政处罚");
            r.severity = i % 10 == 0 ? Severity::Serious : Severity::General;
            r.decisionNo = QStringLiteral("启市监罚〔B〕%1号").arg(i);
            r.decisionDate = names.dateBetween(today.addYears(-3), today);
            r.publishedOn = r.decisionDate.addDays(3) <= today ? r.decisionDate.addDays(3) : QDate();
            r.departmentId = market;
            r.legalBasis = QStringLiteral("《中华人民共和国产品质量法》第四十九条");
            r.createdBy = QStringLiteral("bench");
            const qint64 id = store.insertRecord(r, now);
            if (r.severity == Severity::Serious && recordIds.size() < 10000 * scale)
                recordIds << id;
        }
    });
    m_busiest = subjectIds.first();
    if (progress)
        progress(
            Benchmark::tr("drafting %1 cases with %2 measure tasks").arg(10000 * scale).arg(100000 * scale));
    admin.write([&] {
        CaseStore cases(admin.db());
        for (qint64 recordId : recordIds) {
            Case c;
            c.kind = CaseKind::Sanction;
            c.subjectId = subjectIds.at(names.bounded(0, int(subjectIds.size())));
            c.memorandumId = memo;
            c.basisRecordId = recordId;
            c.initiatingDepartmentId = market;
            c.measures = measures;
            c.termStart = names.dateBetween(today.addYears(-2), today);
            c.termEnd = c.termStart.addYears(3);
            c.draftedBy = QStringLiteral("officer");
            c.draftedAt = QDateTime(c.termStart, QTime(9, 0), Qt::UTC);
            c.number = cases.nextNumber(CaseKind::Sanction, c.termStart.year());
            c.id = cases.insert(c);
            cases.setDecision(c.id, CaseState::Approved, QStringLiteral("reviewer"), QString(), 1);
            cases.setPushed(c.id, QStringLiteral("officer"), c.termStart, 2);
            // Ten tasks a case, answered on time, late or not at all.
            for (int t = 0; t < 10; ++t) {
                const CaseMeasure& m = measures.at(t % measures.size());
                MeasureTask task;
                task.caseId = c.id;
                task.measureId = m.measureId;
                task.subjectId = c.subjectId;
                task.departmentId = departments.at(t % departments.size());
                task.pushedOn = c.termStart;
                task.dueOn = c.termStart.addDays(14);
                const qint64 id = cases.insertTask(task);
                if (t % 3 != 2) {
                    MeasureTask a = task;
                    a.response = TaskResponse::Applied;
                    a.respondedOn = std::min(today, c.termStart.addDays(names.bounded(1, 30)));
                    a.appliedOn = a.respondedOn;
                    a.reference = QStringLiteral("启〔B〕%1号").arg(id);
                    cases.setResponse(id, a, QStringLiteral("officer"), 1);
                }
            }
        }
    });
}

namespace {

QString importFile(const QString& dir, int rows, int round)
{
    DemoNames names(7 + round);
    const QString path = QStringLiteral("%1/import-%2.csv").arg(dir).arg(round);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw CoreError(ErrorKind::Failed, Benchmark::tr("%1 cannot be written.").arg(path));
    QByteArray text = "统一社会信用代码,行政相对人名称,行政处罚决定书文号,违法行为类型,处罚依据,处罚决定日期,"
                      "处罚机关,严重程度\n";
    QStringList codes;
    for (int i = 0; i < 2000; ++i)
        codes << names.uscc(QStringLiteral("91"));
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("%1,启东市导入%2有限公司,启市监罚〔I%3〕%4号,无照经营,"
                               "《无证无照经营查处办法》第十三条,2025-%5-%6,市市场监管局,一般\n")
                    .arg(codes.at(i % codes.size()))
                    .arg(i % codes.size())
                    .arg(round)
                    .arg(i)
                    .arg(1 + i % 12)
                    .arg(1 + i % 28)
                    .toUtf8();
    }
    f.write(text);
    return path;
}

} // namespace

Benchmark::Benchmark(int scale, Progress progress) : m_scale(scale), m_progress(std::move(progress))
{
    if (scale < 1 || scale > 20)
        throw CoreError(ErrorKind::InvalidInput, tr("scale: 1 (a tenth of a city) to 20."));
    if (!m_dir.isValid())
        throw CoreError(ErrorKind::Failed, tr("No temporary folder to build the benchmark database in."));
    const QString encrypted = path(false);
    Session::initialize(encrypted, QStringLiteral("admin"), Password);
    {
        auto admin = Session::signIn(encrypted, QStringLiteral("admin"), Password);
        UserService users(*admin);
        users.add(userName(), Role::Officer, Password);
        users.add(supervisorName(), Role::Supervisor, Password);
        fill(*admin);
        // Same schema and data, encryption off; the key file comes along so the same users sign in.
        admin->db().exportCopy(path(true), {});
    }
    QFile::copy(Session::sidecarPath(encrypted), Session::sidecarPath(path(true)));
}

Benchmark::~Benchmark() = default;

QString Benchmark::path(bool plain) const
{
    return m_dir.filePath(plain ? QStringLiteral("plain.db") : QStringLiteral("office.db"));
}

QString Benchmark::userName()
{
    return QStringLiteral("officer");
}

QString Benchmark::supervisorName()
{
    return QStringLiteral("supervisor");
}

QByteArray Benchmark::password()
{
    return Password;
}

BenchFigure Benchmark::measure(
    const QString& name, int repetitions, const Operation& operation, const QString& user)
{
    std::unique_ptr<Session> sessions[2];
    for (const bool isPlain : {false, true}) {
        Session::Options options;
        options.plaintextForBenchmark = isPlain;
        sessions[isPlain] = Session::signIn(path(isPlain), user, Password, options);
    }
    QList<double> cold[2];
    QList<double> warm[2];
    // Alternating which side goes first keeps a side from always running just after the other has
    // pulled the same pages of the OS file cache into the CPU's caches.
    const auto pass = [&](QList<double>* ms) {
        for (int i = 0; i < repetitions; ++i) {
            for (const int side : {i % 2, 1 - i % 2}) {
                QElapsedTimer t;
                t.start();
                operation(*sessions[side], i);
                ms[side].append(double(t.nsecsElapsed()) / 1e6);
            }
        }
    };
    pass(cold);
    pass(warm);
    BenchFigure fig;
    fig.name = name;
    fig.repetitions = repetitions;
    fig.p50 = percentile(warm[0], 0.5);
    fig.p95 = percentile(warm[0], 0.95);
    fig.plainP50 = percentile(warm[1], 0.5);
    fig.plainP95 = percentile(warm[1], 0.95);
    fig.coldP50 = percentile(cold[0], 0.5);
    fig.plainColdP50 = percentile(cold[1], 0.5);
    if (m_progress)
        m_progress(name);
    return fig;
}

BenchFigure Benchmark::openFigure()
{
    BenchFigure fig;
    fig.name = QStringLiteral("open database");
    fig.repetitions = 50;
    const SecureBytes key = Session::unlock(path(false), userName(), Password);
    QList<double> ms[2];
    // The first open of each reads the file into the OS cache; it is not counted.
    for (int i = -1; i < fig.repetitions; ++i) {
        for (const int side : {i & 1, 1 - (i & 1)}) {
            QElapsedTimer t;
            t.start();
            auto db = Database::open(path(side), key.view(),
                side ? Database::Mode::PlaintextForBenchmark : Database::Mode::Existing);
            db->scalar(QStringLiteral("SELECT count(*) FROM departments"));
            if (i >= 0)
                ms[side].append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    fig.p50 = percentile(ms[0], 0.5);
    fig.p95 = percentile(ms[0], 0.95);
    fig.plainP50 = percentile(ms[1], 0.5);
    fig.plainP95 = percentile(ms[1], 0.95);
    if (m_progress)
        m_progress(fig.name);
    return fig;
}

QList<BenchFigure> Benchmark::readFigures()
{
    const QDate today = QDate::currentDate();
    const ReportPeriod quarter = ReportPeriod::quarter(today.year(), (today.month() - 1) / 3 + 1);
    QList<BenchFigure> figures;
    figures << openFigure();
    figures << measure(QStringLiteral("lookup by code"), 500, [&](Session& s, int i) {
        SubjectStore(s.db()).byCode(m_codes.at((qint64(i) * 7919) % m_codes.size()));
    });
    figures << measure(QStringLiteral("name substring, 2 characters"), 50, [&](Session& s, int i) {
        SubjectStore(s.db()).findByName(m_names.at((qint64(i) * 104729) % m_names.size()).mid(3, 2), 20);
    });
    figures << measure(QStringLiteral("name substring, 4 characters"), 200, [&](Session& s, int i) {
        SubjectStore(s.db()).findByName(m_names.at((qint64(i) * 15485863) % m_names.size()).mid(3, 4), 20);
    });
    figures << measure(QStringLiteral("credit check, subject with many records"), 20,
        [&](Session& s, int) { CheckService(s).check(m_busiest, today); });
    figures << measure(QStringLiteral("quarter supervision metrics"), 5,
        [&](Session& s, int) { SupervisionService(s).report(quarter, today); });
    // The first repetition issues the number; the others print the same notification again, as a
    // supervisor does after correcting a figure.
    figures << measure(
        QStringLiteral("notification PDF"), 5,
        [&](Session& s, int) {
            const QString file = QFileInfo(s.path()).completeBaseName() + QStringLiteral("-notice.pdf");
            NoticeService(s).exportNotice(quarter, m_dir.filePath(file), std::nullopt, true, today);
        },
        supervisorName());
    return figures;
}

BenchFigure Benchmark::importFigure()
{
    BenchFigure fig;
    fig.name = QStringLiteral("import");
    fig.repetitions = 1;
    const int rows = 20000 * m_scale;
    for (const bool isPlain : {false, true}) {
        Session::Options options;
        options.plaintextForBenchmark = isPlain;
        auto s = Session::signIn(path(isPlain), userName(), Password, options);
        const QString file = importFile(m_dir.path(), rows, isPlain ? 2 : 1);
        QElapsedTimer t;
        t.start();
        const ImportResult r = ImportService(*s).importRecords(file, {});
        const double ms = double(t.nsecsElapsed()) / 1e6;
        (isPlain ? fig.plainP50 : fig.p50) = ms;
        (isPlain ? fig.plainP95 : fig.p95) = ms;
        (isPlain ? fig.plainRowsPerSecond : fig.rowsPerSecond) = ms > 0 ? r.imported * 1000.0 / ms : 0;
    }
    if (m_progress)
        m_progress(fig.name);
    return fig;
}

} // namespace cd
