#!/usr/bin/env bash
# Installs what CreditDesk needs to build, test and run on Debian 12 (bookworm).
#
#   sudo scripts/setup-debian.sh          install whatever is missing
#   scripts/setup-debian.sh --check       only report; exit 1 if something is missing
#
# Idempotent. When every package is already installed at a suitable version it does no apt work
# at all (no network, no root needed). Otherwise it needs root: it re-runs itself through sudo when
# it can. SQLCipher 4.6 comes from bookworm-backports; the backports entry is derived from the
# machine's own apt sources (same mirror, same key) and only written when none exists yet.
# Called by scripts/test.sh and scripts/demo.sh; see docs/BUILDING.md.
set -euo pipefail

readonly SQLCIPHER_PACKAGE=libsqlcipher-dev
readonly SQLCIPHER_MIN_VERSION=4.6
readonly BACKPORTS_SUITE=bookworm-backports
readonly BACKPORTS_FILE=creditdesk-backports.sources

# Everything but SQLCipher comes from bookworm itself. Server mode (issue 10): Qt's PostgreSQL
# driver libqt6sql6-psql (it links libpq, not SQLite, so it sits safely beside our SQLCipher
# driver), and postgresql-15 for the throwaway test cluster of tests/pg/cluster.sh (initdb and
# pg_ctl in /usr/lib/postgresql/15/bin; pg_trgm and citext ship in it too, no -contrib needed).
readonly PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev
    libssl-dev libxlsxwriter-dev libzip-dev libfreexl-dev
    libqt6sql6-psql postgresql-15
    fonts-noto-cjk xvfb xauth poppler-utils clang-format
    debootstrap file nsis
    clang-14 libclang-rt-14-dev
)

log() { printf '[setup-debian] %s\n' "$*"; }
die() {
    printf '[setup-debian] ERROR: %s\n' "$*" >&2
    exit 1
}
run() {
    log "+ $*"
    "$@"
}

# --- What is installed ------------------------------------------------------------------------

# True when dpkg has the package fully installed ("ii").
package_installed() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null) || return 1
    [[ $status == ii* ]]
}

# The installed version of a package, or nothing.
installed_version() {
    dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true
}

sqlcipher_ok() {
    local version
    package_installed "$SQLCIPHER_PACKAGE" || return 1
    version=$(installed_version "$SQLCIPHER_PACKAGE")
    [[ -n $version ]] && dpkg --compare-versions "$version" ge "$SQLCIPHER_MIN_VERSION"
}

# Prints the packages that still have to be installed (or upgraded), one a line.
missing_packages() {
    local pkg
    for pkg in "${PACKAGES[@]}"; do
        package_installed "$pkg" || printf '%s\n' "$pkg"
    done
    sqlcipher_ok || printf '%s\n' "$SQLCIPHER_PACKAGE"
}

# --- apt sources ------------------------------------------------------------------------------
# Both functions take the apt configuration directory (normally /etc/apt: the one that holds
# sources.list and sources.list.d/) so that they can be tried on copies.

