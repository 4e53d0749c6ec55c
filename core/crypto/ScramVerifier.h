#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cd {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a role's password (RFC 5802/7677 as PostgreSQL
// writes it: SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey). Computed here so that ALTER ROLE
// sends the server only the verifier: the password itself never reaches the server, its statement
// log or pg_stat_activity.
class ScramVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ScramVerifier)

public:
    static constexpr int Iterations = 4096; // PostgreSQL's scram_iterations default
    static constexpr int SaltSize = 16;

    // A new random salt each call.
    static QString make(QByteArrayView passwordUtf8);
    // Fixed salt and iterations: for tests against known values.
    static QString make(QByteArrayView passwordUtf8, QByteArrayView salt, int iterations);

    // What the server and libpq both apply to a password before hashing it (SASLprep, RFC 4013),
    // in the part a desk's password can need: compatibility normalisation (NFKC), non-ASCII spaces
    // mapped to a space and characters "mapped to nothing" removed. A password that is not valid
    // UTF-8 is used as it is, as PostgreSQL does.
    static QByteArray prepared(QByteArrayView passwordUtf8);
};

} // namespace cd
