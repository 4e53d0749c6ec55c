#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <functional>

namespace cd {

class Session;

// One measured figure: the same operation on the encrypted database and on a plaintext copy of it
// (same engine, same schema and data, SQLCipher's encryption off), over repetitions.
struct BenchFigure
{
    QString name;
    double p50 = 0; // milliseconds, every page the operation reads already in the connection's cache
    double p95 = 0;
    double plainP50 = 0;
    double plainP95 = 0;
    // The first pass over the same inputs: pages come from the file and are decrypted and verified
    // on the encrypted side. Zero where a figure has no such pass.
    double coldP50 = 0;
    double plainColdP50 = 0;
    int repetitions = 0;
    double rowsPerSecond = 0; // throughput figures (import) only
    double plainRowsPerSecond = 0;
    double peakRssMb = 0; // memory figures (the GUI tour) only
    double plainPeakRssMb = 0;
    QVariantMap details; // more of what was measured, written to the JSON as it is
    double ratio() const { return plainP50 > 0 ? p50 / plainP50 : 0; } // encrypted / plain
    double coldRatio() const { return plainColdP50 > 0 ? coldP50 / plainColdP50 : 0; }
};

// The figures of `creditdesk-cli bench`: builds an office of the given scale in a temporary folder
// (scale 1 is a tenth of a city: 30,000 subjects, 200,000 credit records, 10,000 cases, 100,000
// measure tasks; scale 10 the whole city) through the real storage paths, and a plaintext copy of
// it, then times what clerks wait for. Figures are measured, never asserted: machines differ.
// Layers above core (the GUI's models, the GUI itself) add figures of their own through measure()
// and the paths, before importFigure(), which changes the data.
class Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(Benchmark)

public:
    using Progress = std::function<void(const QString&)>;
    // One repetition of an operation; `i` picks its input, the same i giving the same input.
    using Operation = std::function<void(Session&, int i)>;

    Benchmark(int scale, Progress progress = {});
    ~Benchmark();
    Benchmark(const Benchmark&) = delete;
    Benchmark& operator=(const Benchmark&) = delete;

    int scale() const { return m_scale; }
    QString path(bool plain) const;
    QString folder() const { return m_dir.path(); }
    static QString userName(); // an officer
    static QString supervisorName();
    static QByteArray password();
    qint64 busiestSubject() const { return m_busiest; }

    // Opening, lookups, the credit check, the quarter's metrics and the notification PDF.
    QList<BenchFigure> readFigures();
    // Both databases signed in to at once; every input is run once on each (the cold pass), then
    // the timed repetitions alternate encrypted and plain so that whatever else the machine does
    // falls on both alike.
    BenchFigure measure(
        const QString& name, int repetitions, const Operation& operation, const QString& user = userName());
    // Records imported from a CSV file; last, since it adds to both databases.
    BenchFigure importFigure();

private:
    void fill(Session& admin);
    BenchFigure openFigure();

    int m_scale;
    Progress m_progress;
    QTemporaryDir m_dir;
    QStringList m_codes;
    QStringList m_names;
    qint64 m_busiest = 0; // the subject with the most records
};

} // namespace cd
