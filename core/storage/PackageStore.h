#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;

// A task as its implementing department needs it in a package.
struct PackageLine
{
    qint64 taskId = 0;
    QString caseNumber;
    QString subjectName;
    QString subjectKind; // stored kind: persons' codes are masked unless revealed
    QString subjectCode;
    QString measure;
    QString legalBasis;
    QDate termStart;
    QDate termEnd;
    QDate pushedOn;
    QDate dueOn;
};

// The task_packages and package_tasks tables, and the tasks a department has not been sent yet.
class PackageStore
{
public:
    explicit PackageStore(Database& db);

    // Open tasks of the department that no package has carried yet, oldest first.
    QList<PackageLine> unsentTasks(qint64 departmentId);
    QString nextNumber(int year);
    qint64 insert(const QString& number, qint64 departmentId, const QDate& on, const QString& by,
        const QString& fileName, const QList<qint64>& taskIds);

private:
    Database& m_db;
};

} // namespace cd
