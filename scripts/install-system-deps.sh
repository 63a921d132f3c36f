#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (PostgreSQL server, Chromium, Java and
# npm for the HTML checker; Redis, Varnish, wrk and nginx for the benchmark and fault
# tests), only when missing, so a second run costs nothing. Services are never started:
# the scripts run their own.
set -euo pipefail

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
[ -x /usr/sbin/varnishd ] || missing+=(varnish)
[ -x /usr/bin/wrk ] || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
# Java and npm run the W3C Nu HTML checker (tools/vnu/) in tests/test_html_valid.py.
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
echo "Installing ${missing[*]} from Debian ..."
export DEBIAN_FRONTEND=noninteractive
# Keep apt from starting redis, varnish or nginx as system services while installing.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
