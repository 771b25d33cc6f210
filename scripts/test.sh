#!/usr/bin/env bash
# Runs every test of Relais: the single entry point for developers and CI (.ci/run calls it).
#
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Csv"]
#
# Steps: PostgreSQL (install if missing, private cluster on 127.0.0.1:55432), Chromium (only when
# tests/Relais.EndToEnd exists), dotnet restore, dotnet format --verify-no-changes, dotnet build -c Release,
# dotnet test -c Release. The last line printed is always "N passed, N failed[, N skipped]" (totals from
# the .trx files), also when an earlier step fails ("0 passed, 1 failed"). Exit code 0 only if all passed.
#
# Environment:
#   RELAIS_TEST_POSTGRES  Npgsql connection string; when set, no PostgreSQL is installed or started.
#   RELAIS_SKIP_FORMAT=1  skip the dotnet format check (local use only; CI never sets it).
#   RELAIS_PG_PORT        port of the private cluster (default 55432).
#   RELAIS_PG_DIR         where the private cluster lives (default /tmp/relais-pg-$RELAIS_PG_PORT).
#
# Why the cluster is in /tmp and not in <repo>/.tmp: the server runs as the `postgres` user, which cannot
# traverse a repository under a root-only folder (/root is 0700), and the Unix socket path is limited to
# 107 bytes. /tmp is world-traversable and short. One cluster per port serves every clone on the machine:
# whichever clone finds nothing answering on the port starts it, the others reuse it.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

RESULTS_DIR="$REPO/.tmp/test-results"
PG_PORT="${RELAIS_PG_PORT:-55432}"
PG_BASE="${RELAIS_PG_DIR:-/tmp/relais-pg-$PG_PORT}"
PG_DATA="$PG_BASE/data"
PG_LOG="$PG_BASE/server.log"
PG_SOCK="$PG_BASE"

export DEBIAN_FRONTEND=noninteractive
# dotnet needs a home for its NuGet cache; a bare CI environment may lack HOME.
if [[ -z "${HOME:-}" ]]; then HOME="$(getent passwd "$(id -u)" | cut -d: -f6)"; export HOME; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# ---------------------------------------------------------------------------------------------- helpers
FINAL_PRINTED=0
CURRENT_STEP="setup"
SCRIPT_START=$EPOCHREALTIME
STEP_START=$EPOCHREALTIME
TIMINGS=()

final_line() { # passed failed skipped
    local line="$1 passed, $2 failed"
    if (( $3 > 0 )); then line+=", $3 skipped"; fi
    FINAL_PRINTED=1
    echo "$line"
}

