#include "services/Session.h"

#include "CoreError.h"
#include "crypto/Random.h"
#include "services/CalendarService.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySidecar.h"
#include "storage/MetaStore.h"
#include "storage/Migrations.h"
#include "storage/ServerRoles.h"
#include "storage/UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <optional>

namespace cd {

namespace {

QString signInFailed()
{
    return Session::tr("Sign-in failed: unknown user or wrong password.");
}

// A plain SQLite file starts with this header; a CreditDesk database never does.
bool looksLikePlainSqlite(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16).startsWith("SQLite format 3");
}

void requireDatabaseFiles(const QString& dbPath)
{
    if (!QFileInfo::exists(dbPath))
        throw CoreError(ErrorKind::Failed, Session::tr("The database %1 does not exist.").arg(dbPath));
    if (QFileInfo(dbPath).isDir())
        throw CoreError(
            ErrorKind::Failed, Session::tr("%1 is a folder, not a CreditDesk database.").arg(dbPath));
    if (!QFileInfo::exists(Session::sidecarPath(dbPath))) {
        if (looksLikePlainSqlite(dbPath))
            throw CoreError(ErrorKind::Failed,
                Session::tr("%1 is an unencrypted SQLite file, not a CreditDesk database.").arg(dbPath));
        throw CoreError(ErrorKind::Failed,
            Session::tr("%1 is not a CreditDesk database, or its key file %2 is missing (restore the "
                        "key file from the backup it was saved with).")
                .arg(dbPath, Session::sidecarPath(dbPath)));
    }
}

} // namespace

QString Session::sidecarPath(const QString& dbPath)
{
    return KeySidecar::pathFor(dbPath);
}

