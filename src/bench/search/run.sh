#!/usr/bin/env bash
# Search benchmark (a measurement, not a test; run by hand): see src/bench/search/README.md.
#
# 1. builds the project in a scratch copy (never in the working tree), 2. generates COUNT Vietnamese documents and
# indexes them offline with SearchIndex into a temp PORTAL_DATA_DIR (docs/s), 3. times the same queries in-process
# on a copy of that index (raw Lucene IndexSearcher harness, and SearchIndex.search) once the portal below is up and
# warm, 4. starts the portal on that data dir, 5. measures GET /api/v1/search with wrk at 1 and 16 connections right
# after the harness, 6. prints a table against the targets.
#
# Environment (all optional):
#   COUNT              documents to generate (default 100000)
#   PROJECT_COPY       an already copied + built project to use (default: a fresh copy under the temp dir)
#   BENCH_DURATION     wrk measured run per connection count (default 20s)
#   BENCH_WARMUP       wrk warm-up before the measured runs, 4 connections (default 30s; 0 skips it; 5s proved far too short)
#   RAW_PASSES         measured passes over the query set in the raw harness (default 10)
#   RAW_WARMUP         warm-up passes before them, at least (default 3; more until a pass's median stops falling)
#   BENCH_SETTLE_MAX   after the warm-up, 10 s runs at 1 connection until p50 twice fails to beat its best by 3% (default 12)
#   QUERIES            number of queries (default 200)
#   PORTAL_HTTP_PORT / PORTAL_HTTPS_PORT   ports of the started portal (default 9580 / 9943)
#   BENCH_START_TIMEOUT  seconds to wait for the portal (default 240)
#   BENCH_KEEP=1       keep the temp dir (index, logs, wrk output)
# Exit status: 0 when the measurement ran (PASS or FAIL alike), non-zero when something broke.

set -Eeuo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$SCRIPT_DIR/../../.." && pwd)
COUNT=${COUNT:-100000}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-30s}
RAW_PASSES=${RAW_PASSES:-10}
RAW_WARMUP=${RAW_WARMUP:-3}
SETTLE_MAX=${BENCH_SETTLE_MAX:-12}
NQUERIES=${QUERIES:-200}
HTTP_PORT=${PORTAL_HTTP_PORT:-9580}
HTTPS_PORT=${PORTAL_HTTPS_PORT:-9943}
START_TIMEOUT=${BENCH_START_TIMEOUT:-240}
TARGET_P95=20 TARGET_DIFF=2 TARGET_DOCS=2000

INVOCATION=""
for v in COUNT PROJECT_COPY BENCH_DURATION BENCH_WARMUP BENCH_SETTLE_MAX RAW_PASSES RAW_WARMUP QUERIES PORTAL_HTTP_PORT PORTAL_HTTPS_PORT \
         BENCH_START_TIMEOUT BENCH_KEEP; do
    if [[ -n "${!v:-}" ]]; then INVOCATION+="$v=$(printf '%q' "${!v}") "; fi
done
INVOCATION+="bash src/bench/search/run.sh"

