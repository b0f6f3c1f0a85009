# The front door: `make run` serves the demo site, `make test` runs the whole suite.
# Both work on a fresh machine with python3 (3.10+), npm and gettext.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

.PHONY: run test setup install install-dev messages migrate demo lint clean

run: setup
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-dev setup
	$(BIN)/pytest

setup: install messages migrate demo

install: $(VENV)/.installed node_modules/.installed

install-dev: $(VENV)/.installed-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# jQuery UI for the admin's language tabs, served from our own static files.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

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
	rm -rf $(VENV) node_modules staticfiles .pytest_cache
	find locale -name '*.mo' -delete
