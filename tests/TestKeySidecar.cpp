#include "CoreError.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "storage/KeySidecar.h"
#include "util/TestUtil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace cd;

namespace {

const QString user = QStringLiteral("张三");
const QByteArray password = QStringLiteral("信用办2026!").toUtf8();
const QString dbId = QStringLiteral("5f0c6a4e-2b1d-4c8e-9a37-1e2d3c4b5a69");

std::optional<CoreError> errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const CoreError& e) {
        return e;
    }
    return std::nullopt;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Replaces the character at `offset` inside the string value of the first `"key":"` in the file.
QByteArray editStringValue(QByteArray text, const QByteArray& key, qsizetype offset, char replacement)
{
    const qsizetype at = text.indexOf("\"" + key + "\":\"");
    Q_ASSERT(at >= 0);
    const qsizetype pos = at + key.size() + 4 + offset;
    text[pos] = replacement;
    return text;
}

char otherBase64Char(char c)
{
    return c == 'A' ? 'B' : 'A';
}

char otherHexChar(char c)
{
    return c == '0' ? '1' : '0';
}

} // namespace

class TestKeySidecar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void roundTripWithChinesePassword();
    void passwordDifferingInOneByteFails();
    void unknownUserFails();
    void fileHoldsNoSecretsOrNames();
    void addingTheSameUserReplacesTheSlot();
    void removedUserCannotUnlock();
    void tamperedSlot_data();
    void tamperedSlot();
    void editedDatabaseKeyBoxIsAnIntegrityFailure();
    void rekeyRewrapsWithoutPasswords();
    void slotMovedToAnotherFileFails();
    void malformedFile_data();
    void malformedFile();
    void missingFile();
    void arbitraryBytesNeverCrash();
    void saveToImpossiblePathFails();
    void failedSaveLeavesOldFileIntact();
    void auditTailRoundTrip();
    void editedAuditTail_data();
    void editedAuditTail();
    void auditTailUnderAnotherKeyOrDatabase();
    void recoveryKey();
    void pathForAndDatabaseId();
    void unknownUserTakesAsLongAsWrongPassword();

private:
    QString keysPath() const { return m_dir->filePath(QStringLiteral("office.db.keys")); }
    KeySidecar savedWithOneUser();

    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBytes m_dbKey;
};

void TestKeySidecar::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    // One key for the whole run: data rows built in a _data function must still match it.
    m_dbKey = Random::bytes(KeySidecar::DatabaseKeySize);
}

void TestKeySidecar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

KeySidecar TestKeySidecar::savedWithOneUser()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, password, m_dbKey);
    sidecar.save(keysPath());
    return sidecar;
}

void TestKeySidecar::roundTripWithChinesePassword()
{
    savedWithOneUser();
    const KeySidecar loaded = KeySidecar::load(keysPath());
    QCOMPARE(loaded.databaseId(), dbId);
    QCOMPARE(loaded.slotCount(), 1);
    QVERIFY(loaded.hasUserSlot(user));
    const auto key = loaded.unlockUser(user, password);
    QVERIFY(key);
    QVERIFY(key->constEqual(m_dbKey));

    // Saving again replaces the file in place and leaves no temporary files behind.
    loaded.save(keysPath());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList {"office.db.keys"});
    QVERIFY(KeySidecar::load(keysPath()).unlockUser(user, password));
}

void TestKeySidecar::passwordDifferingInOneByteFails()
{
    savedWithOneUser();
    const KeySidecar loaded = KeySidecar::load(keysPath());
    QByteArray nearly = password;
    nearly[2] = char(nearly[2] ^ 0x01); // last byte of 信's UTF-8 sequence
    QVERIFY(nearly != password);
    QVERIFY(!loaded.unlockUser(user, nearly));
    QVERIFY(!loaded.unlockUser(user, password.chopped(1)));
    QVERIFY(!loaded.unlockUser(user, QByteArray()));
}

