#include "exchange/CsvSource.h"

#include "CoreError.h"

namespace cd {

namespace {

constexpr qint64 Chunk = 1 << 20;

} // namespace

CsvSource::CsvSource(const QString& path) : m_path(path), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw CoreError(ErrorKind::Failed, tr("%1 cannot be read: %2").arg(path, m_file.errorString()));
    const QByteArray head = m_file.peek(Chunk);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        m_file.read(3);
        m_format = QStringLiteral("CSV (UTF-8)");
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_decoder
            = QStringDecoder(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_file.read(2);
        m_format = QStringLiteral("CSV (UTF-16)");
    } else {
        // Valid UTF-8 in the first megabyte is UTF-8 (a multi-byte character cut at the end of the
        // sample is not an error); anything else is taken as GB18030.
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        qsizetype cut = head.size();
        while (cut > 0 && head.size() - cut < 4 && (uchar(head.at(cut - 1)) & 0xC0) == 0x80)
            --cut;
        if (cut > 0 && uchar(head.at(cut - 1)) >= 0xC0)
            --cut;
        const QString sample = probe.decode(head.left(cut)); // decoding happens on conversion
        if (!probe.hasError()) {
            m_decoder = QStringDecoder(QStringDecoder::Utf8);
            m_format = QStringLiteral("CSV (UTF-8)");
        } else {
            m_decoder = QStringDecoder("GB18030");
            m_format = QStringLiteral("CSV (GB18030)");
            if (!m_decoder.isValid())
                throw CoreError(ErrorKind::InvalidInput,
                    tr("%1 is not UTF-8 and this system cannot read GB18030: save it as UTF-8 CSV or XLSX.")
                        .arg(path));
        }
    }
}

qint64 CsvSource::rowsAtMost() const
{
    // Every row ends with a line break except perhaps the last; a quoted break only overcounts.
    // Counted on the bytes (a line feed is one byte in UTF-8 and GB18030), a megabyte at a time.
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    if (m_format == QLatin1String("CSV (UTF-16)"))
        return -1; // the import counts as it reads
    qint64 lines = 1;
    QByteArray chunk;
    while (!(chunk = f.read(Chunk)).isEmpty())
        lines += chunk.count('\n');
    return lines;
}

bool CsvSource::fill()
{
    // Bytes that end in the middle of a character decode to nothing until the rest arrives: read on
    // until there is text, so the caller never looks past the buffer. An incomplete character at
    // the very end of the file is dropped.
    while (!m_eof) {
        const QByteArray bytes = m_file.read(Chunk);
        if (bytes.isEmpty()) {
            m_eof = true;
            break;
        }
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        m_buffer += m_decoder.decode(bytes);
        if (m_pos < m_buffer.size())
            return true;
    }
    return false;
}

bool CsvSource::next(TableRow& row)
{
    // Spans between separators are copied whole: a character at a time was the import's hot loop.
    for (;;) {
        row.cells.clear();
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        const int startLine = m_line + 1;
        for (bool rowDone = false; !rowDone;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (quoted)
                    throw CoreError(ErrorKind::InvalidInput,
                        tr("%1: a quoted field that starts on line %2 is never closed.")
                            .arg(m_path)
                            .arg(startLine));
                if (!fieldStarted && row.cells.isEmpty())
                    return false;
                row.cells.append(field);
                break;
            }
            const QChar* data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            if (quoted) {
                qsizetype end = m_pos;
                while (end < size && data[end] != u'"') {
                    if (data[end] == u'\n')
                        ++m_line;
                    ++end;
                }
                field.append(QStringView(data + m_pos, end - m_pos));
                m_pos = end;
                if (end >= size)
                    continue; // the field goes on in the next chunk
                ++m_pos;
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                    field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (data[m_pos] == u'"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
                ++m_pos;
                continue;
            }
            qsizetype end = m_pos;
            while (end < size && data[end] != u',' && data[end] != u'\n' && data[end] != u'\r')
                ++end;
            if (end > m_pos) {
                field.append(QStringView(data + m_pos, end - m_pos));
                fieldStarted = true;
            }
            m_pos = end;
            if (end >= size)
                continue;
            const QChar ch = data[m_pos++];
            if (ch == u',') {
                row.cells.append(std::move(field));
                field = QString();
                fieldStarted = true;
            } else if (ch == u'\n') {
                ++m_line;
                row.cells.append(std::move(field));
                rowDone = true;
            } // a carriage return is dropped
        }
        row.number = startLine;
        if (std::any_of(
                row.cells.begin(), row.cells.end(), [](const QString& s) { return !s.trimmed().isEmpty(); }))
            return true;
        if (m_eof && m_pos >= m_buffer.size())
            return false;
    }
}

} // namespace cd
