#include "storage/StoreHelpers.h"

#include "domain/CodeValidator.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace cd::StoreHelpers {

QString shownCode(const QString& kind, const QString& code)
{
    return kind == QLatin1String("natural_person") ? maskCitizenId(code) : code;
}

QString nextDocumentNumber(Database& db, const QString& prefix, int year)
{
    // One statement takes the next number, inside the caller's write transaction, so two desks
    // never get the same one.
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO document_counters (series, year, last) VALUES (?, ?, 1) "
        "ON CONFLICT (series, year) DO UPDATE SET last = document_counters.last + 1 RETURNING last"));
    q.addBindValue(prefix);
    q.addBindValue(year);
    db.exec(q);
    const qint64 next = q.next() ? q.value(0).toLongLong() : 1;
    q.finish();
    return QStringLiteral("%1〔%2〕%3号").arg(prefix).arg(year).arg(next, 4, 10, QLatin1Char('0'));
}

} // namespace cd::StoreHelpers
