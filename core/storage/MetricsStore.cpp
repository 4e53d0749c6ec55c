#include "storage/MetricsStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

namespace {

// An unanswered task counts as overdue on E once its deadline lies before E; answers after E are
// not known yet on E. The same expressions in every query keep the definitions in one place.
const char* const AnsweredByE = "(t.responded_on <= :e)";
const char* const OverdueOnE = "((t.responded_on IS NULL OR t.responded_on > :e) AND t.due_on < :e)";

int count(const QSqlQuery& q, int column)
{
    return q.value(column).toInt();
}

void bindSpan(QSqlQuery& q, const QDate& from, const QDate& to, const QDate& evaluatedOn)
{
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":e"), evaluatedOn);
}

QString taskSql()
{
    // COUNT(*) FILTER rather than SUM(condition): PostgreSQL does not add up booleans.
    return QStringLiteral("SELECT t.department_id, COUNT(*), "
                          "COUNT(*) FILTER (WHERE t.acknowledged_on <= :e OR %1), "
                          "COUNT(*) FILTER (WHERE %1 AND t.responded_on <= t.due_on), "
                          "COUNT(*) FILTER (WHERE %1 AND t.responded_on > t.due_on), "
                          "COUNT(*) FILTER (WHERE %2), "
                          "COUNT(*) FILTER (WHERE %1), "
                          "COUNT(*) FILTER (WHERE %1 AND t.response = 'applied') "
                          "FROM measure_tasks t WHERE t.pushed_on BETWEEN :from AND :to "
                          "GROUP BY t.department_id")
        .arg(QLatin1String(AnsweredByE), QLatin1String(OverdueOnE));
}

// Positive records are always published; a negative one as the rule set in force on its decision
// date says for its severity (a minor one may go unpublished under the 2026 rules). Every licensing
// decision is published (§13 names licences and penalties alike).
QString publicationSql()
{
    return QStringLiteral(
        "SELECT department_id, SUM(due), SUM(on_time), SUM(licence * due), SUM(licence * on_time) FROM ("
        "SELECT r.department_id, "
        "CASE WHEN r.published_on <= :e OR d.publication_due < :e THEN 1 ELSE 0 END AS due, "
        "CASE WHEN r.published_on <= :e AND r.published_on <= d.publication_due THEN 1 ELSE 0 END "
        "AS on_time, 0 AS licence "
        "FROM credit_records r JOIN supervision_days d ON d.day = r.decision_date "
        "WHERE r.decision_date BETWEEN :from AND :to AND (r.severity IS NULL OR COALESCE(("
        "SELECT p.publish FROM rule_periods p WHERE p.severity = r.severity AND p.rule_set_id = COALESCE("
        "(SELECT s.id FROM rule_sets s WHERE s.effective_from <= r.decision_date "
        "ORDER BY s.effective_from DESC LIMIT 1), "
        "(SELECT s.id FROM rule_sets s ORDER BY s.effective_from LIMIT 1))), TRUE)) "
        "UNION ALL SELECT l.department_id, "
        "CASE WHEN l.published_on <= :e OR d.publication_due < :e THEN 1 ELSE 0 END, "
        "CASE WHEN l.published_on <= :e AND l.published_on <= d.publication_due THEN 1 ELSE 0 END, 1 "
        "FROM licences l JOIN supervision_days d ON d.day = l.decision_date "
        "WHERE l.decision_date BETWEEN :from AND :to) AS decisions "
        "GROUP BY department_id");
}

QString verificationSql()
{
    return QStringLiteral("SELECT o.verifying_department_id, "
                          "COUNT(*) FILTER (WHERE o.decided_on <= :e OR o.verification_due < :e), "
                          "COUNT(*) FILTER (WHERE o.decided_on <= :e AND o.decided_on <= o.verification_due) "
                          "FROM objections o WHERE o.accepted_on BETWEEN :from AND :to "
                          "AND o.verifying_department_id IS NOT NULL GROUP BY o.verifying_department_id");
}

QString itemsSql()
{
    return QStringLiteral("SELECT t.id, c.number, m.title, s.name, t.pushed_on, t.due_on, "
                          "CASE WHEN %1 THEN t.responded_on END FROM measure_tasks t "
                          "JOIN cases c ON c.id = t.case_id JOIN measures m ON m.id = t.measure_id "
                          "JOIN subjects s ON s.id = t.subject_id "
                          "WHERE t.department_id = :department AND t.pushed_on BETWEEN :from AND :to "
                          "AND ((%1 AND t.responded_on > t.due_on) OR %2) "
                          "ORDER BY t.due_on, t.id LIMIT :limit")
        .arg(QLatin1String(AnsweredByE), QLatin1String(OverdueOnE));
}

} // namespace

MetricsStore::MetricsStore(Database& db) : m_db(db) { }

void MetricsStore::loadDays(const QList<Day>& days)
{
    // A temporary table lives in memory (SQLITE_TEMP_STORE=2, or the server's temp buffers) and only
    // for this connection; both engines find a temporary table before a permanent one of that name.
    m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS supervision_days (day DATE PRIMARY KEY, "
                             "ordinal INTEGER NOT NULL, publication_due DATE NOT NULL)%1")
                  .arg(QLatin1String(m_db.isServer() ? "" : " WITHOUT ROWID")));
    m_db.exec(QStringLiteral("DELETE FROM supervision_days"));
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO supervision_days (day, ordinal, publication_due) VALUES (?, ?, ?)"));
    for (const Day& d : days) {
        q.addBindValue(d.day);
        q.addBindValue(d.ordinal);
        q.addBindValue(d.publicationDue);
        m_db.exec(q);
    }
}

