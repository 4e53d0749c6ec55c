#pragma once

#include <QString>

#include <exception>

namespace cd {

// Every failure that reaches a user carries one of these kinds; the CLI maps them to its exit
// codes and the GUI to the kind of message box. The numbers are the CLI contract.
enum class ErrorKind {
    Failed = 1, // the operation failed (I/O, a locked database, a disk that is full)
    Usage = 2, // the command line was wrong
    SignIn = 3, // wrong password or unknown user: one message for both
    Integrity = 4, // tampering or corruption; the message says where
    NotPermitted = 5, // the user's role does not allow it
    InvalidInput = 6, // a field or row is invalid; the message names it
};

class CoreError : public std::exception
{
public:
    CoreError(ErrorKind kind, QString message)
        : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
    {
    }

    ErrorKind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace cd
