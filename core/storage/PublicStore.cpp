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

} // namespace cd
