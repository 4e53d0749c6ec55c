#pragma once

#include <QVariant>

struct sqlite3_stmt;

namespace cd::SqlValues {

// How Qt values travel to and from SQLCipher. Dates and times are ISO-8601 text (UTC with a 'Z'
// for date-times) so that they sort as text and read the same from any tool; a column declared
// DATE, DATETIME/TIMESTAMP, TIME or BOOLEAN comes back as the matching Qt type.
int metaTypeForDeclared(const char* declaredType);
int bind(sqlite3_stmt* stmt, int index, const QVariant& value);
QVariant read(sqlite3_stmt* stmt, int column, int metaType);

QString dateToText(const QDate& date);
QString dateTimeToText(const QDateTime& dateTime);

} // namespace cd::SqlValues
