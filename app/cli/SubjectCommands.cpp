#include "Cli.h"
#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "services/Session.h"
#include "services/SubjectService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd::cli {

namespace {

const QString AddUsage = QStringLiteral(
    "subject add DB --user NAME --kind KIND --code CODE --name NAME [--address TEXT] [--registered-on DATE] "
    "[--json]");
const QString ShowUsage = QStringLiteral("subject show DB QUERY --user NAME [--reveal] [--json]");
const QString FindUsage = QStringLiteral("subject find DB QUERY --user NAME [--limit N] [--json]");
const QString RenameUsage
    = QStringLiteral("subject rename DB QUERY --name NEWNAME --user NAME [--until DATE]");
const QString LinkUsage
    = QStringLiteral("subject link DB ORG_CODE PERSON_CODE --role ROLE --user NAME [--since DATE]");
const QString UnlinkUsage
    = QStringLiteral("subject unlink DB ORG_CODE PERSON_CODE --role ROLE --user NAME [--until DATE]");

QCommandLineOption valueOption(const QString& name, const QString& valueName)
{
    return QCommandLineOption(name, QString(), valueName);
}

CoreError usageError(const QString& what, const QString& usage)
{
    return CoreError(ErrorKind::Usage, Cli::tr("%1\nUsage: creditdesk-cli %2").arg(what, usage));
}

SubjectKind kindOption(const Args& args, const QString& usage)
{
    const auto kind = SubjectKinds::fromKey(args.value(QStringLiteral("kind")));
    if (!kind)
        throw usageError(Cli::tr("--kind must be legal_person, unincorporated, individual_business or "
                                 "natural_person."),
            usage);
    return *kind;
}

LinkRole roleOption(const Args& args, const QString& usage)
{
    const auto role = SubjectKinds::linkRoleFromKey(args.value(QStringLiteral("role")));
    if (!role)
        throw usageError(Cli::tr("--role must be legal_representative, principal, directly_responsible, "
                                 "director or shareholder."),
            usage);
    return *role;
}

// An absent option is a null date; a malformed one is invalid input naming the option.
QDate dateOption(const Args& args, const QString& name)
{
    if (!args.isSet(name))
        return {};
    const QDate date = QDate::fromString(args.value(name), Qt::ISODate);
    if (!date.isValid())
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("--%1: \"%2\" is not a date of the form YYYY-MM-DD.").arg(name, args.value(name)));
    return date;
}

// How a code the user typed may appear in a message: a citizen ID only masked.
QString shownQuery(const QString& code)
{
    return checkUscc(code).ok && !checkCitizenId(code).ok ? code : maskCitizenId(code);
}

