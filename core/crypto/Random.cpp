#include "crypto/Random.h"

#include "CoreError.h"
#include "crypto/OpenSslError.h"

#include <openssl/rand.h>

namespace cd {

SecureBytes Random::bytes(int n)
{
    if (n < 0)
        throw CoreError(ErrorKind::Failed, tr("Cannot generate a negative number of random bytes."));
    SecureBytes out(n);
    if (n > 0 && RAND_bytes(out.data(), n) != 1) {
        throw CoreError(ErrorKind::Failed,
            tr("The system's random number generator failed (%1).").arg(takeOpenSslErrors()));
    }
    return out;
}

} // namespace cd
