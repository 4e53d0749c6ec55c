#include "Lookups.h"

#include "Cli.h"
#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "services/OfficeRules.h"
#include "services/SubjectService.h"

namespace cd::cli {

qint64 subjectIdFor(Session& session, const QString& code, const QString& option)
{
    const auto subject = SubjectService(session).byCode(normaliseCode(code));
    if (!subject)
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--%1: there is no subject with the code %2.").arg(option, maskCitizenId(code)));
    return subject->id;
}

qint64 departmentIdFor(Session& session, const QString& codeOrName, const QString& option)
{
    const auto id = OfficeRules(session).departmentId(codeOrName.trimmed());
    if (!id)
        throw CoreError(
            ErrorKind::InvalidInput, Cli::tr("--%1: there is no department \"%2\".").arg(option, codeOrName));
    return *id;
}

} // namespace cd::cli
