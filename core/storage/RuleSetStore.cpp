#include "storage/RuleSetStore.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace cd {

RuleSetStore::RuleSetStore(Database& db) : m_db(db) { }

QList<RuleSet> RuleSetStore::all()
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, effective_from, source, note FROM rule_sets ORDER BY effective_from"));
    QList<RuleSet> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        RuleSet r;
        r.id = q.value(0).toLongLong();
        r.effectiveFrom = q.value(1).toDate();
        r.source = q.value(2).toString();
        r.note = q.value(3).toString();
        index.insert(r.id, list.size());
        list.append(r);
    }
    QSqlQuery p = m_db.exec(QStringLiteral("SELECT rule_set_id, severity, publish, min_months, max_months, "
                                           "specific_serious_months FROM rule_periods"));
    while (p.next()) {
        const auto found = index.constFind(p.value(0).toLongLong());
        const auto severity = Severities::fromKey(p.value(1).toString());
        if (found == index.cend() || !severity)
            continue;
        RulePeriod period;
        period.publish = p.value(2).toBool();
        period.minMonths = p.value(3).toInt();
        period.maxMonths = p.value(4).toInt();
        if (!p.value(5).isNull())
            period.specificSeriousMonths = p.value(5).toInt();
        list[*found].periods.insert(*severity, period);
    }
    return list;
}

bool RuleSetStore::exists(QDate effectiveFrom)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1 FROM rule_sets WHERE effective_from = ?"));
    q.addBindValue(effectiveFrom);
    m_db.exec(q);
    return q.next();
}

qint64 RuleSetStore::insert(const RuleSet& r)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO rule_sets (effective_from, source, note) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(r.effectiveFrom);
    q.addBindValue(r.source);
    q.addBindValue(r.note);
    const qint64 id = m_db.execReturningId(q);
    QSqlQuery p
        = m_db.prepare(QStringLiteral("INSERT INTO rule_periods (rule_set_id, severity, publish, min_months, "
                                      "max_months, specific_serious_months) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto it = r.periods.cbegin(); it != r.periods.cend(); ++it) {
        p.bindValue(0, id);
        p.bindValue(1, Severities::key(it.key()));
        p.bindValue(2, it->publish);
        p.bindValue(3, it->minMonths);
        p.bindValue(4, it->maxMonths);
        p.bindValue(5,
            it->specificSeriousMonths ? QVariant(*it->specificSeriousMonths)
                                      : QVariant(QMetaType(QMetaType::Int)));
        m_db.exec(p);
    }
    return id;
}

} // namespace cd
