#include "storage/SqlValues.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <sqlcipher/sqlite3.h>

namespace cd::SqlValues {

int metaTypeForDeclared(const char* declaredType)
{
    if (!declaredType)
        return QMetaType::UnknownType;
    const QByteArray t = QByteArray(declaredType).trimmed().toUpper();
    if (t == "DATE")
        return QMetaType::QDate;
    if (t == "DATETIME" || t == "TIMESTAMP")
        return QMetaType::QDateTime;
    if (t == "TIME")
        return QMetaType::QTime;
    if (t == "BOOLEAN" || t == "BOOL")
        return QMetaType::Bool;
    // SQLite's own affinity rules (section 3.1 of its type documentation), in their order.
    if (t.contains("INT"))
        return QMetaType::LongLong;
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType::QString;
    if (t.contains("BLOB") || t.isEmpty())
        return QMetaType::QByteArray;
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType::Double;
    return QMetaType::Double; // NUMERIC affinity
}

QString dateToText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString dateTimeToText(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

int bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    return sqlite3_bind_text16(
        stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

} // namespace

int bind(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(
            stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDate:
        return bindText(stmt, index, dateToText(value.toDate()));
    case QMetaType::QDateTime:
        return bindText(stmt, index, dateTimeToText(value.toDateTime()));
    case QMetaType::QTime:
        return bindText(stmt, index, value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    default:
        return bindText(stmt, index, value.toString());
    }
}

namespace {

QString readText(sqlite3_stmt* stmt, int column)
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(stmt, column));
    const int bytes = sqlite3_column_bytes16(stmt, column);
    return QString(reinterpret_cast<const QChar*>(data), bytes / int(sizeof(char16_t)));
}

} // namespace

QVariant read(sqlite3_stmt* stmt, int column, int metaType)
{
    const int storage = sqlite3_column_type(stmt, column);
    if (storage == SQLITE_NULL)
        return metaType == QMetaType::UnknownType ? QVariant() : QVariant(QMetaType(metaType));

    switch (metaType) {
    case QMetaType::QDate:
        if (storage == SQLITE_TEXT)
            return QDate::fromString(readText(stmt, column).left(10), Qt::ISODate);
        break;
    case QMetaType::QDateTime:
        if (storage == SQLITE_TEXT) {
            QDateTime dt = QDateTime::fromString(readText(stmt, column), Qt::ISODateWithMs);
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeSpec(Qt::UTC); // stored without a zone means UTC here
            return dt;
        }
        break;
    case QMetaType::QTime:
        if (storage == SQLITE_TEXT)
            return QTime::fromString(readText(stmt, column), Qt::ISODateWithMs);
        break;
    case QMetaType::Bool:
        if (storage == SQLITE_INTEGER)
            return QVariant(sqlite3_column_int64(stmt, column) != 0);
        break;
    default:
        break;
    }

    switch (storage) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(stmt, column)));
    }
    default:
        return QVariant(readText(stmt, column));
    }
}

} // namespace cd::SqlValues
