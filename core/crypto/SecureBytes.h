#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace cd {

// Owning buffer for key material. The bytes are wiped whenever they stop being needed (destruction,
// clear(), being moved from or assigned over), so keys do not linger in freed heap memory. The
// buffer never grows in place: a reallocation would leave an unwiped copy behind.
class SecureBytes
{
public:
    SecureBytes() = default;
    // Zero-filled buffer of the given size.
    explicit SecureBytes(qsizetype size);
    // Copies the bytes; wiping the source (e.g. a QByteArray) stays the caller's job.
    explicit SecureBytes(QByteArrayView bytes);

    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    // Borrowed view for APIs taking QByteArrayView; valid while this object is alive and unchanged.
    QByteArrayView view() const { return {m_data.get(), m_size}; }

    // Lower-case hex. The returned QByteArray is not wiped: wiping it is the caller's responsibility.
    QByteArray toHex() const;

    void clear();

    // Constant-time comparison, so a mismatch position cannot be learnt from timing.
    bool constEqual(const SecureBytes& other) const;
    static bool constEqual(QByteArrayView a, QByteArrayView b);

private:
    void wipe();

    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace cd
