#include "domain/SupervisionMetrics.h"

namespace cd {

namespace {

std::optional<double> share(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

std::optional<double> DepartmentMetrics::onTimeShare() const
{
    return share(onTime, onTime + late + overdue);
}

std::optional<double> DepartmentMetrics::appliedShare() const
{
    return share(applied, answered);
}

std::optional<double> DepartmentMetrics::publicationShare() const
{
    return share(recordsOnTime, recordsDue);
}

std::optional<double> DepartmentMetrics::verificationShare() const
{
    return objectionsAvailable ? share(verificationsOnTime, verificationsDue) : std::nullopt;
}

QList<DepartmentMetrics> SupervisionReport::lagging() const
{
    QList<DepartmentMetrics> list;
    for (const DepartmentMetrics& d : departments)
        if (d.lagging())
            list.append(d);
    return list;
}

QString SupervisionFormat::percent(const std::optional<double>& s)
{
    if (!s)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(*s * 100.0, 0, 'f', 1);
}

QString SupervisionFormat::days(const std::optional<double>& d)
{
    if (!d)
        return QStringLiteral("—");
    return QString::number(*d, 'f', (*d == int(*d)) ? 0 : 1);
}

} // namespace cd
