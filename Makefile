# Two commands matter: `make run` and `make test`. `make help` lists the rest.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run serve messages test lint test-postgres test-sqlite test-system bench system-deps screenshots lighthouse

help: ## List the make targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

# Interface translations: the .po files are committed; Babel (in the virtualenv, so no
# system gettext) compiles them every time, checking placeholders. It takes well under a
# second, and a clone's file times can't make it skip a stale catalogue.
LOCALE_DIR ?= locale
messages: $(VENV)/.runtime ## Compile the interface translations (locale/*/LC_MESSAGES/django.po)
	$(VENV)/bin/pybabel --quiet compile --domain=django --directory=$(LOCALE_DIR)

run: export WAGTAILADMIN_BASE_URL = http://127.0.0.1:$(PORT)
run: $(VENV)/.runtime messages ## Set up and serve the site on SQLite at http://127.0.0.1:$(PORT)
	scripts/local-submissions-key.sh
	$(MANAGE) migrate --noinput
	$(MANAGE) load_program_content
	$(MANAGE) create_demo_editor
	$(MANAGE) runserver 127.0.0.1:$(PORT)

serve: $(VENV)/.runtime messages ## Serve the production settings on gunicorn at 127.0.0.1:$(PORT)
	scripts/serve.sh

lint: $(VENV)/.dev ## ruff, Django's system checks and a check for missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=radiosurgery_site.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=radiosurgery_site.settings.test $(MANAGE) makemigrations --check --dry-run --noinput

system-deps: ## Install Debian's PostgreSQL, Chromium, Java, npm, Redis, Varnish, wrk and nginx when missing
	scripts/install-system-deps.sh

test: lint system-deps ## Install what the tests need, run the suite on PostgreSQL and SQLite, then the load and fault tests
	$(MAKE) --no-print-directory test-postgres
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-system

# The W3C Nu HTML checker that tests/test_html_valid.py runs under Java, pinned by
# tools/vnu/package-lock.json. Its install script (a Java download) is skipped: Debian's
# Java comes from system-deps.
VNU_JAR := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR): tools/vnu/package.json tools/vnu/package-lock.json
	cd tools/vnu && npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

# Two workers (this project's machines have 2 cores). Tests go out in pytest-django's
# order, live-server tests last (they empty the database when they end); a module that
# uses the seed loads it once per worker (tests/conftest.py). The browser tests drive the
# UI, whatever the database: they run once, on PostgreSQL, the production database.
test-postgres: $(VENV)/.dev messages $(VNU_JAR) ## The whole suite, browser tests included, on a throwaway PostgreSQL cluster
	scripts/with-postgres.sh $(VENV)/bin/pytest -n 2

test-sqlite: $(VENV)/.dev messages $(VNU_JAR) ## The suite on SQLite (without the browser tests), with the coverage floor
	env -u DATABASE_URL $(VENV)/bin/pytest -n 2 --ignore=tests/browser --cov --cov-report=term

test-system: $(VENV)/.dev messages ## Load and fault tests: real PostgreSQL, Redis, gunicorn, Varnish (~3 min)
	SYSTEM_TESTS=1 $(VENV)/bin/pytest tests/system

bench: $(VENV)/.runtime system-deps ## wrk per page type: uncached, cached, nginx; writes docs/performance.md
	scripts/bench.sh

screenshots: $(VENV)/.dev ## Refresh docs/screenshots/ (phone and desktop, every page type)
	SCREENSHOTS_DIR=docs/screenshots $(VENV)/bin/pytest tests/browser/test_screenshots.py

lighthouse: $(VENV)/.runtime ## Lighthouse scores of the program page and a guide section (needs npm)
	scripts/lighthouse.sh
