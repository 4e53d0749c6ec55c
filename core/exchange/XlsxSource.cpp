#include "exchange/XlsxSource.h"

#include "CoreError.h"

#include <QRegularExpression>

#include <zip.h>

#include <limits>

namespace cd {

namespace {

// The largest part we inflate: a sheet of a million rows is far below it; a zip bomb is not.
constexpr zip_uint64_t MaxPartBytes = 2ull << 30;

quint64 key(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

// "BC12" -> column 54 (0-based 54 = BC), row 12. Returns false for anything else.
bool parseReference(QStringView ref, int& row, int& column)
{
    int i = 0;
    int col = 0;
    while (i < ref.size() && ref[i] >= u'A' && ref[i] <= u'Z') {
        col = col * 26 + (ref[i].unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size() || col > 16384)
        return false;
    bool ok = false;
    row = ref.mid(i).toInt(&ok);
    column = col - 1;
    return ok && row > 0;
}

class Zip
{
public:
    explicit Zip(const QString& path)
    {
        int error = 0;
        m_zip = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &error);
        if (!m_zip)
            throw CoreError(ErrorKind::InvalidInput,
                TableSource::tr(
                    "%1 is not a readable XLSX workbook: the zip archive is damaged or cut short. "
                    "Save it again from Excel or WPS.")
                    .arg(path));
    }
    ~Zip() { zip_discard(m_zip); }
    Zip(const Zip&) = delete;
    Zip& operator=(const Zip&) = delete;

    bool has(const QString& name) const { return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0; }

    QByteArray read(const QString& name, const QString& path) const
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0)
            throw CoreError(ErrorKind::InvalidInput,
                TableSource::tr("%1 is not an XLSX workbook: it has no %2.").arg(path, name));
        if (!(st.valid & ZIP_STAT_SIZE) || st.size > MaxPartBytes)
            throw CoreError(ErrorKind::InvalidInput,
                TableSource::tr("%1: the part %2 is too large to read.").arg(path, name));
        zip_file_t* f = zip_fopen(m_zip, name.toUtf8().constData(), 0);
        if (!f)
            throw CoreError(
                ErrorKind::InvalidInput, TableSource::tr("%1: %2 cannot be read.").arg(path, name));
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(f, bytes.data(), st.size);
        zip_fclose(f);
        if (got < 0 || zip_uint64_t(got) != st.size)
            throw CoreError(ErrorKind::InvalidInput,
                TableSource::tr("%1 is damaged: %2 breaks off (a truncated or corrupted file).")
                    .arg(path, name));
        return bytes;
    }

private:
    zip_t* m_zip = nullptr;
};

// Where a relationship target points inside the package (targets are relative to xl/ or absolute).
QString partName(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxSource::XlsxSource(const QString& path) : m_path(path)
{
    Zip zip(path);
    if (!zip.has(QStringLiteral("xl/workbook.xml")))
        throw CoreError(ErrorKind::InvalidInput,
            tr("%1 is a zip archive but not an XLSX workbook (no xl/workbook.xml).").arg(path));
    // The first sheet of the workbook, found through its relationship.
    QString relId;
    {
        QXmlStreamReader xml(zip.read(QStringLiteral("xl/workbook.xml"), path));
        while (!xml.atEnd() && relId.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        relId = a.value().toString();
                }
            }
        }
    }
    QString sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!relId.isEmpty() && zip.has(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), path));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == relId)
                sheetPart = partName(xml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    if (zip.has(QStringLiteral("xl/sharedStrings.xml")))
        readSharedStrings(zip.read(QStringLiteral("xl/sharedStrings.xml"), path));
    m_sheet = zip.read(sheetPart, path);
    readMerges();
    m_xml.addData(m_sheet);
}

qint64 XlsxSource::rowsAtMost() const
{
    // Each row is a <row> element; counting their openings bounds the rows without parsing them.
    qint64 rows = 0;
    for (qsizetype at = m_sheet.indexOf("<row"); at >= 0; at = m_sheet.indexOf("<row", at + 4)) {
        const char after = at + 4 < m_sheet.size() ? m_sheet.at(at + 4) : ' ';
        if (after == ' ' || after == '>' || after == '/')
            ++rows;
    }
    return rows;
}

void XlsxSource::readSharedStrings(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    QString current;
    int phonetic = 0; // <rPh> runs are reading aids, not text
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                current += xml.readElementText();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("si"))
                m_shared.append(current);
            else if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        throw CoreError(ErrorKind::InvalidInput,
            tr("%1 is damaged: its shared strings cannot be read (%2).").arg(m_path, xml.errorString()));
}

