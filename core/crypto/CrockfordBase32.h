#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cd {

// Crockford's base32: digits and upper-case letters without I, L, O and U, so a key read aloud or
// typed from paper has no look-alike characters.
class CrockfordBase32
{
public:
    CrockfordBase32() = delete;

    // Most significant bit first; the last character is padded with zero bits.
    static QString encode(QByteArrayView bytes);

    // What a person typed, in the canonical form: upper case, without spaces and dashes, and with
    // the look-alikes read as Crockford defines (O as 0; I and L as 1). Other characters are kept,
    // so a typo still yields a (wrong) key rather than silently a shorter one.
    static QByteArray normalise(const QString& typed);
};

} // namespace cd
