#include "util/Office.h"

#include "domain/CodeValidator.h"
#include "services/CaseService.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/SubjectService.h"
#include "services/UserService.h"

namespace cd::test {

Office::Office() : m_dir(std::make_unique<QTemporaryDir>())
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    m_db = m_dir->filePath(QStringLiteral("office.db"));
    Session::initialize(m_db, QStringLiteral("admin"), Password);
    auto admin = as(QStringLiteral("admin"));
    UserService users(*admin);
    users.add(QStringLiteral("officer"), Role::Officer, Password);
    users.add(QStringLiteral("officer2"), Role::Officer, Password);
    users.add(QStringLiteral("reviewer"), Role::Reviewer, Password);
    users.add(QStringLiteral("reviewer2"), Role::Reviewer, Password);
    users.add(QStringLiteral("supervisor"), Role::Supervisor, Password);
}

std::unique_ptr<Session> Office::as(const QString& user) const
{
    return Session::signIn(m_db, user, Password);
}

QString Office::uscc(const QString& orgCode9)
{
    const QString first17 = QStringLiteral("91320681") + orgCode9;
    return first17 + usccCheckCharacter(first17);
}

QString Office::citizenId(const QString& birth8, const QString& seq3)
{
    const QString first17 = QStringLiteral("320681") + birth8 + seq3;
    return first17 + citizenIdCheckCharacter(first17);
}

qint64 Office::addCompany(const QString& orgCode9, const QString& name, const QDate& registered)
{
    auto officer = as(QStringLiteral("officer"));
    return SubjectService(*officer)
        .add(SubjectKind::LegalPerson, uscc(orgCode9), name, QString(), registered)
        .id;
}

qint64 Office::addPerson(const QString& birth8, const QString& seq3, const QString& name)
{
    auto officer = as(QStringLiteral("officer"));
    return SubjectService(*officer).add(SubjectKind::NaturalPerson, citizenId(birth8, seq3), name).id;
}

qint64 Office::addRecord(qint64 subject, const QString& decisionNo, Severity severity, const QDate& decided,
    const QString& department, bool specificSerious)
{
    auto officer = as(QStringLiteral("officer"));
    CreditRecord r;
    r.subjectId = subject;
    r.polarity = Polarity::Negative;
    r.category = QStringLiteral("行政处罚");
    r.severity = severity;
    r.specificSerious = specificSerious;
    r.decisionNo = decisionNo;
    r.decisionDate = decided;
    r.publishedOn = decided.addDays(2);
    r.legalBasis = QStringLiteral("《中华人民共和国产品质量法》第四十九条");
    r.departmentId = *OfficeRules(*officer).departmentId(department);
    return RecordService(*officer).add(r).id;
}

qint64 Office::department(const QString& name) const
{
    auto admin = as(QStringLiteral("admin"));
    return *OfficeRules(*admin).departmentId(name);
}

Case Office::sanction(qint64 subject, qint64 recordId, qint64 listEntryId, const QDate& termStart,
    const QDate& termEnd, const QDate& pushedOn)
{
    auto officer = as(QStringLiteral("officer"));
    OfficeRules rules(*officer);
    CaseDraft d;
    d.subjectId = subject;
    d.basisRecordId = recordId;
    d.basisListEntryId = listEntryId;
    d.memorandumId = *rules.memorandumId(QStringLiteral("SERIOUS"));
    d.initiatingDepartmentId = *rules.departmentId(QStringLiteral("市市场监管局"));
    d.termStart = termStart;
    d.termEnd = termEnd;
    Case c = CaseService(*officer).draft(d);
    auto reviewer = as(QStringLiteral("reviewer"));
    c = CaseService(*reviewer).approve(c.id);
    if (pushedOn.isValid())
        c = CaseService(*officer).push(c.id, pushedOn);
    return c;
}

} // namespace cd::test
