#include "storage/AuditLog.h"

#include "CoreError.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cd {

AuditLog::AuditLog(Database& db) : m_db(db) { }

QString AuditLog::databaseId()
{
    if (m_databaseId.isEmpty())
        m_databaseId
            = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")).toString();
    return m_databaseId;
}

QByteArray AuditLog::genesis(const QString& databaseId)
{
    return QCryptographicHash::hash(
        "creditdesk-audit-genesis-v1|" + databaseId.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray AuditLog::chainHash(const QByteArray& previous, const AuditEntry& e)
{
    // A JSON array is an unambiguous canonical form: no field can run into the next.
    const QJsonArray canonical {
        QString::number(e.seq), e.at, e.userName, e.action, e.entity, e.entityId, e.summary};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous);
    h.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return h.result();
}

AuditTailRef AuditLog::tail()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q.next())
        return {0, genesis(databaseId())};
    return {q.value(0).toLongLong(), q.value(1).toByteArray()};
}

AuditEntry AuditLog::append(const QString& userName, const QString& action, const QString& entity,
    const QString& entityId, const QJsonObject& summary)
{
    if (!m_db.inTransaction())
        throw CoreError(
            ErrorKind::Failed, tr("An audit entry must be written inside the change it records."));
    const AuditTailRef last = tail();
    AuditEntry e;
    e.seq = last.seq + 1;
    e.at = SqlValues::dateTimeToText(QDateTime::currentDateTimeUtc());
    e.userName = userName;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.summary = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    e.hash = chainHash(last.hash, e);

    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO audit_log (seq, at, user_name, action, entity, entity_id, summary, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.at);
    q.addBindValue(e.userName);
    q.addBindValue(e.action);
    q.addBindValue(e.entity);
    q.addBindValue(e.entityId);
    q.addBindValue(e.summary);
    q.addBindValue(e.hash);
    m_db.exec(q);
    return e;
}

QList<AuditEntry> AuditLog::entries(const QDate& since, qint64 limit)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT seq, CAST(at AS TEXT), user_name, action, entity, entity_id, summary, hash FROM audit_log "
        "WHERE at >= ? ORDER BY seq LIMIT ?"));
    q.addBindValue(since.isValid() ? SqlValues::dateToText(since) : QStringLiteral("0000"));
    q.addBindValue(limit >= 0 ? QVariant(limit) : m_db.noLimit());
    m_db.exec(q);
    QList<AuditEntry> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toByteArray()});
    }
    return list;
}

QList<AuditEntry> AuditLog::latest(int count)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT seq, CAST(at AS TEXT), user_name, action, entity, entity_id, summary, hash FROM audit_log "
        "ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(count);
    m_db.exec(q);
    QList<AuditEntry> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toByteArray()});
    }
    return list;
}

std::optional<AuditEntry> AuditLog::entry(qint64 seq)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT seq, CAST(at AS TEXT), user_name, action, entity, "
                                              "entity_id, summary, hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return AuditEntry {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toByteArray()};
}

std::optional<AuditEntry> AuditLog::lastAbout(const QString& entity, const QString& entityId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT seq, CAST(at AS TEXT), user_name, action, entity, entity_id, summary, hash FROM audit_log "
        "WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    AuditEntry e {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toByteArray()};
    q.finish();
    return e;
}

AuditLog::Report AuditLog::verify()
{
    Report report;
    QByteArray previous = genesis(databaseId());
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT seq, CAST(at AS TEXT), user_name, action, entity, entity_id, summary, hash FROM audit_log "
        "ORDER BY seq"));
    qint64 expected = 1;
    while (q.next()) {
        AuditEntry e {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toByteArray()};
        ++report.rows;
        if (e.seq != expected) {
            report.firstBadSeq = expected;
            report.problem = tr("audit entry %1 is missing (the next one is %2)").arg(expected).arg(e.seq);
            return report;
        }
        if (chainHash(previous, e) != e.hash) {
            report.firstBadSeq = e.seq;
            report.problem
                = tr("audit entry %1 was altered (its hash does not match its contents and the entry "
                     "before it)")
                      .arg(e.seq);
            return report;
        }
        previous = e.hash;
        report.tail = {e.seq, e.hash};
        ++expected;
    }
    if (report.rows == 0)
        report.tail = {0, previous};
    return report;
}

} // namespace cd
