#include "storage/TableCopy.h"

#include "CoreError.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <limits>
#include <optional>

namespace cd {

namespace {

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The server's type names (pg_type.typname) and what their values are.
std::optional<TableCopy::Kind> kindOf(const QString& type)
{
    using K = TableCopy::Kind;
    static const QHash<QString, K> kinds {
        {QStringLiteral("int8"), K::Integer},
        {QStringLiteral("int4"), K::Integer},
        {QStringLiteral("int2"), K::Integer},
        {QStringLiteral("float8"), K::Real},
        {QStringLiteral("float4"), K::Real},
        {QStringLiteral("bool"), K::Boolean},
        {QStringLiteral("date"), K::Date},
        {QStringLiteral("timestamptz"), K::DateTime},
        {QStringLiteral("timestamp"), K::DateTime},
        {QStringLiteral("text"), K::Text},
        {QStringLiteral("varchar"), K::Text},
        {QStringLiteral("bpchar"), K::Text},
        {QStringLiteral("citext"), K::Text},
        {QStringLiteral("bytea"), K::Blob},
    };
    const auto it = kinds.constFind(type);
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

bool isIntegerType(int typeId)
{
    switch (typeId) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// A value as the column's kind holds it, whichever backend it was read from: a file gives 0/1 for a
// boolean declared INTEGER and ISO text for a date declared TEXT, the server the typed value. Null
// for a null; nothing if the value does not fit the kind.
std::optional<QVariant> normalised(TableCopy::Kind kind, const QVariant& v)
{
    using K = TableCopy::Kind;
    if (!v.isValid() || v.isNull())
        return QVariant();
    const int type = v.typeId();
    switch (kind) {
    case K::Integer:
        if (type == QMetaType::ULongLong && v.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        if (isIntegerType(type))
            return QVariant(v.toLongLong());
        return std::nullopt;
    case K::Real:
        if (type == QMetaType::Double || type == QMetaType::Float || isIntegerType(type))
            return QVariant(v.toDouble());
        return std::nullopt;
    case K::Boolean:
        if (type == QMetaType::Bool)
            return QVariant(v.toBool());
        if (isIntegerType(type) && (v.toLongLong() == 0 || v.toLongLong() == 1))
            return QVariant(v.toLongLong() == 1);
        return std::nullopt;
    case K::Date: {
        QDate d;
        if (type == QMetaType::QDate)
            d = v.toDate();
        else if (type == QMetaType::QString) // as the file's driver reads a DATE column
            d = QDate::fromString(v.toString().left(10), Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QVariant(d);
    }
    case K::DateTime: {
        QDateTime dt;
        if (type == QMetaType::QDateTime) {
            dt = v.toDateTime();
        } else if (type == QMetaType::QString) {
            dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeZone(QTimeZone::utc()); // as the file's driver reads a time without a zone
        }
        if (!dt.isValid())
            return std::nullopt;
        return QVariant(dt.toUTC());
    }
    case K::Text:
        if (type == QMetaType::QString)
            return v;
        return std::nullopt;
    case K::Blob:
        if (type == QMetaType::QByteArray)
            return v;
        return std::nullopt;
    }
    return std::nullopt;
}

// The canonical text of a normalised, non-null value.
QByteArray canonicalText(TableCopy::Kind kind, const QVariant& v)
{
    using K = TableCopy::Kind;
    switch (kind) {
    case K::Integer:
        return QByteArray::number(v.toLongLong());
    case K::Real:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case K::Boolean:
        return v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case K::Date:
        return v.toDate().toString(Qt::ISODate).toLatin1();
    case K::DateTime:
        return v.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
    case K::Text:
        return v.toString().toUtf8();
    case K::Blob:
        return v.toByteArray().toHex();
    }
    return {};
}

// What a statement selects from `table` on this backend, and the order by its primary key. From a
// file, text, date and date-time columns are read as CAST(… AS TEXT), as stored: the driver would
// turn a column declared DATETIME into a QDateTime, and audit_log.at must arrive as exactly the
// text its hash covers; a date that is no date is then named as it is written, not as an empty
// value. Text keys sort byte-wise on both sides: SQLite's BINARY and PostgreSQL's "C" collation both
// compare UTF-8 bytes.
QString selectStatement(const Database& db, const TableCopy::Table& table)
{
    QStringList columns;
    for (const TableCopy::Column& c : table.columns) {
        if (!db.isServer()
            && (c.kind == TableCopy::Kind::Text || c.kind == TableCopy::Kind::Date
                || c.kind == TableCopy::Kind::DateTime))
            columns << QStringLiteral("CAST(%1 AS TEXT)").arg(quoted(c.name));
        else
            columns << quoted(c.name);
    }
    QStringList order;
    QStringList keys = table.primaryKey;
    if (keys.isEmpty())
        for (const TableCopy::Column& c : table.columns)
            keys << c.name;
    for (const QString& key : std::as_const(keys)) {
        const auto column = std::find_if(table.columns.cbegin(), table.columns.cend(),
            [&](const TableCopy::Column& c) { return c.name == key; });
        const bool text = column != table.columns.cend() && column->kind == TableCopy::Kind::Text;
        if (!text)
            order << quoted(key);
        else if (db.isServer())
            order << QStringLiteral("%1::text COLLATE \"C\"").arg(quoted(key));
        else
            order << QStringLiteral("CAST(%1 AS TEXT) COLLATE BINARY").arg(quoted(key));
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QLatin1String(", ")), quoted(table.name), order.join(QLatin1String(", ")));
}

// "id 42" or "case_id 3, measure_id 7": which row a message is about.
QString rowName(const TableCopy::Table& table, const QSqlQuery& q)
{
    QStringList parts;
    for (const QString& key : table.primaryKey) {
        for (int i = 0; i < table.columns.size(); ++i)
            if (table.columns.at(i).name == key)
                parts << QStringLiteral("%1 %2").arg(key, q.value(i).toString());
    }
    return parts.join(QLatin1String(", "));
}

qint64 rowCount(Database& db, const QString& table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))).toLongLong();
}

} // namespace

const QStringList& TableCopy::seedTables()
{
    // resources/migrations/*/0002_domain.sql (settings) and 0003_seed_catalogue.sql.
    static const QStringList tables {QStringLiteral("departments"), QStringLiteral("measure_departments"),
        QStringLiteral("measures"), QStringLiteral("memoranda"), QStringLiteral("rule_periods"),
        QStringLiteral("rule_sets"), QStringLiteral("settings")};
    return tables;
}

TableCopy::TableCopy(Database& source, Database& server) : m_source(source), m_server(server)
{
    if (source.isServer() || !server.isServer())
        throw CoreError(ErrorKind::Failed,
            tr("A copy to a server goes from a local database file to a database server."));

    // Columns with their types, in each table's order.
    QMap<QString, Table> byName;
    QSqlQuery columns = server.exec(QStringLiteral(
        "SELECT c.relname, a.attname, t.typname, a.attidentity <> '' "
        "FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid "
        "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'schema_version' "
        "AND a.attnum > 0 AND NOT a.attisdropped "
        "ORDER BY c.relname, a.attnum"));
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        const QString type = columns.value(2).toString();
        const auto kind = kindOf(type);
        if (!kind)
            throw CoreError(ErrorKind::Failed,
                tr("The column %1 of the table %2 on the server has the type %3, which a move from a "
                   "local file does not know how to fill.")
                    .arg(column, table, type));
        Table& t = byName[table];
        t.name = table;
        t.columns.append({column, *kind});
        if (columns.value(3).toBool())
            t.identityColumn = column;
    }

