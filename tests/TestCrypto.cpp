#include "CoreError.h"
#include "crypto/AesGcm.h"
#include "crypto/CrockfordBase32.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "crypto/SecureBytes.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace cd;

namespace {

SecureBytes fromHex(const char* hex)
{
    return SecureBytes(QByteArray::fromHex(hex));
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void secureBytesCopyIsDeep();
    void secureBytesMoveAndClearEmpty();
    void secureBytesConstEqual();

    void randomBytesHaveTheRequestedSizeAndDiffer();

    void sha256Vectors();
    void sha256OfADeviceReadsItToTheEnd();
    void hmacSha256Rfc4231_data();
    void hmacSha256Rfc4231();

    void scryptRfc7914_data();
    void scryptRfc7914();
    void scryptDependsOnEveryInput();
    void scryptRejectsImpossibleParameters();
    void scryptFastKdfOverride();
    void scryptDefaultTiming();

    void aesGcmRoundTrip();
    void aesGcmEmptyPlaintext();
    void aesGcmUsesFreshNonces();
    void aesGcmRejectsTampering_data();
    void aesGcmRejectsTampering();
    void aesGcmOpensPublishedVector();

    void crockfordEncodeAndNormalise();
};

void TestCrypto::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
}

void TestCrypto::secureBytesCopyIsDeep()
{
    SecureBytes a(QByteArray("secret key"));
    SecureBytes b(a);
    b.data()[0] = 'S';
    QCOMPARE(a.view(), QByteArrayView("secret key"));
    QCOMPARE(b.view(), QByteArrayView("Secret key"));

    SecureBytes c;
    c = a;
    c.data()[1] = 'E';
    QCOMPARE(a.view(), QByteArrayView("secret key"));
    QCOMPARE(c.view(), QByteArrayView("sEcret key"));
}

void TestCrypto::secureBytesMoveAndClearEmpty()
{
    SecureBytes a(QByteArray("0123456789"));
    SecureBytes b(std::move(a));
    QCOMPARE(b.size(), 10);
    QCOMPARE(a.size(), 0); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QVERIFY(a.isEmpty());

    SecureBytes c(QByteArray("other"));
    c = std::move(b);
    QCOMPARE(c.view(), QByteArrayView("0123456789"));
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)

    c.clear();
    QVERIFY(c.isEmpty());
    QCOMPARE(c.toHex(), QByteArray());
    QCOMPARE(SecureBytes(QByteArray("\x01\xab", 2)).toHex(), QByteArray("01ab"));
    QCOMPARE(SecureBytes(qsizetype(4)).toHex(), QByteArray("00000000"));
}

void TestCrypto::secureBytesConstEqual()
{
    const SecureBytes a(QByteArray("abcdef"));
    QVERIFY(a.constEqual(SecureBytes(QByteArray("abcdef"))));
    QVERIFY(!a.constEqual(SecureBytes(QByteArray("abcdeF"))));
    QVERIFY(!a.constEqual(SecureBytes(QByteArray("abcde"))));
    QVERIFY(SecureBytes().constEqual(SecureBytes()));
    QVERIFY(!SecureBytes::constEqual("x", ""));
}

void TestCrypto::randomBytesHaveTheRequestedSizeAndDiffer()
{
    const SecureBytes a = Random::bytes(32);
    const SecureBytes b = Random::bytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(!a.constEqual(b));
    QVERIFY(!a.constEqual(SecureBytes(qsizetype(32))));
    QCOMPARE(Random::bytes(0).size(), 0);
    QVERIFY_THROWS_EXCEPTION(CoreError, Random::bytes(-1));
}

void TestCrypto::sha256Vectors()
{
    // FIPS 180-2 examples.
    QCOMPARE(Hash::sha256("abc").toHex(),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Hash::sha256("").toHex(),
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Hash::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
        QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void TestCrypto::sha256OfADeviceReadsItToTheEnd()
{
    // FIPS 180-2: a million 'a', read in blocks of a MiB or less; and from where the device stands.
    QByteArray million(1000000, 'a');
    QBuffer buffer(&million);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(Hash::sha256(buffer).toHex(),
        QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    QByteArray large = Random::bytes(3 * (1 << 20) + 17).view().toByteArray();
    QBuffer other(&large);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(Hash::sha256(other), Hash::sha256(large));
    QVERIFY(other.seek(large.size() - 3));
    QCOMPARE(Hash::sha256(other), Hash::sha256(QByteArrayView(large).last(3)));
    // A device that cannot be read is an error, not the hash of nothing.
    QBuffer closed(&large);
    closed.setObjectName(QStringLiteral("import.csv"));
    QVERIFY_THROWS_EXCEPTION(CoreError, Hash::sha256(closed));
}

void TestCrypto::hmacSha256Rfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 6: key longer than a block")
        << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("empty key and data")
        << QByteArray() << QByteArray()
        << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void TestCrypto::hmacSha256Rfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(Hash::hmacSha256(key, data).toHex(), mac);
    QCOMPARE(Hash::hmacSha256Key(key, data).toHex(), mac);
}

void TestCrypto::scryptRfc7914_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty password and salt")
        << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
        << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                      "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("password/NaCl") << QByteArray("password") << QByteArray("NaCl") << quint64(1024)
                                   << quint32(8) << quint32(16)
                                   << QByteArray(
                                          "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
}

void TestCrypto::scryptRfc7914()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scrypt::derive(password, salt, {n, r, p}, 64).toHex(), expected);
}

