# Two build flavours for security testing (see README, "Security testing"); both off by default.
#
#   CREDITDESK_SANITIZE  every target with AddressSanitizer and UndefinedBehaviorSanitizer: the whole
#                        test suite runs on it. g++ or clang.
#   CREDITDESK_FUZZ      the libFuzzer targets of tests/fuzz; clang only. It implies
#                        CREDITDESK_SANITIZE, and the core library is built with coverage
#                        instrumentation (fuzzer-no-link) so the fuzzers see which branches an input
#                        reached. Everything else in the same build links without libFuzzer, so one
#                        build folder serves both the fuzzers and the sanitized test suite.
option(CREDITDESK_SANITIZE "Build every target with ASan and UBSan" OFF)
option(CREDITDESK_FUZZ "Build the libFuzzer targets (clang only; implies CREDITDESK_SANITIZE)" OFF)

if(CREDITDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CREDITDESK_FUZZ needs clang (libFuzzer); configure with "
                            "-DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14")
    endif()
    set(CREDITDESK_SANITIZE ON CACHE BOOL "Build every target with ASan and UBSan" FORCE)
endif()

if(CREDITDESK_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CREDITDESK_SANITIZE is for g++ and clang")
    endif()
    # Any undefined behaviour stops the program, so a test or a fuzzer that meets one fails instead
    # of printing a line nobody reads.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()

# The sanitized build compiles everything once more with heavier code generation; a precompiled
# set of the Qt headers every file includes keeps it to a CI-friendly time. Normal builds stay as
# they are (their objects are shared through the compiler cache).
function(creditdesk_sanitizer_pch target)
    if(CREDITDESK_SANITIZE)
        target_precompile_headers(${target} PRIVATE
            <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
            <QJsonObject> <QList> <QMap> <QString> <QStringList> <QVariant> <functional> <memory>
            <optional> <vector>)
    endif()
endfunction()
