#pragma once

#include "crypto/AesGcm.h"
#include "crypto/Scrypt.h"
#include "crypto/SealedBox.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

// The key file "<db>.keys" next to the database. It holds the 32-byte database key wrapped once
// per user (under a key derived from that user's password) and once under the recovery key, plus
// the authenticated tail of the audit chain. It never holds a user name or the database key in
// clear: a user slot is found by SHA-256(salt || name), and each wrapped key is bound by AES-GCM's
// associated data to this database and to its slot, so a slot copied between files fails to open.
//
// Value semantics: load, change, save. Nothing touches the disk except load() and save().
class KeySidecar
{
    Q_DECLARE_TR_FUNCTIONS(KeySidecar)

public:
    static constexpr int DatabaseKeySize = 32;
    static constexpr int FormatVersion = 1;
    // The database's meta key that says its key file is sealed (see seal()).
    static QString sealedMetaKey() { return QStringLiteral("key_file_sealed"); }

    struct AuditTail
    {
        qint64 seq = 0;
        QByteArray hash; // 32 bytes
    };

    static KeySidecar create(const QString& databaseId);
    static QString pathFor(const QString& dbPath);

    // Throws CoreError(Integrity) if the file is missing, damaged or not a key file of a version
    // this program reads; CoreError(Failed) if it exists but cannot be read (permissions, I/O).
    static KeySidecar load(const QString& path);
    // The whole of load() after the bytes are in memory; total over arbitrary input (either a
    // KeySidecar or CoreError(Integrity)), so it can be fuzzed.
    static KeySidecar parse(const QByteArray& bytes, const QString& pathForMessages);
    QByteArray toJson() const;
    // Atomic replace: either the new file is complete and on disk, or the old one is untouched and
    // CoreError(Failed) is thrown.
    void save(const QString& path) const;

    QString databaseId() const { return m_databaseId; }
    int slotCount() const { return int(m_slots.size()); }

    // Adding replaces any existing slot for the same user (resp. the recovery slot). dbKey must be
    // DatabaseKeySize bytes.
    void addUserSlot(const QString& userName, QByteArrayView passwordUtf8, const SecureBytes& dbKey,
        ScryptParams params = Scrypt::defaultParams());
    // The recovery key is normalised (normaliseRecoveryKey) here and in unlockRecovery, so the
    // form shown to the user and the form typed back both work.
    void addRecoverySlot(
        QByteArrayView recoveryKey, const SecureBytes& dbKey, ScryptParams params = Scrypt::defaultParams());
    bool removeUserSlot(const QString& userName);
    bool hasUserSlot(const QString& userName) const;
    bool hasRecoverySlot() const;

    // nullopt for a wrong password and for an unknown user alike, taking about the same time.
    std::optional<SecureBytes> unlockUser(const QString& userName, QByteArrayView passwordUtf8) const;
    std::optional<SecureBytes> unlockRecovery(QByteArrayView recoveryKey) const;

    // After a rekey: seals newKey to every slot's public key (no password needed).
    void rewrapDatabaseKey(const SecureBytes& newKey);
    // A rekey in progress: the new key, sealed under the current one, so that a crash between
    // re-encrypting the database and rewrapping the slots locks nobody out.
    void setPendingKey(const SecureBytes& newKey, const SecureBytes& currentKey);
    std::optional<SecureBytes> pendingKey(const SecureBytes& currentKey) const;
    void clearPendingKey();

    void setAuditTail(const AuditTail& tail, const SecureBytes& dbKey);
    // nullopt if no tail was ever stored; throws CoreError(Integrity) if the stored one does not
    // authenticate under dbKey.
    std::optional<AuditTail> auditTail(const SecureBytes& dbKey) const;

    // The seal: an HMAC under a subkey of the database key over everything else in the file, so
    // that an edit of any slot (also one the signed-in user cannot open), of the pending key or of
    // the audit tail is found by whoever holds the key. Set it last, just before save().
    void seal(const SecureBytes& dbKey);
    bool isSealed() const { return !m_seal.isEmpty(); }
    // Throws CoreError(Integrity) if the seal does not match, or is missing although `required`
    // (the database records that its key file was sealed, so removing the seal is an edit too).
    void checkSeal(const SecureBytes& dbKey, bool required) const;

    // 32 random bytes in Crockford base32, as 13 dash-separated groups of 4 characters.
    static QString generateRecoveryKey();
    static QByteArray normaliseRecoveryKey(const QString& typed);

private:
    enum class SlotKind { User, Recovery };

    struct Slot
    {
        QByteArray id; // 16 bytes
        SlotKind kind = SlotKind::User;
        QByteArray lookup; // 32 bytes, user slots only
        ScryptParams kdf;
        QByteArray salt;
        QByteArray publicKey; // X25519, the slot's own key pair
        AesGcm::Sealed sealed; // the private key, under a key derived from the password
        SealedBox::Box databaseKey; // the database key, sealed to publicKey
    };

    struct StoredTail
    {
        qint64 seq = 0;
        QByteArray hash;
        QByteArray mac;
    };

    KeySidecar() = default;

    Slot makeSlot(SlotKind kind, QByteArrayView secret, const SecureBytes& dbKey, ScryptParams params) const;
    std::optional<SecureBytes> unwrap(const Slot& slot, QByteArrayView secret) const;
    QByteArray slotAad(const QByteArray& slotId) const;
    QByteArray tailMac(qint64 seq, const QByteArray& hash, const SecureBytes& dbKey) const;
    QByteArray sealMac(const SecureBytes& dbKey) const;
    QJsonObject toJsonObject() const;
    static QByteArray lookupFor(const QByteArray& salt, const QString& userName);
    bool isSlotOf(const Slot& slot, const QString& userName) const;
    QString shownPath() const;

    QString m_databaseId;
    std::vector<Slot> m_slots;
    std::optional<StoredTail> m_tail;
    std::optional<AesGcm::Sealed> m_pending;
    QByteArray m_seal; // empty: a key file written before seals existed
    QString m_path; // only for messages
};

} // namespace cd
