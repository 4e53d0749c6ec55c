#include "storage/KeySidecar.h"

#include "CoreError.h"
#include "crypto/CrockfordBase32.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "storage/DiskSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cd {

namespace {

const QString formatMarker = QStringLiteral("creditdesk-keys");
constexpr int slotIdSize = 16;
constexpr int slotSaltSize = 32;
constexpr int minSaltSize = 16;
constexpr int maxSaltSize = 64;
// A real key file is a few hundred bytes per user; anything this large is not one, and refusing
// it early keeps a hostile file from costing much memory.
constexpr qint64 maxFileSize = 4 * 1024 * 1024;
// Beyond 2^53 a JSON number no longer holds every integer exactly.
constexpr qint64 maxJsonInteger = (qint64(1) << 53) - 1;

// QSaveFile::commit() also syncs, but ignores the result; checking it ourselves turns a
// full or failing disk into an error instead of a silently short key file.
bool syncFileToDisk(int fd)
{
    if (fd < 0)
        return true; // no descriptor to sync through: QSaveFile::commit() still syncs its handle
#ifdef Q_OS_WIN
    const intptr_t handle = _get_osfhandle(fd);
    return handle == -1 || FlushFileBuffers(reinterpret_cast<HANDLE>(handle)) != 0;
#else
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
#endif
}

// Makes the rename itself durable: without it a power cut can bring back the old key file (and
// with it a revoked password). NTFS journals the rename, so Windows needs nothing here.
void syncDirectory(const QString& dirPath)
{
#ifdef Q_OS_WIN
    Q_UNUSED(dirPath);
#else
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // best effort: some file systems do not allow opening a directory
    ::fsync(fd);
    ::close(fd);
#endif
}

bool isValidDatabaseId(const QString& id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    // '|' separates the fields of the authenticated data; allowing it would let two different
    // (id, slot) pairs produce the same bytes.
    for (const QChar ch : id) {
        if (ch == u'|' || ch.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

std::optional<QByteArray> lowerHex(const QJsonValue& v, qsizetype bytes)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s.size() != bytes * 2)
        return std::nullopt;
    for (const QChar ch : s) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f')))
            return std::nullopt;
    }
    return QByteArray::fromHex(s.toLatin1());
}

// Only the canonical encoding is accepted, so every edit of the text changes the decoded bytes
// (or is refused) instead of sometimes flipping ignored padding bits.
std::optional<QByteArray> canonicalBase64(const QJsonValue& v, qsizetype minBytes, qsizetype maxBytes)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    for (const QChar ch : s) {
        if (ch.unicode() > 127)
            return std::nullopt;
    }
    const QByteArray text = s.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text)
        return std::nullopt;
    if (decoded.decoded.size() < minBytes || decoded.decoded.size() > maxBytes)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<qint64> integer(const QJsonValue& v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

} // namespace

KeySidecar KeySidecar::create(const QString& databaseId)
{
    if (!isValidDatabaseId(databaseId)) {
        throw CoreError(ErrorKind::InvalidInput,
            tr("The database ID \"%1\" cannot be used for a key file.").arg(databaseId));
    }
    KeySidecar sidecar;
    sidecar.m_databaseId = databaseId;
    return sidecar;
}

QString KeySidecar::pathFor(const QString& dbPath)
{
    return dbPath + QStringLiteral(".keys");
}

KeySidecar KeySidecar::load(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        throw CoreError(ErrorKind::Integrity,
            tr("The key file %1 is missing; the database cannot be opened "
               "without it. Restore it from the backup.")
                .arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw CoreError(
            ErrorKind::Failed, tr("The key file %1 cannot be read: %2.").arg(shown, file.errorString()));
    }
    // Read one byte past the limit so parse() sees an oversized file as oversized.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        throw CoreError(
            ErrorKind::Failed, tr("The key file %1 cannot be read: %2.").arg(shown, file.errorString()));
    }
    return parse(bytes, path);
}

