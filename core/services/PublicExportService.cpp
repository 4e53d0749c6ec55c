#include "services/PublicExportService.h"

#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "domain/RuleSet.h"
#include "services/CatalogueService.h"
#include "services/ListService.h"
#include "services/Session.h"
#include "storage/DiskSpace.h"
#include "storage/PublicStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace cd {

namespace {

using Table = QList<QStringList>;

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void writeXlsx(const QString& path, const QList<std::pair<QString, std::pair<QStringList, Table>>>& sheets)
{
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook* book = workbook_new(temp.toLocal8Bit().constData());
    if (!book)
        throw CoreError(ErrorKind::Failed, PublicExportService::tr("%1 cannot be written.").arg(path));
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDEBF7);
    for (const auto& [name, table] : sheets) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        const auto& [header, rows] = table;
        for (int c = 0; c < header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), head);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 20, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows.at(r).size(); ++c)
                worksheet_write_string(
                    sheet, lxw_row_t(r + 1), lxw_col_t(c), rows.at(r).at(c).toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR || !QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (DiskSpace::isFull(path))
            throw DiskSpace::fullError(
                PublicExportService::tr("%1 could not be written; nothing was written").arg(path));
        throw CoreError(ErrorKind::Failed,
            PublicExportService::tr("%1 cannot be written (is the disk full?).").arg(path));
    }
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        const QString reason = f.errorString();
        f.cancelWriting();
        if (DiskSpace::isFull(path, bytes.size()))
            throw DiskSpace::fullError(
                PublicExportService::tr("%1 could not be written; nothing was written").arg(path));
        throw CoreError(
            ErrorKind::Failed, PublicExportService::tr("%1 cannot be written: %2").arg(path, reason));
    }
}

} // namespace

PublicExportService::PublicExportService(Session& session) : m_session(session) { }

