#include "Cli.h"
#include "CoreError.h"
#include "models/CaseListModel.h"
#include "platform/PeakMemory.h"
#include "services/Benchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace cd::cli {

namespace {

constexpr int FirstScreenRows = 100;
constexpr int TourTimeoutMs = 15 * 60 * 1000;

double peakMb()
{
    return double(peakResidentBytes()) / (1024.0 * 1024.0);
}

// The case list as the Cases page opens it: a sort chosen on the header, the first screen read and
// every visible cell asked for what it shows, as the view paints it.
BenchFigure firstScreen(Benchmark& bench)
{
    return bench.measure(
        QStringLiteral("case list, first screen (100 rows, sorted)"), 40, [](Session& s, int i) {
            CaseListModel model(s);
            model.setPageSize(FirstScreenRows);
            model.sort(i % 2 == 0 ? 0 : 8, i % 4 < 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            if (model.rowCount() == 0)
                model.reload();
            int cells = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    const QModelIndex index = model.index(row, column);
                    cells += model.data(index, Qt::DisplayRole).isValid();
                    model.data(index, Qt::ForegroundRole);
                }
            }
            if (cells == 0)
                throw CoreError(ErrorKind::Failed, Cli::tr("The case list showed nothing."));
        });
}

QString guiProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("creditdesk.exe");
#else
    const QString name = QStringLiteral("creditdesk");