    QSqlQuery keys = server.exec(
        QStringLiteral("SELECT c.relname, a.attname "
                       "FROM pg_catalog.pg_index i "
                       "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                       "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
                       "WHERE i.indisprimary AND n.nspname = current_schema() "
                       "ORDER BY c.relname, k.ord"));
    while (keys.next()) {
        const auto it = byName.find(keys.value(0).toString());
        if (it != byName.end())
            it->primaryKey << keys.value(1).toString();
    }

    // Parents first (Kahn's algorithm, ties by name so the order is always the same). A table's
    // reference to itself is left out: its rows go in key order.
    QMap<QString, QSet<QString>> parents;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        parents.insert(it.key(), {});
    QSqlQuery references
        = server.exec(QStringLiteral("SELECT child.relname, parent.relname "
                                     "FROM pg_catalog.pg_constraint f "
                                     "JOIN pg_catalog.pg_class child ON child.oid = f.conrelid "
                                     "JOIN pg_catalog.pg_class parent ON parent.oid = f.confrelid "
                                     "JOIN pg_catalog.pg_namespace n ON n.oid = child.relnamespace "
                                     "WHERE f.contype = 'f' AND n.nspname = current_schema()"));
    while (references.next()) {
        const QString child = references.value(0).toString();
        const QString parent = references.value(1).toString();
        if (child != parent && parents.contains(child) && parents.contains(parent))
            parents[child].insert(parent);
    }
    while (!parents.isEmpty()) {
        QString ready;
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (it.value().isEmpty()) {
                ready = it.key();
                break;
            }
        }
        if (ready.isEmpty())
            throw CoreError(ErrorKind::Failed,
                tr("The foreign keys of the tables %1 on the server refer to each other in a circle, so "
                   "no order of copying fills every parent first.")
                    .arg(parents.keys().join(QLatin1String(", "))));
        m_tables.append(byName.value(ready));
        parents.remove(ready);
        for (auto it = parents.begin(); it != parents.end(); ++it)
            it->remove(ready);
    }
}

