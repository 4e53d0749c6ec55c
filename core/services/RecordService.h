#pragma once

#include "domain/CreditRecord.h"
#include "services/OfficeRules.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class Session;

// A record with what follows from it at a date: the §13 publication deadline and whether it was
// met, and the publicity window of the rule set in force at its decision date.
struct RecordView
{
    CreditRecord record;
    QDate publicationDue;
    PublicationStatus publication = PublicationStatus::NotDue;
    OfficeRules::Publicity publicity;
    bool publicityActive = false; // published and neither past its maximum period nor withdrawn
};

// 信用信息: adding records (validated, one per department and decision number), marking them
// published, and reading them with their publication status.
class RecordService
{
    Q_DECLARE_TR_FUNCTIONS(RecordService)

public:
    explicit RecordService(Session& session);

    CreditRecord add(CreditRecord record);
    CreditRecord markPublished(qint64 id, const QDate& on);
    RecordView view(const CreditRecord& record, const QDate& asOf);
    QList<RecordView> forSubject(qint64 subjectId, const QDate& asOf = QDate::currentDate());
    CreditRecord get(qint64 id);

    // Field checks shared by the form, the CLI and the importer; throws InvalidInput naming the field.
    static void validate(const CreditRecord& record, const QDate& today = QDate::currentDate());

private:
    static void finish(RecordView& v, const QDate& asOf); // status and publicity from the dates
    Session& m_session;
};

} // namespace cd