log() { printf '[search-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"
command -v curl >/dev/null || die "curl is missing"
command -v mvn >/dev/null && command -v java >/dev/null || die "Maven and Java 17 are needed"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/search-bench.XXXXXX")
DATA="$WORK/data"
MVN_PID=""

stop_portal() {
    [[ -n "$MVN_PID" ]] || return 0
    local pgid=$MVN_PID i
    if kill -0 -- "-$pgid" 2>/dev/null; then
        log "stopping the portal (SIGTERM to process group $pgid)"
        kill -TERM -- "-$pgid" 2>/dev/null || true
        for ((i = 0; i < 180; i++)); do
            kill -0 -- "-$pgid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 -- "-$pgid" 2>/dev/null; then
            log "portal still running after 90 s: SIGKILL to process group $pgid"
            kill -KILL -- "-$pgid" 2>/dev/null || true
        fi
    fi
    wait "$MVN_PID" 2>/dev/null || true
    MVN_PID=""
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_portal
    if [[ "${BENCH_KEEP:-0}" == 1 || $rc -ne 0 ]]; then
        log "temp files kept in $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM

# ----------------------------------------------------------------------------------------- 1. build
if [[ -n "${PROJECT_COPY:-}" ]]; then
    COPY=$(cd "$PROJECT_COPY" && pwd)
    log "using the project copy $COPY"
else
    COPY="$WORK/project"
    mkdir -p "$COPY"
    log "copying $PROJECT_DIR to $COPY (without target/, data/, .git/)"
    (cd "$PROJECT_DIR" && tar --exclude=./target --exclude=./data --exclude=./.git -cf - .) | tar -xf - -C "$COPY"
fi
log "building in $COPY (mvn -q -o -DskipTests package)"
(cd "$COPY" && mvn -q -o -DskipTests package >"$WORK/build.log" 2>&1) || { cat "$WORK/build.log" >&2; die "build failed"; }
(cd "$COPY" && mvn -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime \
    >>"$WORK/build.log" 2>&1) || { cat "$WORK/build.log" >&2; die "dependency:build-classpath failed"; }
CP="$COPY/target/classes:$(cat "$WORK/cp.txt")"
BENCH="$SCRIPT_DIR/SearchBench.java"

# --------------------------------------------------------------------------------- 2. index + queries
log "generating and indexing $COUNT documents into $DATA/index"
java -Xmx4g -cp "$CP" "$BENCH" index "$DATA" "$COUNT" | tee "$WORK/index.out" >&2
java -cp "$CP" "$BENCH" queries "$WORK/queries.txt" "$NQUERIES" >&2

# ---------------------------------------------- 3. a copy of the index for the raw harness (run in step 5)
# the harness opens the index with SearchIndex, which takes the write lock the portal holds: it reads a copy
mkdir -p "$WORK/raw-data"
cp -r "$DATA/index" "$WORK/raw-data/index"

# ------------------------------------------------------------------------------------ 4. start the portal
for p in "$HTTP_PORT" "$HTTPS_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is in use"; fi
done
BASE="http://localhost:$HTTP_PORT"
log "starting the portal from $COPY on $BASE (PORTAL_DATA_DIR=$DATA, mvn -q -o liberty:run)"
(cd "$COPY" && PORTAL_DATA_DIR="$DATA" PORTAL_HTTP_PORT="$HTTP_PORT" PORTAL_HTTPS_PORT="$HTTPS_PORT" \
    exec setsid mvn -q -o liberty:run) >"$WORK/portal.log" 2>&1 &
MVN_PID=$!
START=$(date +%s)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/articles?size=1" || true)" == 200 ]]; do
    kill -0 "$MVN_PID" 2>/dev/null || { tail -40 "$WORK/portal.log" >&2; die "the portal exited while starting"; }
    (($(date +%s) - START < START_TIMEOUT)) || { tail -40 "$WORK/portal.log" >&2; die "the portal did not answer in ${START_TIMEOUT}s"; }
    sleep 2
done
log "portal up after $(($(date +%s) - START)) s"
if grep -q "rebuilding it from the store" "$WORK/portal.log" "$COPY"/target/liberty/wlp/usr/servers/defaultServer/logs/messages.log 2>/dev/null; then
    log "WARNING: the portal rebuilt the search index: the benchmark index was thrown away"
fi
SAMPLE=$(curl -s "$BASE/api/v1/search?q=tr%E1%BA%BB%20em&size=1")
TOTAL=$(printf '%s' "$SAMPLE" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)
log "GET /api/v1/search?q=trẻ em: total=$TOTAL"
[[ -n "$TOTAL" && "$TOTAL" -ge $((COUNT / 2)) ]] || log "WARNING: the served index does not look like the benchmark index"

# ----------------------------------------------------------------------------- 5. raw harness, then wrk
export SEARCH_QUERIES="$WORK/queries.txt"
LUA="$SCRIPT_DIR/search.lua"
if [[ "$WARMUP" != 0 ]]; then
    log "warm-up: wrk -t2 -c4 -d$WARMUP"
    wrk -t2 -c4 -d"$WARMUP" -s "$LUA" "$BASE" >"$WORK/wrk-warmup.out" 2>&1 || die "wrk warm-up failed"
