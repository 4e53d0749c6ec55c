#include "domain/Tip.h"

namespace cd {

QString Tips::key(TipChannel c)
{
    switch (c) {
    case TipChannel::Phone:
        return QStringLiteral("phone");
    case TipChannel::Letter:
        return QStringLiteral("letter");
    case TipChannel::Visit:
        return QStringLiteral("visit");
    case TipChannel::Online:
        return QStringLiteral("online");
    }
    return {};
}

std::optional<TipChannel> Tips::channelFromKey(const QString& key)
{
    for (TipChannel c : {TipChannel::Phone, TipChannel::Letter, TipChannel::Visit, TipChannel::Online}) {
        if (Tips::key(c) == key)
            return c;
    }
    return std::nullopt;
}

QString Tips::displayName(TipChannel c)
{
    switch (c) {
    case TipChannel::Phone:
        return tr("phone");
    case TipChannel::Letter:
        return tr("letter");
    case TipChannel::Visit:
        return tr("visit");
    case TipChannel::Online:
        return tr("online");
    }
    return {};
}

} // namespace cd
