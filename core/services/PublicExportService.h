#pragma once

#include <QCoreApplication>
#include <QDate>

namespace cd {

class Session;

struct PublicExportResult
{
    int redList = 0;
    int blackList = 0;
    int penalties = 0;
    int licences = 0;
};

// What the city's credit website publishes on a date (§13, §15): the red and black lists, the
// penalties whose publication runs and the licences under publication (published, still valid),
// with public fields only. Persons' citizen IDs are masked;
// withdrawn and repaired records and entries that have left their list are left out; confidential
// reports are never read here. The format follows the file's extension: .xlsx (a sheet per
// table), .csv (one table with a 公示类别 column) or .json.
class PublicExportService
{
    Q_DECLARE_TR_FUNCTIONS(PublicExportService)

public:
    explicit PublicExportService(Session& session);
    PublicExportResult exportPublic(const QString& path, const QDate& asOf = QDate::currentDate());

private:
    Session& m_session;
};

} // namespace cd
