#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

// Numbered SQL files (resources/migrations/<dialect>/NNNN_name.sql), each applied in one
// transaction that also records the schema version (PRAGMA user_version in a file, the table
// schema_version on a server). A database newer than the program is refused before anything is
// written. The two dialects, sqlite/ for local files and postgres/ for servers, have the same steps
// under the same numbers (TestMigrations holds them to it).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Step
    {
        int version;
        QString name;
        QString sql;
    };

    // The steps shipped with the program for one backend, in order.
    static QList<Step> builtIn(Database::Backend backend = Database::Backend::LocalFile);
    static int latestVersion(Database::Backend backend = Database::Backend::LocalFile);

    // Throws CoreError(Failed) when the database is newer than the steps know. Returns the number of
    // steps applied. Without steps, those built in for the database's backend.
    static int apply(Database& db);
    static int apply(Database& db, const QList<Step>& steps);
    static void refuseNewer(Database& db);
    static void refuseNewer(Database& db, const QList<Step>& steps);
};

} // namespace cd
