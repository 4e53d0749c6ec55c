#pragma once

#include "exchange/TableSource.h"

#include <QFile>
#include <QStringDecoder>

namespace cd {

// Comma-separated text as exported by Excel, WPS and the provincial platform: UTF-8 with or without
// a BOM, UTF-16 with a BOM, otherwise GB18030 (which Chinese Excel writes by default). Quoted
// fields may hold commas, quotes ("") and line breaks.
class CsvSource : public TableSource
{
public:
    explicit CsvSource(const QString& path);
    QString format() const override { return m_format; }
    bool next(TableRow& row) override;
    qint64 rowsAtMost() const override;

private:
    bool fill();

    QString m_path;
    QString m_format;
    QFile m_file;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 0;
    bool m_eof = false;
};

} // namespace cd
