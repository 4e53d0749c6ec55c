#include "storage/StoreHelpers.h"

#include "domain/CodeValidator.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace cd::StoreHelpers {

QString shownCode(const QString& kind, const QString& code)
{
    return kind == QLatin1String("natural_person") ? maskCitizenId(code) : code;
}

QString nextDocumentNumber(Database& db, const char* table, const QString& prefix, int year)
{
    const QString head = QStringLiteral("%1〔%2〕").arg(prefix).arg(year);
    // Numbers of one prefix and year sort as text, so the greatest is found on the unique index.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT number FROM %1 WHERE number >= ? AND number < ? "
                                            "ORDER BY number DESC LIMIT 1")
                                 .arg(QLatin1String(table)));
    q.addBindValue(head);
    q.addBindValue(head + QChar(0xFFFF));
    db.exec(q);
    const int next = q.next() ? q.value(0).toString().mid(head.size(), 4).toInt() + 1 : 1;
    return QStringLiteral("%1%2号").arg(head).arg(next, 4, 10, QLatin1Char('0'));
}

} // namespace cd::StoreHelpers