void XlsxSource::readMerges()
{
    // Merged ranges are listed after the rows; find them first so covered cells can be filled.
    const qsizetype at = m_sheet.lastIndexOf("<mergeCells");
    if (at < 0)
        return;
    static const QRegularExpression ref(
        QStringLiteral("<mergeCell\\s+ref=\"([A-Z]+[0-9]+):([A-Z]+[0-9]+)\""));
    const QString tail = QString::fromUtf8(m_sheet.mid(at));
    for (auto it = ref.globalMatch(tail); it.hasNext();) {
        const auto m = it.next();
        int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
        if (!parseReference(m.capturedView(1), r1, c1) || !parseReference(m.capturedView(2), r2, c2))
            continue;
        if (r2 < r1 || c2 < c1)
            continue; // not a range Excel writes; without this a row loop could run to INT_MAX
        if (qint64(r2 - r1 + 1) * (c2 - c1 + 1) > 100000)
            continue; // a whole-sheet merge is formatting, not data
        for (int r = r1; r <= r2; ++r) {
            for (int c = c1; c <= c2; ++c) {
                if (r != r1 || c != c1)
                    m_mergedByRow[r].append({c, key(r1, c1)});
            }
        }
    }
}

QString XlsxSource::cellText(const QString& type)
{
    // Inside <c>: <v>, <is><t>, <f>. Reads up to </c>.
    QString value;
    bool hasValue = false;
    bool hasFormula = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("v")) {
            value = m_xml.readElementText();
            hasValue = true;
        } else if (m_xml.name() == QLatin1String("t")) {
            value += m_xml.readElementText();
            hasValue = true;
        } else if (m_xml.name() == QLatin1String("f")) {
            hasFormula = true;
            m_xml.skipCurrentElement();
        }
    }
    if (hasFormula && !hasValue)
        return TableRow::FormulaWithoutValue;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return value;
}

bool XlsxSource::next(TableRow& row)
{
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("row"))
            continue;
        // Without an r attribute a row follows the one before (counted here, not from the caller's
        // row, which may be a fresh one). A row number that goes back is a damaged sheet: reports of
        // rejected rows would name the wrong rows.
        const int number = m_xml.attributes().value(QLatin1String("r")).toInt();
        if (number > 0 && number <= m_lastRow)
            throw CoreError(ErrorKind::InvalidInput,
                tr("%1 is damaged: row %2 comes after row %3; rows must be in order.")
                    .arg(m_path)
                    .arg(number)
                    .arg(m_lastRow));
        if (number <= 0 && m_lastRow == std::numeric_limits<int>::max())
            throw CoreError(
                ErrorKind::InvalidInput, tr("%1 has more rows than a worksheet can hold.").arg(m_path));
        row.number = number > 0 ? number : m_lastRow + 1;
        m_lastRow = row.number;
        row.cells.clear();
        int nextColumn = 0;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("row"))
                break;
            if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("c"))
                continue;
            int r = row.number, c = nextColumn;
            const QStringView ref = m_xml.attributes().value(QLatin1String("r"));
            if (!ref.isEmpty())
                parseReference(ref, r, c);
            const QString type = m_xml.attributes().value(QLatin1String("t")).toString();
            const QString text = cellText(type);
            while (row.cells.size() < c)
                row.cells.append(QString());
            row.cells.append(text);
            nextColumn = c + 1;
            if (!m_mergedByRow.isEmpty())
                m_mergedValue.insert(key(row.number, c), text);
        }
        // Cells covered by a merge take their range's value.
        for (const auto& [c, from] : m_mergedByRow.value(row.number)) {
            while (row.cells.size() <= c)
                row.cells.append(QString());
            if (row.cells.at(c).isEmpty())
                row.cells[c] = m_mergedValue.value(from);
        }
        if (std::all_of(
                row.cells.begin(), row.cells.end(), [](const QString& s) { return s.trimmed().isEmpty(); }))
            continue;
        return true;
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        throw CoreError(ErrorKind::InvalidInput,
            tr("%1 is damaged near row %2: %3").arg(m_path).arg(m_lastRow).arg(m_xml.errorString()));
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        throw CoreError(
            ErrorKind::InvalidInput, tr("%1 breaks off after row %2.").arg(m_path).arg(m_lastRow));
    return false;
}

} // namespace cd