# Whatever stops the script early (set -e, die, a signal), the last line stays "N passed, N failed".
on_exit() {
    local rc=$?
    if (( FINAL_PRINTED == 0 )); then
        (( rc != 0 )) || rc=1
        echo "FAILED: step '$CURRENT_STEP' (exit code $rc after $(elapsed "$STEP_START")s); no test results" >&2
        final_line 0 1 0
    fi
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

die() {
    echo "ERROR: $*" >&2
    exit 1
}

elapsed() { # START -> seconds since START, one decimal
    awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

section() { echo; echo "==> $*"; }

step_begin() { CURRENT_STEP="$1"; STEP_START=$EPOCHREALTIME; section "$1"; }
step_end() {
    local secs; secs="$(elapsed "$STEP_START")"
    TIMINGS+=("$CURRENT_STEP ${secs}s")
    echo "--- $CURRENT_STEP: ${secs}s"
}

APT_UPDATED=0
apt_install() {
    (( EUID == 0 )) || die "'$*' is missing and installing it needs root: apt-get install -y $*"
    command -v apt-get >/dev/null || die "'$*' is missing and apt-get is not available"
    if (( APT_UPDATED == 0 )); then
        echo "apt-get update"
        apt-get -o DPkg::Lock::Timeout=300 update -qq || die "apt-get update failed"
        APT_UPDATED=1
    fi
    echo "apt-get install -y $*"
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@" >/dev/null \
        || die "apt-get install $* failed"
}

# ------------------------------------------------------------------------------------------- PostgreSQL
as_postgres() { # runs a command as the postgres user (root cannot run the server), from a neutral cwd
    if (( EUID == 0 )); then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -t 2; }

pick_pg_bin() {
    local want="" dir
    if [[ -f "$PG_DATA/PG_VERSION" ]]; then
        want="$(cat "$PG_DATA/PG_VERSION")"
        if [[ -x "/usr/lib/postgresql/$want/bin/postgres" ]]; then
            PG_BIN="/usr/lib/postgresql/$want/bin"; return
        fi
    fi
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" ]] || die "no PostgreSQL binaries under /usr/lib/postgresql"
    PG_BIN="$dir"
}

# A postmaster.pid left by a previous boot names a PID that may now belong to another process:
# remove it (and the socket lock) unless that PID really is a live postgres on this data directory.
clear_stale_pid() {
    local pidfile="$PG_DATA/postmaster.pid" pid
    [[ -f "$pidfile" ]] || return 0
    pid="$(head -n 1 "$pidfile" | tr -dc '0-9')"
    if [[ -n "$pid" && -d "/proc/$pid" ]] && grep -qx 'postgres' "/proc/$pid/comm" 2>/dev/null \
        && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$PG_DATA"; then
        return 0 # a live server of ours (starting up, or listening elsewhere): let pg_ctl decide
    fi
    echo "removing stale $pidfile (PID ${pid:-?} is not a running server of this cluster)"
    rm -f "$pidfile" "$PG_SOCK/.s.PGSQL.$PG_PORT.lock" "$PG_SOCK/.s.PGSQL.$PG_PORT"
}

init_cluster() {
    echo "creating cluster in $PG_DATA ($PG_BIN)"
    rm -rf "$PG_DATA"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PG_BASE/initdb.log" 2>&1 || { cat "$PG_BASE/initdb.log" >&2; die "initdb failed"; }
}

start_cluster() {
    clear_stale_pid
    # Test-only cluster: durability is traded for speed (a crash may lose it; it is then re-created).
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_SOCK -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
}

ensure_postgres() {
    if [[ -n "${RELAIS_TEST_POSTGRES:-}" ]]; then
        echo "RELAIS_TEST_POSTGRES is set: using it as is (nothing installed or started)"
        return
    fi
    if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
        apt_install postgresql
    fi
    id postgres >/dev/null 2>&1 || die "the postgres user does not exist (is the postgresql package installed?)"

    mkdir -p "$PG_BASE"
    # Serialise concurrent runs (two clones on one machine) while the cluster is checked/started.
    exec 9>"$PG_BASE.lock"
    flock -w 180 9 || die "timed out waiting for $PG_BASE.lock"
    if (( EUID == 0 )); then chown postgres:postgres "$PG_BASE"; fi
    chmod 700 "$PG_BASE"

    pick_pg_bin
    local rc=0
    pg_ready || rc=$?
    if (( rc == 1 )); then # answering but still starting up
        for _ in $(seq 30); do
            sleep 1; rc=0; pg_ready || rc=$?
            if (( rc != 1 )); then break; fi
        done
    fi
    if (( rc == 0 )); then
        echo "a server already answers on 127.0.0.1:$PG_PORT: reusing it"
    else
        local fresh=0
        if [[ ! -f "$PG_DATA/PG_VERSION" || "$(cat "$PG_DATA/PG_VERSION")" != "$(basename "$(dirname "$PG_BIN")")" ]]; then
            init_cluster; fresh=1
        fi
        if ! start_cluster; then
            echo "--- last lines of $PG_LOG:" >&2; tail -n 20 "$PG_LOG" >&2 || true
            (( fresh == 0 )) || die "could not start PostgreSQL on 127.0.0.1:$PG_PORT"
            echo "the existing cluster does not start: re-creating it" >&2
            as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
            init_cluster
            start_cluster || { tail -n 20 "$PG_LOG" >&2 || true; die "could not start PostgreSQL on 127.0.0.1:$PG_PORT"; }
        fi
        pg_ready || die "PostgreSQL started but does not answer on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
        echo "started PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT (data: $PG_DATA, log: $PG_LOG)"
    fi
    flock -u 9; exec 9>&-
    export RELAIS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
}

# --------------------------------------------------------------------------------------------- Chromium
ensure_chromium() {
    if [[ ! -d "$REPO/tests/Relais.EndToEnd" ]]; then
        echo "no tests/Relais.EndToEnd: skipped"
        return
    fi
    [[ -x /usr/bin/chromium ]] || apt_install chromium
    [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is still missing after apt-get install chromium"
    export RELAIS_CHROMIUM=/usr/bin/chromium
    echo "RELAIS_CHROMIUM=$RELAIS_CHROMIUM"
}

# --------------------------------------------------------------------------------------------- results
# Prints "passed failed skipped total unreadable" summed over the given .trx files.
# failed counts failed+error+timeout+aborted+disconnected; skipped = total - passed - failed (xunit's skipped
# tests are counted in total but not in executed, and notExecuted stays 0).
sum_trx() {
    local py
    for py in /usr/bin/python3 python3; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import xml.etree.ElementTree' >/dev/null 2>&1; then
            "$py" - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
p = f = s = t = bad = 0
for path in sys.argv[1:]:
    try:
        c = next((e for e in ET.parse(path).getroot().iter() if e.tag.rsplit('}', 1)[-1] == 'Counters'), None)
    except Exception:
        c = None
    if c is None:
        bad += 1
        continue
    g = lambda *ks: sum(int(c.get(k, '0') or 0) for k in ks)
    p += g('passed'); f += g('failed', 'error', 'timeout', 'aborted', 'disconnected')
    s += max(g('total') - g('passed') - g('failed', 'error', 'timeout', 'aborted', 'disconnected'), 0)
    t += g('total')
print(p, f, s, t, bad)
PY
            return
        fi
    done
    # Fallback without python: the Counters element is a single tag with numeric attributes.
    local file counters p=0 f=0 s=0 t=0 bad=0
    attr() { local v; v="$(grep -o " $1=\"[0-9]*\"" <<<"$counters" | grep -o '[0-9]\+' | head -n 1 || true)"; echo "${v:-0}"; }
    for file in "$@"; do
        counters="$(tr -d '\r\n' <"$file" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
        if [[ -z "$counters" ]]; then bad=$((bad + 1)); continue; fi
        local fp fa ft
        fp=$(attr passed)
        fa=$(( $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted) + $(attr disconnected) ))
        ft=$(attr total)
        p=$((p + fp)); f=$((f + fa)); t=$((t + ft))
        if (( ft - fp - fa > 0 )); then s=$((s + ft - fp - fa)); fi
    done
    echo "$p $f $s $t $bad"
}

# ------------------------------------------------------------------------------------------------ main
command -v dotnet >/dev/null || die "dotnet is not on PATH (the .NET 10 SDK is expected on this machine)"

step_begin "PostgreSQL"; ensure_postgres; step_end
step_begin "Chromium"; ensure_chromium; step_end
step_begin "restore"; dotnet restore Relais.slnx; step_end
if [[ "${RELAIS_SKIP_FORMAT:-}" == "1" ]]; then
    section "format"; echo "RELAIS_SKIP_FORMAT=1: skipped"
else
    step_begin "format"; dotnet format Relais.slnx --verify-no-changes --no-restore; step_end
fi
step_begin "build"; dotnet build Relais.slnx -c Release --no-restore; step_end

step_begin "test"
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
test_rc=0
# LogFilePrefix, not LogFileName: with several test projects a fixed LogFileName makes every project write
# the same file (the last one wins); the prefix gets a framework + timestamp suffix per project.
dotnet test Relais.slnx -c Release --no-build \
    --logger "trx;LogFilePrefix=relais" --results-directory "$RESULTS_DIR" "$@" || test_rc=$?
step_end
echo "dotnet test exit code: $test_rc"

mapfile -t trx_files < <(find "$RESULTS_DIR" -name '*.trx' -type f | sort)
echo
CURRENT_STEP="summary"
echo "==> summary"
echo "timings: $(printf '%s, ' "${TIMINGS[@]}")total $(elapsed "$SCRIPT_START")s"
if (( ${#trx_files[@]} == 0 )); then
    echo "no .trx file in $RESULTS_DIR: the test run did not produce results" >&2
    final_line 0 1 0
    exit 1
fi
read -r passed failed skipped total unreadable < <(sum_trx "${trx_files[@]}")
echo "results: ${#trx_files[@]} trx file(s) in $RESULTS_DIR, $total test(s)"
status=0
if (( unreadable > 0 )); then
    echo "$unreadable trx file(s) could not be read: counted as 1 failure each" >&2
    failed=$((failed + unreadable))
fi
if (( test_rc != 0 && failed == 0 )); then
    echo "dotnet test exited with $test_rc although no failed test was recorded (crash or abort?): counted as 1 failure" >&2
    failed=1
fi
if (( failed > 0 )); then status=1; fi
if (( passed + failed == 0 )); then
    echo "no test was executed: treated as a failure" >&2
    status=1
fi
final_line "$passed" "$failed" "$skipped"
exit "$status"
