#include "crypto/Scrypt.h"

#include "CoreError.h"
#include "crypto/OpenSslError.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <cstdint>
#include <limits>
#include <memory>

namespace cd {

namespace {

struct KdfDeleter
{
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

bool isPowerOfTwo(quint64 v)
{
    return v > 1 && (v & (v - 1)) == 0;
}

} // namespace

SecureBytes Scrypt::derive(QByteArrayView password, QByteArrayView salt, ScryptParams params, int keyLen)
{
    const quint64 maxMem = memoryNeeded(params);
    if (keyLen <= 0 || !isPowerOfTwo(params.n) || params.r == 0 || params.p == 0 || maxMem == 0) {
        throw CoreError(ErrorKind::Failed,
            tr("Invalid scrypt parameters (N=%1, r=%2, p=%3).").arg(params.n).arg(params.r).arg(params.p));
    }

    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx) {
        throw CoreError(ErrorKind::Failed,
            tr("The cryptographic library does not provide scrypt (%1).").arg(takeOpenSslErrors()));
    }

    // OpenSSL reads a null octet string as "unset"; an empty password or salt is still a value.
    static char empty = 0;
    char* pw = password.isEmpty() ? &empty : const_cast<char*>(password.data());
    char* sa = salt.isEmpty() ? &empty : const_cast<char*>(salt.data());
    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    uint64_t mem = maxMem;
    const OSSL_PARAM osslParams[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw, static_cast<size_t>(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, sa, static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &mem),
        OSSL_PARAM_construct_end(),
    };

    SecureBytes out(keyLen);
    if (EVP_KDF_derive(ctx.get(), out.data(), static_cast<size_t>(keyLen), osslParams) != 1) {
        throw CoreError(ErrorKind::Failed,
            tr("Deriving a key from the password failed; the computer may be short of "
               "memory (%1).")
                .arg(takeOpenSslErrors()));
    }
    return out;
}

ScryptParams Scrypt::defaultParams()
{
    if (qEnvironmentVariableIntValue("CREDITDESK_FAST_KDF") == 1) {
        static const bool warned = [] {
            qWarning("CREDITDESK_FAST_KDF=1: password keys use weak test parameters. Never set this "
                     "in production.");
            return true;
        }();
        Q_UNUSED(warned);
        return testParams();
    }
    return {quint64(1) << 17, 8, 1};
}

ScryptParams Scrypt::testParams()
{
    return {1024, 8, 1};
}

bool Scrypt::isAcceptable(const ScryptParams& params)
{
    constexpr quint64 maxAcceptedMemory = quint64(1) << 30;
    const quint64 mem = memoryNeeded(params);
    return isPowerOfTwo(params.n) && params.n >= (quint64(1) << 10) && params.n <= (quint64(1) << 22)
        && params.r >= 1 && params.r <= 32 && params.p >= 1 && params.p <= 16 && mem != 0
        && mem <= maxAcceptedMemory;
}

quint64 Scrypt::memoryNeeded(const ScryptParams& params)
{
    // OpenSSL's own accounting: B = 128 * r * p bytes plus V = 128 * r * (n + 2) bytes.
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    const quint64 block = 128 * quint64(params.r);
    if (params.r == 0 || params.n > max - 2 || params.n + 2 > max / block)
        return 0;
    const quint64 v = block * (params.n + 2);
    if (params.p > (max - v) / block)
        return 0;
    return v + block * params.p;
}

} // namespace cd
