#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace cd::cli {

// What every command gets: its arguments parsed, the streams, and the password rules of the CLI
// contract (CREDITDESK_PASSWORD, else the terminal without echo; never an argument).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err);

    // The signed-in user's password.
    QByteArray password();
    // A new password (user add, passwd): CREDITDESK_NEW_PASSWORD, else asked twice on the terminal.
    QByteArray newPassword(const QString& whose);

    void printJson(const QJsonValue& value);
    // A secret typed on the terminal without echo; CoreError(Usage) when there is no terminal.
    QByteArray hiddenLine(const QString& prompt);

    QTextStream& out;
    QTextStream& err;
};

// One command's arguments: options by name, positionals in order. Wrong usage throws
// CoreError(Usage) with the command's usage line.
class Args
{
    Q_DECLARE_TR_FUNCTIONS(Args)

public:
    Args(const QStringList& arguments, const QList<QCommandLineOption>& options,
        const QStringList& positionalNames, const QString& usage);

    QString positional(int index) const { return m_positional.value(index); }
    bool isSet(const QString& name) const;
    QString value(const QString& name) const;
    // Every value of an option given more than once (--drop A=… --drop B=…).
    QStringList values(const QString& name) const { return m_allValues.value(name); }
    // Optional typed values; a malformed one is CoreError(InvalidInput) naming the option.
    QDate date(const QString& name, const QDate& fallback = {}) const;
    int integer(const QString& name, int fallback) const;
    // The --user option, required by every command that signs in.
    QString user() const;

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_allValues;
    QSet<QString> m_set;
    QString m_usage;
};

struct Command
{
    QString name; // "init", "user add"
    QString usage; // "init DB --user NAME"
    QString summary; // one line, translated
    QString help; // what it does in detail, translated
    std::function<int(Cli&, const QStringList&)> run;
};

// Commands grouped by file; each file appends its own.
void addDatabaseCommands(QList<Command>& commands);
void addUserCommands(QList<Command>& commands);
void addCatalogueCommands(QList<Command>& commands);
void addCalendarCommands(QList<Command>& commands);
void addDemoCommands(QList<Command>& commands);
void addSubjectCommands(QList<Command>& commands);
void addRecordCommands(QList<Command>& commands);
void addLicenceCommands(QList<Command>& commands);
void addCaseCommands(QList<Command>& commands);
void addCheckCommands(QList<Command>& commands);
void addReportCommands(QList<Command>& commands);

void addListCommands(QList<Command>& commands);
void addObjectionCommands(QList<Command>& commands);
void addRepairCommands(QList<Command>& commands);
void addCommitmentCommands(QList<Command>& commands);
void addTipCommands(QList<Command>& commands);
void addImportCommands(QList<Command>& commands);
void addBenchCommands(QList<Command>& commands);
void addServerCommands(QList<Command>& commands);

QCommandLineOption userOption();
// An option that takes a value: valued("subject", "CODE").
QCommandLineOption valued(const char* name, const char* valueName);
// A positional id; anything else is CoreError(InvalidInput) naming `what`.
qint64 idArgument(const QString& text, const QString& what);
QCommandLineOption jsonOption();

} // namespace cd::cli
