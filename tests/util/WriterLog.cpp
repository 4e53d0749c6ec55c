#include "util/WriterLog.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <algorithm>

namespace cd::test {

WriterLog WriterLog::read(const QString& path)
{
    WriterLog log;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return log;
    const QByteArray all = f.readAll();
    // A line without its newline was cut by the kill: it was never promised.
    const qsizetype end = all.lastIndexOf('\n');
    for (const QByteArray& raw : all.left(end + 1).split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        ++log.lines;
        const QString kind = line.section(u' ', 0, 0);
        const QString value = line.section(u' ', 1, 1);
        if (kind == QLatin1String("subject")) {
            log.subjects.insert(value);
        } else if (kind == QLatin1String("import")) {
            log.imported.insert(value);
        } else if (kind == QLatin1String("record")) {
            log.records.insert(value.toLongLong());
        } else if (kind == QLatin1String("case")) {
            const QString step = line.section(u' ', 2, 2);
            const int n = step == QLatin1String("pushed") ? Pushed
                : step == QLatin1String("approved")       ? Approved
                                                          : Draft;
            log.cases[value.toLongLong()] = std::max(log.cases.value(value.toLongLong(), Draft), n);
        } else if (kind == QLatin1String("task")) {
            log.answeredTasks.insert(value.toLongLong());
        } else if (kind == QLatin1String("password-intent")) {
            log.passwordIntents << value;
        } else if (kind == QLatin1String("password")) {
            log.password = value;
            log.passwordIntents.clear();
            ++log.passwordResets;
        } else if (kind == QLatin1String("rekey")) {
            ++log.rekeys;
        }
    }
    return log;
}

void startWriter(
    QProcess& process, const QString& db, const QString& logPath, const QByteArray& password, bool rekeys)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITDESK_PASSWORD"), QString::fromUtf8(password));
    env.insert(QStringLiteral("CREDITDESK_FAST_KDF"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args {db, logPath, QFileInfo(logPath).absolutePath()};
    if (!rekeys)
        args << QStringLiteral("--no-rekey");
    process.start(QStringLiteral(CREDITDESK_CRASHWRITER_PATH), args);
}

int WriterLog::pushedCases() const
{
    int n = 0;
    for (const int step : cases)
        n += step == Pushed ? 1 : 0;
    return n;
}

namespace {

QSet<QString> textColumn(Database& db, const QString& sql)
{
    QSet<QString> values;
    QSqlQuery q = db.exec(sql);
    while (q.next())
        values.insert(q.value(0).toString());
    return values;
}

QSet<qint64> idColumn(Database& db, const QString& sql)
{
    QSet<qint64> values;
    QSqlQuery q = db.exec(sql);
    while (q.next())
        values.insert(q.value(0).toLongLong());
    return values;
}

} // namespace

QStringList WriterLog::missingIn(Database& db) const
{
    QStringList missing;
    const QSet<QString> codes = textColumn(db, QStringLiteral("SELECT code FROM subjects"));
    for (const QString& code : subjects) {
        if (!codes.contains(code))
            missing << QStringLiteral("subject %1").arg(code);
    }
    const QSet<QString> numbers = textColumn(db, QStringLiteral("SELECT decision_no FROM credit_records"));
    for (const QString& number : imported) {
        if (!numbers.contains(number))
            missing << QStringLiteral("imported record %1").arg(number);
    }
    const QSet<qint64> recordIds = idColumn(db, QStringLiteral("SELECT id FROM credit_records"));
    for (const qint64 id : records) {
        if (!recordIds.contains(id))
            missing << QStringLiteral("record %1").arg(id);
    }
    QMap<qint64, int> states;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, state FROM cases"));
    while (q.next()) {
        const QString state = q.value(1).toString();
        states.insert(q.value(0).toLongLong(),
            state == QLatin1String("pushed")         ? Pushed
                : state == QLatin1String("approved") ? Approved
                                                     : Draft);
    }
    const QSet<qint64> casesWithTasks
        = idColumn(db, QStringLiteral("SELECT DISTINCT case_id FROM measure_tasks"));
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        if (!states.contains(it.key()))
            missing << QStringLiteral("case %1").arg(it.key());
        else if (states.value(it.key()) < it.value())
            missing << QStringLiteral("case %1 is at step %2, the log says %3")
                           .arg(it.key())
                           .arg(states.value(it.key()))
                           .arg(it.value());
        else if (it.value() == Pushed && !casesWithTasks.contains(it.key()))
            missing << QStringLiteral("the tasks of pushed case %1").arg(it.key());
    }
    const QSet<qint64> answered
        = idColumn(db, QStringLiteral("SELECT id FROM measure_tasks WHERE response = 'applied'"));
    for (const qint64 id : answeredTasks) {
        if (!answered.contains(id))
            missing << QStringLiteral("the answer of task %1").arg(id);
    }
    return missing;
}

} // namespace cd::test
