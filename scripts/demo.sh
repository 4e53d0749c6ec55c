#!/usr/bin/env bash
# Installs what is missing, builds CreditDesk, creates a demo database if there is none and starts
# the GUI on it. Works from any directory:
#
#   sudo scripts/demo.sh             build, create demo/creditdesk-demo.db if missing, start the GUI
#   sudo scripts/demo.sh --reset     throw the demo database away and create a new one first
#   sudo scripts/demo.sh --no-gui    everything but starting the GUI
#
# Without a display ($DISPLAY and $WAYLAND_DISPLAY empty) the GUI runs on a virtual X display
# (Xvfb), so the command still works on a headless machine; the window is then not visible.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
readonly REPO_ROOT
readonly BUILD_DIR=build
readonly DEMO_DIR=demo
readonly DEMO_DB=$DEMO_DIR/creditdesk-demo.db
# The users other than admin are printed by "creditdesk-cli demo"; we keep that output here.
readonly DEMO_ACCOUNTS=$DEMO_DIR/demo-accounts.txt
readonly ADMIN_USER=admin
# A demo password for a demo database only: it is printed below on purpose.
readonly ADMIN_PASSWORD=CreditDesk-demo-2026
readonly CLI=$BUILD_DIR/app/cli/creditdesk-cli
readonly GUI=$BUILD_DIR/app/gui/creditdesk
cd "$REPO_ROOT"

log() { printf '[demo] %s\n' "$*"; }
die() {
    printf '[demo] ERROR: %s\n' "$*" >&2
    exit 1
}
run() {
    log "+ $*"
    "$@"
}

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

start_gui=1
reset=0
for arg in "$@"; do
    case $arg in
    --no-gui) start_gui=0 ;;
    --reset) reset=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    *) die "unknown argument: $arg (try --help)" ;;
    esac
done

# Run through sudo: what we create in the repository goes back to the user who asked, and the
# GUI runs as that user (their display, their settings), not as root.
invoking_user=""
if ((EUID == 0)) && [[ -n ${SUDO_USER:-} && $SUDO_USER != root && -n ${SUDO_UID:-} ]]; then
    invoking_user=$SUDO_USER
fi

give_back_to_sudo_user() {
    [[ -n $invoking_user ]] || return 0
    local d
    for d in "$BUILD_DIR" "$DEMO_DIR"; do
        [[ -e $d ]] && chown -R "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$d"
    done
    return 0
}
trap give_back_to_sudo_user EXIT

remove_demo_db() {
    rm -f "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm" "$DEMO_DB-journal" "$DEMO_ACCOUNTS"
}

# --- Dependencies and build -------------------------------------------------------------------

run bash "$REPO_ROOT/scripts/setup-debian.sh"

if [[ -f $BUILD_DIR/CMakeCache.txt ]]; then
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt")
    if [[ -n $generator && $generator != Ninja ]]; then
        log "$BUILD_DIR/ was configured with '$generator'; reconfiguring it for Ninja."
        rm -rf "$BUILD_DIR/CMakeCache.txt" "$BUILD_DIR/CMakeFiles"
    fi
fi
run cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
run cmake --build "$BUILD_DIR" -j "$(nproc)" --target creditdesk creditdesk-cli
[[ -x $CLI ]] || die "$CLI was not built."
[[ -x $GUI ]] || die "$GUI was not built."

# --- Demo database ----------------------------------------------------------------------------

if ((reset)) && [[ -e $DEMO_DB ]]; then
    log "--reset: removing the old demo database."
    remove_demo_db
fi

if [[ -e $DEMO_DB ]]; then
    log "using the existing demo database $DEMO_DB (scripts/demo.sh --reset makes a new one)."
else
    log "creating the demo database $DEMO_DB"
    mkdir -p "$DEMO_DIR"
    log "+ CREDITDESK_PASSWORD=*** $CLI init $DEMO_DB --user $ADMIN_USER"
    if ! CREDITDESK_PASSWORD=$ADMIN_PASSWORD "$CLI" init "$DEMO_DB" --user "$ADMIN_USER" </dev/null; then
        remove_demo_db
        die "'creditdesk-cli init' failed; nothing was kept."
    fi
    if [[ ! -s $DEMO_DB ]]; then
        remove_demo_db
        die "'creditdesk-cli init' exited 0 but did not create $DEMO_DB (is the init command built in?)."
    fi
    log "+ CREDITDESK_PASSWORD=*** $CLI demo $DEMO_DB --user $ADMIN_USER"
    if ! CREDITDESK_PASSWORD=$ADMIN_PASSWORD "$CLI" demo "$DEMO_DB" --user "$ADMIN_USER" </dev/null \
        >"$DEMO_ACCOUNTS.tmp"; then
        cat "$DEMO_ACCOUNTS.tmp" >&2 || true
        rm -f "$DEMO_ACCOUNTS.tmp"
        remove_demo_db
        die "'creditdesk-cli demo' failed; the half-made demo database was removed."
    fi
    mv "$DEMO_ACCOUNTS.tmp" "$DEMO_ACCOUNTS"
fi
give_back_to_sudo_user

cat <<EOF

================================ CreditDesk demo ================================
Database:  $REPO_ROOT/$DEMO_DB
Demo users (demo passwords, for this demo database only):
  $ADMIN_USER    password: $ADMIN_PASSWORD
EOF
if [[ -s $DEMO_ACCOUNTS ]]; then
    printf 'Printed by "creditdesk-cli demo" (kept in %s):\n' "$DEMO_ACCOUNTS"
    sed 's/^/  /' "$DEMO_ACCOUNTS"
else
    printf '(The officer, reviewer and supervisor demo users are printed when the database is\n'
    printf ' created: run "scripts/demo.sh --reset" to create it again and see them.)\n'
fi
printf '=================================================================================\n\n'

# --- GUI --------------------------------------------------------------------------------------

if ((!start_gui)); then
    log "--no-gui: not starting the GUI. Start it with: $GUI --database $DEMO_DB"
    exit 0
fi

gui_cmd=("$GUI" --database "$DEMO_DB")
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null 2>&1 || die "no display and no xvfb-run (package xvfb)."
    cat <<'EOF'
NOTE: there is no display here ($DISPLAY and $WAYLAND_DISPLAY are empty), so CreditDesk starts
      on a virtual X display (Xvfb): it runs, but its window is not visible. To see it, run this
      from a desktop session (or over "ssh -X"). Press Ctrl+C to stop it.
EOF
    gui_cmd=(xvfb-run -a -s "-screen 0 1600x1000x24" "${gui_cmd[@]}")
fi

if [[ -n $invoking_user ]]; then
    # As the user who ran sudo, with their display: sudo keeps DISPLAY (and XAUTHORITY if set).
    user_env=(HOME="$(getent passwd "$invoking_user" | cut -d: -f6)")
    [[ -d /run/user/$SUDO_UID ]] && user_env+=(XDG_RUNTIME_DIR="/run/user/$SUDO_UID")
    log "+ (as $invoking_user) ${gui_cmd[*]@Q}"
    exec runuser -u "$invoking_user" -- env "${user_env[@]}" "${gui_cmd[@]}"
fi
log "+ ${gui_cmd[*]@Q}"
exec "${gui_cmd[@]}"
