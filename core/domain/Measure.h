#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// Whether a memorandum and its measures reward trustworthiness or sanction dishonesty.
enum class MeasureKind { Incentive, Sanction };

class MeasureKinds
{
    Q_DECLARE_TR_FUNCTIONS(MeasureKinds)

public:
    // The stored and CLI words.
    static QString key(MeasureKind kind)
    {
        return kind == MeasureKind::Incentive ? QStringLiteral("incentive") : QStringLiteral("sanction");
    }
    static std::optional<MeasureKind> fromKey(const QString& key)
    {
        if (key == QLatin1String("incentive"))
            return MeasureKind::Incentive;
        if (key == QLatin1String("sanction"))
            return MeasureKind::Sanction;
        return std::nullopt;
    }
    static QString displayName(MeasureKind kind)
    {
        return kind == MeasureKind::Incentive ? tr("incentive") : tr("sanction");
    }
};

// One incentive or sanction of the catalogue (§16). Mandatory (强制性) measures must be applied
// jointly by law; recommended (推荐性) ones as a case warrants.
struct Measure
{
    qint64 id = 0;
    qint64 memorandumId = 0;
    QString code; // stable identifier ("S-TRAVEL")
    QString title;
    MeasureKind kind = MeasureKind::Sanction; // always the memorandum's kind
    bool mandatory = false;
    QString legalBasis;
    QString planItem; // the plan's item ("§7")
    int defaultMonths = 36; // the term a case proposes
    bool active = true;
    QList<qint64> departmentIds; // implementing departments (实施单位), at least one
};

// A memorandum of cooperation (合作备忘录, §12) and the measures grouped under it.
struct Memorandum
{
    qint64 id = 0;
    QString code; // stable identifier ("JUDGMENT")
    QString title;
    MeasureKind kind = MeasureKind::Sanction;
    QString basis;
    bool active = true;
    QList<Measure> measures; // in catalogue order; filled by CatalogueService
};

// What the catalogue proposes when a case is drafted: mandatory measures come preselected, and
// dropping one needs a written reason.
struct ProposedMeasure
{
    Measure measure;
    bool preselected = false;
};

} // namespace cd
