#pragma once

#include "domain/SupervisionMetrics.h"

#include <QJsonObject>

namespace cd::cli {

// The `report metrics --json` shape (README, "Supervision").
QJsonObject toJson(const SupervisionReport& report);

} // namespace cd::cli
