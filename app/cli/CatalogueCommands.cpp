#include "Cli.h"
#include "CoreError.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"
#include "services/Session.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

QCommandLineOption allOption()
{
    return QCommandLineOption(QStringLiteral("all"));
}

QJsonObject departmentJson(const Department& d)
{
    return QJsonObject {{QStringLiteral("code"), d.code}, {QStringLiteral("name"), d.name},
        {QStringLiteral("shortName"), d.shortName}, {QStringLiteral("kind"), d.kind},
        {QStringLiteral("active"), d.active}};
}

int runCatalogue(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), allOption()}, {QStringLiteral("DB")},
        QStringLiteral("catalogue DB --user NAME [--all] [--json]"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const QList<Memorandum> memoranda
        = CatalogueService(*session).memoranda(args.isSet(QStringLiteral("all")));
    QHash<qint64, Department> departments;
    for (const Department& d : DepartmentService(*session).listAll())
        departments.insert(d.id, d);

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Memorandum& m : memoranda) {
            QJsonArray measures;
            for (const Measure& measure : m.measures) {
                QJsonArray implementing;
                for (qint64 id : measure.departmentIds) {
                    const Department d = departments.value(id);
                    implementing.append(
                        QJsonObject {{QStringLiteral("code"), d.code}, {QStringLiteral("name"), d.name}});
                }
                measures.append(QJsonObject {{QStringLiteral("code"), measure.code},
                    {QStringLiteral("title"), measure.title},
                    {QStringLiteral("kind"), MeasureKinds::key(measure.kind)},
                    {QStringLiteral("mandatory"), measure.mandatory},
                    {QStringLiteral("legalBasis"), measure.legalBasis},
                    {QStringLiteral("planItem"), measure.planItem},
                    {QStringLiteral("defaultMonths"), measure.defaultMonths},
                    {QStringLiteral("active"), measure.active},
                    {QStringLiteral("departments"), implementing}});
            }
            list.append(QJsonObject {{QStringLiteral("code"), m.code}, {QStringLiteral("title"), m.title},
                {QStringLiteral("kind"), MeasureKinds::key(m.kind)}, {QStringLiteral("basis"), m.basis},
                {QStringLiteral("active"), m.active}, {QStringLiteral("measures"), measures}});
        }
        cli.printJson(list);
        return 0;
    }
    for (const Memorandum& m : memoranda) {
        cli.out << QStringLiteral("%1  %2 (%3)%4\n")
                       .arg(m.code, m.title, MeasureKinds::displayName(m.kind),
                           m.active ? QString() : Cli::tr("  (inactive)"));
        if (!m.basis.isEmpty())
            cli.out << "    " << Cli::tr("Basis: %1").arg(m.basis) << "\n";
        for (const Measure& measure : m.measures) {
            QStringList names;
            for (qint64 id : measure.departmentIds) {
                const Department d = departments.value(id);
                names << (d.shortName.isEmpty() ? d.name : d.shortName);
            }
            cli.out << QStringLiteral("  %1 %2  %3  [%4, %5]%6\n")
                           .arg(measure.mandatory ? QStringLiteral("*") : QStringLiteral(" "))
                           .arg(measure.code, -16)
                           .arg(measure.title,
                               measure.mandatory ? Cli::tr("mandatory") : Cli::tr("recommended"),
                               measure.planItem, measure.active ? QString() : Cli::tr("  (inactive)"))
                    << "      " << Cli::tr("Implemented by: %1").arg(names.join(QStringLiteral("、")))
                    << "\n";
        }
        cli.out << "\n";
    }
    cli.out << Cli::tr("* mandatory: applied jointly by law and preselected in a new case.\n");
    return 0;
}

int runDepartments(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption(), allOption()}, {QStringLiteral("DB")},
        QStringLiteral("departments DB --user NAME [--all] [--json]"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    DepartmentService service(*session);
    const QList<Department> list = args.isSet(QStringLiteral("all")) ? service.listAll() : service.list();
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Department& d : list)
            array.append(departmentJson(d));
        cli.printJson(array);
        return 0;
    }
    for (const Department& d : list)
        cli.out << QStringLiteral("%1  %2  %3  %4%5\n")
                       .arg(d.code, -8)
                       .arg(d.name, -14)
                       .arg(d.shortName, -10)
                       .arg(d.kind, d.active ? QString() : Cli::tr("  (inactive)"));
    return 0;
}

