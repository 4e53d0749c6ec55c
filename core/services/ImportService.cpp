#include "services/ImportService.h"

#include "CoreError.h"
#include "crypto/Hash.h"
#include "domain/CodeValidator.h"
#include "domain/Licence.h"
#include "exchange/CellValues.h"
#include "exchange/ColumnMap.h"
#include "exchange/TableSource.h"
#include "services/OfficeRules.h"
#include "services/RecordService.h"
#include "services/Session.h"
#include "storage/DiskSpace.h"
#include "storage/ImportStore.h"
#include "storage/SettingsStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace cd {

namespace {

// Thrown inside the write to roll it back; never leaves this file.
struct Cancelled
{
};
struct StrictRollback
{
};
struct TooManyRows
{
};

// One import's rows are checked and written in one transaction, and its duplicates are found in
// memory: this bounds both (a larger file is split by year or department).
constexpr int MaxRows = 500000;

CoreError tooManyRows(const QString& path)
{
    return CoreError(ErrorKind::InvalidInput,
        ImportService::tr("%1 has more than %L2 data rows; one import takes at most %L2. Split the file (by "
                          "year or by department) and import the parts one after another. Nothing was "
                          "imported.")
            .arg(path)
            .arg(MaxRows));
}

std::optional<SubjectKind> kindOfCode(const QString& code)
{
    if (code.size() != 18)
        return std::nullopt;
    if (checkCitizenId(code).ok)
        return SubjectKind::NaturalPerson;
    if (!checkUscc(code).ok)
        return std::nullopt;
    // Registered by market regulation (9): 1 enterprise, 2 individual business, 3 farmers' cooperative.
    if (code.at(0) == u'9' && code.at(1) == u'2')
        return SubjectKind::IndividualBusiness;
    if (code.at(0) == u'9' && code.at(1) == u'3')
        return SubjectKind::Unincorporated;
    return SubjectKind::LegalPerson;
}

QString codeProblem(const QString& code)
{
    if (code.isEmpty())
        return ImportService::tr("required");
    if (code.size() == 18 && code.at(0).isDigit() && code.left(17).toLongLong() > 0 && code.at(0) != u'9')
        return checkCitizenId(code).message;
    const CodeCheck uscc = checkUscc(code);
    if (uscc.ok)
        return {};
    const CodeCheck person = checkCitizenId(code);
    return person.ok ? QString() : uscc.message;
}

std::optional<Severity> severityOf(const QString& text)
{
    if (text == QStringLiteral("轻微") || text == QLatin1String("minor"))
        return Severity::Minor;
    if (text == QStringLiteral("一般") || text == QLatin1String("general"))
        return Severity::General;
    if (text == QStringLiteral("严重") || text == QLatin1String("serious"))
        return Severity::Serious;
    return std::nullopt;
}

// The subject's code: an organisation's in its column, else a person's ID in the 证件号码 column.
// Returns the field the code came from.
QString subjectCodeOf(const ColumnMap& map, const QStringList& cells, QString& code)
{
    code = normaliseCode(map.value(cells, QStringLiteral("subjectCode")));
    if (code.isEmpty() && map.has(QStringLiteral("personId"))) {
        code = normaliseCode(map.value(cells, QStringLiteral("personId")));
        return QStringLiteral("personId");
    }
    return map.has(QStringLiteral("subjectCode")) ? QStringLiteral("subjectCode")
                                                  : QStringLiteral("personId");
}

void requireCodeColumn(const ColumnMap& map)
{
    if (!map.has(QStringLiteral("subjectCode")) && !map.has(QStringLiteral("personId")))
        throw CoreError(ErrorKind::InvalidInput,
            ImportService::tr("The column \"%1\" is missing (also accepted: %2).")
                .arg(QStringLiteral("统一社会信用代码"),
                    QStringLiteral("行政相对人代码_1、主体代码、社会信用代码、证件号码、身份证号")));
}

// Reads up to the header (the first row with text) and returns the column map.
ColumnMap headerOf(TableSource& source, const QList<ColumnMap::Field>& fields, const QString& path)
{
    TableRow header;
    if (!source.next(header))
        throw CoreError(ErrorKind::InvalidInput, ImportService::tr("%1 holds no rows.").arg(path));
    // Text in an encoding we did not guess (Big5, Shift-JIS …) reads as nonsense: no header matches.
    if (source.format().startsWith(QLatin1String("CSV")) && !ColumnMap::namesAnyField(fields, header.cells)) {
        QStringList expected;
        for (const ColumnMap::Field& f : fields) {
            if (f.required)
                expected << f.headers.first();
        }
        throw CoreError(ErrorKind::InvalidInput,
            ImportService::tr("Row %1 of %2 names no known column. Either the first row is not a header row "
                              "(it must name the columns, such as %3), or the file is in another encoding "
                              "than the %4 it was read as: save it as \"CSV UTF-8\" or as XLSX.")
                .arg(header.number)
                .arg(path, expected.join(QStringLiteral("、")),
                    source.format().mid(5, source.format().size() - 6)));
    }
    return ColumnMap(fields, header.cells, header.number);
}

// Every row must get a department: the import's choice (which must exist), or a column naming one.
void requireDepartmentSource(
    const ColumnMap& map, qint64 chosen, OfficeRules& rules, const QString& noColumnMessage)
{
    if (chosen > 0 && !rules.departmentName(chosen))
        throw CoreError(
            ErrorKind::InvalidInput, ImportService::tr("department: unknown department %1.").arg(chosen));
    if (chosen <= 0 && !map.has(QStringLiteral("department")) && !map.has(QStringLiteral("source")))
        throw CoreError(ErrorKind::InvalidInput, noColumnMessage);
}

// The department of a row: the import's choice, else the deciding authority, else the source unit,
// each name looked up once per import. 0 when the row was rejected for it.
qint64 departmentOf(const ColumnMap& map, const QStringList& cells, qint64 chosen, OfficeRules& rules,
    QHash<QString, qint64>& known, const std::function<void(const QString&, const QString&)>& reject)
{
    if (chosen > 0)
        return chosen;
    QString name = map.value(cells, QStringLiteral("department"));
    QString key = QStringLiteral("department");
    if (name.isEmpty()) {
        name = map.value(cells, QStringLiteral("source"));
        key = QStringLiteral("source");
    }
    auto it = known.constFind(name);
    if (it == known.constEnd())
        it = known.insert(name, rules.departmentId(name).value_or(0));
    if (*it <= 0)
        reject(key,
            name.isEmpty() ? ImportService::tr("required")
                           : ImportService::tr("not a department of the office"));
    return *it;
}

QByteArray fileHash(const QString& path)
{
    // OpenSSL's SHA-256 (SHA-NI where the CPU has it): Qt's own was 6 % of an import.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CoreError(ErrorKind::Failed,
            ImportService::tr("%1 could not be read again to record its hash: %2")
                .arg(path, f.errorString()));
    f.setObjectName(path);
    return Hash::sha256(f).toHex();
}

} // namespace

