#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cd {

// What became of a commitment on a date: computed, never flipped by a person or a timer.
enum class CommitmentState { Open, Kept, Broken };

// 信用承诺 (§2): a written commitment to supply missing material by a date, on which an approval desk
// granted 容缺受理.
struct Commitment
{
    qint64 id = 0;
    QString number; // 承诺〔2026〕0001号
    qint64 subjectId = 0;
    QString subjectCode;
    QString subjectName;
    qint64 departmentId = 0;
    QString departmentName;
    QString matter; // the approval granted on the commitment
    QString missingMaterial;
    QDate committedOn;
    QDate dueOn;
    QDate keptOn;
    qint64 breachRecordId = 0; // the negative record an officer confirmed for the breach
    QString createdBy;
    qint64 rowVersion = 0;

    // Kept: supplied by the due date. Broken: the due date passed without it (a late supply does
    // not mend the breach). Open: neither yet.
    CommitmentState stateOn(const QDate& date) const
    {
        if (keptOn.isValid() && keptOn <= dueOn && keptOn <= date)
            return CommitmentState::Kept;
        if (date > dueOn)
            return CommitmentState::Broken;
        return CommitmentState::Open;
    }
};

class Commitments
{
    Q_DECLARE_TR_FUNCTIONS(Commitments)

public:
    static QString key(CommitmentState s); // open, kept, broken
    static QString displayName(CommitmentState s);
};

} // namespace cd
