# The front door: `make run` serves the demo site, `make test` runs the whole suite.
# Both work on a fresh machine with python3 (3.11+), npm and gettext.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

.PHONY: run serve test setup install install-dev messages migrate demo lint bench bench-pages bench-saves bench-login-flood clean

run: setup
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production settings under gunicorn on loopback (plain HTTP there, so no HTTPS redirect). Set
# DJANGO_SECRET_KEY to keep sessions across restarts; without it a throwaway key is made.
SERVE_ENV = DJANGO_SETTINGS_MODULE=clinic.settings.prod \
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}" \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	DJANGO_SITE_URL="$${DJANGO_SITE_URL:-http://127.0.0.1:$(PORT)}" \
	DJANGO_SECURE_SSL_REDIRECT="$${DJANGO_SECURE_SSL_REDIRECT:-0}"

serve: setup
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput --verbosity=0
	$(SERVE_ENV) $(BIN)/gunicorn clinic.wsgi:application --bind 127.0.0.1:$(PORT) --workers 2 --no-control-socket

# A missed target of the pages' figures does not stop the load test.
bench: setup
	-$(BIN)/python bench/pages.py
	$(BIN)/python bench/run.py

# Each page's render time, bytes and queries at the demo's size and at 100 clinics and 300 procedures.
bench-pages: setup
	$(BIN)/python bench/pages.py

# Staff saving through the admin while patients load pages (DATABASE_URL=postgres://... for PostgreSQL).
bench-saves: install-dev setup
	$(BIN)/python bench/concurrent_saves.py

# The same, then again under a flood of wrong passwords (8 clients, about 6 a second each).
bench-login-flood: install-dev setup
	$(BIN)/python bench/concurrent_saves.py --login-flood

# A model change without its migration fails the tests before they start.
test: install-dev setup
	$(MANAGE) makemigrations --check --dry-run --verbosity=0
	$(BIN)/pytest

setup: install messages migrate demo

install: $(VENV)/.installed static/vendor/jquery-ui/jquery-ui.min.js

install-dev: $(VENV)/.installed-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# jQuery UI for the admin's language tabs, served from our own static files (only the one file needed).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static/vendor/jquery-ui/jquery-ui.min.js: node_modules/.installed
	mkdir -p $(@D)
	cp node_modules/jquery-ui/dist/jquery-ui.min.js node_modules/jquery-ui/LICENSE.txt $(@D)/

messages: $(MO_FILES)

# msgfmt comes with gettext; without it, the catalog is compiled with polib.
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | $(VENV)/.installed
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules --verbosity=0; \
	else \
		echo "gettext not found: compiling $< with polib"; \
		$(BIN)/pip install --quiet --disable-pip-version-check polib && \
		$(BIN)/python -c "import polib, sys; polib.pofile(sys.argv[1]).save_as_mofile(sys.argv[2])" $< $@; \
	fi

migrate: install
	$(MANAGE) migrate --verbosity=0

demo: migrate
	$(MANAGE) load_demo_content

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) node_modules static/vendor staticfiles var .pytest_cache
	find locale -name '*.mo' -delete