void TestKeySidecar::unknownUserFails()
{
    savedWithOneUser();
    const KeySidecar loaded = KeySidecar::load(keysPath());
    QVERIFY(!loaded.hasUserSlot(QStringLiteral("李四")));
    QVERIFY(!loaded.unlockUser(QStringLiteral("李四"), password));
    QVERIFY(!loaded.unlockUser(QStringLiteral("张 三"), password));
    // Names are unique without regard to case or surrounding space, as in the users table.
    QVERIFY(loaded.unlockUser(QStringLiteral(" 张三 "), password));
    QVERIFY(!loaded.unlockUser(QString(), password));
}

void TestKeySidecar::fileHoldsNoSecretsOrNames()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, password, m_dbKey);
    sidecar.addUserSlot(QStringLiteral("zhangsan"), "correct horse", m_dbKey);
    const QString recovery = KeySidecar::generateRecoveryKey();
    sidecar.addRecoverySlot(recovery.toUtf8(), m_dbKey);
    sidecar.setAuditTail({7, QByteArray(32, 'h')}, m_dbKey);
    sidecar.save(keysPath());

    const QByteArray file = test::readAll(keysPath());
    QVERIFY(!file.isEmpty());
    const QByteArray raw = m_dbKey.view().toByteArray();
    for (const QByteArray& secret : {user.toUtf8(), QByteArray("zhangsan"), password,
             QByteArray("correct horse"), raw, raw.toHex(), raw.toHex().toUpper(), raw.toBase64(),
             recovery.toUtf8(), KeySidecar::normaliseRecoveryKey(recovery)}) {
        QVERIFY2(!file.contains(secret), secret.constData());
    }
}

void TestKeySidecar::addingTheSameUserReplacesTheSlot()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, "old password", m_dbKey);
    sidecar.addUserSlot(QStringLiteral("李四"), "other", m_dbKey);
    sidecar.addUserSlot(user, password, m_dbKey);
    QCOMPARE(sidecar.slotCount(), 2);
    QVERIFY(!sidecar.unlockUser(user, "old password"));
    QVERIFY(sidecar.unlockUser(user, password));
    QVERIFY(sidecar.unlockUser(QStringLiteral("李四"), "other"));
}

void TestKeySidecar::removedUserCannotUnlock()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, password, m_dbKey);
    sidecar.addUserSlot(QStringLiteral("李四"), "other", m_dbKey);
    QVERIFY(sidecar.removeUserSlot(user));
    QVERIFY(!sidecar.removeUserSlot(user));
    sidecar.save(keysPath());

    const KeySidecar loaded = KeySidecar::load(keysPath());
    QCOMPARE(loaded.slotCount(), 1);
    QVERIFY(!loaded.hasUserSlot(user));
    QVERIFY(!loaded.unlockUser(user, password));
    QVERIFY(loaded.unlockUser(QStringLiteral("李四"), "other"));
}

