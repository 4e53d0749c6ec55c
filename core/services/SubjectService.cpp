#include "services/SubjectService.h"

#include "CoreError.h"
#include "domain/CodeValidator.h"
#include "services/Session.h"
#include "storage/SubjectStore.h"

#include <QJsonObject>

#include <algorithm>

namespace cd {

namespace {

constexpr int MaxNameLength = 200;
constexpr int MaxAddressLength = 500;

CoreError fieldError(const QString& field, const QString& message)
{
    return CoreError(ErrorKind::InvalidInput, SubjectService::tr("%1: %2").arg(field, message));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

SubjectService::SubjectService(Session& session) : m_session(session) { }

bool SubjectService::looksLikeCode(const QString& query)
{
    const QString code = normaliseCode(query);
    if (code.size() < 2)
        return false;
    return std::all_of(code.begin(), code.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'); });
}

QString SubjectService::shownCode(SubjectKind kind, const QString& code)
{
    return SubjectKinds::isOrganisation(kind) ? code : maskCitizenId(code);
}

Subject SubjectService::masked(Subject subject)
{
    subject.code = shownCode(subject.kind, subject.code);
    return subject;
}

SubjectLink SubjectService::masked(SubjectLink link)
{
    link.personCode = maskCitizenId(link.personCode);
    return link;
}

QString SubjectService::checkedCode(SubjectKind kind, const QString& rawCode) const
{
    const QString code = normaliseCode(rawCode);
    const QString field = tr("code");
    if (code.isEmpty())
        throw fieldError(field, tr("The code is empty."));
    // The commonest slip is the right number in the wrong field; say so rather than report a check
    // character that happens not to fit.
    if (SubjectKinds::isOrganisation(kind)) {
        const CodeCheck check = checkUscc(code);
        if (check.ok)
            return code;
        if (checkCitizenId(code).ok)
            throw fieldError(field,
                tr("This is a citizen ID; a %1 is registered under its unified social credit code.")
                    .arg(SubjectKinds::displayName(kind)));
        throw fieldError(field, check.message);
    }
    const CodeCheck check = checkCitizenId(code);
    if (check.ok)
        return code;
    if (checkUscc(code).ok)
        throw fieldError(field,
            tr("This is a unified social credit code; a natural person is registered under their "
               "citizen ID."));
    throw fieldError(field, check.message);
}

QString SubjectService::checkedName(const QString& rawName, const QString& field)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        throw fieldError(field, tr("The name is empty."));
    if (name.size() > MaxNameLength)
        throw fieldError(field, tr("The name is too long: at most %1 characters.").arg(MaxNameLength));
    if (hasControlCharacter(name))
        throw fieldError(field, tr("The name contains a control character."));
    return name;
}

Subject SubjectService::load(qint64 id)
{
    auto subject = SubjectStore(m_session.db()).byId(id);
    if (!subject)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no subject %1.").arg(id));
    return *subject;
}

Subject SubjectService::add(SubjectKind kind, const QString& rawCode, const QString& rawName,
    const QString& rawAddress, const QDate& registeredOn)
{
    m_session.require(Operation::AddSubject);
    Subject subject;
    subject.kind = kind;
    subject.code = checkedCode(kind, rawCode);
    subject.name = checkedName(rawName, tr("name"));
    subject.address = rawAddress.simplified();
    if (subject.address.size() > MaxAddressLength)
        throw fieldError(
            tr("address"), tr("The address is too long: at most %1 characters.").arg(MaxAddressLength));
    if (registeredOn.isValid() && registeredOn > QDate::currentDate())
        throw fieldError(
            tr("registered on"), tr("The date %1 lies in the future.").arg(dateText(registeredOn)));
    subject.registeredOn = registeredOn;
    subject.division = SubjectKinds::divisionOf(kind, subject.code);
    subject.rowVersion = 1;

    return m_session.write([&] {
        SubjectStore store(m_session.db());
        if (const auto existing = store.byCode(subject.code))
            throw fieldError(tr("code"),
                tr("%1 is already registered, as %2 (subject %3).")
                    .arg(shownCode(existing->kind, existing->code), existing->name,
                        QString::number(existing->id)));
        subject.id = store.insert(subject);
        m_session.audit(QStringLiteral("subject.add"), QStringLiteral("subject"), QString::number(subject.id),
            QJsonObject {{QStringLiteral("kind"), SubjectKinds::key(kind)},
                {QStringLiteral("code"), shownCode(kind, subject.code)},
                {QStringLiteral("name"), subject.name}, {QStringLiteral("division"), subject.division}});
        return masked(subject);
    });
}

Subject SubjectService::rename(qint64 id, const QString& rawName, const QDate& until)
{
    m_session.require(Operation::EditSubject);
    const QString name = checkedName(rawName, tr("name"));
    const QDate usedUntil = until.isValid() ? until : QDate::currentDate();
    return m_session.write([&] {
        const Subject before = load(id);
        if (before.name == name)
            throw fieldError(
                tr("name"), tr("Subject %1 is already called %2.").arg(QString::number(id), name));
        SubjectStore store(m_session.db());
        store.rename(id, name, usedUntil);
        m_session.audit(QStringLiteral("subject.rename"), QStringLiteral("subject"), QString::number(id),
            QJsonObject {{QStringLiteral("from"), before.name}, {QStringLiteral("to"), name},
                {QStringLiteral("until"), dateText(usedUntil)}});
        return masked(load(id));
    });
}

SubjectLink SubjectService::link(qint64 organisationId, qint64 personId, LinkRole role, const QDate& since)
{
    m_session.require(Operation::EditSubject);
    return m_session.write([&] {
        const Subject organisation = load(organisationId);
        const Subject person = load(personId);
        if (!SubjectKinds::isOrganisation(organisation.kind))
            throw fieldError(tr("organisation"),
                tr("%1 (subject %2) is a natural person, not an organisation.")
                    .arg(organisation.name, QString::number(organisation.id)));
        if (!person.isPerson())
            throw fieldError(tr("person"),
                tr("%1 (subject %2) is not a natural person but of the kind %3.")
                    .arg(person.name, QString::number(person.id), SubjectKinds::displayName(person.kind)));
        SubjectStore store(m_session.db());
        if (store.openLink(organisationId, personId, role))
            throw CoreError(ErrorKind::InvalidInput,
                tr("%1 is already linked to %2 as %3.")
                    .arg(person.name, organisation.name, SubjectKinds::displayName(role)));
        SubjectLink link;
        link.organisationId = organisationId;
        link.personId = personId;
        link.role = role;
        link.since = since;
        link.id = store.insertLink(link);
        m_session.audit(QStringLiteral("subject.link"), QStringLiteral("subject"),
            QString::number(organisationId),
            QJsonObject {{QStringLiteral("person"), personId},
                {QStringLiteral("personCode"), maskCitizenId(person.code)},
                {QStringLiteral("role"), SubjectKinds::key(role)},
                {QStringLiteral("since"), dateText(since)}});
        return masked(*store.openLink(organisationId, personId, role));
    });
}

void SubjectService::unlink(qint64 organisationId, qint64 personId, LinkRole role, const QDate& until)
{
    m_session.require(Operation::EditSubject);
    const QDate endedOn = until.isValid() ? until : QDate::currentDate();
    m_session.write([&] {
        SubjectStore store(m_session.db());
        const auto open = store.openLink(organisationId, personId, role);
        if (!open)
            throw CoreError(ErrorKind::InvalidInput,
                tr("Subject %1 is not linked to subject %2 as %3.")
                    .arg(personId)
                    .arg(organisationId)
                    .arg(SubjectKinds::displayName(role)));
        if (open->since.isValid() && endedOn < open->since)
            throw fieldError(tr("until"),
                tr("The link cannot end on %1, before it began on %2.")
                    .arg(dateText(endedOn), dateText(open->since)));
        store.endLink(open->id, endedOn);
        m_session.audit(QStringLiteral("subject.unlink"), QStringLiteral("subject"),
            QString::number(organisationId),
            QJsonObject {{QStringLiteral("person"), personId},
                {QStringLiteral("personCode"), maskCitizenId(open->personCode)},
                {QStringLiteral("role"), SubjectKinds::key(role)},
                {QStringLiteral("until"), dateText(endedOn)}});
    });
}

Subject SubjectService::get(qint64 id, bool reveal)
{
    m_session.require(Operation::ReadSubjects);
    Subject subject = load(id);
    if (reveal && subject.isPerson()) {
        subject.code = revealCitizenId(id);
        return subject;
    }
    return masked(subject);
}

std::optional<Subject> SubjectService::byCode(const QString& code)
{
    m_session.require(Operation::ReadSubjects);
    const auto subject = SubjectStore(m_session.db()).byCode(normaliseCode(code));
    if (!subject)
        return std::nullopt;
    return masked(*subject);
}

QList<SubjectLink> SubjectService::linksOf(qint64 id)
{
    m_session.require(Operation::ReadSubjects);
    load(id);
    QList<SubjectLink> links = SubjectStore(m_session.db()).linksOf(id);
    for (SubjectLink& l : links)
        l = masked(l);
    return links;
}

QString SubjectService::revealCitizenId(qint64 id)
{
    m_session.require(Operation::RevealCitizenId);
    return m_session.write([&] {
        const Subject subject = load(id);
        if (!subject.isPerson())
            throw CoreError(ErrorKind::InvalidInput,
                tr("Subject %1 is of the kind %2; only a natural person's code is masked.")
                    .arg(id)
                    .arg(SubjectKinds::displayName(subject.kind)));
        m_session.audit(QStringLiteral("subject.reveal"), QStringLiteral("subject"), QString::number(id),
            QJsonObject {{QStringLiteral("code"), maskCitizenId(subject.code)}});
        return subject.code;
    });
}

QList<SubjectHit> SubjectService::find(const QString& query, int limit)
{
    m_session.require(Operation::ReadSubjects);
    if (limit < 0)
        throw fieldError(tr("limit"), tr("The limit must be 0 (no limit) or more."));
    SubjectStore store(m_session.db());
    QList<SubjectHit> hits;
    if (looksLikeCode(query)) {
        // Only those who may see a full ID may narrow a search below the visible division part.
        hits = store.findByCodePrefix(normaliseCode(query), limit,
            AccessPolicy::allows(m_session.user().role, Operation::RevealCitizenId));
    } else {
        hits = store.findByName(query.simplified(), limit);
    }
    for (SubjectHit& h : hits) {
        if (!SubjectKinds::isOrganisation(h.kind))
            h.code = maskCitizenId(h.code);
    }
    return hits;
}

} // namespace cd
