#include "domain/Commitment.h"

namespace cd {

QString Commitments::key(CommitmentState s)
{
    switch (s) {
    case CommitmentState::Open:
        return QStringLiteral("open");
    case CommitmentState::Kept:
        return QStringLiteral("kept");
    case CommitmentState::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

QString Commitments::displayName(CommitmentState s)
{
    switch (s) {
    case CommitmentState::Open:
        return tr("open");
    case CommitmentState::Kept:
        return tr("kept");
    case CommitmentState::Broken:
        return tr("broken");
    }
    return {};
}

} // namespace cd
