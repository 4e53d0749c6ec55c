#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace cd {

class SqlCipherDriver;

// One statement of the SQLCipher driver. Forward-only queries read straight from the statement;
// scrollable ones (QSqlQueryModel) keep the rows they have stepped over, since SQLite cannot seek.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    // Called by the driver when it closes: the statement must go before the connection.
    void finalize();

    QVariant handle() const override;

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    void bindValue(int index, const QVariant& value, QSql::ParamType type) override;

    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Error };
    Step step();
    bool bindAll();
    QVariant columnValue(int column) const;
    void cacheCurrentRow();
    void clearRows();
    bool setError(const QString& what, int type);

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<int> m_columnTypes; // QMetaType ids from the declared column types
    QList<QVariant> m_positional; // values bound by position since the last prepare
    QList<QList<QVariant>> m_rows;
    bool m_firstRowPending = false;
    bool m_exhausted = false;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace cd
