#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the server-mode tests (issue 10): TLS only, on loopback.
#
#   tests/pg/cluster.sh start STATE_FILE     initdb in a new temporary folder, start, write STATE_FILE
#   tests/pg/cluster.sh stop STATE_FILE      stop the cluster STATE_FILE names and remove its folder
#
# CTest runs these as the setup and cleanup of the fixture pg_cluster (tests/CMakeLists.txt), so
# every suite with FIXTURES_REQUIRED pg_cluster finds a running server and the server is stopped at
# the end whatever the suites did. STATE_FILE is KEY=VALUE lines, read by the suites (their
# environment names it in CREDITDESK_TEST_PG_INFO):
#
#   PG_HOST, PG_PORT            where the server listens (127.0.0.1; also 127.0.0.2, which the
#                               certificate does not name; no Unix socket)
#   PG_SUPERUSER, PG_SUPERUSER_PASSWORD
#                               the cluster's superuser (scram-sha-256, over TLS like everyone)
#   PG_CA_FILE                  the throwaway CA that signed the server certificate
#   PG_OTHER_CA_FILE            a second CA that signed nothing the server shows
#   PG_DATA_DIR, PG_BASE_DIR, PG_LOG_FILE, PG_RUN_AS, PG_SERVER_VERSION
#
# The server certificate is for localhost and 127.0.0.1. pg_hba.conf has hostssl lines only, so a
# connection without TLS is refused by the server itself. initdb refuses to run as root: as root
# (CI), the folder is given to an unprivileged user (nobody, or CREDITDESK_PG_USER) and every server
# command runs as that user. Without the PostgreSQL 15 binaries it fails: a missing package must
# fail CI, not skip the server suites. Nothing here is for production: fsync is off, the keys are
# made on the spot and the superuser's password sits in STATE_FILE.
set -euo pipefail