PublicExportResult PublicExportService::exportPublic(const QString& path, const QDate& asOf)
{
    m_session.require(Operation::ReadRecords);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        throw CoreError(ErrorKind::InvalidInput, tr("--out: a file ending in .xlsx, .csv or .json."));
    if (QFileInfo::exists(path))
        throw CoreError(
            ErrorKind::Failed, tr("%1 exists already; the export does not overwrite it.").arg(path));
    const auto code = [](const QString& kind, const QString& c) {
        return kind == QLatin1String("natural_person") ? maskCitizenId(c) : c;
    };

    const QStringList listHeader {QStringLiteral("名单编号"), QStringLiteral("主体名称"),
        QStringLiteral("统一社会信用代码/身份证号"), QStringLiteral("领域"), QStringLiteral("列入依据"),
        QStringLiteral("认定部门"), QStringLiteral("列入日期"), QStringLiteral("计划移出日期")};
    const auto listed = [&](ListKind kind) {
        Table rows;
        for (const ListEntry& e : ListService(m_session).listedOn(kind, QString(), asOf, 0))
            rows.append({e.number, e.subjectName, e.subjectCode, e.domain, e.basis, e.departmentName,
                iso(e.entryDate), iso(e.plannedExit)});
        return rows;
    };
    const Table red = listed(ListKind::Red);
    const Table black = listed(ListKind::Black);

    // A penalty stays public until its maximum period under the rules in force at its decision.
    const RuleBook rules = CatalogueService(m_session).ruleBook();
    const QStringList penaltyHeader {QStringLiteral("行政相对人名称"),
        QStringLiteral("统一社会信用代码/身份证号"), QStringLiteral("行政处罚决定书文号"),
        QStringLiteral("违法行为类型"), QStringLiteral("处罚内容"), QStringLiteral("处罚依据"),
        QStringLiteral("处罚决定日期"), QStringLiteral("处罚机关"), QStringLiteral("公示截止期")};
    Table penalties;
    PublicStore(m_session.db()).publishedPenalties(asOf, [&](const PublicRecord& r) {
        const auto severity = Severities::fromKey(r.severity);
        if (!severity)
            return;
        const PublicityWindow w = rules.publicityFor(r.decisionDate, *severity, r.specificSerious);
        if (!w.publish || (w.publicationEnds.isValid() && asOf >= w.publicationEnds))
            return;
        penalties.append({r.subjectName, code(r.subjectKind, r.subjectCode), r.decisionNo, r.category,
            r.content, r.legalBasis, iso(r.decisionDate), r.department, iso(w.publicationEnds)});
    });

    // A licence is public from its publication while it is valid: until 有效期至, or until made invalid.
    const QStringList licenceHeader {QStringLiteral("行政相对人名称"),
        QStringLiteral("统一社会信用代码/身份证号"), QStringLiteral("行政许可决定文书名称"),
        QStringLiteral("行政许可决定文书号"), QStringLiteral("许可类别"), QStringLiteral("许可证书名称"),
        QStringLiteral("许可编号"), QStringLiteral("许可内容"), QStringLiteral("许可决定日期"),
        QStringLiteral("有效期自"), QStringLiteral("有效期至"), QStringLiteral("许可机关")};
    Table licences;
    PublicStore(m_session.db()).publishedLicences(asOf, [&](const PublicLicence& l) {
        licences.append({l.subjectName, code(l.subjectKind, l.subjectCode), l.documentName, l.decisionNo,
            l.licenceKind, l.certificateName, l.licenceNo, l.content, iso(l.decisionDate), iso(l.validFrom),
            iso(l.validTo), l.department});
    });

    if (suffix == QLatin1String("xlsx")) {
        writeXlsx(path,
            {{QStringLiteral("红名单"), {listHeader, red}}, {QStringLiteral("黑名单"), {listHeader, black}},
                {QStringLiteral("行政处罚"), {penaltyHeader, penalties}},
                {QStringLiteral("行政许可"), {licenceHeader, licences}}});
    } else if (suffix == QLatin1String("json")) {
        const auto array = [](const QStringList& header, const Table& rows) {
            QJsonArray a;
            for (const QStringList& r : rows) {
                QJsonObject o;
                for (int c = 0; c < header.size(); ++c)
                    o.insert(header.at(c), r.value(c));
                a.append(o);
            }
            return a;
        };
        writeBytes(path,
            QJsonDocument(QJsonObject {{QStringLiteral("asOf"), iso(asOf)},
                              {QStringLiteral("redList"), array(listHeader, red)},
                              {QStringLiteral("blackList"), array(listHeader, black)},
                              {QStringLiteral("penalties"), array(penaltyHeader, penalties)},
                              {QStringLiteral("licences"), array(licenceHeader, licences)}})
                .toJson(QJsonDocument::Indented));
    } else {
        // One table for the website's loader: the kind of publication first, then the union of fields.
        QString text = QStringLiteral("\xFEFF");
        const QStringList header {QStringLiteral("公示类别"), QStringLiteral("编号/文号"),
            QStringLiteral("名称"), QStringLiteral("统一社会信用代码/身份证号"),
            QStringLiteral("领域/违法行为类型"), QStringLiteral("依据"), QStringLiteral("部门"),
            QStringLiteral("日期"), QStringLiteral("截止日期")};
        text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        const auto line = [&](const QStringList& fields) {
            QStringList quoted;
            for (const QString& f : fields)
                quoted << csvField(f);
            text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        };
        for (const QStringList& r : red)
            line({QStringLiteral("红名单"), r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6),
                r.at(7)});
        for (const QStringList& r : black)
            line({QStringLiteral("黑名单"), r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6),
                r.at(7)});
        for (const QStringList& r : penalties)
            line({QStringLiteral("行政处罚"), r.at(2), r.at(0), r.at(1), r.at(3), r.at(5), r.at(7), r.at(6),
                r.at(8)});
        // A licence's kind and certificate stand where a penalty's type does; its end of validity is
        // its closing date.
        for (const QStringList& r : licences)
            line({QStringLiteral("行政许可"), r.at(3), r.at(0), r.at(1),
                QStringList {r.at(4), r.at(5)}.join(QLatin1Char(' ')).trimmed(), r.at(7), r.at(11), r.at(8),
                r.at(10)});
        writeBytes(path, text.toUtf8());
    }
    PublicExportResult result {
        int(red.size()), int(black.size()), int(penalties.size()), int(licences.size())};
    try {
        m_session.write([&] {
            m_session.audit(QStringLiteral("export.public"), QStringLiteral("export"),
                QFileInfo(path).fileName(),
                QJsonObject {{QStringLiteral("asOf"), iso(asOf)}, {QStringLiteral("redList"), result.redList},
                    {QStringLiteral("blackList"), result.blackList},
                    {QStringLiteral("penalties"), result.penalties},
                    {QStringLiteral("licences"), result.licences}});
        });
    } catch (const CoreError&) {
        // An export is only made with its audit entry (a full disk can refuse the entry after the
        // file went out): without the entry, the file (new: an existing one is refused) goes too.
        QFile::remove(path);
        throw;
    }
    return result;
}

} // namespace cd
