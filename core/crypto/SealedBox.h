#pragma once

#include "crypto/AesGcm.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace cd {

// Public-key encryption to an X25519 key (an ephemeral key agreement, HKDF-SHA256, AES-256-GCM).
//
// Why the key file needs it: each user slot holds a key pair whose private half is wrapped under
// the user's password. The database key is sealed to the public half, so an administrator can
// rewrap the database key for every remaining user after a rekey without knowing their passwords.
class SealedBox
{
    Q_DECLARE_TR_FUNCTIONS(SealedBox)

public:
    static constexpr int KeySize = 32;

    struct KeyPair
    {
        SecureBytes privateKey;
        QByteArray publicKey;
    };
    struct Box
    {
        QByteArray ephemeralPublic;
        AesGcm::Sealed sealed;
    };

    SealedBox() = delete;

    static KeyPair generate();
    static QByteArray publicKeyOf(const SecureBytes& privateKey);
    static Box seal(const QByteArray& recipientPublic, const SecureBytes& plaintext, QByteArrayView aad);
    // nullopt when the box was not sealed to this key or anything in it was changed.
    static std::optional<SecureBytes> open(
        const SecureBytes& recipientPrivate, const Box& box, QByteArrayView aad);
};

} // namespace cd
