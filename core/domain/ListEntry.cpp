#include "domain/ListEntry.h"

namespace cd {

QDate ListEntry::endsOn() const
{
    if (exitDate.isValid() && (!plannedExit.isValid() || exitDate < plannedExit))
        return exitDate;
    return plannedExit;
}

bool ListEntry::listedOn(const QDate& date) const
{
    const QDate end = endsOn();
    return !approvedBy.isEmpty() && entryDate <= date && (!end.isValid() || date < end);
}

std::optional<ListExitReason> ListEntry::exitOn(const QDate& date) const
{
    const QDate end = endsOn();
    if (!end.isValid() || date < end)
        return std::nullopt;
    if (exitDate.isValid() && end == exitDate && exitReason)
        return exitReason;
    return ListExitReason::Expiry;
}

QString ListEntries::key(ListKind k)
{
    return k == ListKind::Red ? QStringLiteral("red") : QStringLiteral("black");
}

std::optional<ListKind> ListEntries::kindFromKey(const QString& key)
{
    if (key == QLatin1String("red"))
        return ListKind::Red;
    if (key == QLatin1String("black"))
        return ListKind::Black;
    return std::nullopt;
}

QString ListEntries::displayName(ListKind k)
{
    return k == ListKind::Red ? tr("red list") : tr("black list");
}

QString ListEntries::key(ListExitReason r)
{
    switch (r) {
    case ListExitReason::Expiry:
        return QStringLiteral("expiry");
    case ListExitReason::Repair:
        return QStringLiteral("repair");
    case ListExitReason::Revocation:
        return QStringLiteral("revocation");
    }
    return {};
}

std::optional<ListExitReason> ListEntries::exitReasonFromKey(const QString& key)
{
    for (ListExitReason r : {ListExitReason::Expiry, ListExitReason::Repair, ListExitReason::Revocation}) {
        if (ListEntries::key(r) == key)
            return r;
    }
    return std::nullopt;
}

QString ListEntries::displayName(ListExitReason r)
{
    switch (r) {
    case ListExitReason::Expiry:
        return tr("expired");
    case ListExitReason::Repair:
        return tr("exited by repair");
    case ListExitReason::Revocation:
        return tr("revoked");
    }
    return {};
}

QString ListEntries::stateKey(const ListEntry& e, const QDate& date)
{
    if (e.approvedBy.isEmpty() && !e.exitDate.isValid())
        return QStringLiteral("proposed");
    if (date < e.entryDate)
        return QStringLiteral("upcoming");
    if (const auto reason = e.exitOn(date))
        return key(*reason);
    return QStringLiteral("listed");
}

} // namespace cd
