#include "Cli.h"
#include "CoreError.h"
#include "services/Session.h"
#include "services/UserService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

int runUserAdd(Cli& cli, const QStringList& arguments)
{
    const QString usage = QStringLiteral("user add DB NEWNAME --role ROLE [--display-name TEXT] --user NAME");
    const Args args(arguments,
        {userOption(), QCommandLineOption(QStringLiteral("role"), QString(), QStringLiteral("ROLE")),
            QCommandLineOption(QStringLiteral("display-name"), QString(), QStringLiteral("TEXT"))},
        {QStringLiteral("DB"), QStringLiteral("NEWNAME")}, usage);
    const auto role = Roles::fromKey(args.value(QStringLiteral("role")));
    if (!role)
        throw CoreError(ErrorKind::Usage,
            Cli::tr("--role must be officer, reviewer, supervisor or admin.\nUsage: "
                    "creditdesk-cli %1")
                .arg(usage));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    session->require(Operation::ManageUsers);
    const QByteArray newPassword = cli.newPassword(args.positional(1));
    const User added = UserService(*session).add(
        args.positional(1), *role, newPassword, args.value(QStringLiteral("display-name")));
    cli.out << Cli::tr("Added %1 (%2).\n").arg(added.name, Roles::displayName(added.role));
    return 0;
}

int runUserPasswd(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments,
        {userOption(), QCommandLineOption(QStringLiteral("for"), QString(), QStringLiteral("OTHER"))},
        {QStringLiteral("DB")}, QStringLiteral("user passwd DB --user NAME [--for OTHER]"));
    const QString user = args.user();
    const QByteArray current = cli.password();
    auto session = Session::signIn(args.positional(0), user, current);
    UserService users(*session);
    if (args.isSet(QStringLiteral("for"))) {
        const QString other = args.value(QStringLiteral("for"));
        session->require(Operation::ManageUsers);
        users.resetPassword(other, cli.newPassword(other));
        cli.out << Cli::tr("The password of %1 was reset.\n").arg(other);
    } else {
        users.changeOwnPassword(current, cli.newPassword(session->user().name));
        cli.out << Cli::tr("Your password was changed.\n");
    }
    return 0;
}

int runUserDisable(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption()}, {QStringLiteral("DB"), QStringLiteral("NAME")},
        QStringLiteral("user disable DB NAME --user ADMIN"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    UserService(*session).disable(args.positional(1));
    cli.out << Cli::tr(
        "Disabled %1 and removed their key slot. Run rekey so that an old copy of the key file "
        "opens nothing.\n")
                   .arg(args.positional(1));
    return 0;
}

int runUserList(Cli& cli, const QStringList& arguments)
{
    const Args args(arguments, {userOption(), jsonOption()}, {QStringLiteral("DB")},
        QStringLiteral("user list DB --user NAME [--json]"));
    const QString user = args.user();
    auto session = Session::signIn(args.positional(0), user, cli.password());
    const QList<User> users = UserService(*session).list();
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const User& u : users)
            list.append(
                QJsonObject {{QStringLiteral("name"), u.name}, {QStringLiteral("displayName"), u.displayName},
                    {QStringLiteral("role"), Roles::key(u.role)}, {QStringLiteral("disabled"), u.disabled}});
        cli.printJson(list);
        return 0;
    }
    for (const User& u : users)
        cli.out << QStringLiteral("%1  %2  %3%4\n")
                       .arg(u.name, -16)
                       .arg(Roles::key(u.role), -10)
                       .arg(u.displayName, u.disabled ? Cli::tr("  (disabled)") : QString());
    return 0;
}

int runRecover(Cli& cli, const QStringList& arguments)
{
    const Args args(
        arguments, {userOption()}, {QStringLiteral("DB")}, QStringLiteral("recover DB --user NAME"));
    const QString user = args.user();
    QByteArray recoveryKey = qgetenv("CREDITDESK_RECOVERY_KEY");
    if (recoveryKey.isEmpty())
        recoveryKey = cli.hiddenLine(Cli::tr("Recovery key: "));
    Session::recover(args.positional(0), user, recoveryKey, cli.newPassword(user));
    cli.out
        << Cli::tr("%1 has a new password. Keep the recovery key in the safe; it still works.\n").arg(user);
    return 0;
}

} // namespace

void addUserCommands(QList<Command>& commands)
{
    commands << Command {QStringLiteral("user add"),
        QStringLiteral("user add DB NEWNAME --role ROLE [--display-name TEXT] --user NAME"),
        Cli::tr("Add a user (administrators only)."),
        Cli::tr("ROLE is officer, reviewer, supervisor or admin. The new user's password comes from "
                "CREDITDESK_NEW_PASSWORD or is asked twice on the terminal."),
        runUserAdd}
             << Command {QStringLiteral("user passwd"),
                    QStringLiteral("user passwd DB --user NAME [--for OTHER]"),
                    Cli::tr("Change your password, or (administrators) reset another user's."),
                    Cli::tr("Your current password comes from CREDITDESK_PASSWORD or the prompt, the new one "
                            "from CREDITDESK_NEW_PASSWORD or the prompt. Only your key slot is rewrapped."),
                    runUserPasswd}
             << Command {QStringLiteral("user disable"), QStringLiteral("user disable DB NAME --user ADMIN"),
                    Cli::tr("Disable a user and remove their key slot."),
                    Cli::tr("The user's audit entries stay. Run rekey afterwards."), runUserDisable}
             << Command {QStringLiteral("user list"), QStringLiteral("user list DB --user NAME [--json]"),
                    Cli::tr("List the users and their roles."), QString(), runUserList}
             << Command {QStringLiteral("recover"), QStringLiteral("recover DB --user NAME"),
                    Cli::tr("Give a user a new password with the recovery key printed at init."),
                    Cli::tr(
                        "The recovery key comes from CREDITDESK_RECOVERY_KEY or is asked on the terminal; "
                        "the new password from CREDITDESK_NEW_PASSWORD or the prompt. A wrong recovery key "
                        "is exit 3 and changes nothing."),
                    runRecover};
}

} // namespace cd::cli