KeySidecar KeySidecar::parse(const QByteArray& bytes, const QString& pathForMessages)
{
    const QString shown = QDir::toNativeSeparators(pathForMessages);
    const auto damaged = [&](const QString& what) {
        return CoreError(ErrorKind::Integrity, tr("The key file %1 is damaged: %2.").arg(shown, what));
    };
    const auto notKeyFile = [&] {
        return CoreError(ErrorKind::Integrity, tr("The file %1 is not a CreditDesk key file.").arg(shown));
    };

    if (bytes.isEmpty())
        throw damaged(tr("it is empty"));
    if (bytes.size() > maxFileSize)
        throw damaged(tr("it is larger than any key file can be"));

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        throw damaged(
            tr("it is not valid JSON (%1 at byte %2)").arg(jsonError.errorString()).arg(jsonError.offset));
    }
    if (!doc.isObject())
        throw notKeyFile();
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatMarker)
        throw notKeyFile();

    const auto version = integer(root.value(QStringLiteral("version")), 1, maxJsonInteger);
    if (!version)
        throw damaged(tr("its version number is missing or invalid"));
    if (*version != FormatVersion) {
        throw CoreError(ErrorKind::Integrity,
            tr("The key file %1 has format version %2, which this version of "
               "CreditDesk cannot read. Use a newer version of CreditDesk.")
                .arg(shown)
                .arg(*version));
    }

    KeySidecar sidecar;
    sidecar.m_path = pathForMessages;
    const QJsonValue idValue = root.value(QStringLiteral("databaseId"));
    if (!idValue.isString() || !isValidDatabaseId(idValue.toString()))
        throw damaged(tr("its database ID is missing or invalid"));
    sidecar.m_databaseId = idValue.toString();

    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray())
        throw damaged(tr("its list of key slots is missing"));
    QSet<QByteArray> seenIds;
    bool seenRecovery = false;
    const QJsonArray slotList = slotsValue.toArray();
    for (qsizetype i = 0; i < slotList.size(); ++i) {
        const auto badField = [&](const char* field) {
            return damaged(tr("key slot %1 has a missing or invalid \"%2\" field")
                               .arg(i + 1)
                               .arg(QString::fromLatin1(field)));
        };
        if (!slotList.at(i).isObject())
            throw damaged(tr("key slot %1 is not an object").arg(i + 1));
        const QJsonObject o = slotList.at(i).toObject();
        Slot slot;

        const auto id = lowerHex(o.value(QStringLiteral("id")), slotIdSize);
        if (!id)
            throw badField("id");
        if (seenIds.contains(*id))
            throw damaged(tr("two key slots have the same ID"));
        seenIds.insert(*id);
        slot.id = *id;

        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("user")) {
            slot.kind = SlotKind::User;
            const auto lookup = lowerHex(o.value(QStringLiteral("lookup")), Hash::Sha256Size);
            if (!lookup)
                throw badField("lookup");
            slot.lookup = *lookup;
        } else if (kind == QLatin1String("recovery")) {
            slot.kind = SlotKind::Recovery;
            if (o.contains(QStringLiteral("lookup")))
                throw badField("lookup");
            if (seenRecovery)
                throw damaged(tr("it has more than one recovery key slot"));
            seenRecovery = true;
        } else {
            throw badField("kind");
        }

        const QJsonValue kdfValue = o.value(QStringLiteral("kdf"));
        if (!kdfValue.isObject())
            throw badField("kdf");
        const QJsonObject kdf = kdfValue.toObject();
        if (kdf.value(QStringLiteral("name")).toString() != QLatin1String("scrypt"))
            throw badField("kdf.name");
        const auto n = integer(kdf.value(QStringLiteral("n")), 1, maxJsonInteger);
        const auto r = integer(kdf.value(QStringLiteral("r")), 1, 0xffffffff);
        const auto p = integer(kdf.value(QStringLiteral("p")), 1, 0xffffffff);
        if (!n)
            throw badField("kdf.n");
        if (!r)
            throw badField("kdf.r");
        if (!p)
            throw badField("kdf.p");
        slot.kdf = {quint64(*n), quint32(*r), quint32(*p)};
        if (!Scrypt::isAcceptable(slot.kdf))
            throw damaged(tr("key slot %1 has scrypt parameters outside the accepted range").arg(i + 1));
        const auto salt = canonicalBase64(kdf.value(QStringLiteral("salt")), minSaltSize, maxSaltSize);
        if (!salt)
            throw badField("kdf.salt");
        slot.salt = *salt;

        const auto nonce
            = canonicalBase64(o.value(QStringLiteral("nonce")), AesGcm::NonceSize, AesGcm::NonceSize);
        if (!nonce)
            throw badField("nonce");
        const auto ciphertext
            = canonicalBase64(o.value(QStringLiteral("ciphertext")), DatabaseKeySize, DatabaseKeySize);
        if (!ciphertext)
            throw badField("ciphertext");
        const auto tag = canonicalBase64(o.value(QStringLiteral("tag")), AesGcm::TagSize, AesGcm::TagSize);
        if (!tag)
            throw badField("tag");
        slot.sealed = {*nonce, *ciphertext, *tag};

        const auto publicKey
            = canonicalBase64(o.value(QStringLiteral("publicKey")), SealedBox::KeySize, SealedBox::KeySize);
        if (!publicKey)
            throw badField("publicKey");
        slot.publicKey = *publicKey;
        const QJsonValue boxValue = o.value(QStringLiteral("databaseKey"));
        if (!boxValue.isObject())
            throw badField("databaseKey");
        const QJsonObject box = boxValue.toObject();
        const auto ephemeral
            = canonicalBase64(box.value(QStringLiteral("ephemeral")), SealedBox::KeySize, SealedBox::KeySize);
        const auto boxNonce
            = canonicalBase64(box.value(QStringLiteral("nonce")), AesGcm::NonceSize, AesGcm::NonceSize);
        const auto boxCiphertext
            = canonicalBase64(box.value(QStringLiteral("ciphertext")), DatabaseKeySize, DatabaseKeySize);
        const auto boxTag
            = canonicalBase64(box.value(QStringLiteral("tag")), AesGcm::TagSize, AesGcm::TagSize);
        if (!ephemeral || !boxNonce || !boxCiphertext || !boxTag)
            throw badField("databaseKey");
        slot.databaseKey = {*ephemeral, {*boxNonce, *boxCiphertext, *boxTag}};
        sidecar.m_slots.push_back(std::move(slot));
    }

    const QJsonValue pendingValue = root.value(QStringLiteral("pendingKey"));
    if (!pendingValue.isUndefined() && !pendingValue.isNull()) {
        const QJsonObject pk = pendingValue.toObject();
        const auto nonce
            = canonicalBase64(pk.value(QStringLiteral("nonce")), AesGcm::NonceSize, AesGcm::NonceSize);
        const auto ciphertext
            = canonicalBase64(pk.value(QStringLiteral("ciphertext")), DatabaseKeySize, DatabaseKeySize);
        const auto tag = canonicalBase64(pk.value(QStringLiteral("tag")), AesGcm::TagSize, AesGcm::TagSize);
        if (!nonce || !ciphertext || !tag)
            throw damaged(tr("its pending key is invalid"));
        sidecar.m_pending = AesGcm::Sealed {*nonce, *ciphertext, *tag};
    }

    const QJsonValue tailValue = root.value(QStringLiteral("auditTail"));
    if (!tailValue.isUndefined() && !tailValue.isNull()) {
        const auto badTail = [&](const char* field) {
            return damaged(
                tr("its audit tail has a missing or invalid \"%1\" field").arg(QString::fromLatin1(field)));
        };
        if (!tailValue.isObject())
            throw damaged(tr("its audit tail is not an object"));
        const QJsonObject t = tailValue.toObject();
        const auto seq = integer(t.value(QStringLiteral("seq")), 0, maxJsonInteger);
        if (!seq)
            throw badTail("seq");
        const auto hash = lowerHex(t.value(QStringLiteral("hash")), Hash::Sha256Size);
        if (!hash)
            throw badTail("hash");
        const auto mac = lowerHex(t.value(QStringLiteral("mac")), Hash::Sha256Size);
        if (!mac)
            throw badTail("mac");
        sidecar.m_tail = StoredTail {*seq, *hash, *mac};
    }

    const QJsonValue sealValue = root.value(QStringLiteral("seal"));
    if (!sealValue.isUndefined()) {
        const auto seal = lowerHex(sealValue, Hash::Sha256Size);
        if (!seal)
            throw damaged(tr("its seal is invalid"));
        sidecar.m_seal = *seal;
    }
    return sidecar;
}

