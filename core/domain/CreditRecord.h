#pragma once

#include "domain/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

enum class Polarity { Positive, Negative }; // 守信 / 失信

// Whether a record was published within the working days §13 allows.
enum class PublicationStatus { NotDue, OnTime, Late, Overdue, NotRequired };

// 信用信息: a fact about a subject from a providing department. A record is identified by its
// providing department and decision number (文书号).
struct CreditRecord
{
    qint64 id = 0;
    qint64 subjectId = 0;
    Polarity polarity = Polarity::Negative;
    QString category; // 行政处罚, 失信被执行人, 守合同重信用 …
    std::optional<Severity> severity; // 轻微 / 一般 / 严重: negative records only
    bool specificSerious = false; // licence revoked in food, drugs, environment, safety …
    QString decisionNo;
    QDate decisionDate;
    QString legalBasis;
    QString content;
    qint64 departmentId = 0;
    QString departmentName;
    QDate publishedOn;
    QDate withdrawnOn;
    QString withdrawnReason;
    QDate repairedOn; // an approved repair ended its publication (and the measures resting on it)
    QString createdBy;
};

class CreditRecords
{
    Q_DECLARE_TR_FUNCTIONS(CreditRecords)

public:
    static QString key(Polarity p);
    static std::optional<Polarity> polarityFromKey(const QString& key);
    static QString displayName(Polarity p);
    // "" for a record without a severity (positive records).
    static QString key(const std::optional<Severity>& s);
    static QString key(PublicationStatus s);
    static QString displayName(PublicationStatus s);

    // §13: published within `workingDays` of the decision (the due date is given), judged at asOf.
    static PublicationStatus publicationStatus(
        const CreditRecord& r, const QDate& due, const QDate& asOf, bool publicationRequired);
};

} // namespace cd