readonly PG_BIN=${CREDITDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
readonly SUPERUSER=creditdesk_test_admin
readonly START_TRIES=8

log() { printf '[pg-cluster] %s\n' "$*" >&2; }
die() {
    printf '[pg-cluster] ERROR: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# The user the server runs as: ourselves, or (as root) an unprivileged one.
run_as_user() {
    if ((EUID == 0)); then
        printf '%s' "${CREDITDESK_PG_USER:-nobody}"
    else
        id -un
    fi
}

# Runs a command as the server's user.
as_server_user() {
    local user=$1
    shift
    if ((EUID != 0)); then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u "$user" -- "$@"
    elif command -v setpriv >/dev/null 2>&1; then
        setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups -- "$@"
    else
        die "running as root, but neither runuser nor setpriv (util-linux) is there to drop to $user"
    fi
}

# A port nothing listens on now (the server's bind is the real test: start retries on a clash).
pick_port() {
    local port tries=0
    while ((tries < 50)); do
        port=$((20000 + RANDOM % 40000))
        # A refused connection means nothing listens there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s' "$port"
            return 0
        fi
        tries=$((tries + 1))
    done
    die "found no free port on 127.0.0.1 after 50 tries"
}

# A CA and, when asked, a certificate for localhost / 127.0.0.1 signed by it.
make_ca() {
    local dir=$1 name=$2 subject=$3
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 2 \
        -subj "/CN=$subject" -keyout "$dir/$name.key" -out "$dir/$name.crt" \
        -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' \
        2>/dev/null || die "openssl could not make the CA $name"
}

make_server_certificate() {
    local dir=$1
    local ext=$dir/server.ext
    printf '%s\n' 'basicConstraints=critical,CA:FALSE' 'keyUsage=critical,digitalSignature' \
        'extendedKeyUsage=serverAuth' 'subjectAltName=DNS:localhost,IP:127.0.0.1' >"$ext"
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
        -subj '/CN=localhost' -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null ||
        die "openssl could not make the server key"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
        -sha256 -days 2 -extfile "$ext" -out "$dir/server.crt" 2>/dev/null ||
        die "openssl could not sign the server certificate"
    rm -f "$dir/server.csr" "$dir/ca.srl" "$ext"
}

start() {
    local state=$1
    [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl && -x $PG_BIN/postgres ]] ||
        die "PostgreSQL 15 is not installed: $PG_BIN/initdb, pg_ctl or postgres is missing." \
            "Install the package postgresql-15 (scripts/setup-debian.sh does)."
    command -v openssl >/dev/null 2>&1 || die "openssl is not installed"
    if [[ -e $state ]]; then
        # Left by a run that was cut short before its cleanup: that cluster goes first.
        log "$state exists: stopping the cluster it names first"
        stop "$state"
    fi

    local user base data password
    user=$(run_as_user)
    id "$user" >/dev/null 2>&1 || die "the user $user does not exist"
    base=$(mktemp -d "${TMPDIR:-/tmp}/creditdesk-pg.XXXXXX")
    data=$base/data
    mkdir -p "$base/tls"
    make_ca "$base/tls" ca 'CreditDesk throwaway test CA'
    make_ca "$base/tls" other-ca 'CreditDesk unrelated test CA'
    make_server_certificate "$base/tls"
    rm -f "$base/tls/ca.key" "$base/tls/other-ca.key"
    password=$(openssl rand -hex 24)
    printf '%s\n' "$password" >"$base/superuser.pw"
    chmod 0700 "$base"
    chmod 0600 "$base/tls/server.key" "$base/superuser.pw"
    chmod 0644 "$base/tls/ca.crt" "$base/tls/other-ca.crt" "$base/tls/server.crt"
    if ((EUID == 0)); then
        chown -R "$user:$(id -gn "$user")" "$base"
    fi

    log "initdb in $data as $user"
    # C.UTF-8: UTF8 encoding, code-point order like SQLite's BINARY, and a ctype under which
    # pg_trgm sees Chinese characters (under plain C it would drop them).
    if ! as_server_user "$user" "$PG_BIN/initdb" -D "$data" -U "$SUPERUSER" --pwfile="$base/superuser.pw" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$base/initdb.log" 2>&1; then
        cat "$base/initdb.log" >&2
        rm -rf "$base"
        die "initdb failed"
    fi
    rm -f "$base/superuser.pw"

    # TLS only, scram only, loopback only.
    cat >"$data/pg_hba.conf" <<'EOF'
# CreditDesk test cluster (tests/pg/cluster.sh): TLS connections from loopback, scram-sha-256.
# No "host" or "local" line: a connection without TLS finds no entry and is refused.
hostssl all all 127.0.0.1/32 scram-sha-256
EOF

    local port tries=0 started=0
    while ((tries < START_TRIES)); do
        tries=$((tries + 1))
        port=$(pick_port)
        cat >"$data/postgresql.auto.conf" <<EOF
# Written by tests/pg/cluster.sh.
port = $port
listen_addresses = '127.0.0.1,127.0.0.2'
unix_socket_directories = ''
ssl = on
ssl_cert_file = '$base/tls/server.crt'
ssl_key_file = '$base/tls/server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
lc_messages = 'C'
max_connections = 40
shared_buffers = '32MB'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
        if ((EUID == 0)); then
            chown "$user" "$data/pg_hba.conf" "$data/postgresql.auto.conf"
        fi
        if as_server_user "$user" "$PG_BIN/pg_ctl" -D "$data" -l "$base/server.log" -w -t 60 start \
            >>"$base/pg_ctl.log" 2>&1; then
            started=1
            break
        fi
        if grep -q 'could not bind\|Address already in use' "$base/server.log" 2>/dev/null; then
            log "port $port was taken meanwhile; trying another"
            continue
        fi
        break
    done
    if ((started == 0)); then
        cat "$base/pg_ctl.log" "$base/server.log" >&2 2>/dev/null || true
        as_server_user "$user" "$PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$base"
        die "the server did not start"
    fi

    local version
    version=$(as_server_user "$user" "$PG_BIN/postgres" --version | awk '{print $3}')
    # The state file first, so that stop finds the cluster even if the check below fails.
    mkdir -p "$(dirname "$state")"
    umask 077
    cat >"$state" <<EOF
PG_HOST=127.0.0.1
PG_PORT=$port
PG_SUPERUSER=$SUPERUSER
PG_SUPERUSER_PASSWORD=$password
PG_CA_FILE=$base/tls/ca.crt
PG_OTHER_CA_FILE=$base/tls/other-ca.crt
PG_DATA_DIR=$data
PG_BASE_DIR=$base
PG_LOG_FILE=$base/server.log
PG_RUN_AS=$user
PG_SERVER_VERSION=$version
EOF

    # Prove what the suites rely on: a verify-full connection works and is encrypted.
    if command -v psql >/dev/null 2>&1; then
        local ssl
        ssl=$(PGPASSWORD=$password PGCONNECT_TIMEOUT=10 psql -X -At \
            "host=localhost port=$port dbname=postgres user=$SUPERUSER sslmode=verify-full sslrootcert=$base/tls/ca.crt" \
            -c 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()' 2>&1) || true
        if [[ $ssl != t ]]; then
            log "a verify-full connection to the new cluster failed: $ssl"
            stop "$state"
            die "the cluster started but does not take TLS connections"
        fi
    fi
    log "PostgreSQL $version on 127.0.0.1:$port (TLS only), data in $data, state in $state"
}

stop() {
    local state=$1
    if [[ ! -f $state ]]; then
        log "$state does not exist: no cluster to stop"
        return 0
    fi
    local data base user
    data=$(sed -n 's/^PG_DATA_DIR=//p' "$state")
    base=$(sed -n 's/^PG_BASE_DIR=//p' "$state")
    user=$(sed -n 's/^PG_RUN_AS=//p' "$state")
    local status=0
    if [[ -n $data && -f $data/postmaster.pid ]]; then
        if ! as_server_user "$user" "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >&2; then
            log "a fast stop failed; stopping immediately"
            as_server_user "$user" "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >&2 || status=1
        fi
    fi
    # Only ever a folder this script made.
    if [[ -n $base && -d $base && $(basename "$base") == creditdesk-pg.* ]]; then
        rm -rf "$base"
    fi
    rm -f "$state"
    ((status == 0)) || die "the cluster in $data did not stop"
    log "stopped; removed $base"
}

main() {
    (($# == 2)) || usage
    local state
    state=$(realpath -m -- "$2")
    # The server's user may not be allowed into the folder this was started from (/root, say), and
    # initdb and postgres look at their current folder.
    cd /
    case $1 in
    start) start "$state" ;;
    stop) stop "$state" ;;
    *) usage ;;
    esac
}

main "$@"
