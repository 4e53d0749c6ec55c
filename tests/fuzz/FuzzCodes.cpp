// The identifier validators (GB 32100 credit codes, GB 11643 citizen IDs) and the normalisation
// every typed or imported code goes through: total over any text, and their verdicts consistent.
#include "FuzzSupport.h"
#include "domain/CodeValidator.h"

#include <QDate>

using namespace cd;

namespace {

void checkVerdict(const CodeCheck& check, QStringView code, QChar (*checkCharacter)(QStringView))
{
    if (check.ok != check.message.isEmpty())
        fuzz::fail("a verdict must carry a message exactly when it is a refusal", check.message);
    if (check.position < -1 || check.position > code.size())
        fuzz::fail("the position is outside the code", QString::number(check.position));
    if (check.ok) {
        if (code.size() != 18)
            fuzz::fail("an accepted code must have 18 characters", code.toString());
        if (checkCharacter(code.left(17)) != code.at(17))
            fuzz::fail("an accepted code must end in its check character", code.toString());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString typed = QString::fromUtf8(fuzz::bytes(data, size));
    const QString code = normaliseCode(typed);
    if (normaliseCode(code) != code)
        fuzz::fail("normalising twice must change nothing", code);

    checkVerdict(checkUscc(code), code, usccCheckCharacter);
    checkVerdict(checkUscc(typed), typed, usccCheckCharacter);
    const QDate today(2026, 6, 30);
    checkVerdict(checkCitizenId(code, today), code, citizenIdCheckCharacter);
    checkVerdict(checkCitizenId(typed, today), typed, citizenIdCheckCharacter);

    // What lists show of an ID: never the birth date and sequence in the middle.
    const QString masked = maskCitizenId(code);
    if (code.size() == 18 && (masked.size() != 18 || masked.mid(6, 8) != QString(8, u'*')))
        fuzz::fail("a masked ID must hide its middle", masked);
    (void)maskCitizenId(typed);
    (void)usccCheckCharacter(typed);
    (void)citizenIdCheckCharacter(typed);
    return 0;
}