// Every single-character edit of a slot must lock the slot. Where the edit still yields a
// well-formed file, load() succeeds and unlocking returns nullopt (the AEAD tag, the key derived
// from edited KDF input or the name lookup no longer matches); where it yields a value no valid
// file can contain, load() throws Integrity.
void TestKeySidecar::tamperedSlot_data()
{
    QTest::addColumn<QByteArray>("edited");
    QTest::addColumn<bool>("loadThrows");

    init();
    savedWithOneUser();
    const QByteArray text = test::readAll(keysPath());
    const auto base64Edit = [&](const QByteArray& key) {
        const qsizetype at = text.indexOf("\"" + key + "\":\"") + key.size() + 4;
        return editStringValue(text, key, 0, otherBase64Char(text[at]));
    };
    const auto hexEdit = [&](const QByteArray& key) {
        const qsizetype at = text.indexOf("\"" + key + "\":\"") + key.size() + 4;
        return editStringValue(text, key, 0, otherHexChar(text[at]));
    };
    const auto replaced = [&](const char* from, const char* to) {
        Q_ASSERT(text.contains(from));
        return QByteArray(text).replace(from, to);
    };

    QTest::newRow("ciphertext") << base64Edit("ciphertext") << false;
    QTest::newRow("tag") << base64Edit("tag") << false;
    QTest::newRow("nonce") << base64Edit("nonce") << false;
    QTest::newRow("kdf salt") << base64Edit("salt") << false;
    QTest::newRow("slot id") << hexEdit("id") << false;
    QTest::newRow("lookup") << hexEdit("lookup") << false;
    QTest::newRow("database id") << editStringValue(text, "databaseId", 0, '0') << false;
    QTest::newRow("kdf n doubled") << replaced("\"n\":1024", "\"n\":2048") << false;
    QTest::newRow("kdf r") << replaced("\"r\":8", "\"r\":9") << false;
    QTest::newRow("kdf p") << replaced("\"p\":1", "\"p\":2") << false;

    QTest::newRow("kdf n not a power of two") << replaced("\"n\":1024", "\"n\":1025") << true;
    QTest::newRow("kdf n huge") << replaced("\"n\":1024", "\"n\":1099511627776") << true;
    QTest::newRow("kdf name") << replaced("\"scrypt\"", "\"scrypx\"") << true;
    QTest::newRow("kind") << replaced("\"user\"", "\"root\"") << true;
    {
        // The last data character of 32 bytes in base64 carries two unused bits: setting one
        // must be refused rather than decode to the same bytes.
        static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const qsizetype at = text.indexOf("\"ciphertext\":\"") + 14 + 42;
        const char c = text[at];
        QTest::newRow("ciphertext non-canonical")
            << editStringValue(text, "ciphertext", 42, alphabet[alphabet.indexOf(c) ^ 1]) << true;
    }
    QTest::newRow("ciphertext shortened") << replaced("\"ciphertext\":\"", "\"ciphertext\":\"AAAA") << true;
    QTest::newRow("tag not base64") << editStringValue(text, "tag", 0, '*') << true;
}

void TestKeySidecar::tamperedSlot()
{
    QFETCH(QByteArray, edited);
    QFETCH(bool, loadThrows);
    writeFile(keysPath(), edited);
    std::optional<KeySidecar> loaded;
    const auto error = errorOf([&] { loaded = KeySidecar::load(keysPath()); });
    if (loadThrows) {
        QVERIFY(error);
        QCOMPARE(error->kind(), ErrorKind::Integrity);
        QVERIFY2(
            error->message().contains(QDir::toNativeSeparators(keysPath())), qPrintable(error->message()));
    } else {
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        // Refused either way: a wrong-looking password (nullopt), or, where the edit is in the
        // sealed database key behind a password that is right, an integrity failure.
        std::optional<SecureBytes> key;
        const auto unlockError = errorOf([&] { key = loaded->unlockUser(user, password); });
        QVERIFY(!key);
        if (unlockError)
            QCOMPARE(unlockError->kind(), ErrorKind::Integrity);
    }
}

void TestKeySidecar::editedDatabaseKeyBoxIsAnIntegrityFailure()
{
    savedWithOneUser();
    QJsonObject doc = QJsonDocument::fromJson(test::readAll(keysPath())).object();
    QJsonArray slotArray = doc.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slotArray.at(0).toObject();
    QJsonObject box = slot.value(QStringLiteral("databaseKey")).toObject();
    QByteArray ct = QByteArray::fromBase64(box.value(QStringLiteral("ciphertext")).toString().toLatin1());
    ct[0] = char(ct[0] ^ 1);
    box.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ct.toBase64()));
    slot.insert(QStringLiteral("databaseKey"), box);
    slotArray.replace(0, slot);
    doc.insert(QStringLiteral("slots"), slotArray);
    writeFile(keysPath(), QJsonDocument(doc).toJson(QJsonDocument::Compact));
    const KeySidecar loaded = KeySidecar::load(keysPath());
    QVERIFY(!loaded.unlockUser(user, "wrong password"));
    const auto error = errorOf([&] { loaded.unlockUser(user, password); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Integrity);
}

