#include "storage/ImportStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StoreHelpers.h"

#include <QDateTime>

namespace cd {

ImportStore::ImportStore(Database& db)
    : m_db(db)
    , m_findSubject(db.prepare(QStringLiteral("SELECT id FROM subjects WHERE code = ?")))
    , m_insertSubject(db.prepare(QStringLiteral(
          "INSERT INTO subjects (kind, code, name, division, address, registered_on, created_at, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_insertName(db.prepare(
          QStringLiteral("INSERT INTO subject_names (subject_id, name, is_current) VALUES (?, ?, TRUE)")))
    , m_findRecord(db.prepare(
          QStringLiteral("SELECT id FROM credit_records WHERE department_id = ? AND decision_no = ?")))
    , m_insertRecord(db.prepare(QStringLiteral(
          "INSERT INTO credit_records (subject_id, polarity, category, severity, specific_serious, "
          "decision_no, "
          "decision_date, legal_basis, content, department_id, published_on, created_by, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (department_id, decision_no) DO "
          "NOTHING RETURNING id")))
    , m_insertLicence(db.prepare(QStringLiteral(
          "INSERT INTO licences (subject_id, legal_representative, document_name, decision_no, licence_kind, "
          "certificate_name, licence_no, content, decision_date, valid_from, valid_to, department_id, "
          "source, "
          "note, revoked, published_on, created_by, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (department_id, decision_no) DO NOTHING RETURNING id")))
    , m_revokeLicence(db.prepare(QStringLiteral(
          "UPDATE licences SET revoked = TRUE WHERE department_id = ? AND decision_no = ? AND NOT revoked")))
    , m_licenceRevoked(db.prepare(
          QStringLiteral("SELECT revoked FROM licences WHERE department_id = ? AND decision_no = ?")))
{
}

const QString& ImportStore::textOf(const QDateTime& now)
{
    if (now != m_now || m_nowText.isEmpty()) {
        m_now = now;
        m_nowText = SqlValues::dateTimeToText(now);
    }
    return m_nowText;
}

std::optional<qint64> ImportStore::subjectId(const QString& code)
{
    m_findSubject.bindValue(0, code);
    m_db.exec(m_findSubject);
    std::optional<qint64> id;
    if (m_findSubject.next())
        id = m_findSubject.value(0).toLongLong();
    m_findSubject.finish();
    return id;
}

qint64 ImportStore::insertSubject(const Subject& s)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_insertSubject.bindValue(0, SubjectKinds::key(s.kind));
    m_insertSubject.bindValue(1, s.code);
    m_insertSubject.bindValue(2, s.name);
    m_insertSubject.bindValue(3, s.division);
    m_insertSubject.bindValue(4, s.address);
    m_insertSubject.bindValue(5, StoreHelpers::nullableDate(s.registeredOn));
    m_insertSubject.bindValue(6, now);
    m_insertSubject.bindValue(7, now);
    const qint64 id = m_db.execReturningId(m_insertSubject);
    m_insertName.bindValue(0, id);
    m_insertName.bindValue(1, s.name);
    m_db.exec(m_insertName);
    return id;
}

std::optional<qint64> ImportStore::recordId(qint64 departmentId, const QString& decisionNo)
{
    m_findRecord.bindValue(0, departmentId);
    m_findRecord.bindValue(1, decisionNo);
    m_db.exec(m_findRecord);
    std::optional<qint64> id;
    if (m_findRecord.next())
        id = m_findRecord.value(0).toLongLong();
    m_findRecord.finish();
    return id;
}

qint64 ImportStore::insertRecord(const CreditRecord& r, const QDateTime& now)
{
    m_insertRecord.bindValue(0, r.subjectId);
    m_insertRecord.bindValue(1, CreditRecords::key(r.polarity));
    m_insertRecord.bindValue(2, r.category);
    m_insertRecord.bindValue(
        3, r.severity ? QVariant(Severities::key(*r.severity)) : QVariant(QMetaType(QMetaType::QString)));
    m_insertRecord.bindValue(4, r.specificSerious);
    m_insertRecord.bindValue(5, r.decisionNo);
    m_insertRecord.bindValue(6, r.decisionDate);
    m_insertRecord.bindValue(7, r.legalBasis);
    m_insertRecord.bindValue(8, r.content);
    m_insertRecord.bindValue(9, r.departmentId);
    m_insertRecord.bindValue(10, StoreHelpers::nullableDate(r.publishedOn));
    m_insertRecord.bindValue(11, r.createdBy);
    m_insertRecord.bindValue(12, textOf(now));
    // No row comes back when the record was already there (ON CONFLICT DO NOTHING).
    return m_db.execReturningId(m_insertRecord);
}

qint64 ImportStore::insertLicence(const Licence& l, const QDateTime& now)
{
    QSqlQuery& q = m_insertLicence;
    q.bindValue(0, l.subjectId);
    q.bindValue(1, l.legalRepresentative);
    q.bindValue(2, l.documentName);
    q.bindValue(3, l.decisionNo);
    q.bindValue(4, l.licenceKind);
    q.bindValue(5, l.certificateName);
    q.bindValue(6, l.licenceNo);
    q.bindValue(7, l.content);
    q.bindValue(8, l.decisionDate);
    q.bindValue(9, StoreHelpers::nullableDate(l.validFrom));
    q.bindValue(10, StoreHelpers::nullableDate(l.validTo));
    q.bindValue(11, l.departmentId);
    q.bindValue(12, l.source);
    q.bindValue(13, l.note);
    q.bindValue(14, l.revoked);
    q.bindValue(15, StoreHelpers::nullableDate(l.publishedOn));
    q.bindValue(16, l.createdBy);
    q.bindValue(17, textOf(now));
    return m_db.execReturningId(q);
}

bool ImportStore::revokeLicence(qint64 departmentId, const QString& decisionNo)
{
    m_revokeLicence.bindValue(0, departmentId);
    m_revokeLicence.bindValue(1, decisionNo);
    m_db.exec(m_revokeLicence);
    return m_revokeLicence.numRowsAffected() == 1;
}

bool ImportStore::licenceRevoked(qint64 departmentId, const QString& decisionNo)
{
    m_licenceRevoked.bindValue(0, departmentId);
    m_licenceRevoked.bindValue(1, decisionNo);
    m_db.exec(m_licenceRevoked);
    const bool revoked = m_licenceRevoked.next() && m_licenceRevoked.value(0).toBool();
    m_licenceRevoked.finish();
    return revoked;
}

} // namespace cd