QHash<qint64, MetricsStore::TaskCounts> MetricsStore::taskCounts(
    const QDate& from, const QDate& to, const QDate& evaluatedOn)
{
    QSqlQuery q = m_db.prepare(taskSql());
    bindSpan(q, from, to, evaluatedOn);
    m_db.exec(q);
    QHash<qint64, TaskCounts> result;
    while (q.next()) {
        TaskCounts c;
        c.received = count(q, 1);
        c.acknowledged = count(q, 2);
        c.onTime = count(q, 3);
        c.late = count(q, 4);
        c.overdue = count(q, 5);
        c.answered = count(q, 6);
        c.applied = count(q, 7);
        result.insert(q.value(0).toLongLong(), c);
    }
    return result;
}

QHash<qint64, double> MetricsStore::medianWorkingDays(
    const QDate& from, const QDate& to, const QDate& evaluatedOn)
{
    QHash<qint64, double> result;
    // One pass per grouping: by department, then the office as a whole (group key 0).
    for (const QLatin1String group : {QLatin1String("t.department_id"), QLatin1String("0")}) {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "WITH answered AS (SELECT %1 AS grp, r.ordinal - p.ordinal AS days FROM measure_tasks t "
            "JOIN supervision_days p ON p.day = t.pushed_on "
            "JOIN supervision_days r ON r.day = t.responded_on "
            "WHERE t.pushed_on BETWEEN :from AND :to AND %2), "
            "ranked AS (SELECT grp, days, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY days) AS rn, "
            "COUNT(*) OVER (PARTITION BY grp) AS n FROM answered) "
            "SELECT grp, AVG(days) FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grp")
                                       .arg(group, QLatin1String(AnsweredByE)));
        bindSpan(q, from, to, evaluatedOn);
        m_db.exec(q);
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    }
    return result;
}

QHash<qint64, MetricsStore::DueCounts> MetricsStore::publication(
    const QDate& from, const QDate& to, const QDate& evaluatedOn)
{
    QSqlQuery q = m_db.prepare(publicationSql());
    bindSpan(q, from, to, evaluatedOn);
    m_db.exec(q);
    QHash<qint64, DueCounts> result;
    while (q.next())
        result.insert(
            q.value(0).toLongLong(), DueCounts {count(q, 1), count(q, 2), count(q, 3), count(q, 4)});
    return result;
}

bool MetricsStore::hasObjections()
{
    // The objections schema is built on another branch; count on its four columns, not its number.
    // A server's schema comes whole from its migrations, which have the objections.
    if (m_db.isServer())
        return true;
    return m_db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM sqlite_master m JOIN pragma_table_info(m.name) c "
                           "WHERE m.type = 'table' AND m.name = 'objections' AND c.name IN ('accepted_on', "
                           "'verification_due', 'decided_on', 'verifying_department_id')"))
               .toInt()
        == 4;
}

std::optional<QHash<qint64, MetricsStore::DueCounts>> MetricsStore::verifications(
    const QDate& from, const QDate& to, const QDate& evaluatedOn)
{
    if (!hasObjections())
        return std::nullopt;
    QSqlQuery q = m_db.prepare(verificationSql());
    bindSpan(q, from, to, evaluatedOn);
    m_db.exec(q);
    QHash<qint64, DueCounts> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), DueCounts {count(q, 1), count(q, 2)});
    return result;
}

QList<MetricsStore::Item> MetricsStore::lateOrOverdue(
    qint64 departmentId, const QDate& from, const QDate& to, const QDate& evaluatedOn, int limit)
{
    QSqlQuery q = m_db.prepare(itemsSql());
    bindSpan(q, from, to, evaluatedOn);
    q.bindValue(QStringLiteral(":department"), departmentId);
    q.bindValue(QStringLiteral(":limit"), limit > 0 ? QVariant(limit) : m_db.noLimit());
    m_db.exec(q);
    QList<Item> items;
    while (q.next()) {
        Item i;
        i.taskId = q.value(0).toLongLong();
        i.caseNumber = q.value(1).toString();
        i.measure = q.value(2).toString();
        i.subject = q.value(3).toString();
        i.pushedOn = q.value(4).toDate();
        i.dueOn = q.value(5).toDate();
        i.respondedOn = q.value(6).toDate();
        items.append(i);
    }
    return items;
}

QStringList MetricsStore::queryPlan(Query query)
{
    loadDays({});
    QString sql;
    switch (query) {
    case Query::Tasks:
        sql = taskSql();
        break;
    case Query::Publication:
        sql = publicationSql();
        break;
    case Query::LateOrOverdue:
        sql = itemsSql();
        break;
    }
    return m_db.queryPlan(sql, [&](QSqlQuery& q) {
        bindSpan(q, QDate(2026, 7, 1), QDate(2026, 9, 30), QDate(2026, 9, 30));
        if (query == Query::LateOrOverdue) {
            q.bindValue(QStringLiteral(":department"), 1);
            q.bindValue(QStringLiteral(":limit"), 100);
        }
    });
}

} // namespace cd
