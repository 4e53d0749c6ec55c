#pragma once

#include "domain/CreditRecord.h"
#include "domain/Licence.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class Session;

// A licence with what follows from it at a date: its §13 publication deadline (the same 7 working
// days as a penalty's) and whether it was met, and whether the credit website shows it.
struct LicenceView
{
    Licence licence;
    QDate publicationDue;
    PublicationStatus publication = PublicationStatus::NotDue;
    bool onWebsite = false;
};

// 行政许可 as the desk reads them. They enter only by import (ImportService::importLicences).
class LicenceService
{
    Q_DECLARE_TR_FUNCTIONS(LicenceService)

public:
    explicit LicenceService(Session& session);

    QList<LicenceView> forSubject(qint64 subjectId, const QDate& asOf = QDate::currentDate());

private:
    Session& m_session;
};

} // namespace cd
