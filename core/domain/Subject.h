#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cd {

// 主体: the four kinds of DOMAIN.md. Organisations are keyed by the unified social credit code,
// natural persons by their citizen ID (masked wherever it is shown).
enum class SubjectKind { LegalPerson, Unincorporated, IndividualBusiness, NaturalPerson };

// 法定代表人, 主要负责人, 直接责任人员, 董事, 股东 (§7, §11).
enum class LinkRole { LegalRepresentative, Principal, DirectlyResponsible, Director, Shareholder };

struct SubjectLink
{
    qint64 id = 0;
    qint64 organisationId = 0;
    qint64 personId = 0;
    QString organisationCode;
    QString organisationName;
    QString personCode; // masked by SubjectService, like every citizen ID it hands out
    QString personName;
    LinkRole role = LinkRole::LegalRepresentative;
    QDate since;
    QDate until; // null while the link holds

    bool isOpen() const { return until.isNull(); }
};

struct Subject
{
    qint64 id = 0;
    SubjectKind kind = SubjectKind::LegalPerson;
    QString code; // full value only after an audited reveal; otherwise masked for persons
    QString name;
    QString division;
    QString address;
    QDate registeredOn;
    QStringList formerNames;
    qint64 rowVersion = 0;

    bool isPerson() const { return kind == SubjectKind::NaturalPerson; }
};

// One line of a search result.
struct SubjectHit
{
    qint64 id = 0;
    SubjectKind kind = SubjectKind::LegalPerson;
    QString code; // masked for persons
    QString name; // the current name
    QString matchedName; // the former name (曾用名) that matched; empty when the current name or code did
    QString division;
};

class SubjectKinds
{
    Q_DECLARE_TR_FUNCTIONS(SubjectKinds)

public:
    static QString key(SubjectKind kind); // legal_person, unincorporated, individual_business, natural_person
    static std::optional<SubjectKind> fromKey(const QString& key);
    static QString displayName(SubjectKind kind);
    // Legal persons, unincorporated organisations and individual businesses carry a credit code.
    static bool isOrganisation(SubjectKind kind) { return kind != SubjectKind::NaturalPerson; }
    // The administrative division a valid code names: credit code positions 3-8, citizen ID 1-6.
    static QString divisionOf(SubjectKind kind, QStringView code);

    static QString key(LinkRole role);
    static std::optional<LinkRole> linkRoleFromKey(const QString& key);
    static QString displayName(LinkRole role);
};

} // namespace cd
