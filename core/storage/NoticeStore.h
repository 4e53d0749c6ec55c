#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

class Database;

// The notices table: the document numbers of the notifications issued, per year.
class NoticeStore
{
public:
    explicit NoticeStore(Database& db);

    struct Notice
    {
        qint64 id = 0;
        int year = 0;
        int serial = 0;
        QString number;
        QString period;
        QDate issuedOn;
        QString issuedBy;
    };

    std::optional<Notice> bySerial(int year, int serial);
    // The latest notice of the year for a period (ReportPeriod key), if one was issued.
    std::optional<Notice> latestForPeriod(int year, const QString& period);
    int nextSerial(int year);
    qint64 insert(const Notice& notice);

private:
    Database& m_db;
};

} // namespace cd