void TestCrypto::scryptDependsOnEveryInput()
{
    const ScryptParams params = Scrypt::testParams();
    const SecureBytes base = Scrypt::derive("信用办2026!", "salt-salt-salt-s", params, 32);
    QCOMPARE(base.size(), 32);
    QVERIFY(base.constEqual(Scrypt::derive("信用办2026!", "salt-salt-salt-s", params, 32)));
    QVERIFY(!base.constEqual(Scrypt::derive("信用办2026?", "salt-salt-salt-s", params, 32)));
    QVERIFY(!base.constEqual(Scrypt::derive("信用办2026!", "salt-salt-salt-S", params, 32)));
    QVERIFY(!base.constEqual(Scrypt::derive("信用办2026!", "salt-salt-salt-s", {2048, 8, 1}, 32)));
}

void TestCrypto::scryptRejectsImpossibleParameters()
{
    QVERIFY_THROWS_EXCEPTION(CoreError, Scrypt::derive("pw", "salt", {1000, 8, 1}, 32)); // not a power of 2
    QVERIFY_THROWS_EXCEPTION(CoreError, Scrypt::derive("pw", "salt", {1024, 0, 1}, 32));
    QVERIFY_THROWS_EXCEPTION(CoreError, Scrypt::derive("pw", "salt", {1024, 8, 0}, 32));
    QVERIFY_THROWS_EXCEPTION(CoreError, Scrypt::derive("pw", "salt", {1024, 8, 1}, 0));

    QVERIFY(Scrypt::isAcceptable(Scrypt::testParams()));
    QVERIFY(Scrypt::isAcceptable({quint64(1) << 17, 8, 1}));
    QVERIFY(!Scrypt::isAcceptable({quint64(1) << 40, 8, 1})); // an edited file must not hang a sign-in
    QVERIFY(!Scrypt::isAcceptable({quint64(1) << 22, 32, 1}));
    QVERIFY(!Scrypt::isAcceptable({16, 1, 1}));
    QVERIFY(!Scrypt::isAcceptable({1024, 8, 1000}));
}

void TestCrypto::scryptFastKdfOverride()
{
    QCOMPARE(Scrypt::defaultParams(), Scrypt::testParams());
    qunsetenv("CREDITDESK_FAST_KDF");
    const ScryptParams production = Scrypt::defaultParams();
    qputenv("CREDITDESK_FAST_KDF", "1");
    QCOMPARE(production, (ScryptParams {quint64(1) << 17, 8, 1}));
    QVERIFY(Scrypt::isAcceptable(production));
    QCOMPARE(Scrypt::testParams().n, quint64(1024));
}

void TestCrypto::scryptDefaultTiming()
{
    qunsetenv("CREDITDESK_FAST_KDF");
    const ScryptParams params = Scrypt::defaultParams();
    QElapsedTimer timer;
    timer.start();
    const SecureBytes key = Scrypt::derive("信用办2026!", Random::bytes(32).view(), params, 32);
    const qint64 ms = timer.elapsed();
    qputenv("CREDITDESK_FAST_KDF", "1");
    QCOMPARE(key.size(), 32);
    qInfo("Scrypt::derive with the default parameters (N=%llu, r=%u, p=%u, %llu MiB) took %lld ms",
        static_cast<unsigned long long>(params.n), params.r, params.p,
        static_cast<unsigned long long>(Scrypt::memoryNeeded(params) >> 20), ms);
}

