#pragma once

#include <QCoreApplication>

namespace cd {

class Session;

// Changing the database key after a person leaves. The new key is first stored in the key file
// wrapped under the old one (a pending key), then the database is re-encrypted, then every slot is
// rewrapped: a crash at any point leaves a database that the next sign-in opens and finishes.
class KeyService
{
    Q_DECLARE_TR_FUNCTIONS(KeyService)

public:
    explicit KeyService(Session& session);
    // Returns the number of slots rewrapped.
    int rekey();

private:
    Session& m_session;
};

} // namespace cd
