#pragma once

#include <QString>

class QCoreApplication;

namespace cd {

// Chinese first: the language follows the system locale unless the user chose one in the settings
// ("zh_CN", "en"). Loads CreditDesk's own translation and Qt's for standard dialogs and buttons.
class Language
{
public:
    // Returns the language in use ("zh_CN" or "en").
    static QString install(QCoreApplication& app, const QString& override = {});
};

} // namespace cd
