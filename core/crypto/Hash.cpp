#include "crypto/Hash.h"

#include "CoreError.h"
#include "crypto/OpenSslError.h"

#include <openssl/evp.h>

#include <memory>

namespace cd {

namespace {

// OpenSSL treats a null pointer as "not given" even with length 0, which would turn an empty
// HMAC key into "no key set"; an empty input must stay a valid input.
const unsigned char* bytesOf(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

QByteArray Hash::sha256(QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    size_t outLen = 0;
    if (!EVP_Q_digest(nullptr, "SHA256", nullptr, bytesOf(data), static_cast<size_t>(data.size()),
            reinterpret_cast<unsigned char*>(out.data()), &outLen)
        || outLen != Sha256Size) {
        throw CoreError(ErrorKind::Failed,
            tr("The cryptographic library could not compute a SHA-256 hash (%1).").arg(takeOpenSslErrors()));
    }
    return out;
}

QByteArray Hash::sha256(QIODevice& device)
{
    const auto fail = [] {
        return CoreError(ErrorKind::Failed,
            tr("The cryptographic library could not compute a SHA-256 hash (%1).").arg(takeOpenSslErrors()));
    };
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || !EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr))
        throw fail();
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            throw CoreError(ErrorKind::Failed,
                tr("%1 could not be read to its end: %2").arg(device.objectName(), device.errorString()));
        if (n == 0)
            break;
        if (!EVP_DigestUpdate(ctx.get(), block.constData(), size_t(n)))
            throw fail();
    }
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int outLen = 0;
    if (!EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLen)
        || outLen != Sha256Size)
        throw fail();
    return out;
}

SecureBytes Hash::hmacSha256Key(QByteArrayView key, QByteArrayView data)
{
    SecureBytes out(Sha256Size);
    size_t outLen = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, bytesOf(key), static_cast<size_t>(key.size()),
            bytesOf(data), static_cast<size_t>(data.size()), out.data(), static_cast<size_t>(out.size()),
            &outLen)
        || outLen != Sha256Size) {
        throw CoreError(ErrorKind::Failed,
            tr("The cryptographic library could not compute an HMAC-SHA-256 (%1).").arg(takeOpenSslErrors()));
    }
    return out;
}

QByteArray Hash::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    const SecureBytes mac = hmacSha256Key(key, data);
    return mac.view().toByteArray();
}

} // namespace cd
