#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace cd {

class Database;

// What every store binds and reads the same way: NULL for an absent id, date or text, and the
// shown form of a subject's code (a citizen ID leaves the storage layer masked).
namespace StoreHelpers {

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

inline QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// kind is the stored subject kind ("natural_person" …).
QString shownCode(const QString& kind, const QString& code);

// The next document number of a series and year: PREFIX〔YEAR〕NNNN号 (at least four digits). Called
// inside the write transaction, so two desks never take the same number.
QString nextDocumentNumber(Database& db, const QString& prefix, int year);

} // namespace StoreHelpers
} // namespace cd