QByteArray KeySidecar::toJson() const
{
    QJsonObject root = toJsonObject();
    if (!m_seal.isEmpty())
        root.insert(QStringLiteral("seal"), QString::fromLatin1(m_seal.toHex()));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject KeySidecar::toJsonObject() const
{
    QJsonArray slotList;
    for (const Slot& slot : m_slots) {
        QJsonObject kdf {
            {QStringLiteral("name"), QStringLiteral("scrypt")},
            {QStringLiteral("n"), qint64(slot.kdf.n)},
            {QStringLiteral("r"), qint64(slot.kdf.r)},
            {QStringLiteral("p"), qint64(slot.kdf.p)},
            {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
        };
        QJsonObject o {
            {QStringLiteral("id"), QString::fromLatin1(slot.id.toHex())},
            {QStringLiteral("kind"),
                slot.kind == SlotKind::User ? QStringLiteral("user") : QStringLiteral("recovery")},
            {QStringLiteral("kdf"), kdf},
            {QStringLiteral("nonce"), QString::fromLatin1(slot.sealed.nonce.toBase64())},
            {QStringLiteral("ciphertext"), QString::fromLatin1(slot.sealed.ciphertext.toBase64())},
            {QStringLiteral("tag"), QString::fromLatin1(slot.sealed.tag.toBase64())},
        };
        if (slot.kind == SlotKind::User)
            o.insert(QStringLiteral("lookup"), QString::fromLatin1(slot.lookup.toHex()));
        o.insert(QStringLiteral("publicKey"), QString::fromLatin1(slot.publicKey.toBase64()));
        o.insert(QStringLiteral("databaseKey"),
            QJsonObject {
                {QStringLiteral("ephemeral"),
                    QString::fromLatin1(slot.databaseKey.ephemeralPublic.toBase64())},
                {QStringLiteral("nonce"), QString::fromLatin1(slot.databaseKey.sealed.nonce.toBase64())},
                {QStringLiteral("ciphertext"),
                    QString::fromLatin1(slot.databaseKey.sealed.ciphertext.toBase64())},
                {QStringLiteral("tag"), QString::fromLatin1(slot.databaseKey.sealed.tag.toBase64())},
            });
        slotList.append(o);
    }
    QJsonObject root {
        {QStringLiteral("format"), formatMarker},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("databaseId"), m_databaseId},
        {QStringLiteral("slots"), slotList},
    };
    if (m_pending) {
        root.insert(QStringLiteral("pendingKey"),
            QJsonObject {
                {QStringLiteral("nonce"), QString::fromLatin1(m_pending->nonce.toBase64())},
                {QStringLiteral("ciphertext"), QString::fromLatin1(m_pending->ciphertext.toBase64())},
                {QStringLiteral("tag"), QString::fromLatin1(m_pending->tag.toBase64())},
            });
    }
    if (m_tail) {
        root.insert(QStringLiteral("auditTail"),
            QJsonObject {
                {QStringLiteral("seq"), m_tail->seq},
                {QStringLiteral("hash"), QString::fromLatin1(m_tail->hash.toHex())},
                {QStringLiteral("mac"), QString::fromLatin1(m_tail->mac.toHex())},
            });
    }
    return root;
}

void KeySidecar::save(const QString& path) const
{
    const QByteArray json = toJson();
    QSaveFile file(path);
    const auto fail = [&](const QString& reason) {
        file.cancelWriting();
        if (DiskSpace::isFull(path, json.size()))
            return DiskSpace::fullError(
                tr("the key file %1 could not be saved; the previous key file, if there "
                   "was one, is unchanged")
                    .arg(QDir::toNativeSeparators(path)));
        return CoreError(ErrorKind::Failed,
            tr("The key file %1 could not be saved: %2. The previous key file, "
               "if there was one, is unchanged.")
                .arg(QDir::toNativeSeparators(path), reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw fail(file.errorString());
    // Flushing here, not in commit(), is what surfaces a full disk: commit() would rename a short file.
    if (file.write(json) != json.size() || !file.flush())
        throw fail(file.errorString());
    if (!syncFileToDisk(file.handle()))
        throw fail(tr("the data could not be written through to the disk"));
    if (!file.commit())
        throw fail(file.errorString());
    syncDirectory(QFileInfo(path).absolutePath());
}

KeySidecar::Slot KeySidecar::makeSlot(
    SlotKind kind, QByteArrayView secret, const SecureBytes& dbKey, ScryptParams params) const
{
    if (dbKey.size() != DatabaseKeySize)
        throw CoreError(ErrorKind::Failed, tr("The database key must be %1 bytes.").arg(DatabaseKeySize));
    // Refuse to write what load() would refuse to read: that would lock everyone out.
    if (!Scrypt::isAcceptable(params)) {
        throw CoreError(ErrorKind::Failed,
            tr("The scrypt parameters N=%1, r=%2, p=%3 are outside the accepted range.")
                .arg(params.n)
                .arg(params.r)
                .arg(params.p));
    }
    Slot slot;
    slot.kind = kind;
    slot.id = Random::bytes(slotIdSize).view().toByteArray();
    slot.kdf = params;
    slot.salt = Random::bytes(slotSaltSize).view().toByteArray();
    const SecureBytes kek = Scrypt::derive(secret, slot.salt, params, AesGcm::KeySize);
    const SealedBox::KeyPair pair = SealedBox::generate();
    slot.publicKey = pair.publicKey;
    slot.sealed = AesGcm::seal(kek, pair.privateKey, slotAad(slot.id) + "|private-key");
    slot.databaseKey = SealedBox::seal(slot.publicKey, dbKey, slotAad(slot.id) + "|database-key");
    return slot;
}

std::optional<SecureBytes> KeySidecar::unwrap(const Slot& slot, QByteArrayView secret) const
{
    const SecureBytes kek = Scrypt::derive(secret, slot.salt, slot.kdf, AesGcm::KeySize);
    // The password is judged here, by the tag of the wrapped private key, and nowhere else.
    const auto privateKey = AesGcm::open(kek, slot.sealed, slotAad(slot.id) + "|private-key");
    if (!privateKey)
        return std::nullopt;
    // The password was right: from here on a failure is a damaged or altered slot.
    const auto damagedSlot = [&] {
        return CoreError(ErrorKind::Integrity,
            tr("A key slot in the key file %1 is damaged or was altered; the password was accepted but "
               "the database key it holds cannot be recovered.")
                .arg(shownPath()));
    };
    if (SealedBox::publicKeyOf(*privateKey) != slot.publicKey)
        throw damagedSlot();
    auto key = SealedBox::open(*privateKey, slot.databaseKey, slotAad(slot.id) + "|database-key");
    if (!key || key->size() != DatabaseKeySize)
        throw damagedSlot();
    return key;
}

QByteArray KeySidecar::slotAad(const QByteArray& slotId) const
{
    return QByteArrayLiteral("creditdesk-slot-v1|") + m_databaseId.toUtf8() + '|' + slotId.toHex();
}

QByteArray KeySidecar::lookupFor(const QByteArray& salt, const QString& userName)
{
    // User names are unique without regard to case, so "Li" finds the slot of "li".
    return Hash::sha256(salt + userName.trimmed().toCaseFolded().toUtf8());
}

bool KeySidecar::isSlotOf(const Slot& slot, const QString& userName) const
{
    return slot.kind == SlotKind::User
        && SecureBytes::constEqual(slot.lookup, lookupFor(slot.salt, userName));
}

QString KeySidecar::shownPath() const
{
    return QDir::toNativeSeparators(m_path);
}

void KeySidecar::addUserSlot(
    const QString& userName, QByteArrayView passwordUtf8, const SecureBytes& dbKey, ScryptParams params)
{
    if (userName.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("A key slot needs a user name."));
    Slot slot = makeSlot(SlotKind::User, passwordUtf8, dbKey, params);
    slot.lookup = lookupFor(slot.salt, userName);
    removeUserSlot(userName);
    m_slots.push_back(std::move(slot));
}

void KeySidecar::addRecoverySlot(QByteArrayView recoveryKey, const SecureBytes& dbKey, ScryptParams params)
{
    const QByteArray normalised = normaliseRecoveryKey(QString::fromUtf8(recoveryKey));
    if (normalised.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("The recovery key is empty."));
    Slot slot = makeSlot(SlotKind::Recovery, normalised, dbKey, params);
    std::erase_if(m_slots, [](const Slot& s) { return s.kind == SlotKind::Recovery; });
    m_slots.push_back(std::move(slot));
}

bool KeySidecar::removeUserSlot(const QString& userName)
{
    return std::erase_if(m_slots, [&](const Slot& s) { return isSlotOf(s, userName); }) > 0;
}

bool KeySidecar::hasUserSlot(const QString& userName) const
{
    return std::any_of(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return isSlotOf(s, userName); });
}

bool KeySidecar::hasRecoverySlot() const
{
    return std::any_of(
        m_slots.begin(), m_slots.end(), [](const Slot& s) { return s.kind == SlotKind::Recovery; });
}

std::optional<SecureBytes> KeySidecar::unlockUser(const QString& userName, QByteArrayView passwordUtf8) const
{
    // Asked for on every path, so that whatever it says (or warns) does not differ by user.
    const ScryptParams dummyParams = Scrypt::defaultParams();
    for (const Slot& slot : m_slots) {
        if (isSlotOf(slot, userName))
            return unwrap(slot, passwordUtf8);
    }
    // No such user: spend what a real attempt costs, so the time taken does not reveal which
    // user names have a slot.
    static const QByteArray dummySalt(slotSaltSize, '\x5c');
    Scrypt::derive(passwordUtf8, dummySalt, dummyParams, AesGcm::KeySize);
    return std::nullopt;
}

std::optional<SecureBytes> KeySidecar::unlockRecovery(QByteArrayView recoveryKey) const
{
    const QByteArray normalised = normaliseRecoveryKey(QString::fromUtf8(recoveryKey));
    for (const Slot& slot : m_slots) {
        if (slot.kind == SlotKind::Recovery)
            return unwrap(slot, normalised);
    }
    return std::nullopt;
}

void KeySidecar::rewrapDatabaseKey(const SecureBytes& newKey)
{
    if (newKey.size() != DatabaseKeySize)
        throw CoreError(ErrorKind::Failed, tr("The database key must be %1 bytes.").arg(DatabaseKeySize));
    for (Slot& slot : m_slots)
        slot.databaseKey = SealedBox::seal(slot.publicKey, newKey, slotAad(slot.id) + "|database-key");
}

namespace {

SecureBytes pendingWrapKey(const SecureBytes& currentKey)
{
    return Hash::hmacSha256Key(currentKey.view(), "creditdesk-pending-key");
}

} // namespace

void KeySidecar::setPendingKey(const SecureBytes& newKey, const SecureBytes& currentKey)
{
    if (newKey.size() != DatabaseKeySize || currentKey.size() != DatabaseKeySize)
        throw CoreError(ErrorKind::Failed, tr("The database key must be %1 bytes.").arg(DatabaseKeySize));
    m_pending
        = AesGcm::seal(pendingWrapKey(currentKey), newKey, "creditdesk-pending-v1|" + m_databaseId.toUtf8());
}

std::optional<SecureBytes> KeySidecar::pendingKey(const SecureBytes& currentKey) const
{
    if (!m_pending)
        return std::nullopt;
    return AesGcm::open(
        pendingWrapKey(currentKey), *m_pending, "creditdesk-pending-v1|" + m_databaseId.toUtf8());
}

void KeySidecar::clearPendingKey()
{
    m_pending.reset();
}

QByteArray KeySidecar::tailMac(qint64 seq, const QByteArray& hash, const SecureBytes& dbKey) const
{
    // A subkey of its own, so the database key is never used directly as a MAC key.
    const SecureBytes macKey = Hash::hmacSha256Key(dbKey.view(), "creditdesk-audit-tail-key");
    const QByteArray message = QByteArrayLiteral("creditdesk-audit-tail-v1|") + m_databaseId.toUtf8() + '|'
        + QByteArray::number(seq) + '|' + hash.toHex();
    return Hash::hmacSha256(macKey.view(), message);
}

void KeySidecar::setAuditTail(const AuditTail& tail, const SecureBytes& dbKey)
{
    if (dbKey.size() != DatabaseKeySize)
        throw CoreError(ErrorKind::Failed, tr("The database key must be %1 bytes.").arg(DatabaseKeySize));
    if (tail.seq < 0 || tail.seq > maxJsonInteger || tail.hash.size() != Hash::Sha256Size)
        throw CoreError(ErrorKind::InvalidInput, tr("The audit tail to store is invalid."));
    m_tail = StoredTail {tail.seq, tail.hash, tailMac(tail.seq, tail.hash, dbKey)};
}

std::optional<KeySidecar::AuditTail> KeySidecar::auditTail(const SecureBytes& dbKey) const
{
    if (!m_tail)
        return std::nullopt;
    if (!SecureBytes::constEqual(m_tail->mac, tailMac(m_tail->seq, m_tail->hash, dbKey))) {
        throw CoreError(ErrorKind::Integrity,
            tr("The audit tail in the key file %1 fails its authentication check "
               "(edited or from another database).")
                .arg(shownPath()));
    }
    return AuditTail {m_tail->seq, m_tail->hash};
}

QByteArray KeySidecar::sealMac(const SecureBytes& dbKey) const
{
    // Over the file as this program writes it (every field parsed back is written the same way), so
    // any edit that still parses changes the bytes the seal covers.
    const SecureBytes macKey = Hash::hmacSha256Key(dbKey.view(), "creditdesk-key-file-seal");
    return Hash::hmacSha256(macKey.view(),
        QByteArrayLiteral("creditdesk-key-file-v1|")
            + QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact));
}

void KeySidecar::seal(const SecureBytes& dbKey)
{
    if (dbKey.size() != DatabaseKeySize)
        throw CoreError(ErrorKind::Failed, tr("The database key must be %1 bytes.").arg(DatabaseKeySize));
    m_seal = sealMac(dbKey);
}

void KeySidecar::checkSeal(const SecureBytes& dbKey, bool required) const
{
    if (m_seal.isEmpty()) {
        if (required)
            throw CoreError(ErrorKind::Integrity,
                tr("The key file %1 was altered: its seal was removed.").arg(shownPath()));
        return;
    }
    if (!SecureBytes::constEqual(m_seal, sealMac(dbKey)))
        throw CoreError(ErrorKind::Integrity,
            tr("The key file %1 was altered: its seal does not match its key slots, pending key and "
               "audit tail (edited, or parts taken from another key file).")
                .arg(shownPath()));
}

QString KeySidecar::generateRecoveryKey()
{
    const SecureBytes raw = Random::bytes(32);
    const QString encoded = CrockfordBase32::encode(raw.view());
    QStringList groups;
    for (qsizetype i = 0; i < encoded.size(); i += 4)
        groups << encoded.mid(i, 4);
    return groups.join(u'-');
}

QByteArray KeySidecar::normaliseRecoveryKey(const QString& typed)
{
    return CrockfordBase32::normalise(typed);
}

} // namespace cd
