#include "reports/NoticeDocument.h"

#include "domain/SupervisionMetrics.h"

namespace cd {

QString NoticeCell::text() const
{
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return QString::number(value.toLongLong());
    case Kind::Share:
        return SupervisionFormat::percent(
            value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()));
    case Kind::Days:
        return SupervisionFormat::days(
            value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()));
    }
    return {};
}

} // namespace cd
