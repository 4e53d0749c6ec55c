// The key file beside the database (the sidecar): any bytes give a key file or one
// CoreError(Integrity), and what it reads it writes back to the same key file.
#include "CoreError.h"
#include "FuzzSupport.h"
#include "storage/KeySidecar.h"

using namespace cd;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString where = QStringLiteral("fuzz.db.keys");
    std::optional<KeySidecar> sidecar;
    try {
        sidecar = KeySidecar::parse(fuzz::bytes(data, size), where);
    } catch (const CoreError& e) {
        if (e.kind() != ErrorKind::Integrity)
            fuzz::fail("a damaged key file must be an integrity failure", e.message());
        return 0;
    }
    (void)sidecar->hasRecoverySlot();
    (void)sidecar->hasUserSlot(QStringLiteral("admin"));
    const QByteArray json = sidecar->toJson();
    try {
        const KeySidecar again = KeySidecar::parse(json, where);
        if (again.databaseId() != sidecar->databaseId() || again.slotCount() != sidecar->slotCount()
            || again.toJson() != json)
            fuzz::fail("a key file written back must read the same", QString::fromUtf8(json));
    } catch (const CoreError& e) {
        fuzz::fail("a key file written back must read again", e.message());
    }
    return 0;
}
