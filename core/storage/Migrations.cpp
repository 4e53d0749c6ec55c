#include "storage/Migrations.h"

#include "CoreError.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace cd {

namespace {

QList<Migrations::Step> readSteps(const QString& folder)
{
    QList<Migrations::Step> list;
    const QDir dir(folder);
    const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    return list;
}

} // namespace

QList<Migrations::Step> Migrations::builtIn(Database::Backend backend)
{
    static const QList<Step> sqlite = readSteps(QStringLiteral(":/migrations/sqlite"));
    static const QList<Step> postgres = readSteps(QStringLiteral(":/migrations/postgres"));
    return backend == Database::Backend::Server ? postgres : sqlite;
}

int Migrations::latestVersion(Database::Backend backend)
{
    const auto steps = builtIn(backend);
    return steps.isEmpty() ? 0 : steps.last().version;
}

void Migrations::refuseNewer(Database& db)
{
    refuseNewer(db, builtIn(db.backend()));
}

void Migrations::refuseNewer(Database& db, const QList<Step>& steps)
{
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    const int current = db.userVersion();
    if (current > latest && db.isServer())
        throw CoreError(ErrorKind::Failed,
            tr("The database %1 was written by a newer CreditDesk (schema %2; this program knows up to "
               "%3). Install the newer version; the database was left untouched.")
                .arg(db.path())
                .arg(current)
                .arg(latest));
    if (current > latest)
        throw CoreError(ErrorKind::Failed,
            tr("The database %1 was written by a newer CreditDesk (schema %2; this program knows up to "
               "%3). Install the newer version; the file was left untouched.")
                .arg(db.path())
                .arg(current)
                .arg(latest));
}

int Migrations::apply(Database& db)
{
    return apply(db, builtIn(db.backend()));
}

int Migrations::apply(Database& db, const QList<Step>& steps)
{
    refuseNewer(db, steps);
    int applied = 0;
    for (const Step& step : steps) {
        if (step.version <= db.userVersion())
            continue;
        Transaction tx(db);
        db.lockSchema();
        // Re-read inside the write lock: another desk may have migrated meanwhile.
        if (step.version <= db.userVersion())
            continue;
        db.execScript(step.sql);
        db.setUserVersion(step.version);
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace cd
