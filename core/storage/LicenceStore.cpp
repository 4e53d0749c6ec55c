#include "storage/LicenceStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {

LicenceStore::LicenceStore(Database& db) : m_db(db) { }

QList<Licence> LicenceStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT l.id, l.subject_id, l.legal_representative, l.document_name, l.decision_no, "
        "l.licence_kind, l.certificate_name, l.licence_no, l.content, l.decision_date, l.valid_from, "
        "l.valid_to, l.department_id, d.name, l.source, l.note, l.revoked, l.published_on, l.created_by "
        "FROM licences l JOIN departments d ON d.id = l.department_id "
        "WHERE l.subject_id = ? ORDER BY l.decision_date DESC, l.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    QList<Licence> list;
    while (q.next()) {
        Licence l;
        l.id = q.value(0).toLongLong();
        l.subjectId = q.value(1).toLongLong();
        l.legalRepresentative = q.value(2).toString();
        l.documentName = q.value(3).toString();
        l.decisionNo = q.value(4).toString();
        l.licenceKind = q.value(5).toString();
        l.certificateName = q.value(6).toString();
        l.licenceNo = q.value(7).toString();
        l.content = q.value(8).toString();
        l.decisionDate = q.value(9).toDate();
        l.validFrom = q.value(10).toDate();
        l.validTo = q.value(11).toDate();
        l.departmentId = q.value(12).toLongLong();
        l.departmentName = q.value(13).toString();
        l.source = q.value(14).toString();
        l.note = q.value(15).toString();
        l.revoked = q.value(16).toBool();
        l.publishedOn = q.value(17).toDate();
        l.createdBy = q.value(18).toString();
        list.append(l);
    }
    return list;
}

} // namespace cd