void TestCrypto::aesGcmRoundTrip()
{
    const SecureBytes key = Random::bytes(32);
    const SecureBytes plaintext(QByteArray("the database key, 32 bytes long!"));
    const AesGcm::Sealed sealed = AesGcm::seal(key, plaintext, "aad");
    QCOMPARE(sealed.nonce.size(), AesGcm::NonceSize);
    QCOMPARE(sealed.tag.size(), AesGcm::TagSize);
    QCOMPARE(sealed.ciphertext.size(), plaintext.size());
    QVERIFY(sealed.ciphertext != plaintext.view().toByteArray());

    const auto opened = AesGcm::open(key, sealed, "aad");
    QVERIFY(opened);
    QVERIFY(opened->constEqual(plaintext));

    QVERIFY(!AesGcm::open(Random::bytes(32), sealed, "aad"));
    QVERIFY_THROWS_EXCEPTION(CoreError, AesGcm::seal(Random::bytes(16), plaintext, "aad"));
}

void TestCrypto::aesGcmEmptyPlaintext()
{
    const SecureBytes key = Random::bytes(32);
    const AesGcm::Sealed sealed = AesGcm::seal(key, SecureBytes(), {});
    QVERIFY(sealed.ciphertext.isEmpty());
    const auto opened = AesGcm::open(key, sealed, {});
    QVERIFY(opened);
    QVERIFY(opened->isEmpty());
    // Even with nothing to hide, the tag still authenticates the associated data.
    QVERIFY(!AesGcm::open(key, sealed, "x"));
}

void TestCrypto::aesGcmUsesFreshNonces()
{
    const SecureBytes key = Random::bytes(32);
    const SecureBytes plaintext(QByteArray("same message"));
    const AesGcm::Sealed a = AesGcm::seal(key, plaintext, {});
    const AesGcm::Sealed b = AesGcm::seal(key, plaintext, {});
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.ciphertext != b.ciphertext);
}

void TestCrypto::aesGcmRejectsTampering_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("index");
    for (const char* part : {"ciphertext", "tag", "nonce", "aad"}) {
        QTest::addRow("%s first byte", part) << QString::fromLatin1(part) << 0;
        QTest::addRow("%s last byte", part) << QString::fromLatin1(part) << -1;
    }
    QTest::addRow("truncated tag") << QStringLiteral("short tag") << 0;
    QTest::addRow("truncated nonce") << QStringLiteral("short nonce") << 0;
}

void TestCrypto::aesGcmRejectsTampering()
{
    QFETCH(QString, part);
    QFETCH(int, index);
    const SecureBytes key = Random::bytes(32);
    const QByteArray aad = "creditdesk-slot-v1|db|slot";
    AesGcm::Sealed sealed = AesGcm::seal(key, Random::bytes(32), aad);
    QByteArray usedAad = aad;
    const auto flip = [&](QByteArray& b) { b = flipped(b, index < 0 ? b.size() - 1 : index); };
    if (part == u"ciphertext")
        flip(sealed.ciphertext);
    else if (part == u"tag")
        flip(sealed.tag);
    else if (part == u"nonce")
        flip(sealed.nonce);
    else if (part == u"aad")
        flip(usedAad);
    else if (part == u"short tag")
        sealed.tag.chop(1);
    else if (part == u"short nonce")
        sealed.nonce.chop(1);
    QVERIFY(!AesGcm::open(key, sealed, usedAad));
}

void TestCrypto::aesGcmOpensPublishedVector()
{
    // Test case 16 of McGrew & Viega, "The Galois/Counter Mode of Operation" (AES-256, with AAD),
    // proving the format interoperates with any other GCM implementation.
    const SecureBytes key = fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    AesGcm::Sealed sealed;
    sealed.nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    sealed.ciphertext = QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                            "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    sealed.tag = QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
    const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const auto plaintext = AesGcm::open(key, sealed, aad);
    QVERIFY(plaintext);
    QCOMPARE(plaintext->toHex(),
        QByteArray("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                   "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"));
}

void TestCrypto::crockfordEncodeAndNormalise()
{
    QCOMPARE(CrockfordBase32::encode(QByteArray()), QString());
    QCOMPARE(CrockfordBase32::encode(QByteArray("\x00", 1)), QStringLiteral("00"));
    QCOMPARE(CrockfordBase32::encode(QByteArray("\xff\xff\xff\xff\xff", 5)), QStringLiteral("ZZZZZZZZ"));
    // 0x08 0x42 = 00001 00001 00001 0 -> "111" plus one padded bit
    QCOMPARE(CrockfordBase32::encode(QByteArray("\x08\x42", 2)), QStringLiteral("1110"));
    QCOMPARE(
        CrockfordBase32::normalise(QStringLiteral(" abcd-efgh ijkl-mnop ")), QByteArray("ABCDEFGH1JK1MN0P"));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
