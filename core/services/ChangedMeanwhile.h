#pragma once

#include <QCoreApplication>
#include <QString>

namespace cd {

class Session;

// A save that found its row at another version than the one the user opened (row_version): never
// a silent overwrite. The message names who changed it and when, from the audit trail, which
// recorded that change inside the same write lock as the change itself.
class ChangedMeanwhile
{
    Q_DECLARE_TR_FUNCTIONS(ChangedMeanwhile)

public:
    // what: the thing as the user knows it ("Case 启信联〔2026〕0001号"); entity and id as audited.
    [[noreturn]] static void raise(Session& session, const QString& what, const QString& entity, qint64 id);
};

} // namespace cd
