#include "exchange/ExchangeActions.h"

#include "services/PackageService.h"
#include "services/PublicExportService.h"
#include "services/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cd {

LongTask::Outcome ExchangeActions::exportPublic(
    QWidget* parent, Session& session, const QString& path, const QDate& asOf)
{
    PublicExportResult result;
    LongTask::Outcome outcome = LongTask::run(parent, &session, tr("Export for the credit website"),
        tr("Writing %1…").arg(QFileInfo(path).fileName()), [&result, path, asOf](LongTask::Context& context) {
            return LongTask::exportFile(context, path, false, [&](const QString& staged) {
                result = PublicExportService(context.session()).exportPublic(staged, asOf);
                return QVariant();
            });
        });
    if (outcome.ok())
        outcome.message = tr("%1 written: red list %2, black list %3, penalties under publication %4.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(result.redList)
                              .arg(result.blackList)
                              .arg(result.penalties);
    return outcome;
}

LongTask::Outcome ExchangeActions::sendPackage(
    QWidget* parent, Session& session, qint64 departmentId, const QString& path, bool withCitizenIds)
{
    PackageResult result;
    LongTask::Outcome outcome = LongTask::run(parent, &session, tr("Send measure package"),
        tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [&result, path, departmentId, withCitizenIds](LongTask::Context& context) {
            // The package is recorded as sent in the same transaction that puts the file in place.
            return LongTask::exportFile(context, path, false, [&](const QString& staged) {
                result = PackageService(context.session()).makePackage(departmentId, staged, withCitizenIds);
                return QVariant();
            });
        });
    if (outcome.ok())
        outcome.message = tr("Package %1 for %2: %n task(s), written to %3.", nullptr, result.tasks)
                              .arg(result.number, result.department, QDir::toNativeSeparators(path));
    return outcome;
}

void ExchangeActions::exportPublicAs(QWidget* parent, Session& session)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export for the credit website"),
        tr("credit-website-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const LongTask::Outcome outcome = exportPublic(parent, session, path);
    if (outcome.ok())
        QMessageBox::information(parent, tr("Export for the credit website"), outcome.message);
    else if (outcome.state == LongTask::Outcome::State::Failed)
        QMessageBox::warning(parent, tr("Export for the credit website"), outcome.message);
}

} // namespace cd
