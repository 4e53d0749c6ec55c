#include "crypto/CrockfordBase32.h"

namespace cd {

namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

} // namespace

QString CrockfordBase32::encode(QByteArrayView bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QByteArray CrockfordBase32::normalise(const QString& typed)
{
    QByteArray out;
    out.reserve(typed.size());
    for (const QChar ch : typed) {
        if (ch.isSpace() || ch == u'-')
            continue;
        const QChar up = ch.toUpper();
        if (up == u'O')
            out.append('0');
        else if (up == u'I' || up == u'L')
            out.append('1');
        else
            out.append(QString(up).toUtf8());
    }
    return out;
}

} // namespace cd
