#!/usr/bin/env bash
# Installs what is missing, builds CreditDesk into build/ and runs the whole test suite through
# CTest. Exits with CTest's status. Works from any directory:
#
#   sudo scripts/test.sh
#
# Extra arguments are passed on to ctest (for example: -R TestCrypto, or -V).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
readonly REPO_ROOT
readonly BUILD_DIR=build
cd "$REPO_ROOT"

log() { printf '[test] %s\n' "$*"; }
run() {
    log "+ $*"
    "$@"
}

# Run through sudo: give what we create in the repository back to the user who asked.
give_back_to_sudo_user() {
    if ((EUID == 0)) && [[ -n ${SUDO_UID:-} && ${SUDO_UID} != 0 && -d $BUILD_DIR ]]; then
        chown -R "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$BUILD_DIR" || true
    fi
}
trap give_back_to_sudo_user EXIT

# A build/ configured with another generator cannot be reused by "-G Ninja".
drop_foreign_cache() {
    local cache=$BUILD_DIR/CMakeCache.txt generator
    [[ -f $cache ]] || return 0
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")
    if [[ -n $generator && $generator != Ninja ]]; then
        log "$BUILD_DIR/ was configured with '$generator'; reconfiguring it for Ninja."
        rm -rf "$BUILD_DIR/CMakeCache.txt" "$BUILD_DIR/CMakeFiles"
    fi
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
exit "$status"
