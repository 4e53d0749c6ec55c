#pragma once

#include "domain/Role.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;

// On an office server every CreditDesk user is a PostgreSQL login role of the same name, member of
// the group role of their application role (creditdesk_officer, creditdesk_reviewer,
// creditdesk_supervisor, creditdesk_admin). The server checks the password when the desk connects
// and, through the group role's grants, what the user may touch. Roles belong to the whole cluster,
// so one name is one person on every CreditDesk database of that server.
//
// Passwords reach the server only as SCRAM-SHA-256 verifiers (ScramVerifier). Every statement runs
// inside the caller's transaction: a failed user change leaves no half-made role.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    explicit ServerRoles(Database& db);

    static QString groupRole(Role role);

    // Creates the four group roles that do not exist yet (NOLOGIN). Needs CREATEROLE.
    void ensureGroupRoles();
    bool loginExists(const QString& name);
    // A new login role in the group of `role`. Refused if the name is taken on the server.
    void createLogin(const QString& name, Role role, QByteArrayView passwordUtf8);
    // A role in the group of `role` that cannot sign in until an administrator gives it a password
    // (resetPassword): a user moved from a file, whose password stayed in the file's key slots.
    void createWithoutLogin(const QString& name, Role role);
    // Makes an existing role (the one that initialised the database) a member of its group.
    void joinGroup(const QString& name, Role role);
    // enableLogin: also lets the role sign in (an administrator's reset; a user changing their own
    // password may not change that attribute).
    void setPassword(const QString& name, QByteArrayView passwordUtf8, bool enableLogin = false);
    // The role can no longer connect; its rows and audit entries stay.
    void disableLogin(const QString& name);
    // What each group may read and change, and the row-level security of the confidential reports
    // (resources/server/grants.sql). Run by the database's owner after every migration.
    void applyGrants();

private:
    // Runs a statement the server builds from identifiers and literals it quotes itself (format()
    // with %I and %L), so that no name or verifier is ever pasted into SQL here.
    void run(const QString& formatString, const QStringList& arguments);
    Database& m_db;
};

} // namespace cd
