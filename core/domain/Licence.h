#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

// 行政许可: an administrative licensing decision as the 双公示 licence format carries it. It is a
// publication fact (§13: published within 7 working days, counted in the department's publication
// figure), not a credit record: neither 守信 nor 失信, so it never counts for or against the green
// channel and never grounds a case or its measures. A licence is identified, as a record is, by
// its licensing department and decision number.
struct Licence
{
    qint64 id = 0;
    qint64 subjectId = 0;
    QString legalRepresentative; // 法定代表人
    QString documentName; // 行政许可决定文书名称
    QString decisionNo; // 行政许可决定文书号
    QString licenceKind; // 许可类别: 普通, 特许, 认可, 核准, 登记, 其他
    QString certificateName; // 许可证书名称
    QString licenceNo; // 许可编号
    QString content; // 许可内容
    QDate decisionDate; // 许可决定日期
    QDate validFrom; // 有效期自
    QDate validTo; // 有效期至; invalid = without end (长期)
    qint64 departmentId = 0; // 许可机关
    QString departmentName; // filled when read
    QString source; // 数据来源单位, as the file names it
    QString note; // 备注
    bool revoked = false; // 当前状态 无效: revoked, withdrawn or cancelled
    QDate publishedOn;
    QString createdBy;
};

class Licences
{
    Q_DECLARE_TR_FUNCTIONS(Licences)

public:
    // Throws CoreError(InvalidInput) naming the field, as a form would.
    static void validate(const Licence& l, const QDate& today);

    // On the credit website on `asOf`: published by then, not made invalid, and its validity not
    // yet over. The publication deadline is the same 7 working days as a penalty's.
    static bool underPublication(const Licence& l, const QDate& asOf);

    // 当前状态 as departments write it: 1 / 有效 / 正常 / 存续 is valid, 2 / 无效 / 撤销 / 注销 /
    // 吊销 / 撤回 / 失效 is revoked; empty means valid. nullopt for anything else.
    static std::optional<bool> revokedFromState(const QString& text);
};

} // namespace cd
