#include "PasswordPrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cd::cli {

QByteArray readHiddenLine(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    return line.isNull() ? QByteArray("") : line;
}

} // namespace cd::cli
