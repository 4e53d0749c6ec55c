#!/usr/bin/env bash
# Runs every libFuzzer target of a CREDITDESK_FUZZ build for a bounded time over its seed corpus
# (tests/fuzz/corpus/<target>/) and fails on the first crash, sanitizer report or leak:
#
#   scripts/fuzz.sh [BUILD_DIR] [SECONDS_EACH]       defaults: build-asan, 25
#
# New inputs the fuzzers find go to BUILD_DIR/fuzz/corpus/<target>/ (kept between runs, never
# committed); a crashing input is saved as BUILD_DIR/fuzz/<target>-crash-… and printed in the log.
# scripts/test.sh calls this after the sanitized test suite.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
readonly REPO_ROOT
BUILD_DIR=$(readlink -f "${1:-$REPO_ROOT/build-asan}")
readonly BUILD_DIR
readonly SECONDS_EACH=${2:-25}
readonly TARGETS=(fuzz_codes fuzz_csv fuzz_xlsx fuzz_xls fuzz_feedback fuzz_calendar fuzz_keyfile)

log() { printf '[fuzz] %s\n' "$*"; }

# Leaks count (a reader that leaks per file leaks in a long import); the suppressions name only
# third-party libraries, each line explained in the file.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1:suppressions=$REPO_ROOT/tests/sanitizers/asan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$REPO_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$REPO_ROOT/tests/sanitizers/ubsan.supp}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en CREDITDESK_FAST_KDF=1

failed=()
for target in "${TARGETS[@]}"; do
    binary=$BUILD_DIR/tests/fuzz/$target
    [[ -x $binary ]] || {
        log "ERROR: $binary is missing: build $BUILD_DIR with -DCREDITDESK_FUZZ=ON first."
        exit 2
    }
    seeds=$REPO_ROOT/tests/fuzz/corpus/$target
    found=$BUILD_DIR/fuzz/corpus/$target
    mkdir -p "$found"
    log "$target: ${SECONDS_EACH}s over $(find "$seeds" -type f | wc -l) seeds and $(find "$found" -type f | wc -l) found inputs"
    status=0
    # -timeout: one input taking longer than 10 s is a hang and fails like a crash; -rss_limit_mb
    # the same for an input that makes a reader eat memory. -max_len leaves room for the XLS seeds.
    "$binary" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$BUILD_DIR/fuzz/$target-" "$found" "$seeds" \
        >"$BUILD_DIR/fuzz/$target.log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ +DONE)' "$BUILD_DIR/fuzz/$target.log" |
        sed 's/^/    /' || true
    if ((status != 0)); then
        log "$target FAILED (status $status):"
        tail -n 60 "$BUILD_DIR/fuzz/$target.log" | sed 's/^/    /'
        failed+=("$target")
    fi
done

if ((${#failed[@]} > 0)); then
    log "failed: ${failed[*]} (inputs saved in $BUILD_DIR/fuzz/)"
    exit 1
fi
log "all ${#TARGETS[@]} targets ran ${SECONDS_EACH}s each without a crash."
