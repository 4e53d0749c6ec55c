// For whoever explains a ratio of `creditdesk-cli bench`: runs one of its operations on one of the
// two databases only, so that `valgrind --tool=callgrind` counts the instructions of the encrypted
// and the plain side apart, free of the noise of a shared machine.
//
//   creditdesk-benchprobe build DIR [SCALE]        keeps the bench's two databases in DIR
//   creditdesk-benchprobe OPERATION DIR plain|encrypted [REPETITIONS]
//   OPERATION: open, code, name2, name4, check, screen
#include "models/CaseListModel.h"
#include "services/Benchmark.h"
#include "services/CheckService.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/SubjectStore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>

#include <cstdio>

namespace cd::probe {

struct Inputs
{
    QStringList codes;
    QStringList names;
    qint64 busiest = 0;
};

Inputs inputsOf(Database& db)
{
    Inputs in;
    QSqlQuery q = db.exec(QStringLiteral("SELECT code, name FROM subjects ORDER BY id"));
    while (q.next()) {
        in.codes << q.value(0).toString();
        in.names << q.value(1).toString();
    }
    in.busiest = db.scalar(QStringLiteral("SELECT subject_id FROM credit_records GROUP BY subject_id "
                                          "ORDER BY count(*) DESC LIMIT 1"))
                     .toLongLong();
    return in;
}

void loop(const QString& operation, Session& s, const SecureBytes& key, const Inputs& in, int repetitions)
{
    for (int i = 0; i < repetitions; ++i) {
        if (operation == QLatin1String("open")) {
            auto db = Database::open(s.path(), key.view(),
                s.path().endsWith(QLatin1String("plain.db")) ? Database::Mode::PlaintextForBenchmark
                                                             : Database::Mode::Existing);
            db->scalar(QStringLiteral("SELECT count(*) FROM departments"));
        } else if (operation == QLatin1String("code")) {
            SubjectStore(s.db()).byCode(in.codes.at((qint64(i) * 7919) % in.codes.size()));
        } else if (operation == QLatin1String("name2")) {
            SubjectStore(s.db()).findByName(
                in.names.at((qint64(i) * 104729) % in.names.size()).mid(3, 2), 20);
        } else if (operation == QLatin1String("name4")) {
            SubjectStore(s.db()).findByName(
                in.names.at((qint64(i) * 15485863) % in.names.size()).mid(3, 4), 20);
        } else if (operation == QLatin1String("check")) {
            CheckService(s).check(in.busiest, QDate::currentDate());
        } else if (operation == QLatin1String("screen")) {
            CaseListModel model(s);
            model.setPageSize(100);
            model.sort(0, Qt::AscendingOrder);
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    model.data(model.index(row, column));
            }
        }
    }
}

// The inputs are those of the bench; the first pass reads them from the file, as the bench's cold
// pass does, the second from the connection's cache. callgrind_annotate --inclusive=yes shows each.
[[gnu::noipa]] void coldPass(
    const QString& operation, Session& s, const SecureBytes& key, const Inputs& in, int repetitions)
{
    loop(operation, s, key, in, repetitions);
}

[[gnu::noipa]] void warmPass(
    const QString& operation, Session& s, const SecureBytes& key, const Inputs& in, int repetitions)
{
    loop(operation, s, key, in, repetitions);
}

} // namespace cd::probe

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.at(0) == QLatin1String("build")) {
        cd::Benchmark bench(args.value(2, QStringLiteral("1")).toInt());
        QDir().mkpath(args.at(1));
        for (const bool plain : {false, true}) {
            const QString from = bench.path(plain);
            const QString to = QDir(args.at(1)).filePath(QFileInfo(from).fileName());
            QFile::copy(from, to);
            QFile::copy(cd::Session::sidecarPath(from), cd::Session::sidecarPath(to));
        }
        return 0;
    }
    if (args.size() < 3) {
        std::fputs(
            "usage: creditdesk-benchprobe build DIR [SCALE] | OPERATION DIR plain|encrypted [N]\n", stderr);
        return 2;
    }
    const bool plain = args.at(2) == QLatin1String("plain");
    const QString path
        = QDir(args.at(1)).filePath(plain ? QStringLiteral("plain.db") : QStringLiteral("office.db"));
    cd::Session::Options options;
    options.plaintextForBenchmark = plain;
    auto session = cd::Session::signIn(path, cd::Benchmark::userName(), cd::Benchmark::password(), options);
    const cd::SecureBytes key
        = cd::Session::unlock(path, cd::Benchmark::userName(), cd::Benchmark::password());
    const cd::probe::Inputs inputs = cd::probe::inputsOf(session->db());
    const int repetitions = args.value(3, QStringLiteral("100")).toInt();
    cd::probe::coldPass(args.at(0), *session, key, inputs, repetitions);
    cd::probe::warmPass(args.at(0), *session, key, inputs, repetitions);
    return 0;
}
