#pragma once

#include "domain/Measure.h"
#include "domain/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace cd {

class Session;

// The measure catalogue (§12, §16): memoranda of cooperation, their incentive and sanction measures
// and the departments that implement them; and the dated publicity and repair rule sets that go
// with sanctions. Every role reads; an administrator changes, every change audited. Nothing is
// deleted: cases keep pointing at what they were built from, so items are deactivated instead.
class CatalogueService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)

public:
    explicit CatalogueService(Session& session);

    // Memoranda with their measures, in catalogue order. Without includeInactive: active memoranda
    // with their active measures.
    QList<Memorandum> memoranda(bool includeInactive = false);
    std::optional<Memorandum> memorandum(qint64 id); // with every measure
    std::optional<Memorandum> memorandumByCode(const QString& code);
    std::optional<Measure> measure(qint64 id);
    std::optional<Measure> measureByCode(const QString& code);

    // What a new case under the memorandum starts from: its active measures, the mandatory ones
    // preselected. Throws CoreError(InvalidInput) for an unknown or inactive memorandum.
    QList<ProposedMeasure> proposedMeasures(qint64 memorandumId);

    // A new memorandum has no measures until addMeasure gives it some. Codes are upper-cased.
    Memorandum addMemorandum(const Memorandum& memorandum);
    // Changes title and basis; the kind only while the memorandum has no measures. The code is fixed.
    Memorandum editMemorandum(const Memorandum& memorandum);
    void deactivateMemorandum(qint64 id);
    void reactivateMemorandum(qint64 id);

    // The measure takes its memorandum's kind and needs at least one active implementing department.
    Measure addMeasure(const Measure& measure);
    // Changes title, mandatory, legal basis, plan item and default months; code and memorandum are
    // fixed (cases refer to them). Departments change through setImplementingDepartments.
    Measure editMeasure(const Measure& measure);
    // Refused for the last active measure of an active memorandum: deactivate the memorandum instead.
    void deactivateMeasure(qint64 id);
    void reactivateMeasure(qint64 id);
    void setImplementingDepartments(qint64 measureId, const QList<qint64>& departmentIds);
    // editMeasure and setImplementingDepartments in one change: both happen or neither.
    Measure editMeasure(const Measure& measure, const QList<qint64>& departmentIds);

    RuleBook ruleBook();
    RuleSet ruleSetFor(QDate decisionDate);
    PublicityWindow publicityFor(QDate decisionDate, Severity severity, bool specificSerious);
    // Administrators add the next rule set when the national rules change; its effective date must be
    // new and its periods valid (RuleSet::problem). Audited.
    RuleSet addRuleSet(const RuleSet& ruleSet);

private:
    void setMemorandumActive(qint64 id, bool active);
    void setMeasureActive(qint64 id, bool active);
    QList<qint64> checkedDepartments(const QList<qint64>& departmentIds);

    Session& m_session;
};

} // namespace cd
