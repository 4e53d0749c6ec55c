#pragma once

#include "domain/Case.h"
#include "domain/CreditRecord.h"

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

class Session;

// The office's reference data as records, cases and the credit check need it: the measure
// catalogue, departments, settings, the dated publicity rule sets and the working-day calendar.
// One place, so those rules read without the plumbing.
class OfficeRules
{
public:
    explicit OfficeRules(Session& session);

    struct MemorandumInfo
    {
        QString title;
        QString basis;
        CaseKind kind;
    };
    std::optional<MemorandumInfo> memorandum(qint64 id);
    std::optional<qint64> memorandumId(const QString& codeOrId);
    QList<CaseMeasure> proposal(qint64 memorandumId); // active measures, mandatory ones selected
    int defaultMonths(qint64 measureId);
    std::optional<QString> departmentName(qint64 id);
    std::optional<qint64> departmentId(const QString& codeOrName);

    int feedbackWorkingDays();
    int publicationWorkingDays();
    QDate addWorkingDays(const QDate& from, int days);

    struct Publicity
    {
        bool publish = true; // a minor record may go unpublished under the 2026 rules
        QDate earliestRepair; // minimum period served
        QDate publicationEnds; // maximum period: publication stops by itself
        bool repairable = true; // "specific serious" records are not
        QString ruleSource;
    };
    Publicity publicity(const CreditRecord& record);
    // The same from rule sets already read: a list of records reads them once, not once a record.
    static Publicity publicity(const CreditRecord& record, const RuleBook& rules);

private:
    Session& m_session;
};

} // namespace cd