fi
# The portal's JIT compiles Liberty's code as well as Lucene's and, on 2 cores, keeps compiling for a minute or two
# after the warm-up above: the first measured runs came out 20-30% slower than later ones. So run at 1 connection,
# 10 s at a time, until p50 stops falling (the harness below warms up by the same rule).
SETTLE_TRACE=""
BEST=""
FLAT=0
for ((i = 1; i <= SETTLE_MAX && FLAT < 2; i++)); do
    wrk -t1 -c1 -d10s -s "$LUA" "$BASE" >"$WORK/wrk-settle.out" 2>&1 || die "wrk settling run failed"
    P50=$(grep '^WRKRESULT' "$WORK/wrk-settle.out" | tr ' ' '\n' | grep '^p50=' | cut -d= -f2)
    SETTLE_TRACE+="${SETTLE_TRACE:+ }$P50"
    log "settling run $i: p50 $P50 ms"
    if [[ -z "$BEST" ]] || awk "BEGIN { exit !($P50 < 0.97 * $BEST) }"; then
        BEST=$P50 FLAT=0
    else
        FLAT=$((FLAT + 1))
    fi
done
# compilations queued by that traffic finish in the background: the harness must not share the CPUs with them
portal_ticks() { # CPU time (clock ticks) of every process the portal's session holds
    local t=0 p
    for p in $(ps -s "$MVN_PID" -o pid= 2>/dev/null); do
        t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
    echo "$t"
}
for ((i = 0; i < 30; i++)); do
    T0=$(portal_ticks); sleep 2; T1=$(portal_ticks)
    (((T1 - T0) <= 10)) && break # at most 5% of one CPU over 2 s
done
log "portal idle (CPU ticks over the last 2 s: $((T1 - T0)))"
# measured now, with the portal up, warm and idle, so the harness and the API see the machine in the same state
# (a run before the portal started was a different machine: other tenants, other caches)
log "raw harness: $RAW_PASSES passes over $NQUERIES queries, 1 thread, -Xmx512m like the portal, on a copy of the index"
java -Xmx512m -cp "$CP" "$BENCH" raw "$WORK/raw-data" "$WORK/queries.txt" "$RAW_PASSES" "$RAW_WARMUP" | tee "$WORK/raw.out" >&2
run_wrk() { # name threads connections
    log "measuring: wrk -t$2 -c$3 -d$DURATION --latency -s search.lua $BASE"
    wrk -t"$2" -c"$3" -d"$DURATION" --latency -s "$LUA" "$BASE" >"$WORK/wrk-$1.out" 2>&1 || { cat "$WORK/wrk-$1.out" >&2; die "wrk failed"; }
    cat "$WORK/wrk-$1.out" >&2
}
run_wrk c1 1 1
run_wrk c16 2 16
stop_portal

# ------------------------------------------------------------------------------------------- 6. report
val() { # file prefix key
    grep "^$2" "$1" | head -1 | tr ' ' '\n' | grep "^$3=" | cut -d= -f2
}
non2xx() { grep -o 'Non-2xx or 3xx responses: [0-9]*' "$1" | grep -o '[0-9]*$' || echo 0; }
IDX_DOCS=$(val "$WORK/index.out" "RESULT index" index_docs_s)
TOT_DOCS=$(val "$WORK/index.out" "RESULT index" total_docs_s)
IDX_S=$(val "$WORK/index.out" "RESULT index" index_s)
IDX_MB=$(val "$WORK/index.out" "RESULT index" index_mb)
L50=$(val "$WORK/raw.out" "RESULT raw name=lucene" p50); L95=$(val "$WORK/raw.out" "RESULT raw name=lucene" p95)
L99=$(val "$WORK/raw.out" "RESULT raw name=lucene" p99); LRPS=$(val "$WORK/raw.out" "RESULT raw name=lucene" rps)
F50=$(val "$WORK/raw.out" "RESULT raw name=full" p50); F95=$(val "$WORK/raw.out" "RESULT raw name=full" p95)
F99=$(val "$WORK/raw.out" "RESULT raw name=full" p99); FRPS=$(val "$WORK/raw.out" "RESULT raw name=full" rps)
for c in c1 c16; do
    for k in p50 p95 p99 rps requests status timeout read connect; do
        printf -v "${c}_$k" '%s' "$(val "$WORK/wrk-$c.out" WRKRESULT "$k")"
    done
    printf -v "${c}_non2xx" '%s' "$(non2xx "$WORK/wrk-$c.out")"
