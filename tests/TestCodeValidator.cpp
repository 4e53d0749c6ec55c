#include "domain/CodeValidator.h"

#include <QTest>

using namespace cd;

class TestCodeValidator : public QObject
{
    Q_OBJECT

private slots:
    void normaliseCode_data();
    void normaliseCode();
    void validUscc_data();
    void validUscc();
    void invalidUscc_data();
    void invalidUscc();
    void usccCheckCharacterRejectsBadInput();
    void validCitizenId_data();
    void validCitizenId();
    void invalidCitizenId_data();
    void invalidCitizenId();
    void futureBirthDateAgainstTheRealClock();
    void citizenIdCheckCharacterRejectsBadInput();
    void pastedFullWidthCodesPass();
    void maskCitizenId_data();
    void maskCitizenId();
};

void TestCodeValidator::normaliseCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("already clean") << "91350100M000100Y43"
                                   << "91350100M000100Y43";
    QTest::newRow("lower case") << "91350100m000100y43"
                                << "91350100M000100Y43";
    QTest::newRow("outer and inner spaces") << "  9135 0100 M000 100Y43\t"
                                            << "91350100M000100Y43";
    QTest::newRow("full-width digits and letters")
        << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３") << "91350100M000100Y43";
    QTest::newRow("full-width lower-case x")
        << QStringLiteral("１１０１０５１９４９１２３１００２ｘ") << "11010519491231002X";
    QTest::newRow("ideographic space") << QStringLiteral("110105\u300019491231002X") << "11010519491231002X";
    QTest::newRow("zero-width space from a web page")
        << QStringLiteral("\u200B110105\uFEFF19491231002X") << "11010519491231002X";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCodeValidator::normaliseCode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cd::normaliseCode(input), expected);
}

void TestCodeValidator::validUscc_data()
{
    QTest::addColumn<QString>("code");

    // Codes published by real organisations; each was checked against the GB 32100 algorithm by hand
    // before going in here. (911100001000013866, sometimes quoted as an example, does not verify: its
    // check character would be W.)
    QTest::newRow("check character 3") << "91350100M000100Y43";
    QTest::newRow("check character 6") << "914403001922038216";
    QTest::newRow("check character Q") << "91110108551385082Q";
    QTest::newRow("check character T") << "91440300708461136T";
    QTest::newRow("check character G") << "9144030071526726XG";
    QTest::newRow("check character X") << "91110000710925462X";
    QTest::newRow("check character L") << "91110000100010433L";
    // Constructed so that the weighted sum is a multiple of 31: the check value 31 is written 0.
    QTest::newRow("check value 31 written as 0") << "91320681MA1M000120";
}

void TestCodeValidator::validUscc()
{
    QFETCH(QString, code);
    const CodeCheck check = checkUscc(code);
    QVERIFY2(check.ok, qPrintable(check.message));
    QVERIFY(check.message.isEmpty());
    QCOMPARE(check.position, -1);
    QCOMPARE(check.expectedCheck, code.back());
    QCOMPARE(usccCheckCharacter(QStringView(code).first(17)), code.back());
}

void TestCodeValidator::invalidUscc_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    QTest::addColumn<QChar>("expectedCheck");

    QTest::newRow("one character short")
        << "91350100M000100Y4"
        << "The unified social credit code must have 18 characters; it has 17." << -1 << QChar();
    QTest::newRow("empty") << ""
                           << "The unified social credit code must have 18 characters; it has 0." << -1
                           << QChar();
    QTest::newRow("letter O") << "91350100O000100Y43"
                              << "Character 'O' at position 9 is not allowed in a unified social credit code."
                              << 9 << QChar();
    QTest::newRow("letter I in the check position")
        << "91350100M000100Y4I"
        << "Character 'I' at position 18 is not allowed in a unified social credit code." << 18 << QChar();
    QTest::newRow("lower case is not normalised by the check")
        << "91350100m000100Y43"
        << "Character 'm' at position 9 is not allowed in a unified social credit code." << 9 << QChar();
    QTest::newRow("control character shown by code point")
        << QStringLiteral("9135\u00010100M000100Y4")
        << "Character 'U+0001' at position 5 is not allowed in a unified social credit code." << 5 << QChar();
    QTest::newRow("wrong check character")
        << "91350100M000100Y44"
        << "The check character should be '3', not '4'." << 18 << QChar('3');
    QTest::newRow("two digits swapped") << "91350100M000010Y43"
                                        << "The check character should be 'J', not '3'." << 18 << QChar('J');
}

void TestCodeValidator::invalidUscc()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, position);
    QFETCH(QChar, expectedCheck);

    const CodeCheck check = checkUscc(code);
    QVERIFY(!check.ok);
    QCOMPARE(check.message, message);
    QCOMPARE(check.position, position);
    QCOMPARE(check.expectedCheck, expectedCheck);
}

