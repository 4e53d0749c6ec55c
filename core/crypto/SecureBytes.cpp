#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace cd {

SecureBytes::SecureBytes(qsizetype size)
    : m_data(size > 0 ? std::make_unique<unsigned char[]>(size) : nullptr), m_size(size > 0 ? size : 0)
{
}

SecureBytes::SecureBytes(QByteArrayView bytes) : SecureBytes(bytes.size())
{
    if (m_size > 0)
        std::memcpy(m_data.get(), bytes.data(), static_cast<size_t>(m_size));
}

SecureBytes::SecureBytes(const SecureBytes& other) : SecureBytes(other.view()) { }

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

QByteArray SecureBytes::toHex() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(m_data.get()), m_size).toHex();
}

void SecureBytes::clear()
{
    wipe();
    m_data.reset();
    m_size = 0;
}

bool SecureBytes::constEqual(const SecureBytes& other) const
{
    return constEqual(view(), other.view());
}

bool SecureBytes::constEqual(QByteArrayView a, QByteArrayView b)
{
    // The lengths are not secret (keys, tags and MACs have fixed sizes); only the contents are.
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

void SecureBytes::wipe()
{
    if (m_data && m_size > 0)
        OPENSSL_cleanse(m_data.get(), static_cast<size_t>(m_size));
}

} // namespace cd
