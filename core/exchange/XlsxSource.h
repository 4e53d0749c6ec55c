#pragma once

#include "exchange/TableSource.h"

#include <QByteArray>
#include <QHash>
#include <QXmlStreamReader>

namespace cd {

// The first worksheet of an Office Open XML workbook: shared and inline strings, numbers, booleans,
// formula results, and merged ranges filled with their top-left value.
class XlsxSource : public TableSource
{
public:
    explicit XlsxSource(const QString& path);
    QString format() const override { return QStringLiteral("XLSX"); }
    bool next(TableRow& row) override;
    qint64 rowsAtMost() const override;

private:
    void readSharedStrings(const QByteArray& xml);
    void readMerges();
    QString cellText(const QString& type);

    QString m_path;
    QStringList m_shared;
    QByteArray m_sheet;
    QXmlStreamReader m_xml;
    // Merged ranges by row: each covered cell (column) points at its range's top-left (row, column).
    QHash<int, QList<std::pair<int, quint64>>> m_mergedByRow;
    QHash<quint64, QString> m_mergedValue;
    int m_lastRow = 0; // the number of the row read last: rows come in order
};

} // namespace cd