QString describePeriod(Severity severity, const RulePeriod& p)
{
    QStringList parts;
    parts << (p.publish
            ? Cli::tr("published for at most %1 months").arg(p.maxMonths)
            : Cli::tr("need not be published (if published, at most %1 months)").arg(p.maxMonths));
    parts << (p.minMonths == 0 ? Cli::tr("repairable once the obligations are met")
                               : Cli::tr("repair may be applied for after %1 months").arg(p.minMonths));
    if (p.specificSeriousMonths)
        parts << Cli::tr("specific serious: published %1 months and not repairable")
                     .arg(*p.specificSeriousMonths);
    return QStringLiteral("%1  %2")
        .arg(Severities::displayName(severity), -8)
        .arg(parts.join(QStringLiteral("; ")));
}

int runRules(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption()}, {QStringLiteral("DB")},
        QStringLiteral("rules DB --user NAME [--json]"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const RuleBook book = CatalogueService(*session).ruleBook();
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RuleSet& r : book.ruleSets()) {
            QJsonObject periods;
            for (auto it = r.periods.cbegin(); it != r.periods.cend(); ++it) {
                QJsonObject p {{QStringLiteral("publish"), it->publish},
                    {QStringLiteral("minMonths"), it->minMonths},
                    {QStringLiteral("maxMonths"), it->maxMonths}};
                p.insert(QStringLiteral("specificSeriousMonths"),
                    it->specificSeriousMonths ? QJsonValue(*it->specificSeriousMonths) : QJsonValue());
                periods.insert(Severities::key(it.key()), p);
            }
            array.append(
                QJsonObject {{QStringLiteral("effectiveFrom"), r.effectiveFrom.toString(Qt::ISODate)},
                    {QStringLiteral("source"), r.source}, {QStringLiteral("note"), r.note},
                    {QStringLiteral("periods"), periods}});
        }
        cli.printJson(array);
        return 0;
    }
    for (const RuleSet& r : book.ruleSets()) {
        cli.out << Cli::tr("In force from %1: %2\n").arg(r.effectiveFrom.toString(Qt::ISODate), r.source);
        for (Severity s : Severities::all())
            cli.out << "  " << describePeriod(s, r.period(s)) << "\n";
        if (!r.note.isEmpty())
            cli.out << "  " << r.note << "\n";
        cli.out << "\n";
    }
    cli.out << Cli::tr(
        "A record follows the rule set in force on its decision date; periods run from that date.\n");
    return 0;
}

} // namespace

void addCatalogueCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("catalogue"),
        QStringLiteral("catalogue DB --user NAME [--all] [--json]"),
        Cli::tr("List the memoranda with their measures and implementing departments."),
        Cli::tr("Each memorandum of cooperation is followed by its measures: code, title, mandatory (*) or "
                "recommended, the plan's item and the departments that implement it. Mandatory measures "
                "are preselected when a case is drafted. --all includes inactive memoranda and measures. "
                "Every role may read the catalogue."),
        runCatalogue}
             << Command {QStringLiteral("departments"),
                    QStringLiteral("departments DB --user NAME [--all] [--json]"),
                    Cli::tr("List the departments."),
                    Cli::tr("Code, full name, short name and kind (office, government, judicial or "
                            "association) of every active department; --all includes inactive ones. Wherever "
                            "a department is asked for, its code, full name or short name will do."),
                    runDepartments}
             << Command {QStringLiteral("rules"), QStringLiteral("rules DB --user NAME [--json]"),
                    Cli::tr("List the publicity and repair rule sets."),
                    Cli::tr(
                        "For each rule set, the date from which it is in force, its source and, per severity "
                        "(minor, general, serious), whether records are published, the months after which "
                        "repair may be applied for and after which publication ends, and the rule for "
                        "specific serious records. A record follows the rule set in force on its "
                        "decision date."),
                    runRules};
}

} // namespace cd::cli
