#pragma once

#include "domain/CreditRecord.h"
#include "domain/Licence.h"
#include "domain/Subject.h"

#include <QDateTime>
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
    // 0 when the department already has a licence under that decision number.
    qint64 insertLicence(const Licence& l, const QDateTime& now);
    // A later publication marking the department's licence 无效: true if it was valid until now.
    bool revokeLicence(qint64 departmentId, const QString& decisionNo);
    // Whether the department's licence under that number is revoked already.
    bool licenceRevoked(qint64 departmentId, const QString& decisionNo);

private:
    // Every row of an import carries the same creation time: formatted once, not per row.
    const QString& textOf(const QDateTime& now);

    Database& m_db;
    QDateTime m_now;
    QString m_nowText;
    QSqlQuery m_findSubject;
    QSqlQuery m_insertSubject;
    QSqlQuery m_insertName;
    QSqlQuery m_findRecord;
    QSqlQuery m_insertRecord;
    QSqlQuery m_insertLicence;
    QSqlQuery m_revokeLicence;
    QSqlQuery m_licenceRevoked;
};

} // namespace cd
