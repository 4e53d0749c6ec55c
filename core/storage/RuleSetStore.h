#pragma once

#include "domain/RuleSet.h"

#include <QList>

namespace cd {

class Database;

// The rule_sets and rule_periods tables.
class RuleSetStore
{
public:
    explicit RuleSetStore(Database& db);

    QList<RuleSet> all(); // oldest first, each with its periods
    bool exists(QDate effectiveFrom);
    qint64 insert(const RuleSet& ruleSet); // with its periods

private:
    Database& m_db;
};

} // namespace cd
