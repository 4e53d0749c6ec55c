#!/usr/bin/env bash
# Installs what is missing, builds CreditDesk into build/ and runs the whole test suite through
# CTest, then the security stage (README, "Security testing"): the same suite built with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/, and every fuzz target for a bounded
# time. Exits non-zero if any stage failed. Works from any directory:
#
#   sudo scripts/test.sh
#
# Extra arguments are passed on to both ctest runs (for example: -R TestCrypto, or -V).
# CREDITDESK_SECURITY_STAGE=0 leaves the security stage out (for a quick local run; CI runs it);
# CREDITDESK_FUZZ_SECONDS (default 25) is each fuzz target's time.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
readonly REPO_ROOT
readonly BUILD_DIR=build
readonly ASAN_BUILD_DIR=build-asan
readonly SECURITY_STAGE=${CREDITDESK_SECURITY_STAGE:-1}
readonly FUZZ_SECONDS=${CREDITDESK_FUZZ_SECONDS:-25}
cd "$REPO_ROOT"

log() { printf '[test] %s\n' "$*"; }
run() {
    log "+ $*"
    "$@"
}

# Run through sudo: give what we create in the repository back to the user who asked.
give_back_to_sudo_user() {
    local dir
    for dir in "$BUILD_DIR" "$ASAN_BUILD_DIR"; do
        if ((EUID == 0)) && [[ -n ${SUDO_UID:-} && ${SUDO_UID} != 0 && -d $dir ]]; then
            chown -R "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$dir" || true
        fi
    done
}
trap give_back_to_sudo_user EXIT

# A build folder configured with another generator cannot be reused by "-G Ninja".
drop_foreign_cache() {
    local dir=${1:-$BUILD_DIR} cache generator
    cache=$dir/CMakeCache.txt
    [[ -f $cache ]] || return 0
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")
    if [[ -n $generator && $generator != Ninja ]]; then
        log "$dir/ was configured with '$generator'; reconfiguring it for Ninja."
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    fi
}

# The security stage: the whole suite under ASan + UBSan, then the fuzzers. Every sanitizer report
# of every process (the CLI suites start creditdesk-cli, whose exit a test may expect to be non-zero)
# goes to a log file; any such file fails the stage, whatever the tests said.
security_stage() {
    local started=$SECONDS status=0 logs=$ASAN_BUILD_DIR/sanitizer-logs
    drop_foreign_cache "$ASAN_BUILD_DIR"
    # -O1 with line tables only: sanitizer reports keep file and line, Q_ASSERT stays on, and it is
    # lighter to build than -O2 -g (per file it cost 0.82 of the normal g++ build here).
    run cmake -S . -B "$ASAN_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_C_FLAGS_DEBUG=-O1 -gline-tables-only" "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" \
        -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DCREDITDESK_FUZZ=ON || return 1
    run cmake --build "$ASAN_BUILD_DIR" -j "$(nproc)" || return 1
    log "sanitized build: $((SECONDS - started)) s"

    rm -rf "$logs"
    mkdir -p "$logs"
    local tests_started=$SECONDS supp=$REPO_ROOT/tests/sanitizers
    # The package suites test the .deb and the installer, not memory safety: they run in the normal
    # build only. The crash harness's 300 kills are the normal build's; here 40 show the writer and
    # the recovery clean under the sanitizers.
    log "+ ctest --test-dir $ASAN_BUILD_DIR (ASan + UBSan) -LE package $*"
    ASAN_OPTIONS="detect_leaks=1:log_path=$REPO_ROOT/$logs/asan:suppressions=$supp/asan.supp" \
        LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$REPO_ROOT/$logs/ubsan:suppressions=$supp/ubsan.supp" \
        QT_QPA_PLATFORM=offscreen CREDITDESK_FAST_KDF=1 CREDITDESK_CRASH_KILLS=${CREDITDESK_CRASH_KILLS:-40} \
        ctest --test-dir "$ASAN_BUILD_DIR" --output-on-failure -j2 -LE package "$@" || status=$?
    log "sanitized tests: $((SECONDS - tests_started)) s"
    if compgen -G "$logs/*" >/dev/null; then
        log "sanitizer reports:"
        for f in "$logs"/*; do
            log "--- $f"
            sed 's/^/    /' "$f"
        done
        status=1
    fi
    ((status == 0)) || log "sanitized ctest failed."

    local fuzz_started=$SECONDS
    run bash "$REPO_ROOT/scripts/fuzz.sh" "$ASAN_BUILD_DIR" "$FUZZ_SECONDS" || status=1
    log "fuzzing: $((SECONDS - fuzz_started)) s; security stage in all: $((SECONDS - started)) s"
    return "$status"
}

run bash "$REPO_ROOT/scripts/setup-debian.sh"

drop_foreign_cache
run cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
run cmake --build "$BUILD_DIR" -j "$(nproc)"
# The .deb that TestDebPackage installs on a clean Debian 12 root (CTest would build it too, as the
# test's fixture; building it here shows a packaging error before the tests start).
run cmake --build "$BUILD_DIR" --target package_deb

log "+ QT_QPA_PLATFORM=offscreen CREDITDESK_FAST_KDF=1 ctest --test-dir $BUILD_DIR --output-on-failure -j2 $*"
status=0
QT_QPA_PLATFORM=offscreen CREDITDESK_FAST_KDF=1 \
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@" || status=$?
if ((status == 0)); then
    log "ctest passed."
else
    log "ctest failed with status $status."
fi

if ((SECURITY_STAGE)); then
    security_status=0
    security_stage "$@" || security_status=$?
    if ((security_status == 0)); then
        log "security stage passed."
    else
        log "security stage failed."
        ((status != 0)) || status=1
    fi
fi
exit "$status"
