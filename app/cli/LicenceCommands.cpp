#include "Cli.h"
#include "JsonViews.h"
#include "Lookups.h"
#include "services/LicenceService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

int runLicenceList(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), valued("as-of", "DATE")},
        {QStringLiteral("DB"), QStringLiteral("SUBJECT")},
        QStringLiteral("licence list DB SUBJECT_CODE --user NAME [--as-of YYYY-MM-DD] [--json]"));
    const QDate asOf = args.date(QStringLiteral("as-of"), QDate::currentDate());
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const qint64 subject = subjectIdFor(*session, args.positional(1), QStringLiteral("subject"));
    const QList<LicenceView> list = LicenceService(*session).forSubject(subject, asOf);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LicenceView& v : list)
            array.append(toJson(v));
        cli.printJson(array);
        return 0;
    }
    for (const LicenceView& v : list) {
        const Licence& l = v.licence;
        cli.out << Cli::tr("Licence %1: %2 of %3, %4\n")
                       .arg(l.id)
                       .arg(l.decisionNo, l.departmentName, l.decisionDate.toString(Qt::ISODate))
                << Cli::tr("  %1%2, valid %3 – %4%5\n")
                       .arg(l.certificateName.isEmpty() ? l.documentName : l.certificateName,
                           l.licenceKind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.licenceKind),
                           l.validFrom.toString(Qt::ISODate),
                           l.validTo.isValid() ? l.validTo.toString(Qt::ISODate) : Cli::tr("without end"),
                           l.revoked ? Cli::tr(", revoked (无效)") : QString())
                << Cli::tr("  publication due %1: %2; %3\n")
                       .arg(v.publicationDue.toString(Qt::ISODate), CreditRecords::displayName(v.publication),
                           v.onWebsite ? Cli::tr("on the credit website")
                                       : Cli::tr("not on the credit website"));
    }
    if (list.isEmpty())
        cli.out << Cli::tr("No licences.\n");
    return 0;
}

} // namespace

void addLicenceCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("licence list"),
        QStringLiteral("licence list DB SUBJECT_CODE --user NAME [--as-of DATE] [--json]"),
        Cli::tr("List a subject's licensing decisions (行政许可) with their publication status."),
        Cli::tr("Licences enter by import (import --kind licences). Shows for each its §13 publication "
                "deadline and whether the credit website shows it (published, valid, not revoked)."),
        runLicenceList};
}

} // namespace cd::cli