void TestKeySidecar::rekeyRewrapsWithoutPasswords()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, password, m_dbKey);
    sidecar.addUserSlot(QStringLiteral("李四"), "another-pass", m_dbKey);
    const SecureBytes newKey = Random::bytes(KeySidecar::DatabaseKeySize);
    sidecar.setPendingKey(newKey, m_dbKey);
    QVERIFY(sidecar.pendingKey(m_dbKey)->constEqual(newKey));
    QVERIFY(!sidecar.pendingKey(newKey)); // only the current key opens it
    sidecar.rewrapDatabaseKey(newKey);
    sidecar.clearPendingKey();
    sidecar.save(keysPath());
    const KeySidecar loaded = KeySidecar::load(keysPath());
    QVERIFY(loaded.unlockUser(user, password)->constEqual(newKey));
    QVERIFY(loaded.unlockUser(QStringLiteral("李四"), "another-pass")->constEqual(newKey));
    QVERIFY(!loaded.pendingKey(newKey));
}

void TestKeySidecar::slotMovedToAnotherFileFails()
{
    // Same password and same database key, different database: only the binding stops the move.
    KeySidecar a = KeySidecar::create(QStringLiteral("database-a"));
    a.addUserSlot(user, password, m_dbKey);
    KeySidecar b = KeySidecar::create(QStringLiteral("database-b"));
    b.addUserSlot(QStringLiteral("李四"), "other", m_dbKey);

    QJsonObject bJson = QJsonDocument::fromJson(b.toJson()).object();
    const QJsonArray aSlots
        = QJsonDocument::fromJson(a.toJson()).object().value(QStringLiteral("slots")).toArray();
    bJson.insert(QStringLiteral("slots"), aSlots);
    writeFile(keysPath(), QJsonDocument(bJson).toJson(QJsonDocument::Compact));

    const KeySidecar moved = KeySidecar::load(keysPath());
    QVERIFY(moved.hasUserSlot(user)); // the slot is found...
    QVERIFY(!moved.unlockUser(user, password)); // ...but does not open
    QVERIFY(KeySidecar::parse(a.toJson(), {}).unlockUser(user, password));
}

void TestKeySidecar::malformedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");

    init();
    savedWithOneUser();
    const QByteArray valid = test::readAll(keysPath());
    const QJsonObject root = QJsonDocument::fromJson(valid).object();
    const auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject o = root;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const auto withSlotField = [&](const QString& key, const QJsonValue& value) {
        QJsonArray slotList = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slotList.at(0).toObject();
        if (value.isUndefined())
            slot.remove(key);
        else
            slot.insert(key, value);
        slotList[0] = slot;
        return with(QStringLiteral("slots"), slotList);
    };

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("garbage") << QByteArray("\x00\xff\x13garbage\x80\x81", 13) << "JSON";
    QTest::newRow("text") << QByteArray("these are not the keys you are looking for") << "JSON";
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << "JSON";
    QTest::newRow("truncated by one") << valid.chopped(1) << "JSON";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not a CreditDesk key file";
    QTest::newRow("other JSON") << QByteArray(R"({"hello":"world"})") << "not a CreditDesk key file";
    QTest::newRow("wrong format") << with(QStringLiteral("format"), QStringLiteral("keepass"))
                                  << "not a CreditDesk";
    QTest::newRow("newer version") << with(QStringLiteral("version"), 2) << "version 2";
    QTest::newRow("version as text") << with(QStringLiteral("version"), QStringLiteral("1")) << "version";
    QTest::newRow("fractional version") << with(QStringLiteral("version"), 1.5) << "version";
    QTest::newRow("no version") << with(QStringLiteral("version"), QJsonValue::Undefined) << "version";
    QTest::newRow("no database id") << with(QStringLiteral("databaseId"), QJsonValue::Undefined)
                                    << "database ID";
    QTest::newRow("database id with bar")
        << with(QStringLiteral("databaseId"), QStringLiteral("a|b")) << "database ID";
    QTest::newRow("slots not a list") << with(QStringLiteral("slots"), QStringLiteral("none")) << "slots";
    QTest::newRow("slot not an object") << with(QStringLiteral("slots"), QJsonArray {42}) << "slot 1";
    QTest::newRow("slot without tag")
        << withSlotField(QStringLiteral("tag"), QJsonValue::Undefined) << "\"tag\"";
    QTest::newRow("slot id upper case") << withSlotField(QStringLiteral("id"), QString(32, u'A')) << "\"id\"";
    QTest::newRow("slot kdf not object") << withSlotField(QStringLiteral("kdf"), 1) << "\"kdf\"";
    QTest::newRow("two slots, same id")
        << with(QStringLiteral("slots"), QJsonArray {root.value("slots")[0], root.value("slots")[0]})
        << "same ID";
    QTest::newRow("audit tail not object") << with(QStringLiteral("auditTail"), 3) << "audit tail";
    QTest::newRow("audit tail negative seq") << with(QStringLiteral("auditTail"),
        QJsonObject {{"seq", -1}, {"hash", QString(64, u'0')}, {"mac", QString(64, u'0')}})
                                             << "\"seq\"";
    QTest::newRow("audit tail short mac") << with(
        QStringLiteral("auditTail"), QJsonObject {{"seq", 1}, {"hash", QString(64, u'0')}, {"mac", "00"}})
                                          << "\"mac\"";
}

