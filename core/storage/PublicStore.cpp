#include "storage/PublicStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

PublicStore::PublicStore(Database& db) : m_db(db) { }

void PublicStore::publishedPenalties(const QDate& asOf, const std::function<void(const PublicRecord&)>& each)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT s.name, s.kind, s.code, r.decision_no, r.category, r.content, r.legal_basis, "
        "r.decision_date, d.name, "
        "r.severity, r.specific_serious FROM credit_records r JOIN subjects s ON s.id = r.subject_id "
        "JOIN departments d ON d.id = r.department_id "
        "WHERE r.polarity = 'negative' AND r.published_on IS NOT NULL AND r.published_on <= :d "
        "AND (r.withdrawn_on IS NULL OR r.withdrawn_on > :d) AND (r.repaired_on IS NULL OR r.repaired_on > "
        ":d) "
        "ORDER BY r.decision_date DESC, r.id DESC"));
    q.bindValue(QStringLiteral(":d"), asOf);
    m_db.exec(q);
    while (q.next()) {
        PublicRecord r;
        r.subjectName = q.value(0).toString();
        r.subjectKind = q.value(1).toString();
        r.subjectCode = q.value(2).toString();
        r.decisionNo = q.value(3).toString();
        r.category = q.value(4).toString();
        r.content = q.value(5).toString();
        r.legalBasis = q.value(6).toString();
        r.decisionDate = q.value(7).toDate();
        r.department = q.value(8).toString();
        r.severity = q.value(9).toString();
        r.specificSerious = q.value(10).toBool();
        each(r);
    }
}

void PublicStore::publishedLicences(const QDate& asOf, const std::function<void(const PublicLicence&)>& each)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT s.name, s.kind, s.code, l.document_name, l.decision_no, l.licence_kind, l.certificate_name, "
        "l.licence_no, l.content, l.decision_date, l.valid_from, l.valid_to, d.name "
        "FROM licences l JOIN subjects s ON s.id = l.subject_id JOIN departments d ON d.id = l.department_id "
        "WHERE l.published_on IS NOT NULL AND l.published_on <= :d AND NOT l.revoked "
        "AND (l.valid_to IS NULL OR l.valid_to >= :d) "
        "ORDER BY l.decision_date DESC, l.id DESC"));
    q.bindValue(QStringLiteral(":d"), asOf);
    m_db.exec(q);
    while (q.next()) {
        PublicLicence l;
        l.subjectName = q.value(0).toString();
        l.subjectKind = q.value(1).toString();
        l.subjectCode = q.value(2).toString();
        l.documentName = q.value(3).toString();
        l.decisionNo = q.value(4).toString();
        l.licenceKind = q.value(5).toString();
        l.certificateName = q.value(6).toString();
        l.licenceNo = q.value(7).toString();
        l.content = q.value(8).toString();
        l.decisionDate = q.value(9).toDate();
        l.validFrom = q.value(10).toDate();
        l.validTo = q.value(11).toDate();
        l.department = q.value(12).toString();
        each(l);
    }
}

} // namespace cd
