#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlField>

#include <sqlcipher/sqlite3.h>

namespace cd {

namespace {

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver), m_driver(driver)
{
    m_driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    m_driver->unregisterResult(this);
    finalize();
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_firstRowPending = false;
    m_exhausted = false;
}

bool SqlCipherResult::setError(const QString& what, int type)
{
    sqlite3* db = m_driver->connection();
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    const QString detail
        = db ? sqliteMessage(db) : QCoreApplication::translate("cd::SqlCipherDriver", "no connection");
    setLastError(QSqlError(what, detail, static_cast<QSqlError::ErrorType>(type), QString::number(code)));
    setActive(false);
    return false;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_positional.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* db = m_driver->connection();
    if (!db || !m_driver->isOpen())
        return setError(QCoreApplication::translate("cd::SqlCipherDriver", "The database is not open"),
            QSqlError::ConnectionError);

    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc
        = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        m_stmt = nullptr;
        return setError(
            QCoreApplication::translate("cd::SqlCipherDriver", "Unable to prepare the statement: %1")
                .arg(query.simplified().left(200)),
            QSqlError::StatementError);
    }
    // One statement per query: a second one after ';' would be silently ignored otherwise.
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        finalize();
        setLastError(QSqlError(
            QCoreApplication::translate("cd::SqlCipherDriver", "Unable to prepare the statement"),
            QCoreApplication::translate("cd::SqlCipherDriver", "Only one SQL statement can be run at a time"),
            QSqlError::StatementError));
        return false;
    }

    m_record.clear();
    m_columnTypes.clear();
    const int columns = m_stmt ? sqlite3_column_count(m_stmt) : 0;
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        const char* table = sqlite3_column_table_name(m_stmt, i);
        const int type = SqlValues::metaTypeForDeclared(sqlite3_column_decltype(m_stmt, i));
        QSqlField field(name, QMetaType(type), table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
        m_columnTypes.append(type);
    }
    setSelect(columns > 0);
    return true;
}

void SqlCipherResult::bindValue(int index, const QVariant& value, QSql::ParamType type)
{
    // QSqlResult keeps positional values under a formatted name (":f12") looked up in a hash for
    // every value bound: an eighth of an import's time. Input values by position are kept here;
    // named ones and output parameters stay with QSqlResult.
    if (type != QSql::In || index < 0) {
        QSqlResult::bindValue(index, value, type);
        return;
    }
    if (m_positional.size() <= index)
        m_positional.resize(index + 1);
    m_positional[index] = value;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant>& values = m_positional.isEmpty() ? boundValues() : m_positional;
    const int expected = m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
    if (values.size() != expected) {
        setLastError(
            QSqlError(QCoreApplication::translate("cd::SqlCipherDriver", "Unable to bind the parameters"),
                QCoreApplication::translate(
                    "cd::SqlCipherDriver", "The statement has %1 parameters but %2 values were bound")
                    .arg(expected)
                    .arg(values.size()),
                QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (SqlValues::bind(m_stmt, i + 1, values.at(i)) != SQLITE_OK)
            return setError(
                QCoreApplication::translate("cd::SqlCipherDriver", "Unable to bind parameter %1").arg(i + 1),
                QSqlError::StatementError);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt)
        return setError(QCoreApplication::translate("cd::SqlCipherDriver", "No statement was prepared"),
            QSqlError::StatementError);
    clearRows();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    setAt(QSql::BeforeFirstRow);
    if (!bindAll())
        return false;

    sqlite3* db = m_driver->connection();
    const qint64 changesBefore = sqlite3_total_changes64(db);
    switch (step()) {
    case Step::Row:
        m_firstRowPending = true;
        if (!isForwardOnly())
            cacheCurrentRow();
        break;
    case Step::Done:
        m_exhausted = true;
        break;
    case Step::Error:
        return false;
    }
    const bool changed = sqlite3_total_changes64(db) != changesBefore;
    m_rowsAffected = isSelect() && !changed ? -1 : int(sqlite3_changes64(db));
    m_lastInsertId = changed ? sqlite3_last_insert_rowid(db) : 0;
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    const int primary = rc & 0xff;
    const auto type = (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH) ? QSqlError::StatementError
                                                                                   : QSqlError::UnknownError;
    setError(QCoreApplication::translate("cd::SqlCipherDriver", "Unable to execute the statement: %1")
                 .arg(lastQuery().simplified().left(200)),
        type);
    sqlite3_reset(m_stmt);
    m_exhausted = true;
    return Step::Error;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    return SqlValues::read(m_stmt, column, m_columnTypes.value(column, QMetaType::UnknownType));
}

void SqlCipherResult::cacheCurrentRow()
{
    QList<QVariant> row;
    const int columns = int(m_columnTypes.size());
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(columnValue(i));
    m_rows.append(std::move(row));
}

bool SqlCipherResult::fetchNext()
{
    if (!isForwardOnly())
        return fetch(at() < 0 ? 0 : at() + 1);
    if (m_firstRowPending) {
        m_firstRowPending = false;
        setAt(0);
        return true;
    }
    if (m_exhausted || !m_stmt)
        return false;
    if (step() == Step::Row) {
        setAt(at() + 1);
        return true;
    }
    m_exhausted = true;
    setAt(QSql::AfterLastRow);
    return false;
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0)
        return false;
    if (isForwardOnly()) {
        // A forward-only query can only move on; Qt asks fetch(at()+1) for next().
        if (row == 0 && at() == QSql::BeforeFirstRow)
            return fetchNext();
        if (row == at() + 1)
            return fetchNext();
        return false;
    }
    m_firstRowPending = false;
    while (row >= m_rows.size()) {
        if (m_exhausted || !m_stmt)
            return false;
        if (step() != Step::Row) {
            m_exhausted = true;
            return false;
        }
        cacheCurrentRow();
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return false;
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (isForwardOnly()) {
        bool any = false;
        while (fetchNext())
            any = true;
        return any;
    }
    while (!m_exhausted && m_stmt) {
        if (step() != Step::Row) {
            m_exhausted = true;
            break;
        }
        cacheCurrentRow();
    }
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_columnTypes.size() || at() < 0)
        return {};
    if (!isForwardOnly())
        return m_rows.value(at()).value(column);
    return columnValue(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_columnTypes.size() || at() < 0)
        return true;
    if (!isForwardOnly())
        return m_rows.value(at()).value(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1; // SQLite does not know the row count before stepping through them
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (m_lastInsertId == 0)
        return {};
    return QVariant(qlonglong(m_lastInsertId));
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    // Releases the read lock a half-read SELECT would otherwise keep open.
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_firstRowPending = false;
    m_exhausted = true;
}

} // namespace cd
