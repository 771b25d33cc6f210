#!/usr/bin/env bash
# End-to-end server time of searches over HTTP, and the weight of the results page, on the 100,000 generated
# places of SearchBenchmarks. Figures go to docs/PERFORMANCE.md.
#
#   bench/search.sh [REQUESTS]          (default 200 per case)
#
# Steps: build the bench and the app (Release, .build/app as ./relais does); make the database if needed
# (`Relais.Bench.dll --prepare-search PROVIDER`: generator + import handler, cached in .tmp/bench/ or in the
# PostgreSQL database relais_bench_search); start the built app on it with Kestrel on 127.0.0.1; warm up;
# then per case REQUESTS GET requests through one curl process (one kept-alive connection, as a browser),
# each timed by curl's time_starttransfer (request sent → first byte of the answer: the server's time plus
# a loopback round trip); p50, p95 and max. Searches around a point rotate through 20 communes.
# Page weight: the HTML of a typical results page plus every stylesheet, script, icon and image it
# references, bytes on the wire with compression accepted (as a browser) and decoded; map tiles and the
# map's points (fetched by the script) excluded.
#
# Environment:
#   RELAIS_BENCH_POSTGRES    Npgsql connection string of a PostgreSQL server: measure it too (its Database= is
#                            replaced by relais_bench_search, kept between runs).
#   RELAIS_BENCH_PORT        port of the app (default 5087).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUESTS="${1:-200}"
PORT="${RELAIS_BENCH_PORT:-5087}"
BASE="http://127.0.0.1:$PORT"
RUN="$(mktemp -d "${TMPDIR:-/tmp}/relais-search-bench.XXXXXX")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
APP_PID=""

cleanup() {
    if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$RUN"
}
trap cleanup EXIT

COMMUNES=(75056 69123 13055 59350 67482 35238 33063 31555 63113 21231 87085 26362 29019 06088 66136 15014 48095 23096 04070 55029)
SERVICE="services=Aide%20aux%20d%C3%A9marches%20administratives"
OPEN_AT="ouvert_le=2026-11-03T10:30"

# urls PATH_AND_QUERY_WITH_{c}: REQUESTS URLs, {c} replaced by the communes in turn.
urls() {
    local i
    for ((i = 0; i < REQUESTS; i++)); do
        echo "$BASE${1//\{c\}/${COMMUNES[i % ${#COMMUNES[@]}]}}"
    done
}

# measure LABEL PATH: prints "| label | requests | p50 ms | p95 ms | max ms | bytes |".
measure() {
    local label="$1" list="$RUN/urls.txt" times="$RUN/times.txt"
    urls "$2" >"$list"
    # -w prints after each transfer; --config reads the URLs; one process keeps the connection alive.
    sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$list" >"$RUN/curl.conf"
    curl -s -K "$RUN/curl.conf" -w '%{time_starttransfer} %{size_download} %{http_code}\n' >"$times"
    if grep -qv ' 200$' "$times"; then echo "$label: some answers are not 200 OK: $(grep -v ' 200$' "$times" | head -n 1)" >&2; exit 1; fi
    # Nearest-rank percentiles over the sorted times.
    sort -n "$times" | awk -v l="$label" '
        function rank(p) { r = int(NR * p); return r < NR * p ? r + 1 : r }
        { t[NR] = $1 * 1000; b += $2 }
        END { p50 = t[rank(0.50)]; p95 = t[rank(0.95)]
              printf "| %-44s | %5d | %7.2f | %7.2f | %7.2f | %8.0f |\n", l, NR, p50, p95, t[NR], b / NR }'
}

page_weight() { # PATH: the page and what it references: bytes on the wire (gzip/br accepted, as a browser) and decoded
    local html="$RUN/page.html" total=0 decoded=0 wire asset
    wire=$(curl -s --fail --compressed -o "$html" -w '%{size_download}' "$BASE$1")
    echo "| $1 (HTML) | $wire | $(wc -c <"$html") |"
    total=$wire; decoded=$(wc -c <"$html")
    # Same-origin stylesheets, scripts, icons and images; absolute URLs to other hosts (map tiles) are left out.
    for asset in $(grep -oE '(href|src|data-[a-z-]+)="/[^/"][^"]*"' "$html" | grep -E '\.(css|js|svg|png|jpg|jpeg|webp|ico|woff2?)(\?[^"]*)?"$' | sed -E 's/^[a-z-]+="//; s/"$//' | sed 's/&amp;/\&/g' | sort -u); do
        wire=$(curl -s --fail --compressed -o "$RUN/asset" -w '%{size_download}' "$BASE$asset")
        echo "| $asset | $wire | $(wc -c <"$RUN/asset") |"
        total=$((total + wire)); decoded=$((decoded + $(wc -c <"$RUN/asset")))
    done
    echo "| **total, before map tiles and the map's points** | **$total** | **$decoded** |"
}

echo "==> build"
dotnet build "$REPO/bench/Relais.Bench" -c Release -v quiet -nologo >/dev/null
"$REPO/relais" places --help >/dev/null # builds .build/app if the sources changed
BENCH="$REPO/bench/Relais.Bench/bin/Release/net10.0/Relais.Bench.dll"

PROVIDERS=(Sqlite)
if [[ -n "${RELAIS_BENCH_POSTGRES:-}" ]]; then PROVIDERS+=(Postgres); fi
for provider in "${PROVIDERS[@]}"; do
    echo "==> $provider: database"
    connection="$(dotnet "$BENCH" --prepare-search "$provider" | tail -n 1)"
    echo "==> $provider: app on $BASE"
    (cd "$RUN" && Database__Provider="$provider" Database__ConnectionString="$connection" Seed__DemoData=false \
        ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        exec dotnet "$REPO/.build/app/Relais.Web.dll" --urls "$BASE") >"$RUN/app-$provider.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 120); do
        curl -s --fail -o /dev/null "$BASE/health" && break
        kill -0 "$APP_PID" 2>/dev/null || { cat "$RUN/app-$provider.log" >&2; exit 1; }
        sleep 0.5
    done

    CASES=(
        "API, 10 km, service + open at|/api/v1/places?commune={c}&rayon=10&$SERVICE&$OPEN_AT"
        "API, 10 km, service + public|/api/v1/places?commune={c}&rayon=10&$SERVICE&publics_specifiquement_adresses=Seniors"
        "API, national, page 1|/api/v1/places"
        "API, national, page 50|/api/v1/places?page=50"
        "API, national, q=mediateque lyon|/api/v1/places?q=mediateque%20lyon"
        "/lieux, 10 km, service + open at|/lieux?commune={c}&rayon=10&$SERVICE&$OPEN_AT"
        "/lieux, national, page 1|/lieux?page=1"
    )
    echo "==> $provider: warm-up"
    saved=$REQUESTS; REQUESTS=40
    for case in "${CASES[@]}"; do measure "warm-up" "${case#*|}" >/dev/null; done
    REQUESTS=$saved

    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $provider, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "| case                                         |     n | p50 ms  | p95 ms  | max ms  | bytes    |"
    echo "|----------------------------------------------|------:|--------:|--------:|--------:|---------:|"
    for case in "${CASES[@]}"; do measure "${case%%|*}" "${case#*|}"; done
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

    if [[ "$provider" == Sqlite ]]; then
        echo
        echo "Page weight of /lieux?ou=Lyon&rayon=10 (bytes on the wire with compression accepted, and decoded):"
        echo "| resource | bytes on the wire | decoded bytes |"
        echo "|---|---:|---:|"
        page_weight "/lieux?ou=Lyon&rayon=10"
    fi
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
