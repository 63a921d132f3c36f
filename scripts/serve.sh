#!/usr/bin/env bash
# Serve the production settings on gunicorn locally (for benchmarks and fault tests).
# Uses DATABASE_URL if set, else a SQLite file under .make/; plain HTTP on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .make
export DJANGO_SETTINGS_MODULE=radiosurgery_site.settings.production
export SECRET_KEY=${SECRET_KEY:-$(python3 -c "import secrets; print(secrets.token_urlsafe(50))")}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export DATABASE_URL=${DATABASE_URL:-sqlite:///$PWD/.make/serve.sqlite3}
export SECURE_SSL_REDIRECT=false STATIC_ROOT=${STATIC_ROOT:-$PWD/.make/static}
export GUNICORN_BIND=${GUNICORN_BIND:-127.0.0.1:${PORT:-8000}}
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_program_content >/dev/null
echo "Serving the production settings on http://$GUNICORN_BIND/ (Ctrl-C to stop)"
exec .venv/bin/gunicorn --config gunicorn.conf.py
