#!/usr/bin/env bash
# A clean Debian 12 root to install the CreditDesk package into, as a desk machine would get it.
# Used by tests/package/TestDebPackage; needs root (debootstrap, chroot, mount).
#
#   clean-root.sh create             a fresh copy of the cached root; prints its folder (RUN)
#   clean-root.sh install RUN DEB    apt-get install ./DEB inside it (Depends resolved for real)
#   clean-root.sh exec RUN CMD...    runs CMD inside it with a clean environment
#   clean-root.sh destroy RUN        unmounts everything under RUN and deletes it
#
# The root is made once with `debootstrap --variant=minbase bookworm` from this machine's own
# Debian mirror (derived from /etc/apt by scripts/setup-debian.sh, never written here), with
# bookworm-backports enabled inside it the same way, and kept under $CREDITDESK_TEST_CACHE
# (default /var/cache/creditdesk-test) with a stamp; every run works on a copy, so the cached root
# stays clean. Downloaded .debs are kept there too, so a warm run downloads only the package lists.
set -euo pipefail

readonly CACHE=${CREDITDESK_TEST_CACHE:-/var/cache/creditdesk-test}
readonly BASE=$CACHE/bookworm-minbase
readonly STAMP=$BASE.stamp
readonly ARCHIVES=$CACHE/archives
readonly RUNS=$CACHE/runs
# Bump when the way the base root is made changes, so cached roots are made again.
readonly LAYOUT=1
REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
readonly REPO_ROOT

# The apt source logic of the setup script (sourcing it runs nothing).
# shellcheck source=../../scripts/setup-debian.sh
source "$REPO_ROOT/scripts/setup-debian.sh"
# Our own log and die, after the script's.
log() { printf '[clean-root] %s\n' "$*" >&2; }
die() {
    printf '[clean-root] ERROR: %s\n' "$*" >&2
    exit 1
}

in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# The host's apt proxy, if it has one, so the root reaches the mirror the same way.
copy_apt_proxy() {
    local root=$1 proxy
    proxy=$(apt-config dump Acquire::http::Proxy 2>/dev/null | sed -n 's/^Acquire::http::Proxy "\(.*\)";$/\1/p')
    if [[ -n $proxy ]]; then
        printf 'Acquire::http::Proxy "%s";\n' "$proxy" >"$root/etc/apt/apt.conf.d/01creditdesk-proxy"
    fi
}

mount_into() {
    local root=$1
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
}

# Every mount point under a folder, deepest first.
unmount_under() {
    local dir=$1 target
    [[ -d $dir ]] || return 0
    dir=$(readlink -f "$dir")
    while read -r target; do
        umount "$target" 2>/dev/null || umount -l "$target" || true
    done < <(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r)
}

stamp_text() {
    printf 'layout=%s\nmirror=%s\n' "$LAYOUT" "$1"
}

# Makes the cached root unless a stamp says it is there and was made from the same mirror.
ensure_base() {
    local mirror=$1 tmp
    if [[ -f $STAMP && $(sed -n '1,2p' "$STAMP") == "$(stamp_text "$mirror")" && -x $BASE/usr/bin/apt-get ]]; then
        log "reusing $BASE ($(sed -n 's/^made=//p' "$STAMP"))"
        return 0
    fi
    command -v debootstrap >/dev/null || die "debootstrap is not installed (scripts/setup-debian.sh installs it)"
    log "making $BASE with debootstrap from $mirror (once per machine)"
    rm -rf "$BASE" "$STAMP" "$CACHE/lists.stamp"
    tmp=$BASE.new
    unmount_under "$tmp"
    rm -rf "$tmp"
    debootstrap --variant=minbase bookworm "$tmp" "$mirror" >"$CACHE/debootstrap.log" 2>&1 ||
        die "debootstrap failed; see $CACHE/debootstrap.log"
    # debootstrap wrote "deb MIRROR bookworm main"; backports is derived from it like on the host.
    configure_backports "$tmp/etc/apt" >&2
    rm -f "$tmp/var/cache/apt/archives/"*.deb
    mv "$tmp" "$BASE"
    { stamp_text "$mirror"; printf 'made=%s\n' "$(date -u +%FT%TZ)"; } >"$STAMP"
}

