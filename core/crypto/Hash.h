#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>

namespace cd {

// SHA-256 and HMAC-SHA-256 through OpenSSL 3's provider API.
class Hash
{
    Q_DECLARE_TR_FUNCTIONS(Hash)

public:
    static constexpr int Sha256Size = 32;

    Hash() = delete;

    static QByteArray sha256(QByteArrayView data);
    // Of everything the device has left to read, a block at a time (a file of any size). Throws
    // CoreError(Failed) when the device cannot be read to its end.
    static QByteArray sha256(QIODevice& device);
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
    // Same MAC, for when the result is itself a key (domain-separated subkeys) and must be wiped.
    static SecureBytes hmacSha256Key(QByteArrayView key, QByteArrayView data);
};

} // namespace cd
