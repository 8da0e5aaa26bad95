# Two commands set everything up on a fresh machine (README.md):
#   make run    install into .venv, migrate, load the demo, serve http://127.0.0.1:8000/
#   make test   install and run the whole suite (SQLite, or DATABASE_URL), browser included

# The first Python >= 3.11 found: python3 itself, else a versioned one.
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format check messages demo clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" && $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed: install it, or run make PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The address the demo is served at: the admin's links and the site's absolute URLs
# (exports, feeds, e-mails) follow it (demo/site.py).
run: export WAGTAILADMIN_BASE_URL = http://$(HOST):$(PORT)
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@# Scheduled publishing and the task queue's worker (mail, search index) run beside
	@# the server, and stop with it.
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	$(BIN)/python manage.py db_worker --queue-name '*' --no-reload --no-startup-delay --verbosity 0 & worker=$$!; \
	trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The suite runs in one process per CPU (pytest-xdist); TEST_PROCESSES=0 runs it in this
# one, e.g. to step through a test with a debugger.
TEST_PROCESSES ?= auto

test: install
	@scripts/ensure-gettext || exit 1
	@chromium="$$(scripts/ensure-chromium)" || exit 1; \
	vnu="$$(scripts/ensure-vnu)" || exit 1; \
	CHROMIUM_PATH="$$chromium" VNU_JAR="$$vnu" $(BIN)/pytest -n $(TEST_PROCESSES) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: install
	@scripts/ensure-gettext || exit 1
	$(BIN)/python manage.py makemessages -l en --ignore=.venv --ignore=staticfiles \
		--ignore=node_modules --ignore=tests --ignore=scripts
	$(BIN)/python manage.py compilemessages --ignore=.venv

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache *.egg-info
