#include "domain/Repair.h"

namespace cd {

QList<RepairMaterial> RepairApplication::missing() const
{
    QList<RepairMaterial> list;
    for (RepairMaterial m : required) {
        if (std::none_of(received.begin(), received.end(),
                [m](const RepairMaterialReceipt& r) { return r.item == m; }))
            list.append(m);
    }
    return list;
}

QString Repairs::key(RepairState s)
{
    switch (s) {
    case RepairState::Submitted:
        return QStringLiteral("submitted");
    case RepairState::Approved:
        return QStringLiteral("approved");
    case RepairState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<RepairState> Repairs::stateFromKey(const QString& key)
{
    for (RepairState s : {RepairState::Submitted, RepairState::Approved, RepairState::Rejected}) {
        if (Repairs::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Repairs::displayName(RepairState s)
{
    switch (s) {
    case RepairState::Submitted:
        return tr("submitted");
    case RepairState::Approved:
        return tr("approved");
    case RepairState::Rejected:
        return tr("rejected");
    }
    return {};
}

QString Repairs::key(RepairTarget t)
{
    return t == RepairTarget::Record ? QStringLiteral("record") : QStringLiteral("list_entry");
}

std::optional<RepairTarget> Repairs::targetFromKey(const QString& key)
{
    if (key == QLatin1String("record"))
        return RepairTarget::Record;
    if (key == QLatin1String("list_entry"))
        return RepairTarget::ListEntry;
    return std::nullopt;
}

QString Repairs::displayName(RepairTarget t)
{
    return t == RepairTarget::Record ? tr("credit record") : tr("list entry");
}

QString Repairs::key(RepairMaterial m)
{
    switch (m) {
    case RepairMaterial::Application:
        return QStringLiteral("application");
    case RepairMaterial::Fulfilment:
        return QStringLiteral("fulfilment");
    case RepairMaterial::Commitment:
        return QStringLiteral("commitment");
    case RepairMaterial::Training:
        return QStringLiteral("training");
    }
    return {};
}

std::optional<RepairMaterial> Repairs::materialFromKey(const QString& key)
{
    for (RepairMaterial m : {RepairMaterial::Application, RepairMaterial::Fulfilment,
             RepairMaterial::Commitment, RepairMaterial::Training}) {
        if (Repairs::key(m) == key)
            return m;
    }
    return std::nullopt;
}

QString Repairs::displayName(RepairMaterial m)
{
    switch (m) {
    case RepairMaterial::Application:
        return tr("repair application form");
    case RepairMaterial::Fulfilment:
        return tr("proof that the conduct was corrected and every obligation met");
    case RepairMaterial::Commitment:
        return tr("public credit commitment that the materials are true");
    case RepairMaterial::Training:
        return tr("credit repair training or public service");
    }
    return {};
}

QList<RepairMaterial> Repairs::requiredFor(bool naturalPerson)
{
    QList<RepairMaterial> list {
        RepairMaterial::Application, RepairMaterial::Fulfilment, RepairMaterial::Commitment};
    if (naturalPerson)
        list.append(RepairMaterial::Training);
    return list;
}

} // namespace cd
