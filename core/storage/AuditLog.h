#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC, ISO-8601 with milliseconds, exactly as stored and hashed
    QString userName;
    QString action;
    QString entity;
    QString entityId;
    QString summary; // compact JSON of before/after; never a reporter's identity or a full citizen ID
    QByteArray hash;
};

struct AuditTailRef
{
    qint64 seq = 0;
    QByteArray hash;
};

// The append-only audit chain. Each row's hash is SHA-256 over the previous row's hash and the
// row's canonical form, starting from a genesis hash bound to this database's id, so an edited,
// removed or re-ordered row breaks the chain at its seq. A cut-off tail is caught by comparing with
// the authenticated tail kept in the key file.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);

    // Must run inside the write transaction of the change it records.
    AuditEntry append(const QString& userName, const QString& action, const QString& entity,
        const QString& entityId, const QJsonObject& summary);

    AuditTailRef tail();
    QList<AuditEntry> entries(const QDate& since = {}, qint64 limit = -1);
    std::optional<AuditEntry> entry(qint64 seq);
    // The newest entry about one thing (entity "case", id "42"): who changed it last, and when.
    std::optional<AuditEntry> lastAbout(const QString& entity, const QString& entityId);
    QList<AuditEntry> latest(int count); // newest first

    struct Report
    {
        qint64 rows = 0;
        qint64 firstBadSeq = 0; // 0 when the chain is whole
        QString problem;
        AuditTailRef tail;
    };
    Report verify();

    static QByteArray genesis(const QString& databaseId);
    static QByteArray chainHash(const QByteArray& previous, const AuditEntry& entry);

private:
    QString databaseId();

    Database& m_db;
    QString m_databaseId;
};

} // namespace cd
