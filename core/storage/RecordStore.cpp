#include "storage/RecordStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cd {

namespace {

const char* const Select
    = "SELECT r.id, r.subject_id, r.polarity, r.category, r.severity, r.specific_serious, r.decision_no, "
      "r.decision_date, r.legal_basis, r.content, r.department_id, d.name, r.published_on, r.withdrawn_on, "
      "r.withdrawn_reason, r.created_by, r.repaired_on FROM credit_records r JOIN departments d ON d.id = "
      "r.department_id ";

CreditRecord read(const QSqlQuery& q)
{
    CreditRecord r;
    r.id = q.value(0).toLongLong();
    r.subjectId = q.value(1).toLongLong();
    r.polarity = CreditRecords::polarityFromKey(q.value(2).toString()).value_or(Polarity::Negative);
    r.category = q.value(3).toString();
    r.severity = Severities::fromKey(q.value(4).toString());
    r.specificSerious = q.value(5).toBool();
    r.decisionNo = q.value(6).toString();
    r.decisionDate = q.value(7).toDate();
    r.legalBasis = q.value(8).toString();
    r.content = q.value(9).toString();
    r.departmentId = q.value(10).toLongLong();
    r.departmentName = q.value(11).toString();
    r.publishedOn = q.value(12).toDate();
    r.withdrawnOn = q.value(13).toDate();
    r.withdrawnReason = q.value(14).toString();
    r.createdBy = q.value(15).toString();
    r.repairedOn = q.value(16).toDate();
    return r;
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

} // namespace

RecordStore::RecordStore(Database& db) : m_db(db) { }

qint64 RecordStore::insert(const CreditRecord& r)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO credit_records (subject_id, polarity, category, severity, specific_serious, "
        "decision_no, "
        "decision_date, legal_basis, content, department_id, published_on, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.subjectId);
    q.addBindValue(CreditRecords::key(r.polarity));
    q.addBindValue(r.category);
    q.addBindValue(
        r.severity ? QVariant(Severities::key(*r.severity)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(r.specificSerious);
    q.addBindValue(r.decisionNo);
    q.addBindValue(r.decisionDate);
    q.addBindValue(r.legalBasis);
    q.addBindValue(r.content);
    q.addBindValue(r.departmentId);
    q.addBindValue(dateOrNull(r.publishedOn));
    q.addBindValue(r.createdBy);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    return m_db.execReturningId(q);
}

std::optional<CreditRecord> RecordStore::byId(qint64 id)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select) + QLatin1String("WHERE r.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<CreditRecord> RecordStore::byDecision(qint64 departmentId, const QString& decisionNo)
{
    QSqlQuery q = m_db.prepare(
        QLatin1String(Select) + QLatin1String("WHERE r.department_id = ? AND r.decision_no = ?"));
    q.addBindValue(departmentId);
    q.addBindValue(decisionNo);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<CreditRecord> RecordStore::forSubject(qint64 subjectId)
{
    QSqlQuery q = m_db.prepare(QLatin1String(Select)
        + QLatin1String("WHERE r.subject_id = ? ORDER BY r.decision_date DESC, r.id DESC"));
    q.addBindValue(subjectId);
    m_db.exec(q);
    QList<CreditRecord> list;
    while (q.next())
        list.append(read(q));
    return list;
}

int RecordStore::negativeCountBetween(qint64 subjectId, const QDate& from, const QDate& to)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM credit_records WHERE subject_id = ? AND polarity = 'negative' "
        "AND decision_date > ? AND decision_date <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)"));
    q.addBindValue(subjectId);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(to);
    m_db.exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void RecordStore::setPublished(qint64 id, const QDate& on)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE credit_records SET published_on = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(on);
    q.addBindValue(id);
    m_db.exec(q);
}

void RecordStore::setWithdrawn(qint64 id, const QDate& on, const QString& reason)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("UPDATE credit_records SET withdrawn_on = ?, withdrawn_reason = ?, "
                                      "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(on);
    q.addBindValue(reason);
    q.addBindValue(id);
    m_db.exec(q);
}

void RecordStore::setRepaired(qint64 id, const QDate& on)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE credit_records SET repaired_on = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(on);
    q.addBindValue(id);
    m_db.exec(q);
}

} // namespace cd
