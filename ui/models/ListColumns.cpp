#include "models/ListColumns.h"

#include "domain/Case.h"
#include "domain/CreditRecord.h"
#include "domain/RuleSet.h"
#include "domain/Subject.h"

namespace cd::columns {

namespace {

template<typename FromKey, typename Display>
BrowseModel::Column word(const QString& key, const QString& title, FromKey fromKey, Display display)
{
    return {key, title, [key, fromKey, display](const QVariantMap& row) -> QVariant {
                const QString stored = row.value(key).toString();
                const auto value = fromKey(stored);
                return value ? display(*value) : stored;
            }};
}

} // namespace

BrowseModel::Column text(const QString& key, const QString& title)
{
    return {key, title, {}};
}

BrowseModel::Column subjectKind(const QString& key, const QString& title)
{
    return word(
        key, title, [](const QString& k) { return SubjectKinds::fromKey(k); },
        [](SubjectKind k) { return SubjectKinds::displayName(k); });
}

BrowseModel::Column caseState(const QString& key, const QString& title)
{
    return word(
        key, title, [](const QString& k) { return Cases::stateFromKey(k); },
        [](CaseState s) { return Cases::displayName(s); });
}

BrowseModel::Column caseKind(const QString& key, const QString& title)
{
    return word(
        key, title, [](const QString& k) { return Cases::kindFromKey(k); },
        [](CaseKind k) { return Cases::displayName(k); });
}

BrowseModel::Column polarity(const QString& key, const QString& title)
{
    return word(
        key, title, [](const QString& k) { return CreditRecords::polarityFromKey(k); },
        [](Polarity p) { return CreditRecords::displayName(p); });
}

BrowseModel::Column severity(const QString& key, const QString& title)
{
    return word(
        key, title, [](const QString& k) { return Severities::fromKey(k); },
        [](Severity s) { return Severities::displayName(s); });
}

} // namespace cd::columns