# The files apt reads, in the order we prefer them: deb822 first, then one-line files.
apt_source_files() {
    local dir=$1 f
    for f in "$dir"/sources.list.d/*.sources; do
        [[ -f $f ]] && printf '%s\n' "$f"
    done
    [[ -f $dir/sources.list ]] && printf '%s\n' "$dir/sources.list"
    for f in "$dir"/sources.list.d/*.list; do
        [[ -f $f ]] && printf '%s\n' "$f"
    done
    return 0
}

# One awk program reads both formats (by file name).
#   mode=check: exit 0 if some enabled "deb" entry already has Suites bookworm-backports.
#   mode=mirror: print the first URI of the best "deb ... bookworm main" entry; exit 1 if none.
#   mode=derive: print a deb822 bookworm-backports stanza built from the best "deb ... bookworm
#                main" entry (its URIs and Signed-By); exit 1 if there is none.
# Among bookworm entries, one that looks like the Debian archive (URI mentions debian or is a
# mirror+ list, and it is signed by the Debian archive keyring or by nothing explicit) wins over a
# third-party repository that happens to publish a "bookworm main".
readonly SOURCES_AWK='
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function has_word(list, word,    n, i, parts) {
    n = split(list, parts, /[ \t]+/)
    for (i = 1; i <= n; i++) if (parts[i] == word) return 1
    return 0
}
function consider(file, types, uris, suites, comps, signed, enabled,    tier) {
    if (tolower(enabled) == "no" || !has_word(types, "deb") || uris == "") return
    if (has_word(suites, "bookworm-backports")) have_backports = 1
    if (!has_word(suites, "bookworm") || !has_word(comps, "main")) return
    tier = ((uris ~ /debian/ || uris ~ /^mirror/) && (signed == "" || signed ~ /debian-archive-keyring/)) ? 1 : 2
    if (best_tier == 0 || tier < best_tier) {
        best_tier = tier; best_file = file; best_uris = uris; best_signed = signed
    }
}
function reset_stanza() { t = ""; u = ""; s = ""; c = ""; sb = ""; en = ""; key = ""; open = 0 }
function flush_stanza() { if (open) consider(cur_file, t, u, s, c, sb, en); reset_stanza() }

FNR == 1 { flush_stanza(); cur_file = FILENAME; deb822 = (FILENAME ~ /\.sources$/) }

# ---- deb822 (*.sources) ----
deb822 && /^#/ { next }
deb822 && /^[ \t]*$/ { flush_stanza(); next }
deb822 && /^[ \t]/ {
    # Continuation line: a multi-line Signed-By (an inline key) is kept verbatim.
    if (key == "signed-by") sb = sb "\n" $0
    else if (key == "types") t = t " " trim($0)
    else if (key == "uris") u = u " " trim($0)
    else if (key == "suites") s = s " " trim($0)
    else if (key == "components") c = c " " trim($0)
    next
}
deb822 {
    i = index($0, ":")
    if (i == 0) next
    open = 1
    key = tolower(trim(substr($0, 1, i - 1)))
    val = trim(substr($0, i + 1))
    if (key == "types") t = val
    else if (key == "uris") u = val
    else if (key == "suites") s = val
    else if (key == "components") c = val
    else if (key == "signed-by") sb = val
    else if (key == "enabled") en = val
    next
}

# ---- one-line format (sources.list, *.list) ----
{
    line = $0
    sub(/#.*/, "", line)
    n = split(trim(line), w, /[ \t]+/)
    if (n < 3 || w[1] != "deb") next
    signed = ""; j = 2
    if (w[2] ~ /^\[/) {
        # Options: [opt=val opt=val], possibly with spaces after "[" or before "]".
        while (j <= n) {
            opt = w[j]; gsub(/[\[\]]/, "", opt)
            if (tolower(opt) ~ /^signed-by=/) signed = substr(opt, 11)
            if (w[j] ~ /\]$/) { j++; break }
            j++
        }
    }
    if (j + 1 > n) next
    comps = ""
    for (k = j + 2; k <= n; k++) comps = comps " " w[k]
    consider(FILENAME, "deb", w[j], w[j + 1], comps, signed, "")
}

END {
    flush_stanza()
    if (mode == "check") exit(have_backports ? 0 : 1)
    if (best_tier == 0) exit 1
    if (mode == "mirror") { split(best_uris, first, /[ \t]+/); print first[1]; exit 0 }
    print "# bookworm-backports, for SQLCipher 4.6 (libsqlcipher-dev)."
    print "# Written by CreditDesk scripts/setup-debian.sh from the bookworm entry in " best_file "."
    print "Types: deb"
    print "URIs: " best_uris
    print "Suites: bookworm-backports"
    print "Components: main"
    if (best_signed != "") {
        if (substr(best_signed, 1, 1) == "\n") print "Signed-By:" best_signed
        else print "Signed-By: " best_signed
    }
}
'

