#include "storage/CatalogueStore.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace cd {

namespace {

const char* const MemorandumColumns = "id, code, title, kind, basis, active";
const char* const MeasureColumns
    = "m.id, m.memorandum_id, m.code, m.title, m.kind, m.mandatory, m.legal_basis, "
      "m.plan_item, m.default_months, m.active";

MeasureKind readKind(const QVariant& v)
{
    return MeasureKinds::fromKey(v.toString()).value_or(MeasureKind::Sanction);
}

Memorandum readMemorandumRow(const QSqlQuery& q)
{
    Memorandum m;
    m.id = q.value(0).toLongLong();
    m.code = q.value(1).toString();
    m.title = q.value(2).toString();
    m.kind = readKind(q.value(3));
    m.basis = q.value(4).toString();
    m.active = q.value(5).toBool();
    return m;
}

Measure readMeasureRow(const QSqlQuery& q)
{
    Measure m;
    m.id = q.value(0).toLongLong();
    m.memorandumId = q.value(1).toLongLong();
    m.code = q.value(2).toString();
    m.title = q.value(3).toString();
    m.kind = readKind(q.value(4));
    m.mandatory = q.value(5).toBool();
    m.legalBasis = q.value(6).toString();
    m.planItem = q.value(7).toString();
    m.defaultMonths = q.value(8).toInt();
    m.active = q.value(9).toBool();
    return m;
}

} // namespace

CatalogueStore::CatalogueStore(Database& db) : m_db(db) { }

QList<Memorandum> CatalogueStore::memoranda()
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM memoranda ORDER BY id").arg(QLatin1String(MemorandumColumns)));
    QList<Memorandum> list;
    while (q.next())
        list.append(readMemorandumRow(q));
    return list;
}

std::optional<Memorandum> CatalogueStore::readMemorandum(const QString& where, const QVariant& value)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM memoranda WHERE %2").arg(QLatin1String(MemorandumColumns), where));
    q.addBindValue(value);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return readMemorandumRow(q);
}

std::optional<Memorandum> CatalogueStore::memorandum(qint64 id)
{
    return readMemorandum(QStringLiteral("id = ?"), id);
}

std::optional<Memorandum> CatalogueStore::memorandumByCode(const QString& code)
{
    return readMemorandum(QStringLiteral("code = ?"), code);
}

qint64 CatalogueStore::insertMemorandum(const Memorandum& m)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO memoranda (code, title, kind, basis, active) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.code);
    q.addBindValue(m.title);
    q.addBindValue(MeasureKinds::key(m.kind));
    q.addBindValue(m.basis);
    q.addBindValue(m.active);
    return m_db.execReturningId(q);
}

void CatalogueStore::updateMemorandum(const Memorandum& m)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("UPDATE memoranda SET title = ?, kind = ?, basis = ? WHERE id = ?"));
    q.addBindValue(m.title);
    q.addBindValue(MeasureKinds::key(m.kind));
    q.addBindValue(m.basis);
    q.addBindValue(m.id);
    m_db.exec(q);
}

void CatalogueStore::setMemorandumActive(qint64 id, bool active)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE memoranda SET active = ? WHERE id = ?"));
    q.addBindValue(active);
    q.addBindValue(id);
    m_db.exec(q);
}

QList<Measure> CatalogueStore::readMeasures(const QString& where, const QVariantList& values)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM measures m %2 ORDER BY m.id")
                                   .arg(QLatin1String(MeasureColumns), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    m_db.exec(q);
    QList<Measure> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), list.size());
        list.append(readMeasureRow(q));
    }
    if (list.isEmpty())
        return list;
    // One pass over the links instead of a query per measure; the table is small.
    QSqlQuery d = m_db.exec(QStringLiteral(
        "SELECT measure_id, department_id FROM measure_departments ORDER BY measure_id, department_id"));
    while (d.next()) {
        const auto found = index.constFind(d.value(0).toLongLong());
        if (found != index.cend())
            list[*found].departmentIds.append(d.value(1).toLongLong());
    }
    return list;
}

QList<Measure> CatalogueStore::measures()
{
    return readMeasures(QString(), {});
}

QList<Measure> CatalogueStore::measuresOf(qint64 memorandumId)
{
    return readMeasures(QStringLiteral("WHERE m.memorandum_id = ?"), {memorandumId});
}

std::optional<Measure> CatalogueStore::measure(qint64 id)
{
    const QList<Measure> found = readMeasures(QStringLiteral("WHERE m.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<Measure> CatalogueStore::measureByCode(const QString& code)
{
    const QList<Measure> found = readMeasures(QStringLiteral("WHERE m.code = ?"), {code});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

qint64 CatalogueStore::insertMeasure(const Measure& m)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO measures (memorandum_id, code, title, kind, mandatory, legal_basis, plan_item, "
        "default_months, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.memorandumId);
    q.addBindValue(m.code);
    q.addBindValue(m.title);
    q.addBindValue(MeasureKinds::key(m.kind));
    q.addBindValue(m.mandatory);
    q.addBindValue(m.legalBasis);
    q.addBindValue(m.planItem);
    q.addBindValue(m.defaultMonths);
    q.addBindValue(m.active);
    const qint64 id = m_db.execReturningId(q);
    setMeasureDepartments(id, m.departmentIds);
    return id;
}

void CatalogueStore::updateMeasure(const Measure& m)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("UPDATE measures SET title = ?, mandatory = ?, legal_basis = ?, "
                                      "plan_item = ?, default_months = ? WHERE id = ?"));
    q.addBindValue(m.title);
    q.addBindValue(m.mandatory);
    q.addBindValue(m.legalBasis);
    q.addBindValue(m.planItem);
    q.addBindValue(m.defaultMonths);
    q.addBindValue(m.id);
    m_db.exec(q);
}

void CatalogueStore::setMeasureActive(qint64 id, bool active)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE measures SET active = ? WHERE id = ?"));
    q.addBindValue(active);
    q.addBindValue(id);
    m_db.exec(q);
}

void CatalogueStore::setMeasureDepartments(qint64 measureId, const QList<qint64>& departmentIds)
{
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM measure_departments WHERE measure_id = ?"));
    del.addBindValue(measureId);
    m_db.exec(del);
    QSqlQuery ins = m_db.prepare(QStringLiteral(
        "INSERT INTO measure_departments (measure_id, department_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 departmentId : departmentIds) {
        ins.bindValue(0, measureId);
        ins.bindValue(1, departmentId);
        m_db.exec(ins);
    }
}

QList<Measure> CatalogueStore::activeMeasuresImplementedBy(qint64 departmentId)
{
    return readMeasures(
        QStringLiteral("JOIN memoranda r ON r.id = m.memorandum_id WHERE m.active AND r.active "
                       "AND m.id IN (SELECT measure_id FROM measure_departments WHERE "
                       "department_id = ?)"),
        {departmentId});
}

} // namespace cd