// QUERY of show and rename: a subject's id (digits, shorter than any code) or its code.
qint64 resolve(SubjectService& subjects, const QString& query)
{
    static const QRegularExpression idPattern(QStringLiteral("^[0-9]{1,17}$"));
    const QString trimmed = query.trimmed();
    if (idPattern.match(trimmed).hasMatch())
        return trimmed.toLongLong();
    const QString code = normaliseCode(trimmed);
    const auto subject = subjects.byCode(code);
    if (!subject)
        throw CoreError(ErrorKind::InvalidInput,
            Cli::tr("No subject has the code %1. Search by name with: creditdesk-cli subject find")
                .arg(shownQuery(code)));
    return subject->id;
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject linkJson(const SubjectLink& l)
{
    return QJsonObject {{QStringLiteral("role"), SubjectKinds::key(l.role)},
        {QStringLiteral("organisation"),
            QJsonObject {{QStringLiteral("id"), l.organisationId},
                {QStringLiteral("code"), l.organisationCode}, {QStringLiteral("name"), l.organisationName}}},
        {QStringLiteral("person"),
            QJsonObject {{QStringLiteral("id"), l.personId}, {QStringLiteral("code"), l.personCode},
                {QStringLiteral("name"), l.personName}}},
        {QStringLiteral("since"), dateJson(l.since)}, {QStringLiteral("until"), dateJson(l.until)}};
}

QJsonObject subjectJson(const Subject& s, const QList<SubjectLink>& links)
{
    QJsonArray linkArray;
    for (const SubjectLink& l : links)
        linkArray.append(linkJson(l));
    return QJsonObject {{QStringLiteral("id"), s.id}, {QStringLiteral("kind"), SubjectKinds::key(s.kind)},
        {QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
        {QStringLiteral("division"), s.division}, {QStringLiteral("address"), s.address},
        {QStringLiteral("registeredOn"), dateJson(s.registeredOn)},
        {QStringLiteral("formerNames"), QJsonArray::fromStringList(s.formerNames)},
        {QStringLiteral("links"), linkArray}};
}

QString linkPeriod(const SubjectLink& l)
{
    if (l.since.isValid() && l.until.isValid())
        return Cli::tr("  %1 to %2").arg(l.since.toString(Qt::ISODate), l.until.toString(Qt::ISODate));
    if (l.until.isValid())
        return Cli::tr("  until %1").arg(l.until.toString(Qt::ISODate));
    if (l.since.isValid())
        return Cli::tr("  since %1").arg(l.since.toString(Qt::ISODate));
    return {};
}

void printSubject(Cli& cli, const Subject& s, const QList<SubjectLink>& links)
{
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            cli.out << "  " << label << ": " << value << "\n";
    };
    cli.out << s.name << "\n";
    line(Cli::tr("id"), QString::number(s.id));
    line(Cli::tr("kind"), SubjectKinds::displayName(s.kind));
    line(Cli::tr("code"), s.code);
    line(Cli::tr("division"), s.division);
    line(Cli::tr("address"), s.address);
    line(Cli::tr("registered on"), s.registeredOn.toString(Qt::ISODate));
    line(Cli::tr("former names"), s.formerNames.join(Cli::tr("; ")));
    if (links.isEmpty())
        return;
    cli.out << "  " << Cli::tr("links") << ":\n";
    for (const SubjectLink& l : links) {
        // From the organisation, the person is the other side; from the person, the organisation.
        const bool fromOrganisation = l.organisationId == s.id;
        cli.out << "    "
                << (fromOrganisation ? Cli::tr("%1: %2 (%3)")
                                           .arg(SubjectKinds::displayName(l.role), l.personName, l.personCode)
                                     : Cli::tr("%1 of %2 (%3)")
                                           .arg(SubjectKinds::displayName(l.role), l.organisationName,
                                               l.organisationCode))
                << linkPeriod(l) << "\n";
    }
}

int runSubjectAdd(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valueOption(QStringLiteral("kind"), QStringLiteral("KIND")),
            valueOption(QStringLiteral("code"), QStringLiteral("CODE")),
            valueOption(QStringLiteral("name"), QStringLiteral("NAME")),
            valueOption(QStringLiteral("address"), QStringLiteral("TEXT")),
            valueOption(QStringLiteral("registered-on"), QStringLiteral("DATE"))},
        {QStringLiteral("DB")}, AddUsage);
    const SubjectKind kind = kindOption(args, AddUsage);
    for (const QString& required : {QStringLiteral("code"), QStringLiteral("name")}) {
        if (!args.isSet(required))
            throw usageError(Cli::tr("--%1 is required.").arg(required), AddUsage);
    }
    const QDate registeredOn = dateOption(args, QStringLiteral("registered-on"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    SubjectService subjects(*session);
    const Subject added = subjects.add(kind, args.value(QStringLiteral("code")),
        args.value(QStringLiteral("name")), args.value(QStringLiteral("address")), registeredOn);
    if (args.isSet(QStringLiteral("json"))) {
        cli.printJson(subjectJson(added, {}));
        return 0;
    }
    cli.out << Cli::tr("Registered subject %1.\n").arg(added.id);
    printSubject(cli, added, {});
    return 0;
}

int runSubjectShow(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), QCommandLineOption(QStringLiteral("reveal"))},
        {QStringLiteral("DB"), QStringLiteral("QUERY")}, ShowUsage);
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    SubjectService subjects(*session);
    const qint64 id = resolve(subjects, args.positional(1));
    const Subject subject = subjects.get(id, args.isSet(QStringLiteral("reveal")));
    const QList<SubjectLink> links = subjects.linksOf(id);
    if (args.isSet(QStringLiteral("json")))
        cli.printJson(subjectJson(subject, links));
    else
        printSubject(cli, subject, links);
    return 0;
}

int runSubjectFind(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), jsonOption(), valueOption(QStringLiteral("limit"), QStringLiteral("N"))},
        {QStringLiteral("DB"), QStringLiteral("QUERY")}, FindUsage);
    int limit = 20;
    if (args.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            throw CoreError(
                ErrorKind::InvalidInput, Cli::tr("--limit: give a whole number of at least 0 (0: all)."));
    }
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const QList<SubjectHit> hits = SubjectService(*session).find(args.positional(1), limit);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SubjectHit& h : hits)
            list.append(QJsonObject {{QStringLiteral("id"), h.id},
                {QStringLiteral("kind"), SubjectKinds::key(h.kind)}, {QStringLiteral("code"), h.code},
                {QStringLiteral("name"), h.name}, {QStringLiteral("matchedName"), h.matchedName},
                {QStringLiteral("division"), h.division}});
        cli.printJson(list);
        return 0;
    }
    for (const SubjectHit& h : hits) {
        cli.out << QStringLiteral("%1  %2  %3").arg(h.id, 7).arg(h.code, -18).arg(h.name);
        if (!h.matchedName.isEmpty())
            cli.out << Cli::tr("  (formerly %1)").arg(h.matchedName);
        cli.out << "\n";
    }
    if (hits.isEmpty())
        cli.err << Cli::tr("No subject matches.\n");
    return 0;
}

