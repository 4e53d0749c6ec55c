#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace cd {

// AES-256-GCM with a fresh random 96-bit nonce per message and a 128-bit tag. Random nonces are
// safe here because one key seals few messages (a handful of key slots), far below the 2^32 limit.
class AesGcm
{
    Q_DECLARE_TR_FUNCTIONS(AesGcm)

public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };

    AesGcm() = delete;

    // Throws CoreError(Failed) if the key is not 32 bytes or the library fails.
    static Sealed seal(const SecureBytes& key, const SecureBytes& plaintext, QByteArrayView aad);
    // nullopt when anything (key, nonce, ciphertext, tag or aad) differs from what was sealed.
    static std::optional<SecureBytes> open(const SecureBytes& key, const Sealed& sealed, QByteArrayView aad);
};

} // namespace cd
