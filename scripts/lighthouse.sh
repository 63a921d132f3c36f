#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the program
# page and a guide section, in Debian's Chromium, against a throwaway local site.
# Usage: scripts/lighthouse.sh   (prints a table; JSON reports go to test-artifacts/lighthouse/)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${LIGHTHOUSE_PORT:-8765}
out=test-artifacts/lighthouse
mkdir -p "$out"
(cd tools/lighthouse && npm install --silent --no-audit --no-fund >/dev/null)

db=$(mktemp -d)/lighthouse.sqlite3
export DATABASE_URL="sqlite:///$db" DJANGO_SETTINGS_MODULE=radiosurgery_site.settings.dev
.venv/bin/python manage.py migrate -v0
.venv/bin/python manage.py load_program_content >/dev/null 2>&1
.venv/bin/python manage.py runserver "127.0.0.1:$port" --noreload >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$(dirname "$db")"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done

flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf "%-16s %12s %14s %15s %5s\n" page performance accessibility best-practices seo
for target in program:/spinal-radiosurgery/ guide-section:/spinal-radiosurgery/patient-guide/how-it-works/; do
    name=${target%%:*}
    CHROME_PATH=/usr/bin/chromium tools/lighthouse/node_modules/.bin/lighthouse \
        "http://127.0.0.1:$port${target#*:}" --quiet --chrome-flags="$flags" \
        --output=json --output-path="$out/$name.json" >/dev/null 2>&1
    python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = [round(report["categories"][c]["score"] * 100) for c in
          ("performance", "accessibility", "best-practices", "seo")]
print("%-16s %12d %14d %15d %5d" % (sys.argv[2], *scores))
for category in ("performance", "accessibility", "best-practices", "seo"):
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
            print(f"    {category}: {audit['id']}: {audit['title']}")
PY
done