int runSubjectRename(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), valueOption(QStringLiteral("name"), QStringLiteral("NEWNAME")),
            valueOption(QStringLiteral("until"), QStringLiteral("DATE"))},
        {QStringLiteral("DB"), QStringLiteral("QUERY")}, RenameUsage);
    if (!args.isSet(QStringLiteral("name")))
        throw usageError(Cli::tr("--name is required."), RenameUsage);
    const QDate until = dateOption(args, QStringLiteral("until"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    SubjectService subjects(*session);
    const qint64 id = resolve(subjects, args.positional(1));
    const Subject renamed = subjects.rename(id, args.value(QStringLiteral("name")), until);
    cli.out << Cli::tr("Subject %1 is now called %2; the former names stay searchable.\n")
                   .arg(renamed.id)
                   .arg(renamed.name);
    return 0;
}

// link and unlink: the same arguments, the one starting what the other ends.
int runLinkChange(Cli& cli, const QStringList& arguments, bool end)
{
    const QString& usage = end ? UnlinkUsage : LinkUsage;
    const QString dateName = end ? QStringLiteral("until") : QStringLiteral("since");
    const Args args(arguments,
        {userOption(), valueOption(QStringLiteral("role"), QStringLiteral("ROLE")),
            valueOption(dateName, QStringLiteral("DATE"))},
        {QStringLiteral("DB"), QStringLiteral("ORG_CODE"), QStringLiteral("PERSON_CODE")}, usage);
    const LinkRole role = roleOption(args, usage);
    const QDate date = dateOption(args, dateName);
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    SubjectService subjects(*session);
    const qint64 organisationId = resolve(subjects, args.positional(1));
    const qint64 personId = resolve(subjects, args.positional(2));
    if (end) {
        subjects.unlink(organisationId, personId, role, date);
        cli.out << Cli::tr("The link as %1 was ended; it stays in the subject's history.\n")
                       .arg(SubjectKinds::displayName(role));
        return 0;
    }
    const SubjectLink link = subjects.link(organisationId, personId, role, date);
    cli.out << Cli::tr("Linked %1 (%2) to %3 as %4.\n")
                   .arg(link.personName, link.personCode, link.organisationName,
                       SubjectKinds::displayName(link.role));
    return 0;
}

int runSubjectLink(Cli& cli, const QStringList& arguments)
{
    return runLinkChange(cli, arguments, false);
}

int runSubjectUnlink(Cli& cli, const QStringList& arguments)
{
    return runLinkChange(cli, arguments, true);
}

} // namespace

void addSubjectCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("subject add"), AddUsage,
        Cli::tr("Register a subject (officers and administrators)."),
        Cli::tr("KIND is legal_person, unincorporated, individual_business or natural_person. CODE is the "
                "unified social credit code of an organisation or the citizen ID of a natural person; "
                "spaces and full-width characters are accepted, the check character is verified and the "
                "division is taken from the code. DATE is YYYY-MM-DD. Prints the new subject, citizen ID "
                "masked."),
        runSubjectAdd}
             << Command {QStringLiteral("subject show"), ShowUsage,
                    Cli::tr("Show a subject with its former names and links."),
                    Cli::tr("QUERY is the subject's code or its id. Citizen IDs are masked; --reveal shows "
                            "the person's full ID to officers and reviewers and is recorded in the audit "
                            "trail."),
                    runSubjectShow}
             << Command {QStringLiteral("subject find"), FindUsage,
                    Cli::tr("Search subjects by code or by part of a current or former name."),
                    Cli::tr("A QUERY of two or more Latin letters and digits only is a code or the start "
                            "of one; anything else is part of a name, former names (曾用名) included. "
                            "Subjects found by their current name come first. At most 20 results unless "
                            "--limit says otherwise; --limit 0 lists all."),
                    runSubjectFind}
             << Command {QStringLiteral("subject rename"), RenameUsage,
                    Cli::tr("Give a subject a new name; the old one is kept as a former name."),
                    Cli::tr("QUERY is the subject's code or its id. --until is the last day the old name "
                            "was used (default: today)."),
                    runSubjectRename}
             << Command {QStringLiteral("subject link"), LinkUsage,
                    Cli::tr("Link a natural person to an organisation in a role."),
                    Cli::tr("ROLE is legal_representative, principal, directly_responsible, director or "
                            "shareholder. ORG_CODE and PERSON_CODE are codes or subject ids."),
                    runSubjectLink}
             << Command {QStringLiteral("subject unlink"), UnlinkUsage,
                    Cli::tr("End a person's role in an organisation."),
                    Cli::tr("The link is ended on --until (default: today) and stays in the history."),
                    runSubjectUnlink};
}

} // namespace cd::cli
