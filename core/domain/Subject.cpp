#include "domain/Subject.h"

namespace cd {

namespace {

constexpr SubjectKind AllKinds[] = {SubjectKind::LegalPerson, SubjectKind::Unincorporated,
    SubjectKind::IndividualBusiness, SubjectKind::NaturalPerson};
constexpr LinkRole AllRoles[] = {LinkRole::LegalRepresentative, LinkRole::Principal,
    LinkRole::DirectlyResponsible, LinkRole::Director, LinkRole::Shareholder};

} // namespace

QString SubjectKinds::key(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::LegalPerson:
        return QStringLiteral("legal_person");
    case SubjectKind::Unincorporated:
        return QStringLiteral("unincorporated");
    case SubjectKind::IndividualBusiness:
        return QStringLiteral("individual_business");
    case SubjectKind::NaturalPerson:
        return QStringLiteral("natural_person");
    }
    return {};
}

std::optional<SubjectKind> SubjectKinds::fromKey(const QString& key)
{
    for (SubjectKind k : AllKinds) {
        if (SubjectKinds::key(k) == key)
            return k;
    }
    return std::nullopt;
}

QString SubjectKinds::displayName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::LegalPerson:
        return tr("legal person");
    case SubjectKind::Unincorporated:
        return tr("unincorporated organisation");
    case SubjectKind::IndividualBusiness:
        return tr("individual business");
    case SubjectKind::NaturalPerson:
        return tr("natural person");
    }
    return {};
}

QString SubjectKinds::divisionOf(SubjectKind kind, QStringView code)
{
    if (code.size() != 18)
        return {};
    return (isOrganisation(kind) ? code.sliced(2, 6) : code.first(6)).toString();
}

QString SubjectKinds::key(LinkRole role)
{
    switch (role) {
    case LinkRole::LegalRepresentative:
        return QStringLiteral("legal_representative");
    case LinkRole::Principal:
        return QStringLiteral("principal");
    case LinkRole::DirectlyResponsible:
        return QStringLiteral("directly_responsible");
    case LinkRole::Director:
        return QStringLiteral("director");
    case LinkRole::Shareholder:
        return QStringLiteral("shareholder");
    }
    return {};
}

std::optional<LinkRole> SubjectKinds::linkRoleFromKey(const QString& key)
{
    for (LinkRole r : AllRoles) {
        if (SubjectKinds::key(r) == key)
            return r;
    }
    return std::nullopt;
}

QString SubjectKinds::displayName(LinkRole role)
{
    switch (role) {
    case LinkRole::LegalRepresentative:
        return tr("legal representative");
    case LinkRole::Principal:
        return tr("principal");
    case LinkRole::DirectlyResponsible:
        return tr("directly responsible person");
    case LinkRole::Director:
        return tr("director");
    case LinkRole::Shareholder:
        return tr("shareholder");
    }
    return {};
}

} // namespace cd
