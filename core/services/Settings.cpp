#include "services/Settings.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"

#include <QJsonObject>

namespace cd {

namespace {

struct Definition
{
    Setting setting;
    const char* key;
    int defaultValue; // for a flag: 0 or 1
    int minimum;
    int maximum;
    bool flag;
};

// The defaults are the figures DOMAIN.md starts from; migration 0002 stores the same ones.
constexpr Definition Definitions[] = {
    {Setting::FeedbackWorkingDays, "feedback_working_days", 10, 1, 60, false},
    {Setting::PublicationWorkingDays, "publication_working_days", 7, 1, 60, false},
    {Setting::VerificationWorkingDays, "verification_working_days", 10, 1, 60, false},
    {Setting::ObjectionAcceptanceWorkingDays, "objection_acceptance_working_days", 2, 1, 60, false},
    {Setting::RepairDecisionWorkingDays, "repair_decision_working_days", 10, 1, 60, false},
    {Setting::SuspensionExtendsTerm, "suspension_extends_term", 0, 0, 1, true},
    {Setting::RepairBarYears, "repair_bar_years", 0, 0, 10, false},
};

const Definition& definition(Setting setting)
{
    for (const Definition& d : Definitions) {
        if (d.setting == setting)
            return d;
    }
    return Definitions[0]; // unreachable: every Setting has a row
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString flagText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

Settings::Settings(Session& session) : m_session(session) { }

QList<Setting> Settings::all()
{
    QList<Setting> list;
    for (const Definition& d : Definitions)
        list << d.setting;
    return list;
}

QString Settings::key(Setting setting)
{
    return QString::fromLatin1(definition(setting).key);
}

std::optional<Setting> Settings::fromKey(const QString& key)
{
    for (const Definition& d : Definitions) {
        if (key == QLatin1String(d.key))
            return d.setting;
    }
    return std::nullopt;
}

bool Settings::isFlag(Setting setting)
{
    return definition(setting).flag;
}

int Settings::minimum(Setting setting)
{
    return definition(setting).minimum;
}

int Settings::maximum(Setting setting)
{
    return definition(setting).maximum;
}

QString Settings::describe(Setting setting)
{
    switch (setting) {
    case Setting::FeedbackWorkingDays:
        return tr("working days a department has to feed back on a measure task");
    case Setting::PublicationWorkingDays:
        return tr("working days to publish a licensing or penalty decision");
    case Setting::VerificationWorkingDays:
        return tr("working days the providing department has to verify disputed information");
    case Setting::ObjectionAcceptanceWorkingDays:
        return tr("working days to decide whether an objection is accepted");
    case Setting::RepairDecisionWorkingDays:
        return tr("working days to decide a repair application with complete materials");
    case Setting::SuspensionExtendsTerm:
        return tr("whether a term is extended by the time its measures were suspended");
    case Setting::RepairBarYears:
        return tr("years a repeat offender may not apply for repair (0: no bar)");
    }
    return {};
}

int Settings::number(Setting setting)
{
    const Definition& d = definition(setting);
    const auto stored = SettingsStore(m_session.db()).value(key(setting));
    if (!stored)
        return d.defaultValue;
    if (d.flag) {
        const auto value = parseFlag(*stored);
        if (!value)
            throw CoreError(ErrorKind::Integrity,
                tr("The setting %1 holds \"%2\", which is neither true nor false.")
                    .arg(key(setting), *stored));
        return *value ? 1 : 0;
    }
    bool ok = false;
    const int value = stored->trimmed().toInt(&ok);
    if (!ok || value < d.minimum || value > d.maximum)
        throw CoreError(ErrorKind::Integrity,
            tr("The setting %1 holds \"%2\", which is not a whole number from %3 to %4.")
                .arg(key(setting), *stored)
                .arg(d.minimum)
                .arg(d.maximum));
    return value;
}

bool Settings::flag(Setting setting)
{
    return number(setting) != 0;
}

QString Settings::text(Setting setting)
{
    return isFlag(setting) ? flagText(flag(setting)) : QString::number(number(setting));
}

void Settings::setNumber(Setting setting, int value)
{
    m_session.require(Operation::ManageSettings);
    const Definition& d = definition(setting);
    if (d.flag)
        throw CoreError(
            ErrorKind::InvalidInput, tr("The setting %1 is true or false, not a number.").arg(key(setting)));
    if (value < d.minimum || value > d.maximum)
        throw CoreError(ErrorKind::InvalidInput,
            tr("The setting %1 must be from %2 to %3.").arg(key(setting)).arg(d.minimum).arg(d.maximum));
    store(setting, QString::number(value));
}

void Settings::setFlag(Setting setting, bool value)
{
    m_session.require(Operation::ManageSettings);
    if (!isFlag(setting))
        throw CoreError(
            ErrorKind::InvalidInput, tr("The setting %1 is a number, not true or false.").arg(key(setting)));
    store(setting, flagText(value));
}

void Settings::setText(Setting setting, const QString& text)
{
    m_session.require(Operation::ManageSettings);
    if (isFlag(setting)) {
        const auto value = parseFlag(text);
        if (!value)
            throw CoreError(ErrorKind::InvalidInput,
                tr("The setting %1 takes true or false, not \"%2\".")
                    .arg(key(setting), text.trimmed().left(40)));
        setFlag(setting, *value);
        return;
    }
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        throw CoreError(ErrorKind::InvalidInput,
            tr("The setting %1 takes a whole number, not \"%2\".")
                .arg(key(setting), text.trimmed().left(40)));
    setNumber(setting, value);
}

QList<Setting> Settings::setTexts(const QMap<Setting, QString>& texts)
{
    m_session.require(Operation::ManageSettings);
    return m_session.write([&] {
        QList<Setting> changed;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (text(it.key()) == it.value().trimmed())
                continue;
            setText(it.key(), it.value());
            changed << it.key();
        }
        return changed;
    });
}

void Settings::store(Setting setting, const QString& value)
{
    m_session.require(Operation::ManageSettings);
    m_session.write([&] {
        SettingsStore store(m_session.db());
        const QString before = store.value(key(setting)).value_or(QString());
        store.setValue(key(setting), value);
        m_session.audit(QStringLiteral("settings.update"), QStringLiteral("setting"), key(setting),
            QJsonObject {{QStringLiteral("before"), before}, {QStringLiteral("after"), value}});
    });
}

} // namespace cd
