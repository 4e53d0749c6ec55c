#pragma once

#include "crypto/SecureBytes.h"
#include "domain/User.h"
#include "services/AccessPolicy.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace cd {

class Database;
class KeySidecar;
class Transaction;

// A signed-in user on an open database. Holds the database key for as long as the session lives
// (the key file's audit tail is authenticated with it) and wipes it when the session ends.
//
// Every change goes through write(): one write transaction, the audit rows written inside it by
// audit(), the user re-checked (a user disabled on another desk can no longer write), and after the
// commit the key file's authenticated audit tail moved forward.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    struct Options
    {
        bool migrate = true; // bring an older schema up to date
        bool checkAuditTail = true; // compare the audit chain's end with the key file
        // The benchmark's plaintext copy (same schema and data, SQLCipher's encryption off), signed
        // in to through the encrypted original's key file. Never for an office's database.
        bool plaintextForBenchmark = false;
    };

    // Creates database and key file; NAME becomes the first admin. Refuses to overwrite anything.
    // Returns the recovery key, to be shown once.
    static QString initialize(const QString& dbPath, const QString& adminName, QByteArrayView passwordUtf8);

    // Wrong password and unknown user: the same CoreError(SignIn), and nothing on disk is touched.
    static std::unique_ptr<Session> signIn(
        const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8);
    static std::unique_ptr<Session> signIn(
        const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8, const Options& options);

    // With the recovery key printed at init: gives userName (an active user) a new password.
    // A wrong recovery key is CoreError(SignIn) and changes nothing.
    static void recover(const QString& dbPath, const QString& userName, QByteArrayView recoveryKey,
        QByteArrayView newPasswordUtf8);

    // Office server mode (issue 10). The address's user is the PostgreSQL login role that signs in:
    // for initializeServer the owner of an empty database, allowed to create roles (CREATEROLE),
    // who becomes the first admin. Nothing is created if the database already holds an office.
    // There is no key file and no recovery key: the server checks passwords and keeps the audit log
    // append-only (triggers and grants), and its administrator resets a forgotten password.
    static void initializeServer(
        const ServerAddress& address, QByteArrayView passwordUtf8, const QString& caFile);
    static std::unique_ptr<Session> signInServer(
        const ServerAddress& address, QByteArrayView passwordUtf8, const QString& caFile);
    static std::unique_ptr<Session> signInServer(const ServerAddress& address, QByteArrayView passwordUtf8,
        const QString& caFile, const Options& options);

    // Only unlocks the key slot (the first step of signIn); verify and restore use it.
    static SecureBytes unlock(const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8);
    static QString sidecarPath(const QString& dbPath);

    // What a worker thread needs to open its own connection as this session's user: the path, a
    // copy of the database key (wiped when the ticket goes) and the user's name. Taken on the
    // session's thread, moved to the worker, and opened there with openSibling.
    struct SiblingTicket
    {
        QString path;
        SecureBytes key; // on a server: the user's password
        QString userName;
        std::optional<ServerAddress> server;
        QString caFile;
    };
    SiblingTicket siblingTicket() const;
    // A second session on the same database and user, keyed from the ticket (no password, no key
    // derivation) and bound to the calling thread. Its writes go through write() like any other, so
    // audit rows and the key file's audit tail stay right while both sessions write; the database's
    // write lock orders them. The ticket's key is wiped whatever happens; the sibling wipes its own
    // copy when it is destroyed (on the same thread).
    static std::unique_ptr<Session> openSibling(SiblingTicket&& ticket);

    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Database& db() { return *m_db; }
    const User& user() const { return m_user; }
    // The file's path, or the server's address (postgresql://user@host:port/database).
    const QString& path() const { return m_path; }
    // On a server, the session holds the user's password here instead (for sibling connections).
    const SecureBytes& key() const { return m_key; }
    bool isServer() const { return m_server.has_value(); }
    const std::optional<ServerAddress>& server() const { return m_server; }
    const QString& caFile() const { return m_caFile; }
    // The password that signed in is this one: on a server the check before a password change.
    bool isSignInPassword(QByteArrayView passwordUtf8) const;
    // On a server, after the user's own password changed: sibling connections use the new one.
    void passwordChanged(QByteArrayView newPasswordUtf8);

    // The role as the database has it now, and the user still enabled: a user disabled on another
    // desk since signing in may do nothing more, reading included.
    void require(Operation op) const;

    // A write inside a write joins it: services compose (a broken commitment adds its record) and the
    // whole change commits or rolls back as one.
    template<typename F>
    auto write(F&& change) -> std::invoke_result_t<F>
    {
        if (m_tx)
            return change();
        beginWrite();
        try {
            if constexpr (std::is_void_v<std::invoke_result_t<F>>) {
                change();
                commitWrite();
            } else {
                auto result = change();
                commitWrite();
                return result;
            }
        } catch (...) {
            abortWrite();
            throw;
        }
    }

    // Records one audit entry; only inside write().
    void audit(
        const QString& action, const QString& entity, const QString& entityId, const QJsonObject& summary);

    // Moves the key file's authenticated audit tail to the database's last entry. Called after
    // each write; serialised with other processes by the database's write lock.
    void syncAuditTail();

    // Loads the key file, lets `change` modify it and saves it atomically, all under the database's
    // write lock so two desks never overwrite each other's slot changes. If `auditAction` is not
    // empty, that audit entry is committed with it.
    void changeKeyFile(const std::function<void(KeySidecar&)>& change, const QString& auditAction = {},
        const QString& entity = {}, const QString& entityId = {}, const QJsonObject& summary = {});

    // After the database was re-encrypted under newKey: rewraps every slot to it, drops the pending
    // key, re-signs the audit tail and keeps newKey as the session's key.
    void adoptKey(const SecureBytes& newKey);

private:
    Session() = default;
    void beginWrite();
    void commitWrite();
    // Seals and saves the key file inside the current write transaction, and records in the
    // database that its key file is sealed (so a seal removed later is an edit, not an old file).
    void saveKeyFile(KeySidecar& sidecar, const SecureBytes& key);
    void abortWrite();
    void checkAuditTail();

    QString m_path;
    SecureBytes m_key;
    std::unique_ptr<Database> m_db;
    User m_user;
    std::unique_ptr<Transaction> m_tx;
    std::optional<ServerAddress> m_server;
    QString m_caFile;
};

} // namespace cd
