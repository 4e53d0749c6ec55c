#include "domain/RuleSet.h"

#include "CoreError.h"

#include <algorithm>

namespace cd {

QString Severities::key(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return QStringLiteral("minor");
    case Severity::General:
        return QStringLiteral("general");
    case Severity::Serious:
        return QStringLiteral("serious");
    }
    return {};
}

std::optional<Severity> Severities::fromKey(const QString& key)
{
    for (Severity s : all()) {
        if (Severities::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Severities::displayName(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return tr("minor");
    case Severity::General:
        return tr("general");
    case Severity::Serious:
        return tr("serious");
    }
    return {};
}

QList<Severity> Severities::all()
{
    return {Severity::Minor, Severity::General, Severity::Serious};
}

RulePeriod RuleSet::period(Severity severity) const
{
    const auto found = periods.constFind(severity);
    return found == periods.cend() ? RulePeriod() : *found;
}

QString RuleSet::problem() const
{
    if (!effectiveFrom.isValid())
        return RuleBook::tr("A rule set needs the date from which it is in force.");
    if (source.trimmed().isEmpty())
        return RuleBook::tr("A rule set needs its source document.");
    for (Severity s : Severities::all()) {
        const auto found = periods.constFind(s);
        if (found == periods.cend())
            return RuleBook::tr("The rule set has no periods for %1 records.")
                .arg(Severities::displayName(s));
        const RulePeriod& p = *found;
        const auto outOfRange = [](int months) { return months < 0 || months > MaxMonths; };
        if (outOfRange(p.minMonths) || outOfRange(p.maxMonths))
            return RuleBook::tr("The periods for %1 records must be from 0 to %2 months.")
                .arg(Severities::displayName(s))
                .arg(MaxMonths);
        if (p.minMonths > p.maxMonths)
            return RuleBook::tr(
                "For %1 records the minimum period (%2 months) is longer than the maximum (%3 months).")
                .arg(Severities::displayName(s))
                .arg(p.minMonths)
                .arg(p.maxMonths);
        if (p.specificSeriousMonths) {
            if (s != Severity::Serious)
                return RuleBook::tr("Only serious records can have a period for specific serious cases.");
            if (outOfRange(*p.specificSeriousMonths))
                return RuleBook::tr("The period for specific serious records must be from 0 to %1 months.")
                    .arg(MaxMonths);
        }
    }
    return {};
}

RuleBook::RuleBook(QList<RuleSet> ruleSets) : m_ruleSets(std::move(ruleSets))
{
    std::sort(m_ruleSets.begin(), m_ruleSets.end(),
        [](const RuleSet& a, const RuleSet& b) { return a.effectiveFrom < b.effectiveFrom; });
}

RuleSet RuleBook::ruleSetFor(QDate decisionDate) const
{
    if (!decisionDate.isValid())
        throw CoreError(ErrorKind::InvalidInput, tr("The decision date is not a valid date."));
    if (m_ruleSets.isEmpty())
        throw CoreError(ErrorKind::Failed,
            tr("There are no publicity rule sets; an administrator must add one before periods can be "
               "worked out."));
    const auto after = std::upper_bound(m_ruleSets.cbegin(), m_ruleSets.cend(), decisionDate,
        [](QDate date, const RuleSet& r) { return date < r.effectiveFrom; });
    if (after == m_ruleSets.cbegin()) {
        // Older decisions still come in (a record entered late); the earliest rules are the nearest.
        RuleSet earliest = m_ruleSets.constFirst();
        earliest.caveat
            = tr("The decision date %1 is before every rule set; the earliest, in force from %2, "
                 "was applied.")
                  .arg(decisionDate.toString(Qt::ISODate), earliest.effectiveFrom.toString(Qt::ISODate));
        return earliest;
    }
    return *(after - 1);
}

PublicityWindow RuleBook::publicityFor(QDate decisionDate, Severity severity, bool specificSerious) const
{
    if (specificSerious && severity != Severity::Serious)
        throw CoreError(ErrorKind::InvalidInput,
            tr("Only a serious record can be specific serious; this one is %1.")
                .arg(Severities::displayName(severity)));
    const RuleSet rules = ruleSetFor(decisionDate);
    const RulePeriod period = rules.period(severity);
    PublicityWindow w;
    w.ruleSetEffectiveFrom = rules.effectiveFrom;
    w.ruleSetSource = rules.source;
    w.caveat = rules.caveat;
    w.publish = period.publish;
    if (specificSerious && period.specificSeriousMonths) {
        w.repairable = false;
        w.publicationEnds = decisionDate.addMonths(*period.specificSeriousMonths);
        return w;
    }
    // A later rule set without the category treats such records as plain serious ones.
    w.earliestRepair = decisionDate.addMonths(period.minMonths);
    w.publicationEnds = decisionDate.addMonths(period.maxMonths);
    return w;
}

} // namespace cd