#endif
    // Installed side by side; in a build tree the GUI is app/gui/ beside app/cli/.
    for (const QString& candidate :
        {QDir(dir).filePath(name), QDir(dir).filePath(QStringLiteral("../gui/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QJsonObject runTour(const QString& program, Benchmark& bench, bool plain)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    QStringList arguments {QStringLiteral("--bench-tour"), bench.path(plain), QStringLiteral("--user"),
        QStringLiteral("admin"), QStringLiteral("--bench-subject"), QString::number(bench.busiestSubject())};
    if (plain)
        arguments << QStringLiteral("--bench-plaintext");
    child.start(program, arguments);
    if (!child.waitForStarted())
        throw CoreError(ErrorKind::Failed, Cli::tr("%1 did not start: %2").arg(program, child.errorString()));
    child.write(Benchmark::password() + '\n');
    child.closeWriteChannel();
    if (!child.waitForFinished(TourTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        throw CoreError(ErrorKind::Failed, Cli::tr("The GUI tour did not finish in 15 minutes."));
    }
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || result.isEmpty())
        throw CoreError(ErrorKind::Failed,
            Cli::tr("The GUI tour failed: %1")
                .arg(QString::fromLocal8Bit(child.readAllStandardError()).trimmed()));
    return result;
}

// The GUI's peak memory with every list opened, encrypted and plain, each in a process of its own.
BenchFigure guiTour(const QString& program, Benchmark& bench)
{
    BenchFigure fig;
    fig.name = QStringLiteral("GUI, every list opened");
    fig.repetitions = 1;
    const QJsonObject encrypted = runTour(program, bench, false);
    const QJsonObject plain = runTour(program, bench, true);
    fig.p50 = fig.p95 = encrypted.value(QStringLiteral("elapsed_ms")).toDouble();
    fig.plainP50 = fig.plainP95 = plain.value(QStringLiteral("elapsed_ms")).toDouble();
    fig.peakRssMb = encrypted.value(QStringLiteral("peak_rss_mb")).toDouble();
    fig.plainPeakRssMb = plain.value(QStringLiteral("peak_rss_mb")).toDouble();
    for (const char* key : {"pages", "dialogs", "rows_loaded"})
        fig.details.insert(QLatin1String(key), encrypted.value(QLatin1String(key)).toInt());
    return fig;
}

QJsonObject toJson(const BenchFigure& f)
{
    QJsonObject o {{QStringLiteral("name"), f.name}, {QStringLiteral("p50_ms"), f.p50},
        {QStringLiteral("p95_ms"), f.p95}, {QStringLiteral("plain_p50_ms"), f.plainP50},
        {QStringLiteral("plain_p95_ms"), f.plainP95}, {QStringLiteral("ratio"), f.ratio()},
        {QStringLiteral("repetitions"), f.repetitions}};
    if (f.coldP50 > 0) {
        o.insert(QStringLiteral("cold_p50_ms"), f.coldP50);
        o.insert(QStringLiteral("plain_cold_p50_ms"), f.plainColdP50);
        o.insert(QStringLiteral("cold_ratio"), f.coldRatio());
    }
    if (f.rowsPerSecond > 0) {
        o.insert(QStringLiteral("rows_per_s"), f.rowsPerSecond);
        o.insert(QStringLiteral("plain_rows_per_s"), f.plainRowsPerSecond);
    }
    if (f.peakRssMb > 0) {
        o.insert(QStringLiteral("peak_rss_mb"), f.peakRssMb);
        o.insert(QStringLiteral("plain_peak_rss_mb"), f.plainPeakRssMb);
    }
    for (auto it = f.details.cbegin(); it != f.details.cend(); ++it)
        o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return o;
}

int runBench(Cli& cli, const QStringList& arguments)
{
    const Args args(
        arguments, {jsonOption(), valued("scale", "N")}, {}, QStringLiteral("bench [--scale N] [--json]"));
    const int scale = args.integer(QStringLiteral("scale"), 1);
    const bool json = args.isSet(QStringLiteral("json"));
    const auto progress = [&](const QString& step) {
        cli.err << Cli::tr("bench: %1\n").arg(step);
        cli.err.flush();
    };
    QElapsedTimer built;
    built.start();
    Benchmark bench(scale, progress);
    const double buildSeconds = double(built.elapsed()) / 1000.0;
    const double peakAfterBuild = peakMb();
    QList<BenchFigure> figures = bench.readFigures();
    figures << firstScreen(bench);
    const double peakAfterReads = peakMb();
    QString tourSkipped;
    if (const QString program = guiProgram(); program.isEmpty()) {
        tourSkipped = Cli::tr("the GUI program (creditdesk) is not next to creditdesk-cli");
        progress(Cli::tr("GUI tour skipped: %1").arg(tourSkipped));
    } else {
        figures << guiTour(program, bench);
        progress(figures.last().name);
    }
    figures << bench.importFigure();
    const double peak = peakMb();

    if (json) {
        QJsonArray array;
        for (const BenchFigure& f : figures)
            array.append(toJson(f));
        if (!tourSkipped.isEmpty())
            array.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("GUI, every list opened")},
                {QStringLiteral("skipped"), tourSkipped}});
        array.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("peak RSS")},
            {QStringLiteral("peak_rss_mb"), peak},
            {QStringLiteral("peak_rss_after_build_mb"), peakAfterBuild},
            {QStringLiteral("peak_rss_after_reads_mb"), peakAfterReads},
            {QStringLiteral("build_s"), buildSeconds}, {QStringLiteral("scale"), scale}});
        cli.printJson(array);
        return 0;
    }
    cli.out << Cli::tr("CreditDesk bench, scale %1 (%2 subjects, %3 credit records, %4 cases, %5 measure "
                       "tasks), built in %6 s\n")
                   .arg(scale)
                   .arg(30000 * scale)
                   .arg(200000 * scale)
                   .arg(10000 * scale)
                   .arg(100000 * scale)
                   .arg(buildSeconds, 0, 'f', 0);
    cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(Cli::tr("figure"), -44)
                   .arg(QStringLiteral("p50 ms"), 10)
                   .arg(QStringLiteral("p95 ms"), 10)
                   .arg(Cli::tr("plain p50"), 10)
                   .arg(Cli::tr("plain p95"), 10)
                   .arg(Cli::tr("ratio"), 7)
                   .arg(Cli::tr("cold ratio"), 11);
    for (const BenchFigure& f : figures) {
        cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(f.name, -44)
                       .arg(f.p50, 10, 'f', 2)
                       .arg(f.p95, 10, 'f', 2)
                       .arg(f.plainP50, 10, 'f', 2)
                       .arg(f.plainP95, 10, 'f', 2)
                       .arg(f.ratio(), 7, 'f', 2);
        if (f.coldP50 > 0)
            cli.out << QStringLiteral(" %1").arg(f.coldRatio(), 11, 'f', 2);
        if (f.rowsPerSecond > 0)
            cli.out << Cli::tr("   (%1 rows/s; plain %2)")
                           .arg(qint64(f.rowsPerSecond))
                           .arg(qint64(f.plainRowsPerSecond));
        if (f.peakRssMb > 0)
            cli.out << Cli::tr("   (peak RSS %1 MB; plain %2 MB)")
                           .arg(f.peakRssMb, 0, 'f', 0)
                           .arg(f.plainPeakRssMb, 0, 'f', 0);
        cli.out << QLatin1Char('\n');
    }
    if (!tourSkipped.isEmpty())
        cli.out << Cli::tr("GUI tour skipped: %1.\n").arg(tourSkipped);
    cli.out << Cli::tr("peak RSS: %1 MB (after building %2 MB, after the reads %3 MB)\n")
                   .arg(peak, 0, 'f', 0)
                   .arg(peakAfterBuild, 0, 'f', 0)
                   .arg(peakAfterReads, 0, 'f', 0);
    return 0;
}

} // namespace

void addBenchCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("bench"), QStringLiteral("bench [--scale N] [--json]"),
        Cli::tr("Measure what clerks wait for, encrypted against plain SQLite."),
        Cli::tr("Builds an office in a temporary folder (scale 1: 30,000 subjects, 200,000 credit records, "
                "10,000 cases, 100,000 measure tasks; scale 10: a whole city) and times each figure on the "
                "encrypted database and on a plaintext copy with the same engine, printing p50, p95 and the "
                "ratio encrypted / plain, and the peak memory. Nothing is asserted: machines differ."),
        runBench};
}

} // namespace cd::cli
