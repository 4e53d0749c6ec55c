#pragma once

#include "widgets/LongTask.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace cd {

class Session;

// The exports that leave the office as files, each run as long work (LongTask) from the File menu:
// what the credit website publishes, and a department's measure package. The outcome's message is
// the sentence to show, on success too.
class ExchangeActions
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeActions)

public:
    // PublicExportService; refuses an existing file.
    static LongTask::Outcome exportPublic(
        QWidget* parent, Session& session, const QString& path, const QDate& asOf = QDate::currentDate());
    // PackageService, for one department; refuses an existing file.
    static LongTask::Outcome sendPackage(
        QWidget* parent, Session& session, qint64 departmentId, const QString& path, bool withCitizenIds);

    // Asks for the file, runs, and says how it went.
    static void exportPublicAs(QWidget* parent, Session& session);
};

} // namespace cd
