#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// 信用修复申请 (§17): submitted -> approved | rejected.
enum class RepairState { Submitted, Approved, Rejected };
enum class RepairTarget { Record, ListEntry };
// The materials checklist. Training (or public service) is asked of persons only.
enum class RepairMaterial { Application, Fulfilment, Commitment, Training };

struct RepairMaterialReceipt
{
    RepairMaterial item = RepairMaterial::Application;
    QDate receivedOn;
    QString note;
};

struct RepairApplication
{
    qint64 id = 0;
    QString number; // 修复〔2026〕0001号
    qint64 subjectId = 0;
    QString subjectName;
    RepairTarget target = RepairTarget::Record;
    qint64 targetId = 0;
    QDate filedOn;
    QString filedBy;
    RepairState state = RepairState::Submitted;
    QDate materialsCompleteOn;
    QDate decisionDue; // working days after the materials are complete
    QDate decidedOn;
    QString decidedBy;
    QString decisionReason;
    qint64 rowVersion = 0;
    QList<RepairMaterial> required;
    QList<RepairMaterialReceipt> received;

    QList<RepairMaterial> missing() const;
    bool decisionOverdue(const QDate& asOf) const
    {
        return state == RepairState::Submitted && decisionDue.isValid() && asOf > decisionDue;
    }
};

class Repairs
{
    Q_DECLARE_TR_FUNCTIONS(Repairs)

public:
    static QString key(RepairState s);
    static std::optional<RepairState> stateFromKey(const QString& key);
    static QString displayName(RepairState s);
    static QString key(RepairTarget t);
    static std::optional<RepairTarget> targetFromKey(const QString& key);
    static QString displayName(RepairTarget t);
    static QString key(RepairMaterial m);
    static std::optional<RepairMaterial> materialFromKey(const QString& key);
    static QString displayName(RepairMaterial m);
    // What a subject of this kind must hand in (persons add training or public service).
    static QList<RepairMaterial> requiredFor(bool naturalPerson);
};

} // namespace cd
