#include "Cli.h"

#include "CoreError.h"
#include "PasswordPrompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

Cli::Cli(QTextStream& o, QTextStream& e) : out(o), err(e) { }

QByteArray Cli::password()
{
    if (qEnvironmentVariableIsSet("CREDITDESK_PASSWORD"))
        return qgetenv("CREDITDESK_PASSWORD");
    err.flush();
    const QByteArray typed = readHiddenLine(tr("Password: "));
    if (typed.isNull())
        throw CoreError(
            ErrorKind::Usage, tr("No password: set CREDITDESK_PASSWORD or run the command in a terminal."));
    return typed;
}

QByteArray Cli::newPassword(const QString& whose)
{
    if (qEnvironmentVariableIsSet("CREDITDESK_NEW_PASSWORD"))
        return qgetenv("CREDITDESK_NEW_PASSWORD");
    err.flush();
    const QByteArray first = readHiddenLine(tr("New password for %1: ").arg(whose));
    if (first.isNull())
        throw CoreError(ErrorKind::Usage,
            tr("No new password: set CREDITDESK_NEW_PASSWORD or run the command in a terminal."));
    const QByteArray second = readHiddenLine(tr("Repeat the new password: "));
    if (first != second)
        throw CoreError(ErrorKind::InvalidInput, tr("The two passwords differ; nothing was changed."));
    return first;
}

QByteArray Cli::hiddenLine(const QString& prompt)
{
    err.flush();
    const QByteArray typed = readHiddenLine(prompt);
    if (typed.isNull())
        throw CoreError(
            ErrorKind::Usage, tr("No terminal to ask on: give the value through its environment variable."));
    return typed;
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

Args::Args(const QStringList& arguments, const QList<QCommandLineOption>& options,
    const QStringList& positionalNames, const QString& usage)
    : m_usage(usage)
{
    auto usageError = [&](const QString& what) {
        return CoreError(ErrorKind::Usage, tr("%1\nUsage: creditdesk-cli %2").arg(what, m_usage));
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (name == QLatin1String("password"))
            throw usageError(
                tr("Passwords are never given as arguments: use CREDITDESK_PASSWORD or the prompt."));
        const auto it = std::find_if(options.begin(), options.end(),
            [&](const QCommandLineOption& o) { return o.names().contains(name); });
        if (it == options.end())
            throw usageError(tr("Unknown option --%1.").arg(name));
        const QString key = it->names().constFirst();
        m_set.insert(key);
        if (!it->valueName().isEmpty()) {
            QString v;
            if (hasInline)
                v = inlineValue;
            else if (i + 1 < arguments.size())
                v = arguments.at(++i);
            else
                throw usageError(tr("The option --%1 needs a value.").arg(name));
            m_values.insert(key, v);
            m_allValues[key].append(v);
        } else if (hasInline) {
            throw usageError(tr("The option --%1 takes no value.").arg(name));
        }
    }
    // A name in brackets ("[SUBJECT]") is optional; optional ones come last.
    const auto required = std::count_if(positionalNames.begin(), positionalNames.end(),
        [](const QString& n) { return !n.startsWith(QLatin1Char('[')); });
    if (m_positional.size() < required)
        throw usageError(tr("Missing %1.").arg(positionalNames.at(m_positional.size())));
    if (m_positional.size() > positionalNames.size())
        throw usageError(tr("Unexpected argument \"%1\".").arg(m_positional.at(positionalNames.size())));
}

QDate Args::date(const QString& name, const QDate& fallback) const
{
    if (!isSet(name))
        return fallback;
    const QDate d = QDate::fromString(value(name).trimmed(), Qt::ISODate);
    if (!d.isValid())
        throw CoreError(ErrorKind::InvalidInput,
            tr("--%1: \"%2\" is not a date of the form YYYY-MM-DD.").arg(name, value(name)));
    return d;
}

int Args::integer(const QString& name, int fallback) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const int n = value(name).trimmed().toInt(&ok);
    if (!ok || n < 0)
        throw CoreError(ErrorKind::InvalidInput, tr("--%1: give a whole number of at least 0.").arg(name));
    return n;
}

bool Args::isSet(const QString& name) const
{
    return m_set.contains(name);
}

QString Args::value(const QString& name) const
{
    return m_values.value(name);
}

QString Args::user() const
{
    const QString u = value(QStringLiteral("user")).trimmed();
    if (u.isEmpty())
        throw CoreError(
            ErrorKind::Usage, tr("Sign in with --user NAME.\nUsage: creditdesk-cli %1").arg(m_usage));
    return u;
}

QCommandLineOption valued(const char* name, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

qint64 idArgument(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw CoreError(
            ErrorKind::InvalidInput, Cli::tr("%1: a positive whole number, not \"%2\".").arg(what, text));
    return id;
}

QCommandLineOption userOption()
{
    return QCommandLineOption(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"));
}

} // namespace cd::cli