void TestCodeValidator::usccCheckCharacterRejectsBadInput()
{
    QCOMPARE(usccCheckCharacter(u"91350100M000100Y"), QChar());
    QCOMPARE(usccCheckCharacter(u"91350100M000100Y43"), QChar());
    QCOMPARE(usccCheckCharacter(u"91350100O000100Y4"), QChar());
}

void TestCodeValidator::validCitizenId_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("GB 11643 example, check X") << "11010519491231002X";
    // Constructed Qidong-area numbers; the check digits were worked out by hand.
    QTest::newRow("Qidong, man") << "320681199001011235";
    QTest::newRow("Nantong, woman") << "320602198502286544";
    QTest::newRow("29 February of a leap year") << "320681200002290016";
    QTest::newRow("born 1 January 1900") << "320681190001010012";
}

void TestCodeValidator::validCitizenId()
{
    QFETCH(QString, id);
    const CodeCheck check = checkCitizenId(id, QDate(2025, 6, 1));
    QVERIFY2(check.ok, qPrintable(check.message));
    QVERIFY(check.message.isEmpty());
    QCOMPARE(check.expectedCheck, id.back());
    QCOMPARE(citizenIdCheckCharacter(QStringView(id).first(17)), id.back());
}

void TestCodeValidator::invalidCitizenId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");

    QTest::newRow("old 15-digit number") << "110105491231002"
                                         << "The citizen ID must have 18 characters; it has 15." << -1;
    QTest::newRow("wrong check digit") << "110105194912310023"
                                       << "The check character should be 'X', not '3'." << 18;
    QTest::newRow("lower-case x is left to the normaliser")
        << "11010519491231002x"
        << "Character 'x' at position 18 is not allowed in a citizen ID." << 18;
    QTest::newRow("X before the end") << "1101051949123100X2"
                                      << "Character 'X' at position 17 is not allowed in a citizen ID." << 17;
    QTest::newRow("29 February of a common year")
        << "320681199902290011"
        << "The birth date 19990229 in the citizen ID is not a real date." << 7;
    QTest::newRow("31 February") << "320681199902310016"
                                 << "The birth date 19990231 in the citizen ID is not a real date." << 7;
    QTest::newRow("month 13") << "320681199913010010"
                              << "The birth date 19991301 in the citizen ID is not a real date." << 7;
    QTest::newRow("before 1900") << "440524188001010014"
                                 << "The birth date 18800101 in the citizen ID is before 1900." << 7;
    QTest::newRow("born after today") << "320681202506020012"
                                      << "The birth date 20250602 in the citizen ID is in the future." << 7;
}

void TestCodeValidator::invalidCitizenId()
{
    QFETCH(QString, id);
    QFETCH(QString, message);
    QFETCH(int, position);

    const CodeCheck check = checkCitizenId(id, QDate(2025, 6, 1));
    QVERIFY(!check.ok);
    QCOMPARE(check.message, message);
    QCOMPARE(check.position, position);
}

void TestCodeValidator::futureBirthDateAgainstTheRealClock()
{
    // Without a pinned date the check uses today: someone born in 2999 has not been born yet.
    const QString first17 = QStringLiteral("32068129990101001");
    const QString id = first17 + citizenIdCheckCharacter(first17);
    QCOMPARE(checkCitizenId(id).message,
        QStringLiteral("The birth date 29990101 in the citizen ID is in the future."));
}

void TestCodeValidator::citizenIdCheckCharacterRejectsBadInput()
{
    QCOMPARE(citizenIdCheckCharacter(u"1101051949123100"), QChar());
    QCOMPARE(citizenIdCheckCharacter(u"1101051949123100A"), QChar());
}

void TestCodeValidator::pastedFullWidthCodesPass()
{
    QVERIFY(checkUscc(cd::normaliseCode(QStringLiteral("９１３５０１００ｍ０００１００ｙ４３"))).ok);
    QVERIFY(checkCitizenId(cd::normaliseCode(QStringLiteral(" １１０１０５ １９４９１２３１ ００２ｘ "))).ok);
}

void TestCodeValidator::maskCitizenId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");

    QTest::newRow("18 characters") << "32068119900101123X"
                                   << "320681********123X";
    QTest::newRow("GB example") << "11010519491231002X"
                                << "110105********002X";
    QTest::newRow("15 characters: only the last four") << "110105491231002"
                                                       << "***********1002";
    QTest::newRow("19 characters: only the last four") << "3206811990010112345"
                                                       << "***************2345";
    QTest::newRow("four characters") << "123X"
                                     << "123X";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCodeValidator::maskCitizenId()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(cd::maskCitizenId(id), masked);
    QCOMPARE(cd::maskCitizenId(id).size(), id.size());
}

QTEST_GUILESS_MAIN(TestCodeValidator)
#include "TestCodeValidator.moc"