QString Session::initialize(const QString& dbPath, const QString& adminName, QByteArrayView passwordUtf8)
{
    const QString name = adminName.trimmed();
    if (name.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("The user name must not be empty."));
    if (passwordUtf8.size() < 8)
        throw CoreError(ErrorKind::InvalidInput, tr("The password must be at least 8 bytes long."));
    const QString keysPath = sidecarPath(dbPath);
    for (const QString& p :
        {dbPath, keysPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(p))
            throw CoreError(ErrorKind::Failed, tr("%1 already exists; nothing was overwritten.").arg(p));
    }
    const QFileInfo folder(QFileInfo(dbPath).absolutePath());
    if (!folder.isDir())
        throw CoreError(ErrorKind::Failed, tr("The folder %1 does not exist.").arg(folder.filePath()));

    const SecureBytes key = Random::bytes(KeySidecar::DatabaseKeySize);
    const QString databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString recoveryKey = KeySidecar::generateRecoveryKey();
    KeySidecar sidecar = KeySidecar::create(databaseId);
    sidecar.addUserSlot(name, passwordUtf8, key);
    sidecar.addRecoverySlot(recoveryKey.toUtf8(), key);

    auto removeCreated = [&] {
        for (const QString& p :
            {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm"), keysPath})
            QFile::remove(p);
    };
    try {
        auto db = Database::open(dbPath, key.view(), Database::Mode::Create);
        Migrations::apply(*db);
        Transaction tx(*db);
        CalendarService::seedBuiltIn(*db);
        MetaStore meta(*db);
        meta.setValue(QStringLiteral("database_id"), databaseId);
        meta.setValue(QStringLiteral("created_with"), QStringLiteral(CREDITDESK_VERSION));
        meta.setValue(KeySidecar::sealedMetaKey(), QStringLiteral("1"));
        User admin;
        admin.name = name;
        admin.displayName = name;
        admin.role = Role::Admin;
        const qint64 id = UserStore(*db).insert(admin);
        AuditLog log(*db);
        log.append(name, QStringLiteral("database.init"), QStringLiteral("database"), databaseId,
            QJsonObject {{QStringLiteral("admin"), name}, {QStringLiteral("userId"), id}});
        tx.commit();
        const AuditTailRef tail = log.tail();
        sidecar.setAuditTail({tail.seq, tail.hash}, key);
        sidecar.seal(key);
        db->checkpoint();
        db.reset();
        sidecar.save(keysPath);
    } catch (const CoreError& e) {
        removeCreated();
        if (e.kind() == ErrorKind::Failed && !QFileInfo(folder.filePath()).isWritable())
            throw CoreError(ErrorKind::Failed,
                tr("The folder %1 is not writable; nothing was created.").arg(folder.filePath()));
        throw;
    }
    return recoveryKey;
}

void Session::recover(const QString& dbPath, const QString& userName, QByteArrayView recoveryKey,
    QByteArrayView newPasswordUtf8)
{
    UserService::checkPassword(newPasswordUtf8);
    requireDatabaseFiles(dbPath);
    auto key = KeySidecar::load(sidecarPath(dbPath)).unlockRecovery(recoveryKey);
    if (!key)
        throw CoreError(ErrorKind::SignIn, tr("The recovery key is wrong; nothing was changed."));
    std::unique_ptr<Session> s(new Session);
    s->m_path = dbPath;
    s->m_key = std::move(*key);
    s->m_db = Database::open(dbPath, s->m_key.view(), Database::Mode::Existing);
    Migrations::refuseNewer(*s->m_db);
    const auto user = UserStore(*s->m_db).byName(userName.trimmed());
    if (!user || user->disabled)
        throw CoreError(
            ErrorKind::InvalidInput, tr("There is no active user named %1.").arg(userName.trimmed()));
    s->m_user = *user;
    s->checkAuditTail();
    s->changeKeyFile([&](KeySidecar& sidecar) { sidecar.addUserSlot(user->name, newPasswordUtf8, s->m_key); },
        QStringLiteral("user.recover"), QStringLiteral("user"), user->name,
        QJsonObject {{QStringLiteral("with"), QStringLiteral("recovery key")}});
}

SecureBytes Session::unlock(const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8)
{
    requireDatabaseFiles(dbPath);
    const KeySidecar sidecar = KeySidecar::load(sidecarPath(dbPath));
    auto key = sidecar.unlockUser(userName.trimmed(), passwordUtf8);
    if (!key)
        throw CoreError(ErrorKind::SignIn, signInFailed());
    return std::move(*key);
}

std::unique_ptr<Session> Session::signIn(
    const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8)
{
    return signIn(dbPath, userName, passwordUtf8, Options());
}

std::unique_ptr<Session> Session::signIn(
    const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8, const Options& options)
{
    std::unique_ptr<Session> s(new Session);
    s->m_path = dbPath;
    s->m_key = unlock(dbPath, userName, passwordUtf8);
    // From here on the key is right: whatever fails to read is damage or tampering, not sign-in.
    try {
        s->m_db = Database::open(dbPath, s->m_key.view(),
            options.plaintextForBenchmark ? Database::Mode::PlaintextForBenchmark : Database::Mode::Existing);
    } catch (const CoreError& e) {
        // A rekey cut short after re-encrypting: the new key waits in the key file under the old one.
        const auto pending = e.kind() == ErrorKind::Integrity
            ? KeySidecar::load(sidecarPath(dbPath)).pendingKey(s->m_key)
            : std::nullopt;
        if (!pending)
            throw;
        s->m_db = Database::open(dbPath, pending->view(), Database::Mode::Existing);
        s->adoptKey(*pending);
    }
    Migrations::refuseNewer(*s->m_db);
    if (options.migrate) {
        Migrations::apply(*s->m_db);
        // A database made before the calendar lived in it: deadlines need one from the first sign-in.
        CalendarService::seedBuiltIn(*s->m_db);
    }
    const auto user = UserStore(*s->m_db).byName(userName.trimmed());
    if (!user || user->disabled)
        throw CoreError(ErrorKind::SignIn, signInFailed());
    s->m_user = *user;
    if (options.checkAuditTail)
        s->checkAuditTail();
    return s;
}

void Session::initializeServer(
    const ServerAddress& address, QByteArrayView passwordUtf8, const QString& caFile)
{
    const QString name = address.user();
    UserService::checkName(name);
    auto db = Database::openServer(address, QString::fromUtf8(passwordUtf8), caFile);
    Migrations::refuseNewer(*db);
    // Each migration commits on its own; if what follows fails, the next init finds the schema done
    // and the office still empty, and carries on.
    Migrations::apply(*db);
    Transaction tx(*db);
    UserStore users(*db);
    if (!users.all().isEmpty())
        throw CoreError(ErrorKind::Failed,
            tr("The database %1 already holds a CreditDesk office; nothing was changed.")
                .arg(address.toString()));
    CalendarService::seedBuiltIn(*db);
    ServerRoles roles(*db);
    roles.ensureGroupRoles();
    roles.joinGroup(name, Role::Admin);
    roles.applyGrants();
    const QString databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    MetaStore meta(*db);
    meta.setValue(QStringLiteral("database_id"), databaseId);
    meta.setValue(QStringLiteral("created_with"), QStringLiteral(CREDITDESK_VERSION));
    User admin;
    admin.name = name;
    admin.displayName = name;
    admin.role = Role::Admin;
    const qint64 id = users.insert(admin);
    AuditLog(*db).append(name, QStringLiteral("database.init"), QStringLiteral("database"), databaseId,
        QJsonObject {{QStringLiteral("admin"), name}, {QStringLiteral("userId"), id},
            {QStringLiteral("server"), address.toString()}});
    tx.commit();
}

std::unique_ptr<Session> Session::signInServer(
    const ServerAddress& address, QByteArrayView passwordUtf8, const QString& caFile)
{
    return signInServer(address, passwordUtf8, caFile, Options());
}

std::unique_ptr<Session> Session::signInServer(
    const ServerAddress& address, QByteArrayView passwordUtf8, const QString& caFile, const Options& options)
{
    std::unique_ptr<Session> s(new Session);
    s->m_server = address;
    s->m_caFile = caFile;
    s->m_path = address.toString();
    s->m_key = SecureBytes(passwordUtf8);
    // A wrong password is the server's SignIn refusal, with its own sentence.
    s->m_db = Database::openServer(address, QString::fromUtf8(passwordUtf8), caFile);
    Migrations::refuseNewer(*s->m_db);
    if (options.migrate) {
        // Only the owner can change the schema; a new step's tables get their grants at once.
        if (Migrations::apply(*s->m_db) > 0) {
            Transaction tx(*s->m_db);
            ServerRoles(*s->m_db).applyGrants();
            tx.commit();
        }
        CalendarService::seedBuiltIn(*s->m_db);
    }
    // A login role of the server that is not (or no longer) a user of this office.
    const auto user = UserStore(*s->m_db).byName(address.user());
    if (!user || user->disabled)
        throw CoreError(ErrorKind::SignIn, signInFailed());
    s->m_user = *user;
    return s;
}

bool Session::isSignInPassword(QByteArrayView passwordUtf8) const
{
    return isServer() && m_key.view() == passwordUtf8;
}

void Session::passwordChanged(QByteArrayView newPasswordUtf8)
{
    if (isServer())
        m_key = SecureBytes(newPasswordUtf8);
}

Session::SiblingTicket Session::siblingTicket() const
{
    return SiblingTicket {m_path, m_key, m_user.name, m_server, m_caFile};
}

std::unique_ptr<Session> Session::openSibling(SiblingTicket&& ticket)
{
    SiblingTicket taken = std::move(ticket);
    std::unique_ptr<Session> s(new Session);
    s->m_path = taken.path;
    s->m_key = std::move(taken.key);
    taken.key.clear();
    if (s->m_key.isEmpty())
        throw CoreError(ErrorKind::Failed, tr("The session that started this work has ended."));
    s->m_server = taken.server;
    s->m_caFile = taken.caFile;
    if (s->m_server)
        s->m_db = Database::openServer(
            *s->m_server, QString::fromUtf8(s->m_key.view().data(), s->m_key.view().size()), s->m_caFile);
    else
        s->m_db = Database::open(s->m_path, s->m_key.view(), Database::Mode::Existing);
    // The first session migrated and checked the database; the user is read again because an admin
    // on another desk may have disabled them since.
    const auto user = UserStore(*s->m_db).byName(taken.userName);
    if (!user || user->disabled)
        throw CoreError(
            ErrorKind::NotPermitted, tr("Not permitted: the user %1 has been disabled.").arg(taken.userName));
    s->m_user = *user;
    s->checkAuditTail();
    return s;
}

Session::~Session()
{
    m_tx.reset();
    m_db.reset();
    m_key.clear();
}

void Session::checkAuditTail()
{
    if (isServer())
        return; // no key file: the server's triggers and grants keep the log whole
    const KeySidecar sidecar = KeySidecar::load(sidecarPath(m_path));
    sidecar.checkSeal(m_key, MetaStore(*m_db).value(KeySidecar::sealedMetaKey()) == QLatin1String("1"));
    const auto stored = sidecar.auditTail(m_key);
    if (!stored)
        return;
    AuditLog log(*m_db);
    const AuditTailRef last = log.tail();
    if (last.seq < stored->seq)
        throw CoreError(ErrorKind::Integrity,
            tr("The audit trail of %1 ends at entry %2, but the key file records entry %3: entries "
               "were cut off the end.")
                .arg(m_path)
                .arg(last.seq)
                .arg(stored->seq));
    // Only the one entry matters here; a full walk of the chain is verify's job.
    const auto e = log.entry(stored->seq);
    if (!e || e->hash != stored->hash)
        throw CoreError(ErrorKind::Integrity,
            tr("Audit entry %1 of %2 differs from the one recorded in the key file.")
                .arg(stored->seq)
                .arg(m_path));
}

void Session::require(Operation op) const
{
    const auto current = UserStore(*m_db).byName(m_user.name);
    if (!current || current->disabled)
        throw CoreError(
            ErrorKind::NotPermitted, tr("Not permitted: the user %1 has been disabled.").arg(m_user.name));
    AccessPolicy::require(current->role, op);
}

void Session::beginWrite()
{
    if (m_tx)
        throw CoreError(ErrorKind::Failed, tr("A change is already in progress."));
    m_tx = std::make_unique<Transaction>(*m_db);
    // Re-read inside the write lock: an admin on another desk may have disabled this user.
    const auto current = UserStore(*m_db).byName(m_user.name);
    if (!current || current->disabled)
        throw CoreError(
            ErrorKind::NotPermitted, tr("Not permitted: the user %1 has been disabled.").arg(m_user.name));
    m_user = *current;
}

void Session::commitWrite()
{
    m_tx->commit();
    m_tx.reset();
    syncAuditTail();
}

void Session::abortWrite()
{
    m_tx.reset(); // rolls back
}

void Session::audit(
    const QString& action, const QString& entity, const QString& entityId, const QJsonObject& summary)
{
    if (!m_tx)
        throw CoreError(
            ErrorKind::Failed, tr("An audit entry must be written inside the change it records."));
    AuditLog(*m_db).append(m_user.name, action, entity, entityId, summary);
}

void Session::syncAuditTail()
{
    if (isServer())
        return;
    Transaction lock(*m_db);
    KeySidecar sidecar = KeySidecar::load(sidecarPath(m_path));
    const AuditTailRef last = AuditLog(*m_db).tail();
    const auto stored = sidecar.auditTail(m_key);
    if (!stored || stored->seq < last.seq) {
        sidecar.setAuditTail({last.seq, last.hash}, m_key);
        saveKeyFile(sidecar, m_key);
    }
    lock.commit();
}

void Session::adoptKey(const SecureBytes& newKey)
{
    Transaction lock(*m_db);
    KeySidecar sidecar = KeySidecar::load(sidecarPath(m_path));
    sidecar.rewrapDatabaseKey(newKey);
    sidecar.clearPendingKey();
    const AuditTailRef last = AuditLog(*m_db).tail();
    sidecar.setAuditTail({last.seq, last.hash}, newKey);
    saveKeyFile(sidecar, newKey);
    lock.commit();
    m_key = newKey;
}

void Session::changeKeyFile(const std::function<void(KeySidecar&)>& change, const QString& auditAction,
    const QString& entity, const QString& entityId, const QJsonObject& summary)
{
    if (isServer())
        throw CoreError(ErrorKind::Failed,
            tr("A database on a server has no key file: its users' passwords are the server's."));
    beginWrite();
    std::optional<KeySidecar> previous;
    bool replaced = false;
    try {
        KeySidecar sidecar = KeySidecar::load(sidecarPath(m_path));
        previous = sidecar;
        change(sidecar);
        if (!auditAction.isEmpty())
            audit(auditAction, entity, entityId, summary);
        // The key file is replaced while the write lock is held and before the audit entry commits:
        // a crash in between leaves a changed slot whose entry is missing, never the other way.
        saveKeyFile(sidecar, m_key);
        replaced = true;
        m_tx->commit();
    } catch (...) {
        abortWrite();
        // The commit failed (a full disk, an I/O error) after the new key file was in place: put the
        // old one back, or the change would be in force although the user was told it failed.
        if (replaced) {
            try {
                // On a full disk the failed commit's frames still fill the WAL: truncating it gives
                // the room the old key file needs.
                m_db->checkpoint();
            } catch (const CoreError&) {
            }
            try {
                previous->save(sidecarPath(m_path));
            } catch (const CoreError&) {
                // The original error is the one to report; the audit tail check still holds.
            }
        }
        throw;
    }
    m_tx.reset();
    syncAuditTail();
}

void Session::saveKeyFile(KeySidecar& sidecar, const SecureBytes& key)
{
    sidecar.seal(key);
    sidecar.save(sidecarPath(m_path));
    MetaStore meta(*m_db);
    if (meta.value(KeySidecar::sealedMetaKey()) != QLatin1String("1"))
        meta.setValue(KeySidecar::sealedMetaKey(), QStringLiteral("1"));
}

} // namespace cd
