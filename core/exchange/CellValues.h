#pragma once

#include <QDate>
#include <QString>

namespace cd::CellValues {

// A date as clerks' spreadsheets hold it: 2026-03-02, 2026/3/2, 2026.3.2, 2026年3月2日, 20260302,
// with or without a time, or an Excel serial number (days since 1899-12-30). Invalid if none.
QDate date(const QString& text);

} // namespace cd::CellValues
