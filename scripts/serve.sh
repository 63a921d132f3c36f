#!/usr/bin/env bash
# Serve the production settings on gunicorn locally (for benchmarks and fault tests).
# Uses DATABASE_URL if set, else a SQLite file under .make/; plain HTTP on loopback.
# Uses REDIS_URL (or CACHE_URL) if set, else starts Debian's redis-server on a free
# loopback port and stops it on exit: every worker must share one cache, or a purge
# reaches only one of them (page_cache.checks).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .make
export DJANGO_SETTINGS_MODULE=radiosurgery_site.settings.production
export SECRET_KEY=${SECRET_KEY:-$(python3 -c "import secrets; print(secrets.token_urlsafe(50))")}
scripts/local-submissions-key.sh
export SUBMISSIONS_KEY=${SUBMISSIONS_KEY:-$(cat .make/submissions.key)}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export DATABASE_URL=${DATABASE_URL:-sqlite:///$PWD/.make/serve.sqlite3}
export SECURE_SSL_REDIRECT=false STATIC_ROOT=${STATIC_ROOT:-$PWD/.make/static}
export GUNICORN_BIND=${GUNICORN_BIND:-127.0.0.1:${PORT:-8000}}

redis_pid=
if [ -z "${REDIS_URL:-}${CACHE_URL:-}" ]; then
    if [ ! -x /usr/bin/redis-server ]; then
        echo "No REDIS_URL and no redis-server: set REDIS_URL=redis://host:6379/0, or install" \
            "Debian's redis-server (scripts/install-system-deps.sh) and run this again." >&2
        exit 1
    fi
    redis_dir=$(mktemp -d)
    redis_port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0))
print(s.getsockname()[1])")
    /usr/bin/redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no \
        --dir "$redis_dir" --logfile "$redis_dir/redis.log" &
    redis_pid=$!
    stop_redis() {  # already gone after a Ctrl-C, which reaches the whole process group
        kill "$redis_pid" 2>/dev/null || true
        wait "$redis_pid" 2>/dev/null || true
        rm -rf "$redis_dir"
    }
    trap stop_redis EXIT
    for _ in $(seq 100); do  # up to 10 s
        [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = PONG ] && break
        sleep 0.1
    done
    [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = PONG ] \
        || { echo "redis-server did not start:" >&2; cat "$redis_dir/redis.log" >&2; exit 1; }
    export REDIS_URL="redis://127.0.0.1:$redis_port/0"
    echo "Started redis-server for this run at $REDIS_URL"
fi

.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_program_content >/dev/null
echo "Serving the production settings on http://$GUNICORN_BIND/ (Ctrl-C to stop)"
if [ -z "$redis_pid" ]; then
    exec .venv/bin/gunicorn --config gunicorn.conf.py
fi
# Not exec: this shell stays to stop Redis once gunicorn has shut down.
.venv/bin/gunicorn --config gunicorn.conf.py &
app_pid=$!
trap 'kill -TERM "$app_pid" 2>/dev/null' INT TERM
status=0
wait "$app_pid" || status=$?
if kill -0 "$app_pid" 2>/dev/null; then  # a signal interrupted the wait: let gunicorn finish
    status=0
    wait "$app_pid" || status=$?
fi
exit "$status"
