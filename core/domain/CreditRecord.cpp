#include "domain/CreditRecord.h"

namespace cd {

QString CreditRecords::key(Polarity p)
{
    return p == Polarity::Positive ? QStringLiteral("positive") : QStringLiteral("negative");
}

std::optional<Polarity> CreditRecords::polarityFromKey(const QString& key)
{
    if (key == QLatin1String("positive"))
        return Polarity::Positive;
    if (key == QLatin1String("negative"))
        return Polarity::Negative;
    return std::nullopt;
}

QString CreditRecords::displayName(Polarity p)
{
    return p == Polarity::Positive ? tr("positive (trustworthy)") : tr("negative (dishonest)");
}

QString CreditRecords::key(const std::optional<Severity>& s)
{
    return s ? Severities::key(*s) : QString();
}

QString CreditRecords::key(PublicationStatus s)
{
    switch (s) {
    case PublicationStatus::NotDue:
        return QStringLiteral("not_due");
    case PublicationStatus::OnTime:
        return QStringLiteral("on_time");
    case PublicationStatus::Late:
        return QStringLiteral("late");
    case PublicationStatus::Overdue:
        return QStringLiteral("overdue");
    case PublicationStatus::NotRequired:
        return QStringLiteral("not_required");
    }
    return {};
}

QString CreditRecords::displayName(PublicationStatus s)
{
    switch (s) {
    case PublicationStatus::NotDue:
        return tr("not yet published, not yet due");
    case PublicationStatus::OnTime:
        return tr("published on time");
    case PublicationStatus::Late:
        return tr("published late");
    case PublicationStatus::Overdue:
        return tr("still unpublished, overdue");
    case PublicationStatus::NotRequired:
        return tr("publication not required");
    }
    return {};
}

PublicationStatus CreditRecords::publicationStatus(
    const CreditRecord& r, const QDate& due, const QDate& asOf, bool publicationRequired)
{
    if (!publicationRequired)
        return PublicationStatus::NotRequired;
    if (r.publishedOn.isValid() && r.publishedOn <= asOf)
        return r.publishedOn <= due ? PublicationStatus::OnTime : PublicationStatus::Late;
    return asOf > due ? PublicationStatus::Overdue : PublicationStatus::NotDue;
}

} // namespace cd
