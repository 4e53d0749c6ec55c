#include "domain/CodeValidator.h"

#include <QCoreApplication>

namespace cd {

namespace {

// Gives the messages below one translation context, since the checks are free functions.
class CodeValidator
{
    Q_DECLARE_TR_FUNCTIONS(CodeValidator)
};

constexpr int CodeLength = 18;

// The 31 symbols of GB 32100 in value order: the Latin alphabet without I, O, Z, S and V, which are
// too easily read as 1, 0, 2, 5 and U.
constexpr char16_t UsccAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int UsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

constexpr int CitizenIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t CitizenIdCheckMap[] = u"10X98765432";

int usccValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (UsccAlphabet[i] == c.unicode())
            return i;
    }
    return -1;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Control characters and lone surrogates would vanish or garble in a message box.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QString(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

CodeCheck failure(QString message, int position = -1, QChar expected = {})
{
    return CodeCheck {false, std::move(message), position, expected};
}

CodeCheck checkCharacterFailure(QChar expected, QChar actual)
{
    return failure(
        CodeValidator::tr("The check character should be '%1', not '%2'.").arg(expected).arg(shown(actual)),
        CodeLength, expected);
}

// Zero-width characters ride along invisibly when text is copied from web pages and Word files.
bool isInvisible(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D)
        || c == QChar(0xFEFF);
}

} // namespace

QString normaliseCode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isInvisible(c))
            continue;
        // Full-width forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E at a fixed offset.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
        out.append(c);
    }
    return out;
}

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = usccValue(first17[i]);
        if (value < 0)
            return {};
        sum += value * UsccWeights[i];
    }
    const int check = 31 - sum % 31;
    return QChar(UsccAlphabet[check == 31 ? 0 : check]);
}

CodeCheck checkUscc(QStringView code)
{
    if (code.size() != CodeLength)
        return failure(CodeValidator::tr(
            "The unified social credit code must have 18 characters; it has %n.", nullptr, int(code.size())));
    for (int i = 0; i < CodeLength; ++i) {
        if (usccValue(code[i]) < 0)
            return failure(
                CodeValidator::tr(
                    "Character '%1' at position %2 is not allowed in a unified social credit code.")
                    .arg(shown(code[i]))
                    .arg(i + 1),
                i + 1);
    }
    const QChar expected = usccCheckCharacter(code.first(17));
    if (code[17] != expected)
        return checkCharacterFailure(expected, code[17]);
    return CodeCheck {true, {}, -1, expected};
}

QChar citizenIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - u'0') * CitizenIdWeights[i];
    }
    return QChar(CitizenIdCheckMap[sum % 11]);
}

CodeCheck checkCitizenId(QStringView id, QDate today)
{
    if (id.size() != CodeLength)
        return failure(
            CodeValidator::tr("The citizen ID must have 18 characters; it has %n.", nullptr, int(id.size())));
    for (int i = 0; i < CodeLength; ++i) {
        const bool lastMayBeX = i == CodeLength - 1 && id[i] == u'X';
        if (!isAsciiDigit(id[i]) && !lastMayBeX)
            return failure(CodeValidator::tr("Character '%1' at position %2 is not allowed in a citizen ID.")
                               .arg(shown(id[i]))
                               .arg(i + 1),
                i + 1);
    }

    // Positions 7-14 hold the birth date as yyyyMMdd; the digits are known to be ASCII here.
    const QStringView birth = id.sliced(6, 8);
    const QDate born(birth.first(4).toInt(), birth.sliced(4, 2).toInt(), birth.sliced(6, 2).toInt());
    if (!born.isValid())
        return failure(
            CodeValidator::tr("The birth date %1 in the citizen ID is not a real date.").arg(birth), 7);
    if (born.year() < 1900)
        return failure(
            CodeValidator::tr("The birth date %1 in the citizen ID is before 1900.").arg(birth), 7);
    if (today.isValid() && born > today)
        return failure(
            CodeValidator::tr("The birth date %1 in the citizen ID is in the future.").arg(birth), 7);

    const QChar expected = citizenIdCheckCharacter(id.first(17));
    if (id[17] != expected)
        return checkCharacterFailure(expected, id[17]);
    return CodeCheck {true, {}, -1, expected};
}

QString maskCitizenId(QStringView id)
{
    constexpr int Visible = 4;
    if (id.size() <= Visible)
        return id.toString();
    QString masked(id.size() - Visible, u'*');
    if (id.size() == CodeLength)
        masked.replace(0, 6, id.first(6).toString());
    return masked.append(id.last(Visible));
}

} // namespace cd