void TestKeySidecar::malformedFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    writeFile(keysPath(), bytes);
    const auto error = errorOf([&] { KeySidecar::load(keysPath()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Integrity);
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(keysPath())), qPrintable(error->message()));
    QVERIFY2(error->message().contains(mentions), qPrintable(error->message()));
}

void TestKeySidecar::missingFile()
{
    const auto error = errorOf([&] { KeySidecar::load(keysPath()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Integrity);
    QVERIFY(error->message().contains(QDir::toNativeSeparators(keysPath())));
    QVERIFY(error->message().contains(QStringLiteral("missing")));
    QVERIFY(error->message().contains(QStringLiteral("backup")));
}

void TestKeySidecar::arbitraryBytesNeverCrash()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, password, m_dbKey);
    sidecar.addRecoverySlot(KeySidecar::generateRecoveryKey().toUtf8(), m_dbKey);
    sidecar.setAuditTail({3, QByteArray(32, 'x')}, m_dbKey);
    const QByteArray valid = sidecar.toJson();

    QRandomGenerator rng(20260101);
    int accepted = 0;
    for (int i = 0; i < 2000; ++i) {
        QByteArray input;
        switch (i % 4) {
        case 0: // random bytes
            input.resize(rng.bounded(200));
            for (char& c : input)
                c = char(rng.bounded(256));
            break;
        case 1: // truncated
            input = valid.left(rng.bounded(int(valid.size())));
            break;
        default: // a few bytes overwritten
            input = valid;
            for (int k = 0, n = 1 + rng.bounded(3); k < n; ++k)
                input[rng.bounded(int(input.size()))] = char(rng.bounded(256));
        }
        try {
            const KeySidecar parsed = KeySidecar::parse(input, QStringLiteral("fuzz.keys"));
            ++accepted;
            parsed.toJson();
        } catch (const CoreError& e) {
            QCOMPARE(e.kind(), ErrorKind::Integrity);
        }
    }
    qInfo("%d of 2000 mutated inputs still parsed", accepted);
}

void TestKeySidecar::saveToImpossiblePathFails()
{
    // Root ignores permission bits, so use a path whose parent is a regular file.
    const QString notADir = m_dir->filePath(QStringLiteral("plain-file"));
    writeFile(notADir, "x");
    const QString path = notADir + QStringLiteral("/office.db.keys");
    const KeySidecar sidecar = savedWithOneUser();
    const auto error = errorOf([&] { sidecar.save(path); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Failed);
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)), qPrintable(error->message()));
    QCOMPARE(test::readAll(notADir), QByteArray("x"));
}