done
ok() { awk "BEGIN { exit !($1) }" && echo PASS || echo FAIL; }
DIFF=$(awk "BEGIN { printf \"%.2f\", $c1_p50 - $L50 }")
DIFF_FULL=$(awk "BEGIN { printf \"%.2f\", $c1_p50 - $F50 }")

{
echo "Search benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "command:  (cd $PROJECT_DIR && $INVOCATION)"
echo "machine:  $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load before run: see below"
echo "index:    $COUNT generated Vietnamese documents (+ the portal's sample content), ${IDX_MB} MB; $NQUERIES queries, half without diacritics"
echo "raw:      in-process, 1 thread, -Xmx512m, $RAW_PASSES passes after $(val "$WORK/raw.out" "RESULT raw name=full" warmup) warm-up passes (at least $RAW_WARMUP, until a pass's median stopped falling by 3%), on a copy of the index while the portal idled (warm)"
echo "api:      GET /api/v1/search?q=...&size=10, wrk $DURATION per run after a ${WARMUP} warm-up at 4 connections and 10 s settling runs at 1 until p50 fell by less than 3% twice (p50s: $SETTLE_TRACE ms); portal heap 512 MB"
echo
printf '%-40s %10s %10s %10s %10s\n' "" "p50 ms" "p95 ms" "p99 ms" "req/s"
printf '%-40s %10s %10s %10s %10s\n' "raw IndexSearcher, ranking only" "$L50" "$L95" "$L99" "$LRPS"
printf '%-40s %10s %10s %10s %10s\n' "raw harness, the API's Lucene work" "$F50" "$F95" "$F99" "$FRPS"
printf '%-40s %10s %10s %10s %10s\n' "API, 1 connection  (wrk -t1 -c1)" "$c1_p50" "$c1_p95" "$c1_p99" "$c1_rps"
printf '%-40s %10s %10s %10s %10s\n' "API, 16 connections (wrk -t2 -c16)" "$c16_p50" "$c16_p95" "$c16_p99" "$c16_rps"
echo
echo "indexing: $COUNT docs in ${IDX_S} s = ${IDX_DOCS} docs/s (SearchIndex.upsert + commit, 1 thread); with generation ${TOT_DOCS} docs/s"
echo "p50 API(c1) - raw harness (same Lucene work: ranking, facets, highlights): ${DIFF_FULL} ms; - ranking only: ${DIFF} ms"
echo
echo "target indexing >= $TARGET_DOCS docs/s:                 $(ok "$IDX_DOCS >= $TARGET_DOCS")  (${IDX_DOCS})"
echo "target p95 <= $TARGET_P95 ms at 1 connection:              $(ok "$c1_p95 <= $TARGET_P95")  (${c1_p95} ms)"
echo "target API p50 within $TARGET_DIFF ms of the raw harness:    $(ok "$DIFF_FULL <= $TARGET_DIFF")  (${DIFF_FULL} ms)"
for c in c1 c16; do
    n="${c}_non2xx"; s="${c}_status"; t="${c}_timeout"; r="${c}_read"; k="${c}_connect"
    if [[ "${!n}" != 0 || "${!t}" != 0 || "${!r}" != 0 || "${!k}" != 0 ]]; then
        echo "WARNING $c: non-2xx ${!n}, timeouts ${!t}, read errors ${!r}, connect errors ${!k}: figures are suspect"
    fi
done
if grep -qE '\b(SEVERE|OutOfMemoryError)\b|^\[ERROR' "$WORK/portal.log"; then
    echo "WARNING: the portal log has errors:"; grep -E '\b(SEVERE|OutOfMemoryError)\b|^\[ERROR' "$WORK/portal.log" | head -5
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine skew every figure)"
} | tee "$WORK/report.txt"
