#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

enum class TipChannel { Phone, Letter, Visit, Online };

// 举报 (§10): what the public reported about a subject. The reporter's identity is not part of
// this value: it is read only through TipService::reporter(), by a role that may, and audited.
struct Tip
{
    qint64 id = 0;
    QString number; // 举报〔2026〕0001号
    qint64 subjectId = 0; // 0 when the reported subject is not registered
    QString subjectCode;
    QString reportedName;
    QString content;
    TipChannel channel = TipChannel::Phone;
    QDate receivedOn;
    QString receivedBy;
    QDate closedOn;
    QString outcome;
    qint64 rowVersion = 0;
};

struct TipReporter
{
    QString name;
    QString contact;
};

class Tips
{
    Q_DECLARE_TR_FUNCTIONS(Tips)

public:
    static QString key(TipChannel c);
    static std::optional<TipChannel> channelFromKey(const QString& key);
    static QString displayName(TipChannel c);
};

} // namespace cd
