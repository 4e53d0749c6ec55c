#pragma once

#include "domain/Case.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cd {

class Database;

// The cases, case_measures, case_subjects and measure_tasks tables.
class CaseStore
{
public:
    explicit CaseStore(Database& db);

    // Next free number of the year for this kind: 联惩〔2026〕0001号 / 联奖〔2026〕0001号.
    QString nextNumber(CaseKind kind, int year);
    qint64 insert(const Case& c);
    std::optional<Case> byId(qint64 id, bool withTasks = true);
    std::optional<qint64> idByNumber(const QString& number);

    // Changes the state only if the row is still at expectedVersion; false if someone else changed it.
    bool setDecision(qint64 id, CaseState state, const QString& by, const QString& reason,
        qint64 expectedVersion, const QDateTime& at = {}); // at: when decided (now unless told)
    bool setPushed(qint64 id, const QString& by, const QDate& on, qint64 expectedVersion);
    bool setWithdrawn(qint64 id, const QString& by, qint64 expectedVersion);

    struct Department
    {
        qint64 id;
        QString name;
    };
    QList<Department> implementingDepartments(qint64 measureId);
    qint64 insertTask(const MeasureTask& task);
    std::optional<MeasureTask> task(qint64 id);
    bool setAcknowledged(qint64 taskId, const QDate& on, const QString& by, qint64 expectedVersion);
    bool setResponse(qint64 taskId, const MeasureTask& answer, const QString& by, qint64 expectedVersion);
    qint64 taskVersion(qint64 taskId);

    // Every case in which the subject is the primary subject or a co-subject, newest first.
    QList<qint64> caseIdsOfSubject(qint64 subjectId);
    // Subjects linked to an organisation (for §11 co-subjects): id, name, masked code, role key.
    QList<CaseSubject> linkedPersons(qint64 organisationId, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace cd
