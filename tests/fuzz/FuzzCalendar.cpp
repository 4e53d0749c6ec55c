// The working-day calendar file an administrator imports: any bytes give a calendar or one
// CoreError(InvalidInput) naming the line, and what parses writes back to the same calendar.
#include "CoreError.h"
#include "FuzzSupport.h"
#include "domain/CalendarFile.h"

using namespace cd;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    WorkingCalendar calendar;
    try {
        calendar = CalendarFile::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.txt"));
    } catch (const CoreError& e) {
        if (e.kind() != ErrorKind::InvalidInput)
            fuzz::fail("a bad calendar file must be refused as invalid input", e.message());
        return 0;
    }
    const QByteArray written = CalendarFile::write(calendar);
    try {
        if (!(CalendarFile::parse(written, QStringLiteral("written.txt")) == calendar))
            fuzz::fail("parse(write(c)) must be c", QString::fromUtf8(written));
    } catch (const CoreError& e) {
        fuzz::fail("a written calendar must parse again", e.message() + u'\n' + QString::fromUtf8(written));
    }
    return 0;
}
