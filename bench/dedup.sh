#!/usr/bin/env bash
# Consolidation end to end, as a hub runs it: 6 generated sources of the standard's CSV (RECORDS records in all,
# with planted duplicates: bench/Relais.Bench/DedupData.cs) declared in a sources folder, then
# `./relais sources run --all` into a fresh database: read, clean up, validate, import each source, then one
# deduplication of the whole batch (blocking, scoring, merged places with provenance, review queue; ADR 0018).
# Wall time of the run (with the start of .NET) and of each source, then the merges checked against the truth.
#
#   bench/dedup.sh [RECORDS]        (default 200000)
#
# Environment: RELAIS_BENCH_PROVIDERS (default "Sqlite"; "Postgres" uses RELAIS_TEST_POSTGRES as bench/import.sh).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RECORDS="${1:-200000}"
PROVIDERS="${RELAIS_BENCH_PROVIDERS:-Sqlite}"
CACHE="$REPO/.tmp/bench"
DATA="$CACHE/dedup-$RECORDS"
mkdir -p "$CACHE"
RUN="$(mktemp -d "$CACHE/run.XXXXXX")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 Seed__DemoData=false Dedup__MergeAfterImport=true Jobs__Enabled=false
PG_DB="relais_dedup_$(date +%s)_$$"
PG_BASE="${RELAIS_TEST_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres}"
PG_CREATED=0

pg_part() { # KEY (lower case) -> its value in PG_BASE
    local pair
    IFS=';' read -ra pairs <<<"$PG_BASE"
    for pair in "${pairs[@]}"; do [[ "${pair%%=*}" == "$1" || "${pair%%=*}" == "${1^}" ]] && echo "${pair#*=}"; done
    return 0
}
psql_admin() { psql -X -v ON_ERROR_STOP=1 -h "$(pg_part host)" -p "$(pg_part port)" -U "$(pg_part username)" -d postgres "$@"; }
cleanup() {
    (( PG_CREATED == 0 )) || psql_admin -q -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null || true
    rm -rf "$RUN"
}
trap cleanup EXIT

echo "==> build"
"$REPO/relais" places --help >/dev/null
dotnet build "$REPO/bench/Relais.Bench" -c Release -v quiet -nologo >/dev/null
BENCH="$REPO/bench/Relais.Bench/bin/Release/net10.0/Relais.Bench.dll"
if [[ ! -s "$DATA/truth.csv" || "$REPO/bench/Relais.Bench/DedupData.cs" -nt "$DATA/truth.csv" ]]; then
    echo "==> generating $RECORDS records in $DATA"
    rm -rf "$DATA"
    dotnet "$BENCH" dedup-sources "$DATA" "$RECORDS"
fi
export Sources__Directory="$DATA/sources"

for provider in $PROVIDERS; do
    case "$provider" in
        Sqlite) connection="Data Source=$RUN/relais.db" ;;
        Postgres)
            psql_admin -q -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
            PG_CREATED=1
            connection="Host=$(pg_part host);Port=$(pg_part port);Username=$(pg_part username);Database=$PG_DB"
            ;;
        *) echo "unknown provider $provider" >&2; exit 2 ;;
    esac
    export Database__Provider="$provider" Database__ConnectionString="$connection"
    echo "==> $provider: create the database (not timed)"
    "$REPO/relais" sources list >/dev/null
    echo "==> $provider: sources run --all"
    start=$EPOCHREALTIME
    rc=0
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%e s wall, %U s user, %S s system, %M KB peak RSS' -o "$RUN/time.txt" "$REPO/relais" sources run --all >"$RUN/run.log" 2>&1 || rc=$?
    else
        "$REPO/relais" sources run --all >"$RUN/run.log" 2>&1 || rc=$?
    fi
    wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    grep -E "^(Source|Terminé|Fusions|Lignes|Importé|Rejet)|fusionnés|lus|importé" "$RUN/run.log" || tail -n 40 "$RUN/run.log"
    echo "exit code $rc; $(cat "$RUN/time.txt" 2>/dev/null || echo "$wall s wall")"
    "$REPO/relais" places export --output "$RUN/export.csv" >/dev/null
    python3 - "$DATA/truth.csv" "$RUN/export.csv" <<'PY'
import csv, sys, itertools
truth = {r["record"]: r["place"] for r in csv.DictReader(open(sys.argv[1]))}
planted = {}
for key, place in truth.items():
    planted[place] = planted.get(place, 0) + 1
planted_pairs = sum(n * (n - 1) // 2 for n in planted.values())
found = wrong = merged = listed = 0
for row in csv.DictReader(open(sys.argv[2])):
    listed += 1
    keys = [k for k in row["sources"].split("|") if k]
    if len(keys) > 1:
        merged += 1
        for a, b in itertools.combinations(keys, 2):
            if truth.get(a) == truth.get(b):
                found += 1
            else:
                wrong += 1
print(f"{len(truth)} records -> {listed} places listed, {merged} merged places; planted pairs merged {found}/{planted_pairs}; wrong pairs merged {wrong}")
PY
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
