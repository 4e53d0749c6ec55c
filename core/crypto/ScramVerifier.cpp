#include "crypto/ScramVerifier.h"

#include "CoreError.h"
#include "crypto/Hash.h"
#include "crypto/OpenSslError.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"

#include <QStringDecoder>

#include <openssl/evp.h>

namespace cd {

namespace {

// RFC 3454 table C.1.2 (non-ASCII spaces) and B.1 (commonly mapped to nothing).
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
        || c == 0x3000;
}

bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

} // namespace

QByteArray ScramVerifier::prepared(QByteArrayView passwordUtf8)
{
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(passwordUtf8);
    if (decode.hasError())
        return passwordUtf8.toByteArray();
    QString mapped;
    mapped.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            c = U' ';
        mapped += QString::fromUcs4(&c, 1);
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QString ScramVerifier::make(QByteArrayView passwordUtf8)
{
    const SecureBytes salt = Random::bytes(SaltSize);
    return make(passwordUtf8, salt.view(), Iterations);
}

QString ScramVerifier::make(QByteArrayView passwordUtf8, QByteArrayView salt, int iterations)
{
    QByteArray password = prepared(passwordUtf8);
    QByteArray salted(Hash::Sha256Size, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
        reinterpret_cast<const unsigned char*>(salt.data()), int(salt.size()), iterations, EVP_sha256(),
        int(salted.size()), reinterpret_cast<unsigned char*>(salted.data()));
    password.fill('\0');
    if (ok != 1)
        throw CoreError(ErrorKind::Failed,
            tr("The cryptographic library could not derive a password verifier (%1).")
                .arg(takeOpenSslErrors()));
    const QByteArray clientKey = Hash::hmacSha256(salted, "Client Key");
    const QByteArray serverKey = Hash::hmacSha256(salted, "Server Key");
    salted.fill('\0');
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toByteArray().toBase64()),
            QString::fromLatin1(Hash::sha256(clientKey).toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

} // namespace cd
