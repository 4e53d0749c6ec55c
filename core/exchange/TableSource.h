#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace cd {

// One row of a spreadsheet or CSV file as text, cells in column order. Numbers come as the file
// holds them ("45678", "3.5"): the importer knows which columns are dates and reads Excel serial
// numbers there. A formula cell without a computed value is FormulaWithoutValue.
struct TableRow
{
    static inline const QString FormulaWithoutValue = QStringLiteral("\x01formula");

    int number = 0; // 1-based, as the spreadsheet program shows it
    QStringList cells;
};

// Reads rows from a file, whatever its format: XLSX (zip of XML), XLS (BIFF, through FreeXL) or
// CSV (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030). The format is told by the file's
// first bytes, never by its name. Empty rows are skipped; rows keep their numbers for reports.
class TableSource
{
    Q_DECLARE_TR_FUNCTIONS(TableSource)

public:
    virtual ~TableSource() = default;

    // Throws CoreError(InvalidInput) with one clear sentence for a file that is not what it claims,
    // is truncated or cannot be read at all.
    static std::unique_ptr<TableSource> open(const QString& path);

    virtual QString format() const = 0; // "XLSX", "XLS", "CSV (GB18030)" …
    // At least as many rows as the file holds (header and empty rows included), known before the
    // rows are read, or -1: what an import checks its row limit against before it writes anything.
    virtual qint64 rowsAtMost() const { return -1; }
    // False at the end. Throws CoreError(InvalidInput) when the file breaks off mid-way.
    virtual bool next(TableRow& row) = 0;
};

} // namespace cd