ImportService::ImportService(Session& session) : m_session(session) { }

ImportResult ImportService::importRecords(
    const QString& path, const ImportOptions& options, const Progress& progress)
{
    m_session.require(Operation::AddRecord);
    std::unique_ptr<TableSource> source = TableSource::open(path);
    // A department's saved header names come first.
    QList<ColumnMap::Field> fields = ColumnMap::recordFields();
    if (options.departmentId > 0) {
        const QMap<QString, QString> own = mapping(options.departmentId);
        for (ColumnMap::Field& f : fields) {
            if (own.contains(f.key) && !f.headers.contains(own.value(f.key)))
                f.headers.prepend(own.value(f.key));
        }
    }
    const ColumnMap map = headerOf(*source, fields, path);
    requireCodeColumn(map);
    OfficeRules rules(m_session);
    requireDepartmentSource(map, options.departmentId, rules,
        tr("The file names no providing department (处罚机关 or 数据来源单位): give one for every row."));

    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, qint64> departments;
    QHash<QString, int> seen; // department id + decision number -> first row
    QHash<QString, qint64> subjectIds;
    int defaultedSeverity = 0;

    ImportResult outcome = eachRow(*source, map, path, options, progress, QStringLiteral("import.records"),
        [&](const TableRow& row, ImportStore& store, ImportResult& result, const Reject& reject) {
            if (row.cells.contains(TableRow::FormulaWithoutValue)) {
                result.rejected.append({row.number, QString(), QString(),
                    tr("a formula without a computed value: open the file in Excel or WPS, save it, and "
                       "import again")});
                return;
            }
            QString code;
            const QString codeKey = subjectCodeOf(map, row.cells, code);
            // A code met on an earlier row was checked there.
            const auto known = subjectIds.constFind(code);
            if (known == subjectIds.constEnd()) {
                if (const QString why = codeProblem(code); !why.isEmpty()) {
                    reject(codeKey, why);
                    return;
                }
            }
            CreditRecord r;
            r.createdBy = m_session.user().name;
            r.decisionNo = map.value(row.cells, QStringLiteral("decisionNo"));
            r.decisionDate = CellValues::date(map.value(row.cells, QStringLiteral("decisionDate")));
            if (!r.decisionDate.isValid()) {
                reject(QStringLiteral("decisionDate"), tr("not a date (write it as 2026-03-02)"));
                return;
            }
            const qint64 department
                = departmentOf(map, row.cells, options.departmentId, rules, departments, reject);
            if (department <= 0)
                return;
            r.departmentId = department;
            const QString polarity = map.value(row.cells, QStringLiteral("polarity"));
            r.polarity = polarity == QStringLiteral("守信") || polarity == QLatin1String("positive")
                ? Polarity::Positive
                : Polarity::Negative;
            if (!polarity.isEmpty() && r.polarity == Polarity::Negative && polarity != QStringLiteral("失信")
                && polarity != QLatin1String("negative")) {
                reject(QStringLiteral("polarity"), tr("守信 or 失信"));
                return;
            }
            QString category = map.value(row.cells, QStringLiteral("category"));
            if (category.isEmpty())
                category = map.value(row.cells, QStringLiteral("penaltyKind"));
            if (category.isEmpty() && map.has(QStringLiteral("penalty")))
                category = QStringLiteral("行政处罚");
            r.category = category;
            QStringList content;
            for (const char* key : {"facts", "penalty"}) {
                const QString part = map.value(row.cells, QString::fromLatin1(key));
                if (!part.isEmpty())
                    content << part;
            }
            r.content = content.join(QLatin1Char('\n'));
            r.legalBasis = map.value(row.cells, QStringLiteral("legalBasis"));
            if (r.polarity == Polarity::Negative) {
                const QString severity = map.value(row.cells, QStringLiteral("severity"));
                r.severity = severityOf(severity);
                if (!r.severity && !severity.isEmpty()) {
                    reject(QStringLiteral("severity"), tr("轻微, 一般 or 严重"));
                    return;
                }
                if (!r.severity)
                    r.severity = Severity::General; // counted below, once the row is in
                const QString specific = map.value(row.cells, QStringLiteral("specificSerious"));
                r.specificSerious = specific == QStringLiteral("是") || specific == QLatin1String("yes");
            }
            const QString published = map.value(row.cells, QStringLiteral("publishedOn"));
            if (!published.isEmpty()) {
                r.publishedOn = CellValues::date(published);
                if (!r.publishedOn.isValid()) {
                    reject(QStringLiteral("publishedOn"), tr("not a date (write it as 2026-03-02)"));
                    return;
                }
            }
            const QString dedupe = QString::number(department) + QLatin1Char('\x1f') + r.decisionNo;
            if (const auto first = seen.constFind(dedupe); first != seen.constEnd()) {
                reject(QStringLiteral("decisionNo"),
                    tr("the same decision number of the same department is on row %1").arg(*first));
                return;
            }
            seen.insert(dedupe, row.number);

            // The subject: registered already, or registered now from the row.
            // Departments send many rows per subject: look each code up once.
            std::optional<qint64> subject;
            if (known != subjectIds.constEnd())
                subject = *known;
            else
                subject = store.subjectId(code);
            if (!subject) {
                const QString name = map.value(row.cells, QStringLiteral("subjectName"));
                if (name.isEmpty()) {
                    reject(QStringLiteral("subjectName"),
                        tr("the subject is not registered and has no name here"));
                    return;
                }
                Subject s;
                s.kind = *kindOfCode(code);
                s.code = code;
                s.name = name;
                s.division = s.kind == SubjectKind::NaturalPerson ? code.left(6) : code.mid(2, 6);
                // Check the record before registering its subject: a rejected row leaves nothing.
                CreditRecord probe = r;
                probe.subjectId = std::numeric_limits<qint64>::max();
                try {
                    RecordService::validate(probe, today);
                } catch (const CoreError& e) {
                    reject(QString(), e.message());
                    return;
                }
                subject = store.insertSubject(s);
                ++result.subjectsCreated;
            }
            if (known == subjectIds.constEnd())
                subjectIds.insert(code, *subject);
            r.subjectId = *subject;
            try {
                RecordService::validate(r, today);
            } catch (const CoreError& e) {
                reject(QString(), e.message());
                return;
            }
            if (store.insertRecord(r, now) == 0) {
                ++result.unchanged;
                return;
            }
            ++result.imported;
            if (r.polarity == Polarity::Negative
                && map.value(row.cells, QStringLiteral("severity")).isEmpty())
                ++defaultedSeverity;
        });
    if (defaultedSeverity > 0 && !outcome.rolledBack)
        outcome.notes << tr("%n record(s) had no severity column value and were taken as general (一般).",
            nullptr, defaultedSeverity);
    return outcome;
}

