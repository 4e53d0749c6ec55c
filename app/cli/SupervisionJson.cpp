#include "SupervisionJson.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const DepartmentMetrics& m)
{
    return QJsonObject {{QStringLiteral("rank"), m.rank}, {QStringLiteral("code"), m.code},
        {QStringLiteral("name"), m.name}, {QStringLiteral("received"), m.received},
        {QStringLiteral("acknowledged"), m.acknowledged}, {QStringLiteral("onTime"), m.onTime},
        {QStringLiteral("late"), m.late}, {QStringLiteral("overdue"), m.overdue},
        {QStringLiteral("pending"), m.pending}, {QStringLiteral("answered"), m.answered},
        {QStringLiteral("applied"), m.applied}, {QStringLiteral("onTimeShare"), orNull(m.onTimeShare())},
        {QStringLiteral("appliedShare"), orNull(m.appliedShare())},
        {QStringLiteral("medianWorkingDays"), orNull(m.medianWorkingDays)},
        {QStringLiteral("recordsDue"), m.recordsDue}, {QStringLiteral("recordsOnTime"), m.recordsOnTime},
        {QStringLiteral("licencesDue"), m.licencesDue}, {QStringLiteral("licencesOnTime"), m.licencesOnTime},
        {QStringLiteral("publicationShare"), orNull(m.publicationShare())},
        {QStringLiteral("verificationsDue"), m.verificationsDue},
        {QStringLiteral("verificationsOnTime"), m.verificationsOnTime},
        {QStringLiteral("verificationShare"), orNull(m.verificationShare())},
        {QStringLiteral("lagging"), m.lagging()},
        {QStringLiteral("laggingReasons"), QJsonArray::fromStringList(m.laggingReasons)}};
}

} // namespace

QJsonObject toJson(const SupervisionReport& report)
{
    QJsonArray departments;
    for (const DepartmentMetrics& m : report.departments)
        departments.append(toJson(m));
    return QJsonObject {{QStringLiteral("period"), report.period.key()},
        {QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)},
        {QStringLiteral("evaluatedOn"), report.evaluatedOn.toString(Qt::ISODate)},
        {QStringLiteral("laggingThreshold"), report.laggingThreshold},
        {QStringLiteral("objectionsAvailable"), report.totals.objectionsAvailable},
        {QStringLiteral("departments"), departments}, {QStringLiteral("totals"), toJson(report.totals)}};
}

} // namespace cd::cli
