#include "storage/PackageStore.h"

#include "storage/Database.h"
#include "storage/StoreHelpers.h"

#include <QSqlQuery>

namespace cd {

PackageStore::PackageStore(Database& db) : m_db(db) { }

QList<PackageLine> PackageStore::unsentTasks(qint64 departmentId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT t.id, c.number, s.name, s.kind, s.code, m.title, m.legal_basis, c.term_start, c.term_end, "
        "t.pushed_on, t.due_on FROM measure_tasks t JOIN cases c ON c.id = t.case_id "
        "JOIN subjects s ON s.id = t.subject_id JOIN measures m ON m.id = t.measure_id "
        "WHERE t.department_id = ? AND t.response IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM package_tasks p WHERE p.task_id = t.id) ORDER BY t.pushed_on, t.id"));
    q.addBindValue(departmentId);
    m_db.exec(q);
    QList<PackageLine> lines;
    while (q.next()) {
        PackageLine l;
        l.taskId = q.value(0).toLongLong();
        l.caseNumber = q.value(1).toString();
        l.subjectName = q.value(2).toString();
        l.subjectKind = q.value(3).toString();
        l.subjectCode = q.value(4).toString();
        l.measure = q.value(5).toString();
        l.legalBasis = q.value(6).toString();
        l.termStart = q.value(7).toDate();
        l.termEnd = q.value(8).toDate();
        l.pushedOn = q.value(9).toDate();
        l.dueOn = q.value(10).toDate();
        lines.append(l);
    }
    return lines;
}

QString PackageStore::nextNumber(int year)
{
    return StoreHelpers::nextDocumentNumber(m_db, QStringLiteral("推送"), year);
}

qint64 PackageStore::insert(const QString& number, qint64 departmentId, const QDate& on, const QString& by,
    const QString& fileName, const QList<qint64>& taskIds)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("INSERT INTO task_packages (number, department_id, made_on, made_by, "
                                      "file_name, task_count) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(number);
    q.addBindValue(departmentId);
    q.addBindValue(on);
    q.addBindValue(by);
    q.addBindValue(fileName);
    q.addBindValue(int(taskIds.size()));
    const qint64 id = m_db.execReturningId(q);
    QSqlQuery link
        = m_db.prepare(QStringLiteral("INSERT INTO package_tasks (package_id, task_id) VALUES (?, ?)"));
    for (qint64 task : taskIds) {
        link.bindValue(0, id);
        link.bindValue(1, task);
        m_db.exec(link);
    }
    return id;
}

} // namespace cd
