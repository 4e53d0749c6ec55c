#pragma once

#include "domain/Licence.h"

#include <QList>

namespace cd {

class Database;

// The licences table, as the desk reads it (the import writes through ImportStore's bulk path).
class LicenceStore
{
public:
    explicit LicenceStore(Database& db);

    // Newest decision first, each with its licensing department's name.
    QList<Licence> forSubject(qint64 subjectId);

private:
    Database& m_db;
};

} // namespace cd
