#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

class QProcess;

namespace cd {
class Database;
}

namespace cd::test {

// What tests/crash/CrashWriter promised, read back from its synced log: every line stands for a
// change whose COMMIT had returned, so the database must hold all of it.
struct WriterLog
{
    enum CaseStep { Draft = 0, Approved = 1, Pushed = 2 };

    QSet<QString> subjects; // codes
    QSet<QString> imported; // decision numbers of imported records
    QSet<qint64> records;
    QMap<qint64, int> cases; // id -> the furthest step logged
    QSet<qint64> answeredTasks;
    QString password; // the rotator's password last confirmed (empty: the initial one)
    QStringList passwordIntents; // resets begun after it, perhaps committed, not confirmed
    int passwordResets = 0;
    int rekeys = 0;
    int lines = 0;

    static WriterLog read(const QString& path);
    // One line per promised item the database lacks; empty when everything is there.
    QStringList missingIn(Database& db) const;
    int pushedCases() const;
};

// Starts tests/crash/CrashWriter on db, logging to logPath, every user signing in with password.
void startWriter(QProcess& process, const QString& db, const QString& logPath, const QByteArray& password,
    bool rekeys = true);

} // namespace cd::test
