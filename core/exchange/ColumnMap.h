#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace cd {

// Which column of a file holds which field, found by header names: ours, and the national
// publicity (双公示) headers the departments' systems export.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)

public:
    struct Field
    {
        QString key; // "subjectCode", "decisionDate" …
        QStringList headers; // accepted header names, first preferred
        bool required = false;
    };

    // Throws CoreError(InvalidInput) for a header row that has none of the fields' names ("a sheet
    // with no header"), the same field named twice, or a required field missing.
    ColumnMap(const QList<Field>& fields, const QStringList& header, int headerRow);

    // Whether any cell of a row names one of the fields: a header row at all.
    static bool namesAnyField(const QList<Field>& fields, const QStringList& header);

    bool has(const QString& key) const { return m_columns.contains(key); }
    int column(const QString& key) const { return m_columns.value(key, -1); }
    QString header(const QString& key) const { return m_headers.value(key); }
    QString value(const QStringList& cells, const QString& key) const;

    static QList<Field> recordFields();
    static QList<Field> subjectFields();
    // The 双公示 licence format (行政许可) and our short names for the same fields.
    static QList<Field> licenceFields();

private:
    QHash<QString, int> m_columns;
    QHash<QString, QString> m_headers;
};

} // namespace cd