# True when the apt sources under $1 already have an enabled bookworm-backports entry.
has_backports_entry() {
    local dir=$1
    local -a files
    mapfile -t files < <(apt_source_files "$dir")
    ((${#files[@]} > 0)) || return 1
    awk -v mode=check "$SOURCES_AWK" "${files[@]}"
}

# Prints the deb822 backports stanza derived from the bookworm entry of the apt sources under $1.
derive_backports_source() {
    local dir=$1
    local -a files
    mapfile -t files < <(apt_source_files "$dir")
    ((${#files[@]} > 0)) || return 1
    awk -v mode=derive "$SOURCES_AWK" "${files[@]}"
}

# Prints the Debian mirror URI of the bookworm entry of the apt sources under $1: what the package
# test hands to debootstrap, so that a clean root uses the mirror this machine already trusts.
derive_bookworm_mirror() {
    local dir=$1
    local -a files
    mapfile -t files < <(apt_source_files "$dir")
    ((${#files[@]} > 0)) || return 1
    awk -v mode=mirror "$SOURCES_AWK" "${files[@]}"
}

# Writes $1/sources.list.d/creditdesk-backports.sources unless a backports entry exists already.
# Returns 0 when an entry exists or was written.
configure_backports() {
    local dir=$1 target tmp
    target=$dir/sources.list.d/$BACKPORTS_FILE
    if has_backports_entry "$dir"; then
        log "apt already has a $BACKPORTS_SUITE entry: leaving the apt sources as they are."
        return 0
    fi
    tmp=$(mktemp)
    if ! derive_backports_source "$dir" >"$tmp"; then
        rm -f "$tmp"
        die "found no 'bookworm main' entry in $dir/sources.list or $dir/sources.list.d/*.sources," \
            "so the $BACKPORTS_SUITE mirror cannot be derived. Add a $BACKPORTS_SUITE entry for your" \
            "Debian mirror by hand (see docs/BUILDING.md) and run this again."
    fi
    mkdir -p "$dir/sources.list.d"
    install -m 0644 "$tmp" "$target"
    rm -f "$tmp"
    log "wrote $target:"
    sed 's/^/    /' "$target"
}

# --- Root -------------------------------------------------------------------------------------

require_root() {
    ((EUID == 0)) && return 0
    if command -v sudo >/dev/null 2>&1; then
        log "root is needed to install packages: re-running through sudo."
        exec sudo -- "$BASH" "$(readlink -f "${BASH_SOURCE[0]}")" "$@"
    fi
    die "packages are missing and installing them needs root, but this is not root and sudo is" \
        "not installed. Run it as root: su -c '$(readlink -f "${BASH_SOURCE[0]}")'"
}

# --- Main -------------------------------------------------------------------------------------

apt_install() {
    DEBIAN_FRONTEND=noninteractive run apt-get install -y --no-install-recommends \
        -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 "$@"
}

main() {
    local check_only=0 arg
    for arg in "$@"; do
        case $arg in
        --check) check_only=1 ;;
        -h | --help)
            sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            return 0
            ;;
        *) die "unknown argument: $arg (try --help)" ;;
        esac
    done

    command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script is for Debian 12."
    local codename=""
    if [[ -r /etc/os-release ]]; then
        codename=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
    fi
    [[ $codename == bookworm ]] ||
        log "warning: this is '${codename:-unknown}', not Debian 12 (bookworm); carrying on regardless."

    local -a missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        log "all $((${#PACKAGES[@]} + 1)) packages are installed, $SQLCIPHER_PACKAGE" \
            "$(installed_version "$SQLCIPHER_PACKAGE") (>= $SQLCIPHER_MIN_VERSION): nothing to do."
        return 0
    fi
    log "missing: ${missing[*]}"
    if ((check_only)); then
        return 1
    fi
    require_root "$@"

    local need_sqlcipher=0 pkg
    local -a others=()
    for pkg in "${missing[@]}"; do
        if [[ $pkg == "$SQLCIPHER_PACKAGE" ]]; then
            need_sqlcipher=1
        else
            others+=("$pkg")
        fi
    done

    if ((need_sqlcipher)) && [[ $codename == bookworm ]]; then
        configure_backports /etc/apt
    fi
    DEBIAN_FRONTEND=noninteractive run apt-get update -o Acquire::Retries=3 -o DPkg::Lock::Timeout=300
    if ((${#others[@]} > 0)); then
        apt_install "${others[@]}"
    fi
    if ((need_sqlcipher)); then
        if [[ $codename == bookworm ]]; then
            apt_install -t "$BACKPORTS_SUITE" "$SQLCIPHER_PACKAGE"
        else
            apt_install "$SQLCIPHER_PACKAGE"
        fi
    fi

    if ! sqlcipher_ok; then
        die "$SQLCIPHER_PACKAGE is '$(installed_version "$SQLCIPHER_PACKAGE")' after installing, but" \
            "CreditDesk needs >= $SQLCIPHER_MIN_VERSION (from $BACKPORTS_SUITE). Check" \
            "'apt-cache policy $SQLCIPHER_PACKAGE'."
    fi
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
    log "done: $SQLCIPHER_PACKAGE $(installed_version "$SQLCIPHER_PACKAGE"), all packages installed."
}

# Sourcing the file (for trying the functions on copies of the apt sources) runs nothing.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
