#!/usr/bin/env bash
# Portal throughput benchmark (a measurement, not a test): see src/bench/README.md.
#
# Drives the home page, the newest article's page and /api/v1/articles with wrk, and, in the same run,
# an nginx serving the article page's exact HTML bytes at the same path. Prints req/s, p50 and p99 for
# each and the article / nginx ratio against the target (>= 10 % of nginx's req/s, p99 <= 50 ms).
#
# Environment (all optional):
#   BENCH_URL            benchmark this already running portal (e.g. http://localhost:9080) instead of
#                        starting one with `mvn liberty:run`
#   BENCH_DURATION       measured wrk run per URL (default 20s)
#   BENCH_CONNECTIONS    wrk connections for the measured runs (default 50)
#   BENCH_THREADS        wrk threads (default 2)
#   BENCH_WARMUP         wrk warm-up run per URL, 10 connections (default 5s; 0 skips it)
#   BENCH_NGINX_PORT     first loopback port tried for nginx (default 9480)
#   PORTAL_HTTP_PORT     first port tried for the started portal (default 9380)
#   PORTAL_HTTPS_PORT    first HTTPS port tried for the started portal (default 9743)
#   BENCH_START_TIMEOUT  seconds to wait for /health/ready of the started portal (default 180)
#   BENCH_MVN_ARGS       how the portal is started (default "-q liberty:run"; e.g. "-o -q liberty:run")
#   BENCH_KEEP=1         keep the temp dir (portal log, data dir, nginx conf, raw wrk output)
#   BENCH_TARGET_RATIO / BENCH_TARGET_P99_MS   the target (default 10 % / 50 ms)
#
# Exit status: 0 when the measurement ran (PASS or FAIL alike), non-zero when something broke.

set -Eeuo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)

DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-5s}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}
MVN_ARGS=${BENCH_MVN_ARGS:--q liberty:run}
TARGET_RATIO=${BENCH_TARGET_RATIO:-10}
TARGET_P99=${BENCH_TARGET_P99_MS:-50}

# the exact invocation, with the settings that came from the environment, for the README
INVOCATION=""
for v in BENCH_URL BENCH_DURATION BENCH_CONNECTIONS BENCH_THREADS BENCH_WARMUP BENCH_NGINX_PORT \
         PORTAL_HTTP_PORT PORTAL_HTTPS_PORT BENCH_START_TIMEOUT BENCH_MVN_ARGS BENCH_TARGET_RATIO BENCH_TARGET_P99_MS; do
    if [[ -n "${!v:-}" ]]; then INVOCATION+="$v=$(printf '%q' "${!v}") "; fi
done
INVOCATION+="bash $(printf '%q' "$0")"
for a in "$@"; do INVOCATION+=" $(printf '%q' "$a")"; done

log()  { printf '[bench] %s\n' "$*" >&2; }
die()  { printf '[bench] ERROR: %s\n' "$*" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------- tools
install_missing() {
    local pkgs=()
    command -v wrk >/dev/null 2>&1 || pkgs+=(wrk)
    [[ -x /usr/sbin/nginx ]] || pkgs+=(nginx-light)
    command -v curl >/dev/null 2>&1 || pkgs+=(curl)
    command -v python3 >/dev/null 2>&1 || pkgs+=(python3)
    ((${#pkgs[@]} == 0)) && return 0
    log "installing ${pkgs[*]} with apt-get"
    local sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "${pkgs[*]} missing and not root: apt-get install ${pkgs[*]}"
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${pkgs[@]}" >/dev/null
    # installing nginx may start the system service on port 80; it is not used here
}
install_missing
NGINX=/usr/sbin/nginx

# ----------------------------------------------------------------------------------- state + cleanup
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
MVN_PID=""
NGINX_PID=""

stop_group() { # pgid, name, seconds: SIGTERM to the whole group, SIGKILL if it outlives the grace period
    local pgid=$1 name=$2 grace=$3 i
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    log "stopping $name (SIGTERM to process group $pgid)"
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < grace * 2; i++)); do
        kill -0 -- "-$pgid" 2>/dev/null || return 0
        sleep 0.5
    done
    log "$name still running after ${grace}s: SIGKILL"
    kill -KILL -- "-$pgid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$NGINX_PID" ]]; then
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    if [[ -n "$MVN_PID" ]]; then
        stop_group "$MVN_PID" "portal" 90
        wait "$MVN_PID" 2>/dev/null || true
    fi
    if [[ "${BENCH_KEEP:-0}" == 1 || $rc -ne 0 ]]; then
        rmdir "$WORK" 2>/dev/null || log "temp files kept in $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM

port_free() { # free on every interface (Liberty binds *), and on loopback for nginx
    python3 - "$1" <<'EOF' 2>/dev/null
import socket, sys
p = int(sys.argv[1])
for fam, addr in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET, "127.0.0.1")):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as nginx and Java do: TIME_WAIT is no obstacle
    try:
        s.bind((addr, p))
    finally:
        s.close()
