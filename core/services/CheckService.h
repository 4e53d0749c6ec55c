#pragma once

#include "domain/CreditCheck.h"
#include "domain/ListEntry.h"
#include "domain/Subject.h"
#include "services/RecordService.h"

#include <QCoreApplication>

namespace cd {

class Session;

// The answer to "what applies to this subject on this date, and why" (应查必查, §14).
struct CreditCheckResult
{
    Subject subject; // code masked for persons
    QDate asOf;
    QList<RecordView> records;
    QList<ListEntry> lists; // entries approved and begun by the date, whatever their state then
    QList<MeasureCheck> measures;
    bool greenChannel = false; // §2: red list, or three years without a negative record
    QString greenChannelReason;
};

class CheckService
{
    Q_DECLARE_TR_FUNCTIONS(CheckService)

public:
    explicit CheckService(Session& session);

    CreditCheckResult check(qint64 subjectId, const QDate& asOf);
    // QUERY is a code (exact or prefix) or a name substring; at most `limit` subjects (0 = all).
    QList<CreditCheckResult> check(const QString& query, const QDate& asOf, int limit);

private:
    Session& m_session;
};

} // namespace cd