# The package lists of the cached root, read again when they are a day old, so that the update in
# each run only has to ask whether anything changed.
refresh_base_lists() {
    local lists=$CACHE/lists.stamp
    if [[ -f $lists ]] && [[ -z $(find "$lists" -mmin +1440) ]]; then
        return 0
    fi
    log "reading the package lists of $BASE"
    cp -L /etc/resolv.conf "$BASE/etc/resolv.conf" 2>/dev/null || true
    copy_apt_proxy "$BASE"
    mount_into "$BASE"
    local status=0
    in_root "$BASE" apt-get update -o Acquire::Retries=3 >&2 || status=$?
    unmount_under "$BASE"
    ((status == 0)) || die "apt-get update failed in $BASE"
    touch "$lists"
}

cmd_create() {
    local mirror run
    ((EUID == 0)) || die "needs root (debootstrap, chroot, mount)"
    mirror=$(derive_bookworm_mirror /etc/apt) || die "found no 'bookworm main' entry in /etc/apt"
    [[ $mirror =~ ^(https?|file): ]] || die "debootstrap cannot use the mirror URI '$mirror'"
    mkdir -p "$CACHE" "$ARCHIVES/partial" "$RUNS"
    exec 9>"$CACHE/lock"
    flock 9
    # Runs left behind by a test that was killed (its process is gone): their mounts go first,
    # then the copies. Runs of tests still running, from another build tree say, stay.
    for run in "$RUNS"/*; do
        [[ -d $run ]] || continue
        if [[ -f $run/owner ]] && kill -0 "$(cat "$run/owner")" 2>/dev/null; then
            continue
        fi
        log "removing a stale run $run"
        unmount_under "$run"
        rm -rf --one-file-system "$run"
    done
    ensure_base "$mirror"
    refresh_base_lists
    run=$(mktemp -d "$RUNS/run.XXXXXX")
    # The process that asked for the run (the test) owns it.
    printf '%s\n' "$PPID" >"$run/owner"
    cp -a "$BASE" "$run/root"
    flock -u 9
    cp -L /etc/resolv.conf "$run/root/etc/resolv.conf" 2>/dev/null || true
    copy_apt_proxy "$run/root"
    mount_into "$run/root"
    mount --bind "$ARCHIVES" "$run/root/var/cache/apt/archives"
    printf '%s\n' "$run"
}

cmd_install() {
    local run=$1 deb=$2 name
    [[ -d $run/root ]] || die "no root at $run"
    [[ -f $deb ]] || die "no package at $deb"
    name=$(basename "$deb")
    cp "$deb" "$run/root/tmp/$name"
    in_root "$run/root" apt-get update -o Acquire::Retries=3 >&2
    # A path with a slash: apt installs the file and resolves its Depends from the archive.
    in_root "$run/root" apt-get install -y --no-install-recommends -o Dpkg::Use-Pty=0 "/tmp/$name" >&2
}

cmd_exec() {
    local run=$1
    shift
    [[ -d $run/root ]] || die "no root at $run"
    in_root "$run/root" "$@"
}

cmd_destroy() {
    local run=$1
    [[ $(readlink -f "$run") == "$(readlink -f "$RUNS")"/* ]] || die "$run is not a run under $RUNS"
    unmount_under "$run"
    rm -rf --one-file-system "$run"
}

main() {
    (($# > 0)) || die "usage: clean-root.sh create | install RUN DEB | exec RUN CMD... | destroy RUN"
    local command=$1
    shift
    case $command in
    create) cmd_create ;;
    install) cmd_install "$@" ;;
    exec) cmd_exec "$@" ;;
    destroy) cmd_destroy "$@" ;;
    *) die "unknown command: $command" ;;
    esac
}

main "$@"
