#pragma once

#include "models/BrowseModel.h"

namespace cd::columns {

// Columns shared by several lists: stored words turned into the translated ones people read.
BrowseModel::Column text(const QString& key, const QString& title);
BrowseModel::Column subjectKind(const QString& key, const QString& title);
BrowseModel::Column caseState(const QString& key, const QString& title);
BrowseModel::Column caseKind(const QString& key, const QString& title);
BrowseModel::Column polarity(const QString& key, const QString& title);
BrowseModel::Column severity(const QString& key, const QString& title);

} // namespace cd::columns
