#include "domain/Licence.h"

#include "CoreError.h"

namespace cd {

void Licences::validate(const Licence& l, const QDate& today)
{
    if (l.subjectId <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("subject: required."));
    if (l.decisionNo.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("licence decision number: required."));
    if (!l.decisionDate.isValid())
        throw CoreError(ErrorKind::InvalidInput, tr("licence decision date: required, as YYYY-MM-DD."));
    if (l.decisionDate > today)
        throw CoreError(ErrorKind::InvalidInput,
            tr("licence decision date: %1 lies in the future.").arg(l.decisionDate.toString(Qt::ISODate)));
    if (l.validFrom.isValid() && l.validTo.isValid() && l.validTo < l.validFrom)
        throw CoreError(ErrorKind::InvalidInput, tr("valid until: it lies before the start of validity."));
    if (l.publishedOn.isValid() && (l.publishedOn < l.decisionDate || l.publishedOn > today))
        throw CoreError(
            ErrorKind::InvalidInput, tr("publication date: it lies between the decision date and today."));
    if (l.departmentId <= 0)
        throw CoreError(ErrorKind::InvalidInput, tr("licensing authority: required."));
}

bool Licences::underPublication(const Licence& l, const QDate& asOf)
{
    return !l.revoked && l.publishedOn.isValid() && l.publishedOn <= asOf
        && (!l.validTo.isValid() || asOf <= l.validTo);
}

std::optional<bool> Licences::revokedFromState(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* valid : {"", "1", "有效", "正常", "存续", "在用"}) {
        if (t == QString::fromUtf8(valid))
            return false;
    }
    for (const char* revoked : {"2", "无效", "撤销", "注销", "吊销", "撤回", "失效", "废止"}) {
        if (t == QString::fromUtf8(revoked))
            return true;
    }
    return std::nullopt;
}

} // namespace cd
