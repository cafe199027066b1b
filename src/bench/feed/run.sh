#!/usr/bin/env bash
# Change-feed benchmark (a measurement, not a test; run by hand): figures in the README, "Change feed: publish → searchable".
#
# Publishes articles through the API with 1 and 8 concurrent writers and reports publish → searchable latency
# (p50/p95) and published articles per second. Without BENCH_URL it starts the portal itself with
# `mvn -q liberty:run` on a fresh PORTAL_DATA_DIR in a temp dir, and stops it afterwards.
#
# Environment (all optional):
#   BENCH_URL          a running portal to measure instead (then ADMIN_PASSWORD must be its admin password)
#   ADMIN_PASSWORD     admin password (default: the one set for the portal started here)
#   PER_WRITER         articles each writer publishes per writer count (default 40)
#   WRITERS            writer counts (default "1 8")
#   PORTAL_HTTP_PORT / PORTAL_HTTPS_PORT   ports of the started portal (default 9680 / 9843)
set -Eeuo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$SCRIPT_DIR/../../.." && pwd)
PER_WRITER=${PER_WRITER:-40}
WRITERS=${WRITERS:-1 8}
HTTP_PORT=${PORTAL_HTTP_PORT:-9680}
HTTPS_PORT=${PORTAL_HTTPS_PORT:-9843}
log() { printf '[feed-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

MVN_PID=""
stop_portal() {
    [[ -n "$MVN_PID" ]] || return 0
    kill -TERM "$MVN_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$MVN_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$MVN_PID" 2>/dev/null || true
}
trap stop_portal EXIT

if [[ -z "${BENCH_URL:-}" ]]; then
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/feed-bench.XXXXXX")
    ADMIN_PASSWORD=${ADMIN_PASSWORD:-feed-bench-Secret-2026}
    BENCH_URL="http://localhost:$HTTP_PORT"
    log "starting the portal on $BENCH_URL, data in $WORK/data"
    (cd "$PROJECT_DIR" && PORTAL_DATA_DIR="$WORK/data" PORTAL_HTTP_PORT=$HTTP_PORT PORTAL_HTTPS_PORT=$HTTPS_PORT \
        PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" exec mvn -q liberty:run >"$WORK/portal.log" 2>&1) &
    MVN_PID=$!
    for _ in $(seq 1 240); do
        curl -fs -o /dev/null "$BENCH_URL/health/ready" && break
        kill -0 "$MVN_PID" 2>/dev/null || { log "the portal stopped; see $WORK/portal.log"; exit 2; }
        sleep 1
    done
    curl -fs -o /dev/null "$BENCH_URL/health/ready" || { log "the portal did not get ready"; exit 2; }
fi
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD to the admin password of $BENCH_URL}"
log "measuring $BENCH_URL: $PER_WRITER articles per writer, writers: $WRITERS"
# shellcheck disable=SC2086
java "$SCRIPT_DIR/FeedBench.java" "$BENCH_URL" "$ADMIN_PASSWORD" "$PER_WRITER" $WRITERS
