#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cd {

class Database;

// Moves every table of a local file into a server database of the same schema (issue 10,
// migrate-to-server), and checksums a table the same way on either backend so that the two can be
// compared after the copy. The tables, their columns' types, primary keys, identity columns and
// foreign keys are read from the server's catalog: the server's types say how each value is
// converted (a file's 0/1 becomes a boolean, its ISO text a date or a UTC date-time) and how it is
// written out for the checksum, identically for both sides.
//
// Nothing here commits: the caller holds the server transaction (one, for all of it), and reads the
// file inside a ReadSnapshot so that every table is read at the same moment.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    // What a column's values are, from the server's type of the column.
    enum class Kind { Integer, Real, Boolean, Date, DateTime, Text, Blob };

    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
    };

    struct Table
    {
        QString name;
        QList<Column> columns; // in the table's order
        QStringList primaryKey; // in the key's order
        QString identityColumn; // empty if the table has none
    };

    struct Checksum
    {
        QString table;
        qint64 rows = 0;
        QByteArray sha256; // 32 bytes
    };

    // rowsDone of rowsTotal rows of `table` copied.
    using Progress = std::function<void(const QString& table, qint64 rowsDone, qint64 rowsTotal)>;

    // Reads the server's catalog. Throws CoreError(Failed) if a column has a type this class does not
    // know, or the foreign keys go round in a circle (no order would then fill the parents first).
    TableCopy(Database& source, Database& server);

    // The server's tables, parents before the tables whose foreign keys point at them.
    const QList<Table>& tables() const { return m_tables; }

    // CoreError(Failed), nothing written: the two are at different schema versions, or do not have the
    // same tables with the same columns in the same order.
    void requireSameSchema();
    // CoreError(Failed), nothing written, naming the tables and their rows: the server holds rows
    // other than the seed rows of its migrations (see seedTables()). Call inside the server
    // transaction, after Database::lockSchema(), so that no other desk can fill it meanwhile.
    void requireFreshServer();

    // Inside the server transaction, in this order: clearSeedRows(), copy() of each table in tables()
    // order, moveIdentitySequences(). copy() returns the number of rows copied.
    void clearSeedRows();
    qint64 copy(const Table& table, const Progress& progress = {});
    void moveIdentitySequences();

    // The tables whose rows a fresh server database has from its migrations (the catalogue, the
    // departments, the publicity rules, the settings). TestServerMigration fails if a migration
    // seeds another table without it being named here.
    static const QStringList& seedTables();

    // Every row of `table` in `db` (either backend), ordered by its primary key (text byte-wise, as
    // SQLite's BINARY and PostgreSQL's "C" collation agree), each value turned into one canonical
    // text by the column's kind: NULL, integers in decimal, booleans as 0/1, dates as YYYY-MM-DD,
    // date-times in UTC as YYYY-MM-DDTHH:MM:SS.mmmZ, text as UTF-8, blobs in lower-case hex, reals
    // with 17 significant digits; SHA-256 over them, each value tagged and length-prefixed so that no
    // value can run into the next. CoreError(Integrity) names the row of a value that does not fit
    // its column's kind (such as text that is no date in a date column).
    static Checksum checksum(Database& db, const Table& table);

private:
    Database& m_source;
    Database& m_server;
    QList<Table> m_tables;
};

// A read transaction on a local file (a plain, deferred BEGIN): every read sees the file as it was
// at the first one, while other desks may go on writing. Ended by a rollback, so nothing is ever
// written through it.
class ReadSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ReadSnapshot)

public:
    explicit ReadSnapshot(Database& file);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
};

} // namespace cd
