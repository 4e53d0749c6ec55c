#pragma once

#include "domain/Case.h"
#include "domain/ListEntry.h"
#include "domain/Objection.h"
#include "domain/Repair.h"
#include "services/CheckService.h"
#include "services/LicenceService.h"
#include "services/RecordService.h"

#include <QJsonObject>

namespace cd::cli {

// The --json shapes of the CLI contract, in one place (documented in the README).
QJsonObject toJson(const RecordView& view);
QJsonObject toJson(const Case& c);
QJsonObject toJson(const MeasureTask& t);
QJsonObject toJson(const CreditCheckResult& r);
// A list entry with its state on `asOf` (proposed, upcoming, listed, expiry, repair, revocation).
QJsonObject toJson(const ListEntry& e, const QDate& asOf);
QJsonObject toJson(const Objection& o);
QJsonObject toJson(const RepairApplication& a);
QJsonObject toJson(const LicenceView& v);

} // namespace cd::cli
