#pragma once

#include "domain/CreditRecord.h"
#include "domain/Subject.h"

#include <QSqlQuery>

#include <optional>

namespace cd {

class Database;

// The bulk path of an import: each statement prepared once and reused for every row, inside the
// caller's single transaction (an import of 50,000 rows a second cannot afford a prepare per row).
class ImportStore
{
public:
    explicit ImportStore(Database& db);

    std::optional<qint64> subjectId(const QString& code);
    qint64 insertSubject(const Subject& s);
    // The record already there under the department and decision number, if any.
    std::optional<qint64> recordId(qint64 departmentId, const QString& decisionNo);
    // 0 when the department already has that decision number (the row is left as it was).
    qint64 insertRecord(const CreditRecord& r, const QDateTime& now);

private:
    Database& m_db;
    QSqlQuery m_findSubject;
    QSqlQuery m_insertSubject;
    QSqlQuery m_insertName;
    QSqlQuery m_findRecord;
    QSqlQuery m_insertRecord;
};

} // namespace cd
