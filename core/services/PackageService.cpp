#include "services/PackageService.h"

#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "exchange/CellValues.h"
#include "exchange/ColumnMap.h"
#include "exchange/PackageColumns.h"
#include "exchange/PackageWorkbook.h"
#include "exchange/TableSource.h"
#include "services/CaseService.h"
#include "services/OfficeRules.h"
#include "services/Session.h"
#include "storage/CaseStore.h"
#include "storage/PackageStore.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <cmath>

namespace cd {

PackageService::PackageService(Session& session) : m_session(session) { }

PackageResult PackageService::makePackage(qint64 departmentId, const QString& path, bool withCitizenIds)
{
    m_session.require(Operation::PushCase);
    if (withCitizenIds)
        m_session.require(Operation::RevealCitizenId);
    const auto department = OfficeRules(m_session).departmentName(departmentId);
    if (!department)
        throw CoreError(ErrorKind::InvalidInput, tr("department: unknown department %1.").arg(departmentId));
    if (QFileInfo::exists(path))
        throw CoreError(
            ErrorKind::Failed, tr("%1 exists already; a package never overwrites a file.").arg(path));
    return m_session.write([&] {
        PackageStore store(m_session.db());
        QList<PackageLine> lines = store.unsentTasks(departmentId);
        if (lines.isEmpty())
            throw CoreError(
                ErrorKind::InvalidInput, tr("%1 has no new measure tasks to send.").arg(*department));
        int revealed = 0;
        for (PackageLine& l : lines) {
            if (l.subjectKind == QLatin1String("natural_person")) {
                if (withCitizenIds)
                    ++revealed;
                else
                    l.subjectCode = maskCitizenId(l.subjectCode);
            }
        }
        PackageResult result;
        result.number = store.nextNumber(QDate::currentDate().year());
        result.department = *department;
        result.tasks = int(lines.size());
        QList<qint64> ids;
        for (const PackageLine& l : lines)
            ids << l.taskId;
        store.insert(result.number, departmentId, QDate::currentDate(), m_session.user().name,
            QFileInfo(path).fileName(), ids);
        m_session.audit(QStringLiteral("package.make"), QStringLiteral("package"), result.number,
            QJsonObject {{QStringLiteral("departmentId"), departmentId},
                {QStringLiteral("tasks"), result.tasks}, {QStringLiteral("citizenIdsRevealed"), revealed}});
        // Written last, inside the transaction: if the file cannot be written nothing is marked sent.
        PackageWorkbook::write(path, result.number, *department, lines);
        return result;
    });
}

FeedbackResult PackageService::importFeedback(const QString& path)
{
    m_session.require(Operation::RecordFeedback);
    namespace P = PackageColumns;
    std::unique_ptr<TableSource> source = TableSource::open(path);
    TableRow header;
    if (!source->next(header))
        throw CoreError(ErrorKind::InvalidInput, tr("%1 holds no rows.").arg(path));
    const ColumnMap map(
        {{QStringLiteral("task"), {P::TaskId}, true}, {QStringLiteral("result"), {P::Result}, true},
            {QStringLiteral("appliedOn"), {P::AppliedOn}, false},
            {QStringLiteral("reference"), {P::Reference}, false},
            {QStringLiteral("reason"), {P::Reason}, false},
            {QStringLiteral("respondedOn"), {P::RespondedOn}, false}},
        header.cells, header.number);
    FeedbackResult result;
    result.format = source->format();
    const QDate today = QDate::currentDate();
    m_session.write([&] {
        CaseService cases(m_session);
        CaseStore store(m_session.db());
        QHash<qint64, int> seen;
        TableRow row;
        while (source->next(row)) {
            ++result.rows;
            const auto reject = [&](const QString& key, const QString& reason) {
                result.rejected.append({row.number, map.header(key),
                    ImportService::shownValue(map.value(row.cells, key)), reason});
            };
            // A spreadsheet may hold the number as 12, "12" or 12.0. Anything but a whole number a task
            // can have is refused before it is converted: 12.5 is not task 12, and 1e300 does not fit.
            bool ok = false;
            const double number = map.value(row.cells, QStringLiteral("task")).toDouble(&ok);
            const bool whole
                = ok && number >= 1.0 && number <= 9007199254740992.0 && number == std::floor(number);
            const qint64 taskId = whole ? qint64(number) : 0;
            if (!whole) {
                reject(QStringLiteral("task"), tr("not a task number"));
                continue;
            }
            if (const auto first = seen.constFind(taskId); first != seen.constEnd()) {
                reject(QStringLiteral("task"), tr("the same task is on row %1").arg(*first));
                continue;
            }
            seen.insert(taskId, row.number);
            const auto task = store.task(taskId);
            if (!task) {
                reject(QStringLiteral("task"), tr("there is no such task"));
                continue;
            }
            const QString answer = map.value(row.cells, QStringLiteral("result"));
            if (answer.isEmpty()) {
                ++result.blank;
                continue;
            }
            QDate on = today;
            const QString onText = map.value(row.cells, QStringLiteral("respondedOn"));
            if (!onText.isEmpty()) {
                on = CellValues::date(onText);
                if (!on.isValid()) {
                    reject(QStringLiteral("respondedOn"), tr("not a date (write it as 2026-03-02)"));
                    continue;
                }
            }
            TaskResponse response = TaskResponse::None;
            if (answer == P::Applied)
                response = TaskResponse::Applied;
            else if (answer == P::NotApplicable)
                response = TaskResponse::NotApplicable;
            else if (answer == P::Refused)
                response = TaskResponse::Refused;
            else if (answer != P::Acknowledged) {
                reject(
                    QStringLiteral("result"), tr("one of %1").arg(P::results().join(QStringLiteral("、"))));
                continue;
            }
            try {
                if (response == TaskResponse::None) {
                    if (task->acknowledgedOn.isValid())
                        ++result.unchanged;
                    else {
                        cases.acknowledge(taskId, on);
                        ++result.acknowledged;
                    }
                    continue;
                }
                const QDate appliedOn = CellValues::date(map.value(row.cells, QStringLiteral("appliedOn")));
                const QString reference = map.value(row.cells, QStringLiteral("reference"));
                const QString reason = map.value(row.cells, QStringLiteral("reason"));
                if (task->response != TaskResponse::None) {
                    // The same answer sent twice is no conflict; another answer never overwrites.
                    if (task->response == response && task->respondedOn == on)
                        ++result.unchanged;
                    else
                        reject(QStringLiteral("result"),
                            tr("task %1 was answered \"%2\" on %3 already; an answer is never overwritten")
                                .arg(taskId)
                                .arg(Cases::displayName(task->response),
                                    task->respondedOn.toString(Qt::ISODate)));
                    continue;
                }
                if (response == TaskResponse::Applied && !appliedOn.isValid()) {
                    reject(
                        QStringLiteral("appliedOn"), tr("an applied measure needs the date it was applied"));
                    continue;
                }
                cases.respond(taskId, response, on, reference, reason, appliedOn);
                ++result.answered;
            } catch (const CoreError& e) {
                if (e.kind() != ErrorKind::InvalidInput)
                    throw;
                reject(QString(), e.message());
            }
        }
        m_session.audit(QStringLiteral("feedback.import"), QStringLiteral("import"),
            QFileInfo(path).fileName(),
            QJsonObject {{QStringLiteral("rows"), result.rows}, {QStringLiteral("answered"), result.answered},
                {QStringLiteral("acknowledged"), result.acknowledged},
                {QStringLiteral("rejected"), int(result.rejected.size())}});
    });
    return result;
}

} // namespace cd
