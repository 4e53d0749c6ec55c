#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

// 红名单 (exemplars, §1) and 黑名单 / 严重失信主体名单 (§15).
enum class ListKind { Red, Black };
// How an entry left its list: its publicity period ran out, an approved repair, or an objection
// (or the determining department) found it wrong.
enum class ListExitReason { Expiry, Repair, Revocation };

struct ListEntry
{
    qint64 id = 0;
    QString number; // 黑〔2026〕0001号
    qint64 subjectId = 0;
    QString subjectCode;
    QString subjectName;
    ListKind kind = ListKind::Black;
    QString domain; // 产品质量, 生态环境, 税务 …
    QString basis;
    qint64 basisRecordId = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QDate entryDate;
    QDate plannedExit; // invalid: until exited
    QDate exitDate; // an early exit (repair, revocation)
    std::optional<ListExitReason> exitReason;
    QString exitNote;
    QString createdBy;
    QString approvedBy; // empty: proposed, not yet in force
    qint64 rowVersion = 0;

    // The day the entry stops counting: an early exit, else the planned exit; invalid = open-ended.
    QDate endsOn() const;
    // Listed on `date`: approved, on or after entry, before the end.
    bool listedOn(const QDate& date) const;
    // Why it is off the list on `date`, if it is and it ever was on: expiry is computed from dates.
    std::optional<ListExitReason> exitOn(const QDate& date) const;
};

class ListEntries
{
    Q_DECLARE_TR_FUNCTIONS(ListEntries)

public:
    static QString key(ListKind k); // "red", "black": stored and CLI words
    static std::optional<ListKind> kindFromKey(const QString& key);
    static QString displayName(ListKind k);
    static QString key(ListExitReason r); // "expiry", "repair", "revocation"
    static std::optional<ListExitReason> exitReasonFromKey(const QString& key);
    static QString displayName(ListExitReason r);
    // "proposed", "listed", "upcoming" or the exit reason's key, on `date`.
    static QString stateKey(const ListEntry& e, const QDate& date);
};

} // namespace cd
