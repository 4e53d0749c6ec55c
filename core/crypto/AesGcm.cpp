#include "crypto/AesGcm.h"

#include "CoreError.h"
#include "crypto/OpenSslError.h"
#include "crypto/Random.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <limits>
#include <memory>

namespace cd {

namespace {

struct CipherDeleter
{
    void operator()(EVP_CIPHER* c) const { EVP_CIPHER_free(c); }
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

using CipherPtr = std::unique_ptr<EVP_CIPHER, CipherDeleter>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

bool fitsInt(qsizetype n)
{
    return n <= std::numeric_limits<int>::max();
}

} // namespace

AesGcm::Sealed AesGcm::seal(const SecureBytes& key, const SecureBytes& plaintext, QByteArrayView aad)
{
    if (key.size() != KeySize)
        throw CoreError(ErrorKind::Failed, tr("An AES-256 key must be 32 bytes, not %1.").arg(key.size()));
    if (!fitsInt(plaintext.size()) || !fitsInt(aad.size()))
        throw CoreError(ErrorKind::Failed, tr("The data to encrypt is too large."));

    Sealed sealed;
    sealed.nonce = Random::bytes(NonceSize).view().toByteArray();
    sealed.ciphertext = QByteArray(plaintext.size(), Qt::Uninitialized);
    sealed.tag = QByteArray(TagSize, Qt::Uninitialized);

    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    // A scratch buffer stands in for empty output: OpenSSL wants a valid pointer.
    unsigned char scratch[16];
    unsigned char* out
        = plaintext.isEmpty() ? scratch : reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    OSSL_PARAM getTag[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, sealed.tag.data(), TagSize),
        OSSL_PARAM_construct_end(),
    };
    const bool ok = cipher && ctx
        && EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key.data(), bytes(sealed.nonce), nullptr) == 1
        && (aad.isEmpty() || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1)
        && (plaintext.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), out, &len, plaintext.data(), int(plaintext.size())) == 1)
        && EVP_EncryptFinal_ex(ctx.get(), scratch, &len) == 1
        && EVP_CIPHER_CTX_get_params(ctx.get(), getTag) == 1;
    if (!ok) {
        throw CoreError(ErrorKind::Failed,
            tr("The cryptographic library could not encrypt with AES-256-GCM (%1).")
                .arg(takeOpenSslErrors()));
    }
    return sealed;
}

std::optional<SecureBytes> AesGcm::open(const SecureBytes& key, const Sealed& sealed, QByteArrayView aad)
{
    if (key.size() != KeySize)
        throw CoreError(ErrorKind::Failed, tr("An AES-256 key must be 32 bytes, not %1.").arg(key.size()));
    // Wrong sizes come from a damaged or edited record: that is "does not verify", not a crash.
    if (sealed.nonce.size() != NonceSize || sealed.tag.size() != TagSize || !fitsInt(sealed.ciphertext.size())
        || !fitsInt(aad.size())) {
        return std::nullopt;
    }

    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx) {
        throw CoreError(ErrorKind::Failed,
            tr("The cryptographic library does not provide AES-256-GCM (%1).").arg(takeOpenSslErrors()));
    }

    SecureBytes plaintext(sealed.ciphertext.size());
    unsigned char scratch[16];
    unsigned char* out = plaintext.isEmpty() ? scratch : plaintext.data();
    QByteArray tag = sealed.tag; // OSSL_PARAM wants a mutable pointer even for input
    OSSL_PARAM setTag[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag.data(), TagSize),
        OSSL_PARAM_construct_end(),
    };
    int len = 0;
    const bool ok
        = EVP_DecryptInit_ex2(ctx.get(), cipher.get(), key.data(), bytes(sealed.nonce), nullptr) == 1
        && (aad.isEmpty() || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1)
        && (sealed.ciphertext.isEmpty()
            || EVP_DecryptUpdate(
                   ctx.get(), out, &len, bytes(sealed.ciphertext), int(sealed.ciphertext.size()))
                == 1)
        && EVP_CIPHER_CTX_set_params(ctx.get(), setTag) == 1
        && EVP_DecryptFinal_ex(ctx.get(), scratch, &len) == 1;
    if (!ok) {
        // A tag mismatch leaves nothing useful in the queue, and it must not be blamed later.
        takeOpenSslErrors();
        return std::nullopt;
    }
    return plaintext;
}

} // namespace cd