void TestKeySidecar::failedSaveLeavesOldFileIntact()
{
#ifdef Q_OS_UNIX
    savedWithOneUser();
    const QByteArray before = test::readAll(keysPath());
    KeySidecar bigger = KeySidecar::load(keysPath());
    for (int i = 0; i < 10; ++i)
        bigger.addUserSlot(QStringLiteral("user%1").arg(i), "pw", m_dbKey);
    QVERIFY(bigger.toJson().size() > before.size() * 4);

    // A file-size limit makes writes fail the way a full disk does, even for root.
    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = rlim_t(before.size());
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto error = errorOf([&] { bigger.save(keysPath()); });
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Failed);
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(keysPath())), qPrintable(error->message()));
    QCOMPARE(test::readAll(keysPath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList {"office.db.keys"});
    QVERIFY(KeySidecar::load(keysPath()).unlockUser(user, password));
#else
    QSKIP("Simulating a full disk needs RLIMIT_FSIZE");
#endif
}

void TestKeySidecar::auditTailRoundTrip()
{
    KeySidecar sidecar = savedWithOneUser();
    QVERIFY(!sidecar.auditTail(m_dbKey));
    const QByteArray hash
        = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    sidecar.setAuditTail({4711, hash}, m_dbKey);
    sidecar.save(keysPath());

    const auto tail = KeySidecar::load(keysPath()).auditTail(m_dbKey);
    QVERIFY(tail);
    QCOMPARE(tail->seq, 4711);
    QCOMPARE(tail->hash, hash);

    QVERIFY_THROWS_EXCEPTION(CoreError, sidecar.setAuditTail({-1, hash}, m_dbKey));
    QVERIFY_THROWS_EXCEPTION(CoreError, sidecar.setAuditTail({1, hash.left(31)}, m_dbKey));
}

void TestKeySidecar::editedAuditTail_data()
{
    QTest::addColumn<QByteArray>("edited");
    QTest::addColumn<bool>("authentic");
    init();
    KeySidecar sidecar = savedWithOneUser();
    sidecar.setAuditTail({41, QByteArray(32, '\x42')}, m_dbKey);
    const QByteArray text = sidecar.toJson();
    QVERIFY(text.contains("\"seq\":41"));
    const char lastMacChar = text[text.indexOf("\"mac\":\"") + 7 + 63];
    QTest::newRow("unedited (control)") << text << true;
    QTest::newRow("seq") << QByteArray(text).replace("\"seq\":41", "\"seq\":40") << false;
    QTest::newRow("hash") << editStringValue(text, "hash", 5, '0') << false;
    QTest::newRow("mac") << editStringValue(text, "mac", 63, lastMacChar == 'a' ? 'b' : 'a') << false;
}

void TestKeySidecar::editedAuditTail()
{
    QFETCH(QByteArray, edited);
    QFETCH(bool, authentic);
    writeFile(keysPath(), edited);
    const KeySidecar loaded = KeySidecar::load(keysPath());
    const auto error = errorOf([&] { loaded.auditTail(m_dbKey); });
    if (authentic) {
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        QCOMPARE(loaded.auditTail(m_dbKey)->seq, 41);
        return;
    }
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Integrity);
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(keysPath())), qPrintable(error->message()));
    // The slots are untouched by a bad tail: the user can still sign in and be told about it.
    QVERIFY(loaded.unlockUser(user, password));
}

