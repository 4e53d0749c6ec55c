#pragma once

#include <QString>
#include <QStringList>

namespace cd::PackageColumns {

// The columns of a measure package and of the feedback it comes back with. They are an exchange
// format with the departments (like the national publicity headers), so they are fixed Chinese
// text, not translated user interface.
inline const QString TaskId = QStringLiteral("任务编号");
inline const QString CaseNumber = QStringLiteral("案件编号");
inline const QString SubjectName = QStringLiteral("主体名称");
inline const QString SubjectCode = QStringLiteral("统一社会信用代码/身份证号");
inline const QString Measure = QStringLiteral("措施");
inline const QString LegalBasis = QStringLiteral("法律依据");
inline const QString Term = QStringLiteral("惩戒期限");
inline const QString PushedOn = QStringLiteral("推送日期");
inline const QString DueOn = QStringLiteral("反馈截止日期");
inline const QString Result = QStringLiteral("反馈结果");
inline const QString AppliedOn = QStringLiteral("执行日期");
inline const QString Reference = QStringLiteral("执行文号");
inline const QString Reason = QStringLiteral("理由");
inline const QString RespondedOn = QStringLiteral("反馈日期");

// The answers a department picks from the drop-down list.
inline const QString Acknowledged = QStringLiteral("已签收");
inline const QString Applied = QStringLiteral("已执行");
inline const QString NotApplicable = QStringLiteral("不适用");
inline const QString Refused = QStringLiteral("拒绝执行");

inline QStringList results()
{
    return {Acknowledged, Applied, NotApplicable, Refused};
}

} // namespace cd::PackageColumns
