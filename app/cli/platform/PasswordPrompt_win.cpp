#include "PasswordPrompt.h"

#include <windows.h>

namespace cd::cli {

QByteArray readHiddenLine(const QString& prompt)
{
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode))
        return {};
    const std::wstring p = prompt.toStdWString();
    DWORD written = 0;
    WriteConsoleW(GetStdHandle(STD_ERROR_HANDLE), p.c_str(), DWORD(p.size()), &written, nullptr);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    // ReadConsoleW gives UTF-16, so Chinese passwords arrive intact whatever the code page.
    std::wstring line;
    wchar_t buffer[256];
    DWORD read = 0;
    while (ReadConsoleW(in, buffer, 256, &read, nullptr) && read > 0) {
        line.append(buffer, read);
        if (line.find(L'\n') != std::wstring::npos)
            break;
    }
    SetConsoleMode(in, mode);
    WriteConsoleW(GetStdHandle(STD_ERROR_HANDLE), L"\r\n", 2, &written, nullptr);
    while (!line.empty() && (line.back() == L'\n' || line.back() == L'\r'))
        line.pop_back();
    return QString::fromStdWString(line).toUtf8();
}

} // namespace cd::cli