try:
    s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("::", p)); s.close()
except OSError as e:
    if e.errno != 97:  # no IPv6 at all is fine
        raise
EOF
}

free_port() { # first free port from $1 on, skipping the ones in $2..
    local p=$1; shift
    local i
    for ((i = 0; i < 100; i++, p++)); do
        [[ " $* " == *" $p "* ]] && continue
        if port_free "$p"; then echo "$p"; return 0; fi
    done
    die "no free port from $1 on"
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }

# ------------------------------------------------------------------------------------- the portal
if [[ -n "${BENCH_URL:-}" ]]; then
    BASE=${BENCH_URL%/}
    log "benchmarking the running portal at $BASE"
    [[ $(http_code "$BASE/health/ready") == 200 ]] || die "$BASE/health/ready does not answer 200"
    MODE="existing portal ($BASE)"
else
    command -v mvn >/dev/null 2>&1 || die "mvn not found"
    # liberty:run uses target/liberty/.../defaultServer with clean=true: a second one would wreck the first
    if [[ -x "$PROJECT_DIR/target/liberty/wlp/bin/server" ]] &&
        "$PROJECT_DIR/target/liberty/wlp/bin/server" status defaultServer >/dev/null 2>&1; then
        die "a portal (defaultServer) is already running from $PROJECT_DIR/target; stop it or use BENCH_URL=http://localhost:<port>"
    fi
    HTTP_PORT=$(free_port "${PORTAL_HTTP_PORT:-9380}")
    HTTPS_PORT=$(free_port "${PORTAL_HTTPS_PORT:-9743}" "$HTTP_PORT")
    BASE="http://localhost:$HTTP_PORT"
    mkdir -p "$WORK/data"
    log "starting the portal: (cd $PROJECT_DIR && mvn $MVN_ARGS), http $HTTP_PORT, https $HTTPS_PORT, data $WORK/data"
    log "portal output: $WORK/portal.log"
    # own session and process group, so that one SIGTERM reaches mvn and the Liberty JVM it launched
    # (liberty:run ignores SIGINT but stops the server cleanly on SIGTERM)
    # shellcheck disable=SC2086
    (cd "$PROJECT_DIR" && PORTAL_DATA_DIR="$WORK/data" PORTAL_HTTP_PORT="$HTTP_PORT" PORTAL_HTTPS_PORT="$HTTPS_PORT" \
        exec setsid mvn $MVN_ARGS </dev/null >"$WORK/portal.log" 2>&1) &
    MVN_PID=$!
    t0=$SECONDS
    until [[ $(http_code "$BASE/health/ready") == 200 ]]; do
        if ! kill -0 "$MVN_PID" 2>/dev/null; then
            tail -n 40 "$WORK/portal.log" >&2 || true
            MVN_PID=""
            die "the portal exited before it became ready (log above)"
        fi
        if ((SECONDS - t0 >= START_TIMEOUT)); then
            tail -n 40 "$WORK/portal.log" >&2 || true
            die "the portal is not ready after ${START_TIMEOUT}s (log above)"
        fi
        sleep 2
    done
    log "portal ready after $((SECONDS - t0))s"
    MODE="started with mvn $MVN_ARGS (fresh PORTAL_DATA_DIR)"
fi

# ------------------------------------------------------------------------------------ the URLs
HOME_URL="$BASE/"
API_URL="$BASE/api/v1/articles"

# /health/ready can answer 200 a moment before the application is (re)deployed: retry for a while
for ((i = 0; ; i++)); do
    curl -fsS --max-time 10 "$BASE/api/v1/articles?size=1" -o "$WORK/newest.json" 2>"$WORK/newest.err" && break
    ((i < 30)) || die "GET $BASE/api/v1/articles?size=1 failed: $(cat "$WORK/newest.err")"
    sleep 1
