#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cd {

// The severity of a negative credit record (轻微 / 一般 / 严重).
enum class Severity { Minor, General, Serious };

class Severities
{
    Q_DECLARE_TR_FUNCTIONS(Severities)

public:
    static QString key(Severity severity); // "minor", "general", "serious": stored and CLI words
    static std::optional<Severity> fromKey(const QString& key);
    static QString displayName(Severity severity); // translated
    static QList<Severity> all();
};

// How long a record of one severity is published and when it may be repaired, counted in months
// from the decision date.
struct RulePeriod
{
    bool publish = true; // false: the rule set lets such records go unpublished
    int minMonths = 0; // repair may be applied for after this
    int maxMonths = 0; // publication ends by itself after this
    // Set when the rule set singles out "specific serious" records: published this long and not
    // repairable. Only for Severity::Serious.
    std::optional<int> specificSeriousMonths;

    friend bool operator==(const RulePeriod&, const RulePeriod&) = default;
};

// The publicity and repair rules in force from a date (the national rules change; DOMAIN.md).
struct RuleSet
{
    static constexpr int MaxMonths = 1200; // a guard against typos, far beyond any real period

    qint64 id = 0;
    QDate effectiveFrom;
    QString source; // the document ("国家发展改革委令第36号《信用修复管理办法》")
    QString note;
    QMap<Severity, RulePeriod> periods; // every severity
    // Filled by RuleBook::ruleSetFor when it had to apply this set outside its span; shown with
    // every result drawn from it.
    QString caveat;

    RulePeriod period(Severity severity) const; // a missing severity: all zero
    // Why this rule set cannot be stored, or an empty string: a valid date, a source, every severity,
    // months from 0 to MaxMonths with min <= max, specific serious months only for serious ones.
    QString problem() const;
};

// When a record is published and repairable, from the rule set in force at its decision date.
struct PublicityWindow
{
    bool publish = true;
    bool repairable = true;
    QDate earliestRepair; // decision date + minimum months; invalid when not repairable
    QDate publicationEnds; // decision date + maximum months: publication stops by itself
    QDate ruleSetEffectiveFrom;
    QString ruleSetSource;
    QString caveat; // as RuleSet::caveat
};

// Every rule set the office has, oldest first: the lookup half of the rules, free of storage.
class RuleBook
{
    Q_DECLARE_TR_FUNCTIONS(RuleBook)

public:
    RuleBook() = default;
    explicit RuleBook(QList<RuleSet> ruleSets); // any order

    const QList<RuleSet>& ruleSets() const { return m_ruleSets; }
    bool isEmpty() const { return m_ruleSets.isEmpty(); }

    // The newest rule set in force on `decisionDate`. A date before every rule set gets the
    // earliest, with a caveat saying so. Throws CoreError(InvalidInput) for an invalid date and
    // CoreError(Failed) when there are no rule sets at all.
    RuleSet ruleSetFor(QDate decisionDate) const;

    // Throws CoreError(InvalidInput) when `specificSerious` is set on a record that is not serious.
    PublicityWindow publicityFor(QDate decisionDate, Severity severity, bool specificSerious) const;

private:
    QList<RuleSet> m_ruleSets;
};

} // namespace cd
