#include "Cli.h"
#include "CoreError.h"
#include "PeakMemory.h"
#include "services/Benchmark.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

int runBench(Cli& cli, const QStringList& arguments)
{
    const Args args(
        arguments, {jsonOption(), valued("scale", "N")}, {}, QStringLiteral("bench [--scale N] [--json]"));
    const int scale = args.integer(QStringLiteral("scale"), 1);
    const bool json = args.isSet(QStringLiteral("json"));
    const QList<BenchFigure> figures = Benchmark::run(scale, [&](const QString& step) {
        cli.err << Cli::tr("bench: %1\n").arg(step);
        cli.err.flush();
    });
    const double peakMb = double(peakResidentBytes()) / (1024.0 * 1024.0);
    if (json) {
        QJsonArray array;
        for (const BenchFigure& f : figures) {
            QJsonObject o {{QStringLiteral("name"), f.name}, {QStringLiteral("p50_ms"), f.p50},
                {QStringLiteral("p95_ms"), f.p95}, {QStringLiteral("plain_p50_ms"), f.plainP50},
                {QStringLiteral("plain_p95_ms"), f.plainP95}, {QStringLiteral("ratio"), f.ratio()},
                {QStringLiteral("repetitions"), f.repetitions}};
            if (f.rowsPerSecond > 0) {
                o.insert(QStringLiteral("rows_per_s"), f.rowsPerSecond);
                o.insert(QStringLiteral("plain_rows_per_s"), f.plainRowsPerSecond);
            }
            array.append(o);
        }
        array.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("peak RSS")},
            {QStringLiteral("peak_rss_mb"), peakMb}, {QStringLiteral("scale"), scale}});
        cli.printJson(array);
        return 0;
    }
    cli.out << Cli::tr(
        "CreditDesk bench, scale %1 (%2 subjects, %3 credit records, %4 cases, %5 measure tasks)\n")
                   .arg(scale)
                   .arg(30000 * scale)
                   .arg(200000 * scale)
                   .arg(10000 * scale)
                   .arg(100000 * scale);
    cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(Cli::tr("figure"), -42)
                   .arg(QStringLiteral("p50 ms"), 10)
                   .arg(QStringLiteral("p95 ms"), 10)
                   .arg(Cli::tr("plain p50"), 10)
                   .arg(Cli::tr("plain p95"), 10)
                   .arg(Cli::tr("ratio"), 7);
    for (const BenchFigure& f : figures) {
        cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(f.name, -42)
                       .arg(f.p50, 10, 'f', 2)
                       .arg(f.p95, 10, 'f', 2)
                       .arg(f.plainP50, 10, 'f', 2)
                       .arg(f.plainP95, 10, 'f', 2)
                       .arg(f.ratio(), 7, 'f', 2);
        if (f.rowsPerSecond > 0)
            cli.out << Cli::tr("   (%1 rows/s; plain %2)")
                           .arg(qint64(f.rowsPerSecond))
                           .arg(qint64(f.plainRowsPerSecond));
        cli.out << QLatin1Char('\n');
    }
    cli.out << Cli::tr("peak RSS: %1 MB\n").arg(peakMb, 0, 'f', 0);
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