ImportResult ImportService::importSubjects(
    const QString& path, const ImportOptions& options, const Progress& progress)
{
    m_session.require(Operation::AddSubject);
    std::unique_ptr<TableSource> source = TableSource::open(path);
    const ColumnMap map = headerOf(*source, ColumnMap::subjectFields(), path);
    QHash<QString, int> seen;
    return eachRow(*source, map, path, options, progress, QStringLiteral("import.subjects"),
        [&](const TableRow& row, ImportStore& store, ImportResult& result, const Reject& reject) {
            const QString code = normaliseCode(map.value(row.cells, QStringLiteral("code")));
            if (const QString why = codeProblem(code); !why.isEmpty()) {
                reject(QStringLiteral("code"), why);
                return;
            }
            const QString name = map.value(row.cells, QStringLiteral("name"));
            if (name.isEmpty()) {
                reject(QStringLiteral("name"), tr("required"));
                return;
            }
            if (const auto first = seen.constFind(code); first != seen.constEnd()) {
                reject(QStringLiteral("code"), tr("the same code is on row %1").arg(*first));
                return;
            }
            seen.insert(code, row.number);
            Subject s;
            s.kind = *kindOfCode(code);
            const QString kind = map.value(row.cells, QStringLiteral("kind"));
            if (kind == QStringLiteral("非法人组织"))
                s.kind = SubjectKind::Unincorporated;
            else if (kind == QStringLiteral("个体工商户"))
                s.kind = SubjectKind::IndividualBusiness;
            if ((s.kind == SubjectKind::NaturalPerson) != (kind == QStringLiteral("自然人"))
                && !kind.isEmpty()
                && (kind == QStringLiteral("自然人") || s.kind == SubjectKind::NaturalPerson)) {
                reject(QStringLiteral("kind"), tr("does not fit the code"));
                return;
            }
            s.code = code;
            s.name = name;
            s.address = map.value(row.cells, QStringLiteral("address"));
            s.division = s.kind == SubjectKind::NaturalPerson ? code.left(6) : code.mid(2, 6);
            const QString registered = map.value(row.cells, QStringLiteral("registeredOn"));
            if (!registered.isEmpty()) {
                s.registeredOn = CellValues::date(registered);
                if (!s.registeredOn.isValid() || s.registeredOn > QDate::currentDate()) {
                    reject(QStringLiteral("registeredOn"), tr("not a date (write it as 2026-03-02)"));
                    return;
                }
            }
            if (store.subjectId(code)) {
                ++result.unchanged;
                return;
            }
            store.insertSubject(s);
            ++result.imported;
        });
}

