#pragma once

#include "services/ImportService.h"

#include <QCoreApplication>

namespace cd {

class Session;

struct PackageResult
{
    QString number; // 推送〔2026〕0001号
    QString department;
    int tasks = 0;
};

struct FeedbackResult
{
    QString format;
    int rows = 0;
    int acknowledged = 0;
    int answered = 0;
    int unchanged = 0; // the same answer was recorded already
    int blank = 0; // no answer filled in yet
    QList<ImportProblem> rejected; // unknown, duplicate or conflicting rows, and refused answers
};

// 信息推送 and 执行反馈 (§14) for departments that do not run CreditDesk: a package of a department's
// new tasks goes out as a workbook and is recorded as sent; the workbook comes back filled in and
// its answers go through the case service, so they obey the same rules as answers typed in.
class PackageService
{
    Q_DECLARE_TR_FUNCTIONS(PackageService)

public:
    explicit PackageService(Session& session);

    // Refuses to overwrite `path`; a department with no new tasks gets no package (InvalidInput).
    // withCitizenIds: the department needs persons' full IDs to apply the measures; audited.
    PackageResult makePackage(qint64 departmentId, const QString& path, bool withCitizenIds = false);
    FeedbackResult importFeedback(const QString& path);

private:
    Session& m_session;
};

} // namespace cd
