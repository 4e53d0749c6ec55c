#pragma once

#include "exchange/TableSource.h"

namespace cd {

// The first worksheet of a legacy .xls (BIFF) workbook, read through FreeXL.
class XlsSource : public TableSource
{
public:
    explicit XlsSource(const QString& path);
    ~XlsSource() override;
    QString format() const override { return QStringLiteral("XLS"); }
    bool next(TableRow& row) override;
    qint64 rowsAtMost() const override { return m_rows; }

private:
    QString m_path;
    const void* m_handle = nullptr;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_next = 0;
};

} // namespace cd