ImportResult ImportService::importLicences(
    const QString& path, const ImportOptions& options, const Progress& progress)
{
    m_session.require(Operation::AddRecord);
    std::unique_ptr<TableSource> source = TableSource::open(path);
    const ColumnMap map = headerOf(*source, ColumnMap::licenceFields(), path);
    requireCodeColumn(map);
    OfficeRules rules(m_session);
    requireDepartmentSource(map, options.departmentId, rules,
        tr("The file names no licensing authority (许可机关 or 数据来源单位): give one for every row."));

    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, qint64> departments;
    QHash<QString, int> seen;
    QHash<QString, qint64> subjectIds;
    int stayRevoked = 0;
    ImportResult outcome = eachRow(*source, map, path, options, progress, QStringLiteral("import.licences"),
        [&](const TableRow& row, ImportStore& store, ImportResult& result, const Reject& reject) {
            if (row.cells.contains(TableRow::FormulaWithoutValue)) {
                result.rejected.append({row.number, QString(), QString(),
                    tr("a formula without a computed value: open the file in Excel or WPS, save it, and "
                       "import again")});
                return;
            }
            QString code;
            const QString codeKey = subjectCodeOf(map, row.cells, code);
            if (const QString why = codeProblem(code); !why.isEmpty()) {
                reject(codeKey, why);
                return;
            }
            Licence l;
            l.createdBy = m_session.user().name;
            l.decisionNo = map.value(row.cells, QStringLiteral("decisionNo"));
            if (l.decisionNo.isEmpty()) {
                reject(QStringLiteral("decisionNo"), tr("required"));
                return;
            }
            l.decisionDate = CellValues::date(map.value(row.cells, QStringLiteral("decisionDate")));
            if (!l.decisionDate.isValid()) {
                reject(QStringLiteral("decisionDate"), tr("not a date (write it as 2026-03-02)"));
                return;
            }
            // Optional dates: empty is none, 长期 (without end) is none, anything else must be a date.
            const auto optionalDate = [&](const QString& key, QDate& into) {
                const QString text = map.value(row.cells, key);
                if (text.isEmpty() || text == QStringLiteral("长期") || text == QStringLiteral("永久"))
                    return true;
                into = CellValues::date(text);
                if (into.isValid() && into.year() < 9999)
                    return true;
                if (into.isValid()) { // 9999-12-31: the platform's way of writing "without end"
                    into = QDate();
                    return true;
                }
                reject(key, tr("not a date (write it as 2026-03-02)"));
                return false;
            };
            if (!optionalDate(QStringLiteral("validFrom"), l.validFrom)
                || !optionalDate(QStringLiteral("validTo"), l.validTo)
                || !optionalDate(QStringLiteral("publishedOn"), l.publishedOn))
                return;
            const QString state = map.value(row.cells, QStringLiteral("state"));
            const auto revoked = Licences::revokedFromState(state);
            if (!revoked) {
                reject(QStringLiteral("state"), tr("有效 (1) or 无效 (2)"));
                return;
            }
            l.revoked = *revoked;
            const qint64 department
                = departmentOf(map, row.cells, options.departmentId, rules, departments, reject);
            if (department <= 0)
                return;
            l.departmentId = department;
            for (const auto& [key, into] : {std::pair {"legalRepresentative", &l.legalRepresentative},
                     std::pair {"documentName", &l.documentName}, std::pair {"licenceKind", &l.licenceKind},
                     std::pair {"certificateName", &l.certificateName}, std::pair {"licenceNo", &l.licenceNo},
                     std::pair {"content", &l.content}, std::pair {"source", &l.source},
                     std::pair {"note", &l.note}})
                *into = map.value(row.cells, QString::fromLatin1(key));
            const QString dedupe = QString::number(department) + QLatin1Char('\x1f') + l.decisionNo;
            if (const auto first = seen.constFind(dedupe); first != seen.constEnd()) {
                reject(QStringLiteral("decisionNo"),
                    tr("the same decision number of the same department is on row %1").arg(*first));
                return;
            }
            seen.insert(dedupe, row.number);
            // Checked before a subject is registered for it: a rejected row leaves nothing.
            Licence probe = l;
            probe.subjectId = std::numeric_limits<qint64>::max();
            try {
                Licences::validate(probe, today);
            } catch (const CoreError& e) {
                reject(QString(), e.message());
                return;
            }
            std::optional<qint64> subject;
            if (const auto known = subjectIds.constFind(code); known != subjectIds.constEnd())
                subject = *known;
            else
                subject = store.subjectId(code);
            if (!subject) {
                const QString name = map.value(row.cells, QStringLiteral("subjectName"));
                if (name.isEmpty()) {
                    reject(QStringLiteral("subjectName"),
                        tr("the subject is not registered and has no name here"));
                    return;
                }
                Subject s;
                s.kind = *kindOfCode(code);
                if (s.kind != SubjectKind::NaturalPerson
                    && map.value(row.cells, QStringLiteral("subjectKind")) == QStringLiteral("个体工商户"))
                    s.kind = SubjectKind::IndividualBusiness;
                s.code = code;
                s.name = name;
                s.division = s.kind == SubjectKind::NaturalPerson ? code.left(6) : code.mid(2, 6);
                subject = store.insertSubject(s);
                ++result.subjectsCreated;
            }
            subjectIds.insert(code, *subject);
            l.subjectId = *subject;
            if (store.insertLicence(l, now) != 0) {
                ++result.imported;
                return;
            }
            // Already there: a later publication may only say it is no longer valid (当前状态 2).
            // A revocation is never undone by a file, so an old file sent again cannot bring a
            // revoked licence back onto the website.
            if (l.revoked && store.revokeLicence(department, l.decisionNo)) {
                ++result.updated;
                return;
            }
            if (!l.revoked && !state.isEmpty() && store.licenceRevoked(department, l.decisionNo))
                ++stayRevoked;
            ++result.unchanged;
        });
    if (stayRevoked > 0 && !outcome.rolledBack)
        outcome.notes << tr("%n licence(s) stay revoked although the file says they are valid: a file "
                            "cannot undo a revocation.",
            nullptr, stayRevoked);
    return outcome;
}

