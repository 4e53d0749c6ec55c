#pragma once

#include "models/BrowseModel.h"

namespace cd {

// The case list as the Cases page shows it: its columns, newest first. A class of its own so the
// bench times the very model a clerk scrolls.
class CaseListModel : public BrowseModel
{
    Q_OBJECT

public:
    explicit CaseListModel(Session& session, QObject* parent = nullptr);
};

} // namespace cd
