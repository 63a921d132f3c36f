#!/usr/bin/env bash
# `make bench`: requests/s and p50/p99 latency for each page type, on the production
# settings under gunicorn (scripts/serve.sh) with PostgreSQL and Redis, first with the
# page cache off (PAGE_CACHE_SECONDS=0), then on (the default), and the same HTML as a
# static file from nginx (sendfile, 2 workers) as the ceiling. Prints the table and
# writes it to docs/performance.md ("## Benchmark (`make bench`)").
# Loopback only; about 4-5 minutes (6 pages x 3 runs x BENCH_SECONDS, plus start-up).
# Environment: BENCH_SECONDS (10), BENCH_CONNECTIONS (32), WEB_CONCURRENCY (2 per core).
set -euo pipefail
cd "$(dirname "$0")/.."

# Run inside a throwaway PostgreSQL cluster (it removes itself when we are done).
if [ -z "${BENCH_IN_POSTGRES:-}" ]; then
    exec env BENCH_IN_POSTGRES=1 scripts/with-postgres.sh "$0" "$@"
fi

seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
export WEB_CONCURRENCY=${WEB_CONCURRENCY:-$((2 * $(nproc)))}  # 2 workers per core: 4 here
pages=(
    "home=/"
    "program=/spinal-radiosurgery/"
    "indication=/spinal-radiosurgery/pain-relief/"
    "guide=/spinal-radiosurgery/patient-guide/"
    "guide section=/spinal-radiosurgery/patient-guide/how-it-works/"
    "whole guide=/spinal-radiosurgery/patient-guide/all/"
)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

tmp=$(mktemp -d /tmp/radiosurgery-bench.XXXXXX)
chmod 755 "$tmp"  # nginx's workers (nobody) read the saved pages from here
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
stop() {  # stop one process we started, by PID, and forget it
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local left=() pid
    for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || left+=("$pid"); done
    pids=("${left[@]}")
}
wait_http() {  # wait_http URL PID: up to 60s for a 200, while PID lives
    for _ in $(seq 240); do
        curl -sf -o /dev/null "$1" && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.25
    done
    return 1
}
drain() {  # drain PORT: wait (up to 60s) until the server has answered what wrk left behind
    for _ in $(seq 240); do
        [ -z "$(ss -Htn state established state close-wait "( sport = :$1 )")" ] && return 0
        sleep 0.25
    done
}
measure() {  # measure LABEL NAME URL PORT: warm up, wrk, drain; wrk's JSON summary goes to results/
    for _ in $(seq 8); do curl -s -o /dev/null "$3"; done  # each worker's first render costs more
    wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s scripts/wrk_report.lua "$3" \
        | tail -n 1 >"$tmp/results/$1/$2.json"
    drain "$4"
    .venv/bin/python scripts/bench_report.py line "$tmp/results/$1/$2.json" "$1" "$2"
}

mkdir -p "$tmp/results"/{uncached,cached,nginx} "$tmp/html"
cut -d' ' -f1-3 /proc/loadavg >"$tmp/results/loadavg"  # what else this machine was doing
.venv/bin/python -c "import os, psycopg; psycopg.connect(os.environ['DATABASE_URL'].rsplit('/', 1)[0] + '/postgres', autocommit=True).execute('CREATE DATABASE radiosurgery')"

redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$tmp" \
    --logfile "$tmp/redis.log" &
pids+=($!)
export REDIS_URL="redis://127.0.0.1:$redis_port/0"

for label in uncached cached; do
    port=$(free_port)
    cache_seconds=0
    [ "$label" = cached ] && cache_seconds=${PAGE_CACHE_SECONDS:-600}
    echo "gunicorn, page cache $label (PAGE_CACHE_SECONDS=$cache_seconds, WEB_CONCURRENCY=$WEB_CONCURRENCY) on 127.0.0.1:$port"
    PAGE_CACHE_SECONDS=$cache_seconds PORT=$port STATIC_ROOT="$tmp/static" \
        GUNICORN_CMD_ARGS="--control-socket $tmp/gunicorn.ctl" \
        scripts/serve.sh >"$tmp/serve-$label.log" 2>&1 &
    server=$!
    pids+=("$server")
    wait_http "http://127.0.0.1:$port/" "$server" || { tail -n 30 "$tmp/serve-$label.log"; exit 1; }
    for page in "${pages[@]}"; do
        name=${page%%=*} path=${page#*=}
        if [ "$label" = cached ]; then  # the HTML nginx will serve, and whether the cache answers
            mkdir -p "$tmp/html$path"
            curl -sf "http://127.0.0.1:$port$path" -o "$tmp/html$path/index.html"
            curl -s -o /dev/null -D - "http://127.0.0.1:$port$path" | tr -d '\r' \
                | awk -v name="$name" 'tolower($1) == "x-page-cache:" {print name "\t" $2}' \
                >>"$tmp/results/page-cache.tsv"
        fi
        measure "$label" "$name" "http://127.0.0.1:$port$path" "$port"
    done
    stop "$server"
    # Workers booted beyond the first WEB_CONCURRENCY: recycled after max_requests (or crashed).
    echo $(($(grep -c "Booting worker" "$tmp/serve-$label.log") - WEB_CONCURRENCY)) \
        >"$tmp/results/$label/workers-restarted"
done

port=$(free_port)
mkdir -p "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    default_type text/html;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        root $tmp/html;
        index index.html;
    }
}
EOF
chmod -R a+rX "$tmp/html"
echo "nginx (the same HTML as static files) on 127.0.0.1:$port"
nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" -g "daemon off;" &
server=$!
pids+=("$server")
wait_http "http://127.0.0.1:$port/" "$server" || { cat "$tmp/nginx/error.log"; exit 1; }
for page in "${pages[@]}"; do
    measure nginx "${page%%=*}" "http://127.0.0.1:$port${page#*=}" "$port"
done
stop "$server"

.venv/bin/python scripts/bench_report.py "$tmp/results" docs/performance.md \
    --seconds "$seconds" --connections "$connections" --workers "$WEB_CONCURRENCY" \
    --pages "${pages[@]}"
