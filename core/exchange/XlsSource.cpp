#include "exchange/XlsSource.h"

#include "CoreError.h"

#include <freexl.h>

namespace cd {

XlsSource::XlsSource(const QString& path) : m_path(path)
{
    if (freexl_open(path.toLocal8Bit().constData(), &m_handle) != FREEXL_OK) {
        m_handle = nullptr;
        throw CoreError(ErrorKind::InvalidInput,
            tr("%1 is not a readable XLS workbook (damaged, encrypted or cut short). Save it again as XLSX.")
                .arg(path));
    }
    if (freexl_select_active_worksheet(m_handle, 0) != FREEXL_OK
        || freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK) {
        // A constructor that throws gets no destructor: close the workbook here (found by fuzz_xls).
        freexl_close(m_handle);
        m_handle = nullptr;
        throw CoreError(ErrorKind::InvalidInput, tr("%1: its first worksheet cannot be read.").arg(path));
    }
}

XlsSource::~XlsSource()
{
    if (m_handle)
        freexl_close(m_handle);
}

bool XlsSource::next(TableRow& row)
{
    while (m_next < m_rows) {
        const unsigned int r = m_next++;
        row.number = int(r) + 1;
        row.cells.clear();
        bool any = false;
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue cell;
            QString text;
            if (freexl_get_cell_value(m_handle, r, c, &cell) == FREEXL_OK) {
                switch (cell.type) {
                case FREEXL_CELL_INT:
                    text = QString::number(cell.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    text = QString::number(cell.value.double_value, 'g', 15);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    text = QString::fromUtf8(cell.value.text_value);
                    break;
                default:
                    break;
                }
            }
            any = any || !text.trimmed().isEmpty();
            row.cells.append(text);
        }
        if (any)
            return true;
    }
    return false;
}

} // namespace cd