ImportResult ImportService::eachRow(TableSource& source, const ColumnMap& map, const QString& path,
    const ImportOptions& options, const Progress& progress, const QString& auditAction,
    const RowHandler& handle)
{
    ImportResult result;
    result.format = source.format();
    if (const qint64 most = source.rowsAtMost(); most - 1 > MaxRows)
        throw tooManyRows(path);
    try {
        m_session.write([&] {
            ImportStore store(m_session.db());
            TableRow row;
            while (source.next(row)) {
                if (++result.rows > MaxRows)
                    throw TooManyRows {};
                if (progress && result.rows % 1000 == 0 && !progress(result.rows))
                    throw Cancelled {};
                handle(row, store, result, [&](const QString& key, const QString& reason) {
                    result.rejected.append(
                        {row.number, map.header(key), shownValue(map.value(row.cells, key)), reason});
                });
            }
            if (options.strict && !result.rejected.isEmpty())
                throw StrictRollback {};
            // One entry for the whole file: what came in, from which file (by its hash).
            m_session.audit(auditAction, QStringLiteral("import"), QFileInfo(path).fileName(),
                QJsonObject {{QStringLiteral("sha256"), QString::fromLatin1(fileHash(path))},
                    {QStringLiteral("format"), result.format}, {QStringLiteral("rows"), result.rows},
                    {QStringLiteral("imported"), result.imported},
                    {QStringLiteral("unchanged"), result.unchanged},
                    {QStringLiteral("updated"), result.updated},
                    {QStringLiteral("rejected"), int(result.rejected.size())},
                    {QStringLiteral("subjectsCreated"), result.subjectsCreated}});
        });
    } catch (const TooManyRows&) {
        throw tooManyRows(path);
    } catch (const Cancelled&) {
        throw CoreError(ErrorKind::Failed, tr("The import was cancelled; nothing was imported."));
    } catch (const StrictRollback&) {
        result.rolledBack = true;
        result.imported = 0;
        result.subjectsCreated = 0;
        result.unchanged = 0;
        result.updated = 0;
    }
    return result;
}

