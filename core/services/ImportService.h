#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

namespace cd {

class ColumnMap;
class ImportStore;
class Session;
class TableSource;
struct TableRow;

// One rejected row of an import: where, what and why. Citizen IDs in `value` are masked.
struct ImportProblem
{
    int row = 0;
    QString column;
    QString value;
    QString reason;
};

struct ImportOptions
{
    qint64 departmentId = 0; // every row's providing department, over what the file says
    bool strict = false; // import nothing when any row is rejected
};

struct ImportResult
{
    QString format; // "XLSX", "CSV (GB18030)" …
    int rows = 0; // data rows read
    int imported = 0;
    int unchanged = 0; // already there (same department and decision number, same code)
    int updated = 0; // licences already there that this file marks 无效 (revoked)
    int subjectsCreated = 0;
    bool rolledBack = false; // --strict and something was rejected
    QList<ImportProblem> rejected;
    QStringList notes;
};

// Where most data enters (§13, §20): subjects and credit records from XLSX, XLS or CSV with columns
// found by header (ours or the national 双公示 headers). Every row is checked as a form would check
// it; the valid rows go in one transaction with one audit entry; rejected rows come back with row,
// column, value and reason. Re-importing a file changes nothing.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(Session& session);

    // progress(rowsRead) returning false cancels: nothing is kept.
    using Progress = std::function<bool(int)>;
    ImportResult importRecords(
        const QString& path, const ImportOptions& options, const Progress& progress = {});
    ImportResult importSubjects(
        const QString& path, const ImportOptions& options, const Progress& progress = {});
    // Licensing decisions (行政许可) in the 双公示 licence format. Subjects not yet registered are
    // registered from the row; a licence already there (department + decision number) is left alone,
    // except that a file marking it 无效 revokes it (counted as updated). Nothing un-revokes one.
    ImportResult importLicences(
        const QString& path, const ImportOptions& options, const Progress& progress = {});

    // A department's own header names for our fields ("decisionNo" -> "处罚文书编号"), used whenever
    // its files are imported with --department. Saving an empty header removes that field's name.
    void saveMapping(qint64 departmentId, const QMap<QString, QString>& headersByField);
    QMap<QString, QString> mapping(qint64 departmentId);
    static QStringList recordFieldKeys();

    // The rejected rows as a workbook (row, column, value, reason), written atomically.
    static void writeErrorReport(const ImportResult& result, const QString& path);
    // What a rejected row's report shows of a cell: anything shaped like a citizen ID masked (a
    // mistyped ID is still a person's ID), long text cut. Every import of rows uses it.
    static QString shownValue(const QString& cell);

private:
    // Reads the rows after the header in one write transaction: progress and Cancel, the rejected
    // rows, --strict and the one audit entry are the same for every kind of import.
    using Reject = std::function<void(const QString& key, const QString& reason)>;
    using RowHandler = std::function<void(const TableRow&, ImportStore&, ImportResult&, const Reject&)>;
    ImportResult eachRow(TableSource& source, const ColumnMap& map, const QString& path,
        const ImportOptions& options, const Progress& progress, const QString& auditAction,
        const RowHandler& handle);

    Session& m_session;
};

} // namespace cd
