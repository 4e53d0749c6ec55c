#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

class Database;

// A penalty as the credit website shows it: public fields only.
struct PublicRecord
{
    QString subjectName;
    QString subjectKind;
    QString subjectCode; // full here; the service masks persons' IDs
    QString decisionNo;
    QString category;
    QString content;
    QString legalBasis;
    QDate decisionDate;
    QString department;
    QString severity;
    bool specificSerious = false;
};

// A licensing decision as the credit website shows it (the 法定代表人 and the source unit stay in).
struct PublicLicence
{
    QString subjectName;
    QString subjectKind;
    QString subjectCode; // full here; the service masks persons' IDs
    QString documentName;
    QString decisionNo;
    QString licenceKind;
    QString certificateName;
    QString licenceNo;
    QString content;
    QDate decisionDate;
    QDate validFrom;
    QDate validTo;
    QString department;
};

// What the public export reads: negative records published by a date and neither withdrawn nor
// repaired by then, streamed so a city's records never sit in memory at once.
class PublicStore
{
public:
    explicit PublicStore(Database& db);
    void publishedPenalties(const QDate& asOf, const std::function<void(const PublicRecord&)>& each);
    // Licences published by asOf, still valid (not revoked, validity not over) on it.
    void publishedLicences(const QDate& asOf, const std::function<void(const PublicLicence&)>& each);

private:
    Database& m_db;
};

} // namespace cd
