#!/usr/bin/env bash
# Timed CLI runs on generated data: `places validate` and `places import` of 100,000 rows, into SQLite and
# into PostgreSQL, as a user runs them (wall time includes the start of .NET). Figures go to docs/PERFORMANCE.md.
#
#   bench/import.sh [ROWS]          (default 100000)
#
# Steps: generate the files once (cached in .tmp/bench/, keyed by rows and seed); validate 10, 10,000 and
# ROWS rows (peak memory of both: "memory stays flat whatever the file size"); then per provider, a fresh
# database, a 10-row import that creates and migrates it (not timed as the import), the ROWS import into an
# empty source, and the same import again (update path). Prints a table; exits non-zero if a step failed.
#
# Environment:
#   RELAIS_TEST_POSTGRES     Npgsql connection string of a server; its Database= is replaced by a fresh
#                            relais_bench_<random> database, dropped at the end. Default: the test cluster of
#                            scripts/test.sh, Host=127.0.0.1;Port=55432;Username=postgres (start it with
#                            scripts/test.sh --filter "FullyQualifiedName~NoSuchTest").
#   RELAIS_BENCH_PROVIDERS   providers to measure (default "Sqlite Postgres").
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-100000}"
SEED=42
PROVIDERS="${RELAIS_BENCH_PROVIDERS:-Sqlite Postgres}"
CACHE="$REPO/.tmp/bench"
mkdir -p "$CACHE"
RUN="$(mktemp -d "$CACHE/run.XXXXXX")" # logs and the SQLite database of this run, removed at the end
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 Seed__DemoData=false

PG_DB="relais_bench_$(date +%s)_$$"
PG_BASE="${RELAIS_TEST_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres}"
PG_CREATED=0
RESULTS=()
FAILED=0

cleanup() {
    if (( PG_CREATED == 1 )); then
        psql_admin -q -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null || echo "could not drop database $PG_DB" >&2
    fi
    rm -rf "$RUN"
}
trap cleanup EXIT

# psql on the server of RELAIS_TEST_POSTGRES, maintenance database "postgres".
psql_admin() {
    local host=127.0.0.1 port=5432 user=postgres password="" pair key value
    IFS=';' read -ra pairs <<<"$PG_BASE"
    for pair in "${pairs[@]}"; do
        key="${pair%%=*}"; value="${pair#*=}"
        case "${key,,}" in
            host | server) host="$value" ;;
            port) port="$value" ;;
            username | "user id" | userid | user) user="$value" ;;
            password) password="$value" ;;
        esac
    done
    PGPASSWORD="$password" psql -X -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres "$@"
}

pg_connection() { # the base string with Database= replaced (or added)
    local out="" pair
    IFS=';' read -ra pairs <<<"$PG_BASE"
    for pair in "${pairs[@]}"; do
        [[ -z "$pair" || "${pair%%=*}" =~ ^[Dd]atabase$ ]] || out+="$pair;"
    done
    echo "${out}Database=$PG_DB"
}

# timed LABEL PROVIDER ROWS -- COMMAND…: runs the command, records wall time and peak RSS.
timed() {
    local label="$1" provider="$2" rows="$3"; shift 4
    local log="$RUN/$(echo "$label-$provider" | tr ' /' '__').log" stats="$RUN/time.txt" rc=0
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%e %M' -o "$stats" "$@" >"$log" 2>&1 || rc=$?
    else
        local start=$EPOCHREALTIME
        "$@" >"$log" 2>&1 || rc=$?
        awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f 0\n", b - a }' >"$stats"
    fi
    local seconds rss_kb
    read -r seconds rss_kb < <(tail -n 1 "$stats")
    if (( rc != 0 )); then
        FAILED=1
        echo "FAILED ($rc): $label [$provider]; last lines of its output:" >&2
        tail -n 15 "$log" >&2
    fi
    RESULTS+=("$(awk -v l="$label" -v p="$provider" -v r="$rows" -v s="$seconds" -v m="$rss_kb" -v c="$rc" \
        'BEGIN { printf "| %-28s | %-8s | %7d | %7.2f | %9s | %6.0f | %4d |", l, p, r, s, (s > 0 && r > 100 ? sprintf("%.0f", r / s) : "-"), m / 1024, c }')")
}

generated() { # ROWS -> path of the cached file (regenerated when the generator changed)
    local file="$CACHE/places-$1-seed$SEED.csv"
    if [[ ! -s "$file" || "$REPO/src/Relais.Web/Features/Places/GeneratePlaces.cs" -nt "$file" ]]; then
        echo "generating $1 rows -> $file" >&2
        "$REPO/relais" places generate --rows "$1" --seed "$SEED" --output "$file" >&2
    fi
    echo "$file"
}

echo "==> build and data"
"$REPO/relais" places --help >/dev/null # builds .build/app if the sources changed, so no run below includes a build
BIG="$(generated "$ROWS")"
SMALL="$(generated 10000)"
TINY="$(generated 10)"

echo "==> validate"
timed "validate (start-up cost)" "-" 10 -- "$REPO/relais" places validate "$TINY"
timed "validate" "-" 10000 -- "$REPO/relais" places validate "$SMALL"
timed "validate" "-" "$ROWS" -- "$REPO/relais" places validate "$BIG"

for provider in $PROVIDERS; do
    echo "==> import into $provider"
    case "$provider" in
        Sqlite)
            connection="Data Source=$RUN/relais.db"
            ;;
        Postgres)
            if ! psql_admin -q -c "CREATE DATABASE \"$PG_DB\"" >/dev/null; then
                echo "PostgreSQL does not answer (${PG_BASE}). Start the test cluster with:" >&2
                echo "  bash scripts/test.sh --filter \"FullyQualifiedName~NoSuchTest\"   or set RELAIS_TEST_POSTGRES" >&2
                FAILED=1
                continue
            fi
            PG_CREATED=1
            connection="$(pg_connection)"
            ;;
        *) echo "unknown provider $provider" >&2; exit 2 ;;
    esac
    export Database__Provider="$provider" Database__ConnectionString="$connection"
    timed "migrate + import 10 rows" "$provider" 10 -- "$REPO/relais" places import "$TINY" --source bench-warmup
    timed "import (new places)" "$provider" "$ROWS" -- "$REPO/relais" places import "$BIG" --source bench
    timed "import again (updates)" "$provider" "$ROWS" -- "$REPO/relais" places import "$BIG" --source bench
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| step                         | provider |    rows |  wall s |    rows/s | RSS MB | exit |"
echo "|------------------------------|----------|--------:|--------:|----------:|-------:|-----:|"
printf '%s\n' "${RESULTS[@]}"
exit "$FAILED"