void TestKeySidecar::auditTailUnderAnotherKeyOrDatabase()
{
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.setAuditTail({9, QByteArray(32, 'z')}, m_dbKey);
    QVERIFY_THROWS_EXCEPTION(CoreError, sidecar.auditTail(Random::bytes(32)));

    // The same tail and key, copied into the key file of another database.
    QJsonObject other
        = QJsonDocument::fromJson(KeySidecar::create(QStringLiteral("other-db")).toJson()).object();
    other.insert(QStringLiteral("auditTail"),
        QJsonDocument::fromJson(sidecar.toJson()).object().value(QStringLiteral("auditTail")));
    const KeySidecar moved = KeySidecar::parse(QJsonDocument(other).toJson(), QStringLiteral("other.keys"));
    const auto error = errorOf([&] { moved.auditTail(m_dbKey); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::Integrity);
    QVERIFY(sidecar.auditTail(m_dbKey));
}

void TestKeySidecar::recoveryKey()
{
    const QString generated = KeySidecar::generateRecoveryKey();
    static const QRegularExpression shape(
        QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$"));
    QVERIFY2(shape.match(generated).hasMatch(), qPrintable(generated));
    QVERIFY(generated != KeySidecar::generateRecoveryKey());
    QCOMPARE(KeySidecar::normaliseRecoveryKey(generated).size(), 52);

    KeySidecar sidecar = savedWithOneUser();
    QVERIFY(!sidecar.hasRecoverySlot());
    QVERIFY(!sidecar.unlockRecovery(generated.toUtf8()));
    sidecar.addRecoverySlot(generated.toUtf8(), m_dbKey);
    sidecar.save(keysPath());
    const KeySidecar loaded = KeySidecar::load(keysPath());
    QCOMPARE(loaded.slotCount(), 2);
    QVERIFY(loaded.hasRecoverySlot());

    // Typed back from paper: lower case, spaces instead of dashes.
    const QString typed = generated.toLower().replace(u'-', u' ');
    const auto key = loaded.unlockRecovery(typed.toUtf8());
    QVERIFY(key);
    QVERIFY(key->constEqual(m_dbKey));
    QVERIFY(loaded.unlockRecovery(KeySidecar::normaliseRecoveryKey(typed)));

    QString wrong = generated;
    wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
    QVERIFY(!loaded.unlockRecovery(wrong.toUtf8()));
    // The recovery key does not open a user slot, nor a password the recovery slot.
    QVERIFY(!loaded.unlockUser(user, generated.toUtf8()));
    QVERIFY(!loaded.unlockRecovery(password));

    // A new recovery key replaces the old one.
    KeySidecar rekeyed = loaded;
    const QString next = KeySidecar::generateRecoveryKey();
    rekeyed.addRecoverySlot(next.toUtf8(), m_dbKey);
    QCOMPARE(rekeyed.slotCount(), 2);
    QVERIFY(!rekeyed.unlockRecovery(generated.toUtf8()));
    QVERIFY(rekeyed.unlockRecovery(next.toUtf8()));
}

void TestKeySidecar::pathForAndDatabaseId()
{
    QCOMPARE(KeySidecar::pathFor(QStringLiteral("/data/信用办.db")), QStringLiteral("/data/信用办.db.keys"));
    QCOMPARE(KeySidecar::create(dbId).databaseId(), dbId);
    const auto error = errorOf([] { KeySidecar::create(QStringLiteral("a|b")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ErrorKind::InvalidInput);
    QVERIFY_THROWS_EXCEPTION(
        CoreError, KeySidecar::create(dbId).addUserSlot(user, password, Random::bytes(16)));
    QVERIFY_THROWS_EXCEPTION(CoreError, KeySidecar::create(dbId).addUserSlot(QString(), password, m_dbKey));
    QVERIFY_THROWS_EXCEPTION(
        CoreError, KeySidecar::create(dbId).addUserSlot(user, password, m_dbKey, {16, 1, 1}));
}

void TestKeySidecar::unknownUserTakesAsLongAsWrongPassword()
{
    // With the real parameters a missing dummy derivation would show as ~0 ms against ~0.4 s.
    qunsetenv("CREDITDESK_FAST_KDF");
    KeySidecar sidecar = KeySidecar::create(dbId);
    sidecar.addUserSlot(user, password, m_dbKey);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!sidecar.unlockUser(user, "wrong"));
    const qint64 wrongPassword = timer.restart();
    QVERIFY(!sidecar.unlockUser(QStringLiteral("李四"), "wrong"));
    const qint64 unknownUser = timer.elapsed();
    qputenv("CREDITDESK_FAST_KDF", "1");
    qInfo("wrong password: %lld ms, unknown user: %lld ms", wrongPassword, unknownUser);
    QVERIFY(unknownUser * 4 >= wrongPassword);
}

QTEST_GUILESS_MAIN(TestKeySidecar)
#include "TestKeySidecar.moc"