QStringList ImportService::recordFieldKeys()
{
    QStringList keys;
    for (const ColumnMap::Field& f : ColumnMap::recordFields())
        keys << f.key;
    return keys;
}

QMap<QString, QString> ImportService::mapping(qint64 departmentId)
{
    m_session.require(Operation::ReadRecords);
    QMap<QString, QString> result;
    const auto stored
        = SettingsStore(m_session.db()).value(QStringLiteral("import_mapping/%1").arg(departmentId));
    if (!stored)
        return result;
    const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

void ImportService::saveMapping(qint64 departmentId, const QMap<QString, QString>& headersByField)
{
    m_session.require(Operation::AddRecord);
    if (!OfficeRules(m_session).departmentName(departmentId))
        throw CoreError(ErrorKind::InvalidInput, tr("department: unknown department %1.").arg(departmentId));
    const QStringList keys = recordFieldKeys();
    QMap<QString, QString> merged = mapping(departmentId);
    for (auto it = headersByField.begin(); it != headersByField.end(); ++it) {
        if (!keys.contains(it.key()))
            throw CoreError(ErrorKind::InvalidInput,
                tr("field: %1 is not one of %2.").arg(it.key(), keys.join(QStringLiteral(", "))));
        if (it.value().trimmed().isEmpty())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value().trimmed());
    }
    QJsonObject o;
    for (auto it = merged.begin(); it != merged.end(); ++it)
        o.insert(it.key(), it.value());
    m_session.write([&] {
        SettingsStore(m_session.db())
            .setValue(QStringLiteral("import_mapping/%1").arg(departmentId),
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        m_session.audit(
            QStringLiteral("import.mapping"), QStringLiteral("department"), QString::number(departmentId), o);
    });
}

QString ImportService::shownValue(const QString& cell)
{
    const QString code = normaliseCode(cell);
    if (code.size() == 18
        && std::all_of(code.begin(), code.begin() + 17, [](QChar c) { return c.isDigit(); }))
        return maskCitizenId(code);
    return cell.left(200);
}

void ImportService::writeErrorReport(const ImportResult& result, const QString& path)
{
    if (QFileInfo::exists(path))
        throw CoreError(
            ErrorKind::Failed, tr("%1 exists already; the error report does not overwrite it.").arg(path));
    // libxlsxwriter writes the file itself: write beside it, then move it into place whole.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook* book = workbook_new(temp.toLocal8Bit().constData());
    if (!book)
        throw CoreError(ErrorKind::Failed, tr("%1 cannot be written.").arg(path));
    lxw_worksheet* sheet = workbook_add_worksheet(book, tr("Rejected rows").toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    const QStringList headers {tr("Row"), tr("Column"), tr("Value"), tr("Reason")};
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 2, 24, nullptr);
    worksheet_set_column(sheet, 3, 3, 60, nullptr);
    lxw_row_t r = 1;
    for (const ImportProblem& p : result.rejected) {
        worksheet_write_number(sheet, r, 0, p.row, nullptr);
        worksheet_write_string(sheet, r, 1, p.column.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, r, 2, p.value.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, r, 3, p.reason.toUtf8().constData(), nullptr);
        ++r;
    }
    if (workbook_close(book) != LXW_NO_ERROR || !QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (DiskSpace::isFull(path))
            throw DiskSpace::fullError(tr("%1 could not be written; nothing was written").arg(path));
        throw CoreError(ErrorKind::Failed, tr("%1 cannot be written (is the disk full?).").arg(path));
    }
}

} // namespace cd
