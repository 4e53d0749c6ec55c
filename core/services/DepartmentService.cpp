#include "services/DepartmentService.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/CatalogueStore.h"
#include "storage/DepartmentStore.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace cd {

namespace {

constexpr int MaxNameLength = 64;

QString normalCode(const QString& code)
{
    return code.trimmed().toUpper();
}

} // namespace

DepartmentService::DepartmentService(Session& session) : m_session(session) { }

QStringList DepartmentService::kinds()
{
    return {QStringLiteral("office"), QStringLiteral("government"), QStringLiteral("judicial"),
        QStringLiteral("association")};
}

QList<Department> DepartmentService::list()
{
    return DepartmentStore(m_session.db()).all(false);
}

QList<Department> DepartmentService::listAll()
{
    return DepartmentStore(m_session.db()).all(true);
}

std::optional<Department> DepartmentService::byId(qint64 id)
{
    return DepartmentStore(m_session.db()).byId(id);
}

std::optional<Department> DepartmentService::byCode(const QString& code)
{
    return DepartmentStore(m_session.db()).byCode(normalCode(code));
}

std::optional<Department> DepartmentService::byName(const QString& rawName)
{
    const QString name = rawName.trimmed();
    DepartmentStore store(m_session.db());
    if (auto exact = store.byName(name))
        return exact;
    const QList<Department> byShort = store.byShortName(name);
    if (byShort.size() > 1) {
        QStringList names;
        for (const Department& d : byShort)
            names << d.name;
        throw CoreError(ErrorKind::InvalidInput,
            tr("\"%1\" is the short name of several departments (%2); use the full name or the code.")
                .arg(name, names.join(QStringLiteral(", "))));
    }
    if (byShort.isEmpty())
        return std::nullopt;
    return byShort.constFirst();
}

Department DepartmentService::find(const QString& text)
{
    if (auto d = byCode(text))
        return *d;
    if (auto d = byName(text))
        return *d;
    throw CoreError(ErrorKind::InvalidInput, tr("There is no department \"%1\".").arg(text.trimmed()));
}

Department DepartmentService::add(const Department& input)
{
    m_session.require(Operation::ManageDepartments);
    Department d;
    d.code = normalCode(input.code);
    d.name = input.name.trimmed();
    d.shortName = input.shortName.trimmed();
    d.kind = input.kind.trimmed().isEmpty() ? QStringLiteral("government") : input.kind.trimmed();
    d.active = true;

    static const QRegularExpression codePattern(QStringLiteral("^[A-Z][A-Z0-9_-]{0,15}$"));
    if (!codePattern.match(d.code).hasMatch())
        throw CoreError(ErrorKind::InvalidInput,
            tr("The department code \"%1\" is not valid: use 1 to 16 letters A-Z, digits, '-' or '_', "
               "starting with a letter.")
                .arg(input.code.trimmed().left(40)));
    if (d.name.isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("A department needs a name."));
    if (d.name.size() > MaxNameLength || d.shortName.size() > MaxNameLength)
        throw CoreError(ErrorKind::InvalidInput,
            tr("A department's name and short name may have at most %1 characters.").arg(MaxNameLength));
    if (!kinds().contains(d.kind))
        throw CoreError(ErrorKind::InvalidInput,
            tr("The department kind \"%1\" is not one of %2.")
                .arg(d.kind, kinds().join(QStringLiteral(", "))));

    return m_session.write([&] {
        DepartmentStore store(m_session.db());
        if (auto other = store.byCode(d.code))
            throw CoreError(
                ErrorKind::InvalidInput, tr("The code %1 already belongs to %2.").arg(d.code, other->name));
        // A name must find one department only, whether it is typed in full or short.
        for (const QString& n : {d.name, d.shortName}) {
            if (n.isEmpty())
                continue;
            if (store.byName(n) || !store.byShortName(n).isEmpty())
                throw CoreError(ErrorKind::InvalidInput, tr("A department is already called \"%1\".").arg(n));
        }
        d.createdAt = QDateTime::currentDateTimeUtc();
        d.id = store.insert(d);
        m_session.audit(QStringLiteral("department.add"), QStringLiteral("department"), d.code,
            QJsonObject {{QStringLiteral("name"), d.name}, {QStringLiteral("shortName"), d.shortName},
                {QStringLiteral("kind"), d.kind}});
        return d;
    });
}

void DepartmentService::deactivate(const QString& code)
{
    setActive(code, false);
}

void DepartmentService::reactivate(const QString& code)
{
    setActive(code, true);
}

void DepartmentService::setActive(const QString& rawCode, bool active)
{
    m_session.require(Operation::ManageDepartments);
    const QString code = normalCode(rawCode);
    m_session.write([&] {
        DepartmentStore store(m_session.db());
        const auto d = store.byCode(code);
        if (!d)
            throw CoreError(
                ErrorKind::InvalidInput, tr("There is no department with the code %1.").arg(code));
        if (d->active == active)
            throw CoreError(ErrorKind::InvalidInput,
                active ? tr("%1 is already active.").arg(d->name)
                       : tr("%1 is already inactive.").arg(d->name));
        if (!active) {
            const QList<Measure> implemented
                = CatalogueStore(m_session.db()).activeMeasuresImplementedBy(d->id);
            if (!implemented.isEmpty()) {
                QStringList codes;
                for (const Measure& m : implemented)
                    codes << m.code;
                throw CoreError(ErrorKind::InvalidInput,
                    tr("%1 still implements %n active measure(s) (%2); give them other departments first.",
                        nullptr, int(implemented.size()))
                        .arg(d->name, codes.join(QStringLiteral(", "))));
            }
        }
        store.setActive(d->id, active);
        m_session.audit(
            active ? QStringLiteral("department.reactivate") : QStringLiteral("department.deactivate"),
            QStringLiteral("department"), d->code, QJsonObject {{QStringLiteral("name"), d->name}});
    });
}

} // namespace cd
