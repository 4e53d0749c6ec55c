#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace cd::fuzz {

// A QCoreApplication for the whole run (Qt SQL and the text codecs want one) and the fast key
// derivation, so a target that signs in does not spend its time in scrypt.
void startQt();

// The input as a file with this suffix, for the readers that take a path. One file per process,
// overwritten by every input; it lives in a temporary folder removed at exit.
QString inputFile(const uint8_t* data, size_t size, const char* suffix);

// A broken promise of the code under test: prints why and aborts, which libFuzzer reports as a
// crash with the input that caused it.
[[noreturn]] void fail(const char* what, const QString& detail = {});

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace cd::fuzz