void TableCopy::requireSameSchema()
{
    const int sourceVersion = m_source.userVersion();
    const int serverVersion = m_server.userVersion();
    if (sourceVersion != serverVersion)
        throw CoreError(ErrorKind::Failed,
            tr("The server database %1 is at schema version %2 and the file %3 at %4; both must be at "
               "the same version. Nothing was written.")
                .arg(m_server.path())
                .arg(serverVersion)
                .arg(m_source.path())
                .arg(sourceVersion));
    const QMap<QString, QStringList> file = m_source.tableColumns();
    const QMap<QString, QStringList> server = m_server.tableColumns();
    for (auto it = file.cbegin(); it != file.cend(); ++it) {
        if (!server.contains(it.key()))
            throw CoreError(ErrorKind::Failed,
                tr("The server database %1 has no table %2, which the file %3 has. Nothing was written.")
                    .arg(m_server.path(), it.key(), m_source.path()));
        if (server.value(it.key()) != it.value())
            throw CoreError(ErrorKind::Failed,
                tr("The table %1 has the columns %2 in the file %3 but %4 on the server %5. Nothing was "
                   "written.")
                    .arg(it.key(), it.value().join(QLatin1String(", ")), m_source.path(),
                        server.value(it.key()).join(QLatin1String(", ")), m_server.path()));
    }
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        if (!file.contains(it.key()))
            throw CoreError(ErrorKind::Failed,
                tr("The server database %1 has a table %2, which the file %3 does not have. Nothing was "
                   "written.")
                    .arg(m_server.path(), it.key(), m_source.path()));
}

