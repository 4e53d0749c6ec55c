#include "crypto/SealedBox.h"

#include "CoreError.h"
#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace cd {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct KdfFree
{
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

[[noreturn]] void fail(const char* what)
{
    throw CoreError(ErrorKind::Failed,
        SealedBox::tr("A key operation failed (%1): %2").arg(QLatin1String(what), takeOpenSslErrors()));
}

Pkey privateFrom(const SecureBytes& raw)
{
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw.data(), size_t(raw.size())));
    return key;
}

Pkey publicFrom(const QByteArray& raw)
{
    return Pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr,
        reinterpret_cast<const unsigned char*>(raw.constData()), size_t(raw.size())));
}

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(SealedBox::KeySize, Qt::Uninitialized);
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &len) != 1)
        fail("public key");
    out.resize(qsizetype(len));
    return out;
}

// X25519 agreement, then HKDF-SHA256 bound to both public keys.
std::optional<SecureBytes> agree(
    EVP_PKEY* own, EVP_PKEY* peer, const QByteArray& ephemeralPublic, const QByteArray& recipientPublic)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new(own, nullptr));
    size_t len = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1
        || EVP_PKEY_derive(ctx.get(), nullptr, &len) != 1)
        return std::nullopt;
    SecureBytes shared {qsizetype(len)};
    if (EVP_PKEY_derive(ctx.get(), shared.data(), &len) != 1)
        return std::nullopt;

    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> kctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!kctx)
        fail("HKDF");
    QByteArray salt = ephemeralPublic + recipientPublic;
    static char info[] = "creditdesk-sealed-box-v1";
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, shared.data(), size_t(shared.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info, sizeof(info) - 1),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(AesGcm::KeySize);
    if (EVP_KDF_derive(kctx.get(), key.data(), size_t(key.size()), params) != 1)
        fail("HKDF");
    return key;
}

} // namespace

SealedBox::KeyPair SealedBox::generate()
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        fail("X25519 key generation");
    Pkey key(raw);
    KeyPair pair;
    pair.privateKey = SecureBytes(KeySize);
    size_t len = size_t(KeySize);
    if (EVP_PKEY_get_raw_private_key(key.get(), pair.privateKey.data(), &len) != 1 || len != size_t(KeySize))
        fail("private key");
    pair.publicKey = rawPublic(key.get());
    return pair;
}

QByteArray SealedBox::publicKeyOf(const SecureBytes& privateKey)
{
    Pkey key = privateFrom(privateKey);
    if (!key)
        fail("private key");
    return rawPublic(key.get());
}

SealedBox::Box SealedBox::seal(
    const QByteArray& recipientPublic, const SecureBytes& plaintext, QByteArrayView aad)
{
    Pkey recipient = publicFrom(recipientPublic);
    if (!recipient)
        fail("recipient key");
    const KeyPair ephemeral = generate();
    Pkey own = privateFrom(ephemeral.privateKey);
    const auto key = agree(own.get(), recipient.get(), ephemeral.publicKey, recipientPublic);
    if (!key)
        fail("key agreement");
    return Box {ephemeral.publicKey, AesGcm::seal(*key, plaintext, aad)};
}

std::optional<SecureBytes> SealedBox::open(
    const SecureBytes& recipientPrivate, const Box& box, QByteArrayView aad)
{
    if (recipientPrivate.size() != KeySize || box.ephemeralPublic.size() != KeySize)
        return std::nullopt;
    Pkey own = privateFrom(recipientPrivate);
    Pkey peer = publicFrom(box.ephemeralPublic);
    if (!own || !peer)
        return std::nullopt;
    const auto key = agree(own.get(), peer.get(), box.ephemeralPublic, rawPublic(own.get()));
    if (!key)
        return std::nullopt;
    return AesGcm::open(*key, box.sealed, aad);
}

} // namespace cd
