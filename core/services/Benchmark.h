#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

// One measured figure: the same operation on the encrypted database and on a plaintext copy of it
// (same engine, same schema and data, SQLCipher's encryption off), over repetitions.
struct BenchFigure
{
    QString name;
    double p50 = 0; // milliseconds
    double p95 = 0;
    double plainP50 = 0;
    double plainP95 = 0;
    int repetitions = 0;
    double rowsPerSecond = 0; // throughput figures (import) only
    double plainRowsPerSecond = 0;
    double ratio() const { return plainP50 > 0 ? p50 / plainP50 : 0; } // encrypted / plain
};

// The figures of `creditdesk-cli bench`: builds an office of the given scale in a temporary folder
// (scale 1 is a tenth of a city: 30,000 subjects, 200,000 credit records, 10,000 cases, 100,000
// measure tasks; scale 10 the whole city) through the real storage paths, then times what clerks
// wait for. Figures are measured, never asserted: machines differ.
class Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(Benchmark)

public:
    using Progress = std::function<void(const QString&)>;
    static QList<BenchFigure> run(int scale, const Progress& progress = {});
};

} // namespace cd
