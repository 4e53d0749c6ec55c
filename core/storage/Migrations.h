#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

class Database;

// Numbered SQL files (resources/migrations/<dialect>/NNNN_name.sql), each applied in one
// transaction that also sets PRAGMA user_version. A database newer than the program is refused
// before anything is written.
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

    // The steps shipped with the program, in order.
    static QList<Step> builtIn();
    static int latestVersion();

    // Throws CoreError(Failed) when the database is newer than `steps` know. Returns the number of
    // steps applied.
    static int apply(Database& db, const QList<Step>& steps = builtIn());
    static void refuseNewer(Database& db, const QList<Step>& steps = builtIn());
};

} // namespace cd
