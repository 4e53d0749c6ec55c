#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cd {

class Session;

// Fills a database with a realistic office of a county-level city in division 3206, for
// demonstrations and screenshots. Deterministic for a seed.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Account
    {
        QString name;
        QString displayName;
        QString role;
    };
    struct Result
    {
        QList<Account> accounts;
        QString password; // the demo users' shared password
        QStringList counts; // "2000 subjects", … for the summary
    };

    // Needs an administrator's session on a database that has no demo users yet.
    static Result fill(Session& admin, quint32 seed);
};

} // namespace cd
