#include "services/TipService.h"

#include "CoreError.h"
#include "services/ChangedMeanwhile.h"
#include "services/Session.h"
#include "storage/SubjectStore.h"
#include "storage/TipStore.h"

#include <QJsonObject>

namespace cd {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

TipService::TipService(Session& session) : m_session(session) { }

Tip TipService::load(qint64 id)
{
    const auto t = TipStore(m_session.db()).byId(id);
    if (!t)
        throw CoreError(ErrorKind::InvalidInput, tr("There is no confidential report %1.").arg(id));
    return *t;
}

Tip TipService::get(qint64 id)
{
    m_session.require(Operation::ReadTips);
    return load(id);
}

QList<Tip> TipService::recent(bool openOnly, int limit)
{
    m_session.require(Operation::ReadTips);
    return TipStore(m_session.db()).recent(openOnly, limit);
}

QList<Tip> TipService::forSubject(qint64 subjectId)
{
    m_session.require(Operation::ReadTips);
    return TipStore(m_session.db()).forSubject(subjectId);
}

Tip TipService::add(qint64 subjectId, const QString& reportedName, const QString& content, TipChannel channel,
    const QDate& receivedOn, const TipReporter& reporter)
{
    m_session.require(Operation::AddTip);
    // The messages name fields, never their values: a reporter's name must not reach an error text.
    if (content.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("content: say what was reported."));
    if (reporter.name.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("reporter: a name is needed (it is kept confidential)."));
    if (!receivedOn.isValid() || receivedOn > QDate::currentDate())
        throw CoreError(ErrorKind::InvalidInput, tr("date received: a date not in the future."));
    return m_session.write([&] {
        QString name = reportedName.trimmed();
        if (subjectId > 0) {
            const auto subject = SubjectStore(m_session.db()).byId(subjectId);
            if (!subject)
                throw CoreError(
                    ErrorKind::InvalidInput, tr("subject: there is no subject %1.").arg(subjectId));
            if (name.isEmpty())
                name = subject->name;
        }
        if (name.isEmpty())
            throw CoreError(ErrorKind::InvalidInput, tr("reported subject: name the subject reported."));
        TipStore store(m_session.db());
        Tip t;
        t.number = store.nextNumber(receivedOn.year());
        t.subjectId = subjectId;
        t.reportedName = name;
        t.content = content.trimmed();
        t.channel = channel;
        t.receivedOn = receivedOn;
        t.receivedBy = m_session.user().name;
        t.id = store.insert(t, TipReporter {reporter.name.trimmed(), reporter.contact.trimmed()});
        m_session.audit(QStringLiteral("tip.add"), QStringLiteral("tip"), QString::number(t.id),
            QJsonObject {{QStringLiteral("number"), t.number}, {QStringLiteral("subjectId"), subjectId},
                {QStringLiteral("channel"), Tips::key(channel)},
                {QStringLiteral("receivedOn"), iso(receivedOn)}});
        return load(t.id);
    });
}

Tip TipService::close(qint64 id, const QString& outcome, const QDate& on)
{
    m_session.require(Operation::AddTip);
    if (outcome.trimmed().isEmpty())
        throw CoreError(ErrorKind::InvalidInput, tr("outcome: say what the verification found."));
    return m_session.write([&] {
        const Tip t = load(id);
        if (t.closedOn.isValid())
            throw CoreError(ErrorKind::InvalidInput,
                tr("Confidential report %1 was closed on %2 already.").arg(t.number, iso(t.closedOn)));
        if (!on.isValid() || on < t.receivedOn || on > QDate::currentDate())
            throw CoreError(ErrorKind::InvalidInput,
                tr("closing date: between the date received (%1) and today.").arg(iso(t.receivedOn)));
        if (!TipStore(m_session.db()).setClosed(id, on, outcome.trimmed(), t.rowVersion))
            ChangedMeanwhile::raise(
                m_session, tr("Confidential report %1").arg(t.number), QStringLiteral("tip"), id);
        m_session.audit(QStringLiteral("tip.close"), QStringLiteral("tip"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), t.number}, {QStringLiteral("closedOn"), iso(on)}});
        return load(id);
    });
}

TipReporter TipService::reporter(qint64 id)
{
    m_session.require(Operation::ReadTipReporter);
    return m_session.write([&] {
        const Tip t = load(id);
        const auto r = TipStore(m_session.db()).reporterOf(id);
        if (!r)
            throw CoreError(ErrorKind::Integrity,
                tr("The reporter of confidential report %1 is missing from the database.").arg(t.number));
        // Who looked, and at which report: never what they saw.
        m_session.audit(QStringLiteral("tip.reveal-reporter"), QStringLiteral("tip"), QString::number(id),
            QJsonObject {{QStringLiteral("number"), t.number}});
        return *r;
    });
}

} // namespace cd