done
ARTICLE_PATH=$(python3 - "$WORK/newest.json" <<'EOF'
import json, sys, urllib.parse
doc = json.load(open(sys.argv[1], encoding="utf-8"))
items = doc.get("items") or []
if not items:
    sys.exit("no articles")
a = items[0]
if a.get("url"):
    u = urllib.parse.urlsplit(a["url"])
    print(u.path + ("?" + u.query if u.query else ""))
else:
    print("/bai-viet/" + urllib.parse.quote(a["slug"]))
EOF
) || die "no article found in $BASE/api/v1/articles?size=1"
ARTICLE_URL="$BASE$ARTICLE_PATH"
[[ "$ARTICLE_PATH" == /* && "$ARTICLE_PATH" != *\?* ]] || die "unexpected article path: $ARTICLE_PATH"

# what a reader gets on each URL: status, type, size, and whether an anonymous request gets a cookie
WARNINGS=()
check_url() { # name url
    local name=$1 url=$2 hdr="$WORK/$1.headers" code
    code=$(curl -s -D "$hdr" -o "$WORK/$name.body" -w '%{http_code}' --max-time 10 "$url") || die "GET $url failed"
    [[ $code == 200 ]] || die "GET $url answered $code"
    if grep -qi '^set-cookie:' "$hdr"; then
        WARNINGS+=("$name: an anonymous GET sets a cookie: $(grep -i '^set-cookie:' "$hdr" | head -1 | tr -d '\r' | cut -c1-120)")
    fi
    log "$name: $url -> $code, $(wc -c <"$WORK/$name.body") bytes, $(grep -i '^content-type:' "$hdr" | tr -d '\r' | cut -d' ' -f2-)"
}
check_url home "$HOME_URL"
check_url article "$ARTICLE_URL"
check_url api "$API_URL"
# the article must render the same bytes twice, or nginx would be serving something else
curl -fsS --max-time 10 "$ARTICLE_URL" -o "$WORK/article.body2"
cmp -s "$WORK/article.body" "$WORK/article.body2" ||
    WARNINGS+=("article: two GETs returned different bytes; nginx serves the first one")

# ------------------------------------------------------------------------------------- nginx
NGINX_PORT=$(free_port "${BENCH_NGINX_PORT:-9480}" "${HTTP_PORT:-}" "${HTTPS_PORT:-}")
NG="$WORK/nginx"
mkdir -p "$NG/html" "$NG/logs" "$NG/tmp"
FILE_PATH=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$ARTICLE_PATH")
mkdir -p "$NG/html$(dirname "$FILE_PATH")"
cp "$WORK/article.body" "$NG/html$FILE_PATH"
NGINX_USER=""
[[ $(id -u) -eq 0 ]] && NGINX_USER="user root root;" # workers would otherwise run as nobody, unable to read $WORK
cat >"$NG/nginx.conf" <<EOF
# temporary configuration written by src/bench/run.sh
$NGINX_USER
worker_processes auto;
daemon off;
pid $NG/nginx.pid;
error_log $NG/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $NG/tmp/client_body;
    proxy_temp_path $NG/tmp/proxy;
    fastcgi_temp_path $NG/tmp/fastcgi;
    uwsgi_temp_path $NG/tmp/uwsgi;
    scgi_temp_path $NG/tmp/scgi;
    types { }
    default_type "text/html; charset=UTF-8";
    sendfile on;
    tcp_nopush on;
    server_tokens off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NG/html;
    }
}
EOF
"$NGINX" -t -q -e "$NG/logs/error.log" -p "$NG/" -c "$NG/nginx.conf" || die "nginx rejects $NG/nginx.conf"
"$NGINX" -e "$NG/logs/error.log" -p "$NG/" -c "$NG/nginx.conf" </dev/null >"$NG/logs/stdout.log" 2>&1 &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT$ARTICLE_PATH"
for ((i = 0; i < 50; i++)); do
    [[ $(http_code "$NGINX_URL") == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$NG/logs/error.log" >&2; NGINX_PID=""; die "nginx exited"; }
    sleep 0.1
done
curl -fsS --max-time 5 "$NGINX_URL" -o "$WORK/nginx.body" || die "nginx does not serve $NGINX_URL"
cmp -s "$WORK/article.body" "$WORK/nginx.body" || die "nginx does not serve the article's bytes"
log "nginx: $NGINX_URL -> 200, $(wc -c <"$WORK/nginx.body") bytes (same bytes as the portal's article page)"

# ---------------------------------------------------------------------------------------- wrk
WRK_CMD="wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
WARM_CMD="wrk -t2 -c10 -d$WARMUP"

to_ms() { # wrk time (123.45us, 1.23ms, 1.02s, 1.00m) -> ms
    python3 -c '
import re, sys
m = re.fullmatch(r"([0-9.]+)(us|ms|s|m|h)", sys.argv[1])
if not m: sys.exit("cannot read wrk time " + sys.argv[1])
print("%.2f" % (float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000, "h": 3600000}[m.group(2)]))' "$1"
}

declare -A RPS P50 P99 NON2XX ERRS REQS
run_wrk() { # name url
    local name=$1 url=$2 out="$WORK/wrk-$1.txt" line
    if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
        log "$name: warm-up $WARM_CMD $url"
        $WARM_CMD "$url" >"$WORK/wrk-$name-warmup.txt" 2>&1 || die "wrk warm-up failed on $url: $(cat "$WORK/wrk-$name-warmup.txt")"
    fi
    log "$name: $WRK_CMD $url"
    $WRK_CMD "$url" >"$out" 2>&1 || die "wrk failed on $url: $(cat "$out")"
    RPS[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    [[ -n "${RPS[$name]}" ]] || die "no Requests/sec in the wrk output for $url: $(cat "$out")"
    line=$(awk '/Latency Distribution/ {d=1} d && $1 == "50%" {print $2; exit}' "$out")
    P50[$name]=$(to_ms "$line")
    line=$(awk '/Latency Distribution/ {d=1} d && $1 == "99%" {print $2; exit}' "$out")
    P99[$name]=$(to_ms "$line")
    REQS[$name]=$(awk '/ requests in / {print $1; exit}' "$out")
    NON2XX[$name]=$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$out")
    NON2XX[$name]=${NON2XX[$name]:-0}
    ERRS[$name]=$(sed -n 's/^ *Socket errors: *//p' "$out")
    if [[ ${NON2XX[$name]} != 0 ]]; then
        WARNINGS+=("$name: ${NON2XX[$name]} of ${REQS[$name]} responses were not 2xx/3xx (a GET now answers $(http_code "$url")): its figures are meaningless")
    fi
    if [[ -n "${ERRS[$name]}" ]]; then
        WARNINGS+=("$name: socket errors: ${ERRS[$name]}")
    fi
    sleep 1 # let the connections close before the next run
}

START_DATE=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
run_wrk home "$HOME_URL"
run_wrk article "$ARTICLE_URL"
run_wrk api "$API_URL"
run_wrk nginx "$NGINX_URL"

# the portal's own log, when this script started it
if [[ -n "$MVN_PID" && -f "$WORK/portal.log" ]]; then
    n=$(grep -cE '\[ERROR|ERROR|Exception|SEVERE' "$WORK/portal.log" || true)
    if ((n > 0)); then
        WARNINGS+=("portal log: $n line(s) with ERROR/Exception/SEVERE, e.g.: $(grep -m1 -E '\[ERROR|ERROR|Exception|SEVERE' "$WORK/portal.log" | cut -c1-200)")
    fi
fi

# ---------------------------------------------------------------------------------------- report
RATIO=$(python3 -c 'import sys; print("%.1f" % (100 * float(sys.argv[1]) / float(sys.argv[2])))' "${RPS[article]}" "${RPS[nginx]}")
VERDICT=$(python3 - "$RATIO" "${P99[article]}" "$TARGET_RATIO" "$TARGET_P99" "${NON2XX[article]}" <<'EOF'
import sys
ratio, p99, tr, tp, non2xx = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
why = []
if ratio < tr: why.append("ratio %.1f%% < %g%%" % (ratio, tr))
if p99 > tp: why.append("p99 %.2f ms > %g ms" % (p99, tp))
if non2xx: why.append("%d non-2xx responses" % non2xx)
print("FAIL (" + "; ".join(why) + ")" if why else "PASS")
EOF
)

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
{
    echo
    echo "Portal benchmark, $START_DATE"
    echo "command:  (cd $PROJECT_DIR && $INVOCATION)"
    echo "portal:   $MODE"
    echo "measured: $WRK_CMD <url>   (after a warm-up: $WARM_CMD <url>)"
    echo "machine:  $(nproc) CPU(s)${cpu:+, $cpu}; wrk, nginx and the portal share them; $($NGINX -v 2>&1 | sed 's/^nginx version: //'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
    echo
    w=3
    for u in "$HOME_URL" "$ARTICLE_URL" "$API_URL" "$NGINX_URL"; do ((${#u} > w)) && w=${#u}; done
    printf "%-8s %-${w}s %10s %9s %9s\n" name URL req/s "p50 ms" "p99 ms"
    for n in home article api nginx; do
        case $n in home) u=$HOME_URL ;; article) u=$ARTICLE_URL ;; api) u=$API_URL ;; nginx) u=$NGINX_URL ;; esac
        printf "%-8s %-${w}s %10s %9s %9s\n" "$n" "$u" "${RPS[$n]}" "${P50[$n]}" "${P99[$n]}"
    done
    echo
    echo "article / nginx ratio: $RATIO%"
    echo "target: article >= $TARGET_RATIO% of nginx's req/s at $CONNECTIONS connections, p99 <= $TARGET_P99 ms: $VERDICT"
    if ((${#WARNINGS[@]})); then
        echo
        echo "warnings:"
        printf '  - %s\n' "${WARNINGS[@]}"
    else
        echo "no non-2xx responses, no socket errors, no cookies on anonymous requests"
    fi
}
exit 0
