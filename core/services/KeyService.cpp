#include "services/KeyService.h"

#include "CoreError.h"
#include "crypto/Random.h"
#include "services/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySidecar.h"

namespace cd {

KeyService::KeyService(Session& session) : m_session(session) { }

int KeyService::rekey()
{
    m_session.require(Operation::Rekey);
    const SecureBytes newKey = Random::bytes(KeySidecar::DatabaseKeySize);
    int slotCount = 0;
    // 1. The audit entry, and the new key parked in the key file under the old one.
    m_session.changeKeyFile(
        [&](KeySidecar& sidecar) {
            slotCount = sidecar.slotCount();
            sidecar.setPendingKey(newKey, m_session.key());
        },
        QStringLiteral("database.rekey"), QStringLiteral("database"), QString(), QJsonObject());
    // 2. Every page re-encrypted (SQLCipher does this in one transaction).
    m_session.db().rekey(newKey.view());
    // 3. Every slot rewrapped to the new key, the pending key dropped, the audit tail re-signed.
    m_session.adoptKey(newKey);
    return slotCount;
}

} // namespace cd