void TableCopy::requireFreshServer()
{
    // A fresh server database holds the seed rows of its migrations and nothing else. Those rows
    // are replaced by the file's (clearSeedRows): the file began with the same seeds, and what an
    // administrator changed since (a department added, a setting changed) is in the file, so the
    // file's rows are the ones that must arrive, with their ids. Every other table must be empty.
    // A database anyone has used through CreditDesk has at least its meta rows, a user and an audit
    // entry, none of them seed tables, so whatever is in the seed tables can only have come from the
    // migrations.
    QStringList filled;
    for (const Table& table : std::as_const(m_tables)) {
        if (seedTables().contains(table.name))
            continue;
        const qint64 rows = rowCount(m_server, table.name);
        if (rows > 0)
            filled << tr("%1 (%n rows)", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(table.name);
    }
    if (filled.isEmpty())
        return;
    // The first few tables say enough (audit_log, users and meta are among them once anyone used it).
    constexpr int Named = 4;
    QString tables = filled.mid(0, Named).join(QLatin1String(", "));
    if (filled.size() > Named)
        tables = tr("%1 and %n more tables", nullptr, int(filled.size() - Named)).arg(tables);
    throw CoreError(ErrorKind::Failed,
        tr("The server database %1 already holds data: %2. A local database moves only into a new "
           "database that holds nothing but what its migrations put there. Nothing was written.")
            .arg(m_server.path(), tables));
}

void TableCopy::clearSeedRows()
{
    // Children before parents (measure_departments before measures and departments).
    for (auto it = m_tables.crbegin(); it != m_tables.crend(); ++it)
        if (seedTables().contains(it->name))
            m_server.exec(QStringLiteral("DELETE FROM %1").arg(quoted(it->name)));
}

qint64 TableCopy::copy(const Table& table, const Progress& progress)
{
    const qint64 total = rowCount(m_source, table.name);
    const int columns = int(table.columns.size());
    // Several rows a statement: one round trip to the server per batch rather than per row.
    const int batchRows = std::clamp(20000 / std::max(columns, 1), 1, 500);

    QStringList names;
    for (const Column& c : table.columns)
        names << quoted(c.name);
    const QString rowPlaceholders = QLatin1Char('(')
        + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    auto insertFor = [&](int rows) {
        return m_server.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(quoted(table.name), names.join(QLatin1String(", ")),
                                        QStringList(rows, rowPlaceholders).join(QLatin1Char(','))));
    };
    std::optional<QSqlQuery> fullBatch;
    QVariantList pending;
    pending.reserve(batchRows * columns);
    qint64 copied = 0;
    auto flush = [&] {
        const int rows = int(pending.size() / std::max(columns, 1));
        if (rows == 0)
            return;
        if (rows == batchRows && !fullBatch)
            fullBatch = insertFor(batchRows);
        std::optional<QSqlQuery> partial;
        if (rows != batchRows)
            partial = insertFor(rows);
        QSqlQuery& insert = partial ? *partial : *fullBatch;
        for (int i = 0; i < pending.size(); ++i)
            insert.bindValue(i, pending.at(i));
        m_server.exec(insert);
        copied += rows;
        pending.clear();
        if (progress)
            progress(table.name, copied, total);
    };

    QSqlQuery read = m_source.exec(selectStatement(m_source, table));
    while (read.next()) {
        for (int i = 0; i < columns; ++i) {
            const Column& c = table.columns.at(i);
            const auto value = normalised(c.kind, read.value(i));
            if (!value)
                throw CoreError(ErrorKind::Integrity,
                    tr("The file %1 holds \"%2\" in the column %3 of the table %4 (%5), which is not a "
                       "value that column can hold; nothing was written to the server.")
                        .arg(m_source.path(), read.value(i).toString(), c.name, table.name,
                            rowName(table, read)));
            pending.append(*value);
        }
        if (pending.size() == qsizetype(batchRows) * columns)
            flush();
    }
    flush();
    if (progress && copied == 0)
        progress(table.name, 0, total);
    return copied;
}

void TableCopy::moveIdentitySequences()
{
    // Explicit ids do not move an identity's sequence: without this, the server's next insert
    // would be given id 1 (or 35 after the seeded departments) again.
    for (const Table& table : std::as_const(m_tables)) {
        if (table.identityColumn.isEmpty())
            continue;
        m_server.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                     "COALESCE(MAX(%3), 0) + 1, false) FROM %1")
                          .arg(quoted(table.name), table.identityColumn, quoted(table.identityColumn)));
    }
}

TableCopy::Checksum TableCopy::checksum(Database& db, const Table& table)
{
    Checksum result;
    result.table = table.name;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = db.exec(selectStatement(db, table));
    const int columns = int(table.columns.size());
    while (q.next()) {
        hash.addData(QByteArrayView("R"));
        for (int i = 0; i < columns; ++i) {
            const Column& c = table.columns.at(i);
            const auto value = normalised(c.kind, q.value(i));
            if (!value)
                throw CoreError(ErrorKind::Integrity,
                    tr("The database %1 holds \"%2\" in the column %3 of the table %4 (%5), which is not "
                       "a value that column can hold.")
                        .arg(db.path(), q.value(i).toString(), c.name, table.name, rowName(table, q)));
            if (value->isNull()) {
                hash.addData(QByteArrayView("N"));
                continue;
            }
            const QByteArray text = canonicalText(c.kind, *value);
            hash.addData(QByteArrayView("V"));
            hash.addData(QByteArray::number(text.size()));
            hash.addData(QByteArrayView(":"));
            hash.addData(text);
        }
        ++result.rows;
    }
    result.sha256 = hash.result();
    return result;
}

ReadSnapshot::ReadSnapshot(Database& file) : m_db(file)
{
    if (file.isServer())
        throw CoreError(ErrorKind::Failed, tr("A read snapshot is for a local database file only."));
    m_db.exec(QStringLiteral("BEGIN DEFERRED"));
}

ReadSnapshot::~ReadSnapshot()
{
    try {
        m_db.exec(QStringLiteral("ROLLBACK"));
    } catch (const CoreError&) {
        // Nothing was written through it; the connection ends its transaction when it closes.
    }
}

} // namespace cd
