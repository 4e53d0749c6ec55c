#pragma once

#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace cd {

// Cryptographically secure random bytes from OpenSSL's DRBG.
class Random
{
    Q_DECLARE_TR_FUNCTIONS(Random)

public:
    Random() = delete;

    // Throws CoreError(Failed) if the generator cannot deliver (e.g. it could not be seeded).
    static SecureBytes bytes(int n);
};

} // namespace cd
