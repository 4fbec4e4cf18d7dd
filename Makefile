# Wegwijs: `make run` starts the assistant, `make test` runs every check.
# Both set up everything first: a Python 3.10 venv, the pinned packages
# and a trained model (trained again only when the data or config changed).

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/wegwijs.tar.gz
TRAINING_DATA := config.yml $(shell find bot nlu -name '*.yml' 2>/dev/null)
# axe-core for the widget's accessibility test (tests/browser), pinned in package-lock.json.
NODE_DEPS := node_modules/.package-lock.json

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1

# Rasa 3.6 needs Python 3.10: take python3.10 from PATH, else from pyenv.
PYTHON310 ?= $(shell for p in python3.10 $(HOME)/.pyenv/versions/3.10.*/bin/python; do \
	if "$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; then \
	  echo "$$p"; break; fi; done)

.PHONY: run run-schaal schaal-deps pdf-deps test install npm train validate lint-imports pytest dialogen e2e chat bench audit clean help

help:
	@echo "make run    start Wegwijs (gateway on http://127.0.0.1:8080)"
	@echo "make run-schaal  the scaled set-up: PostgreSQL, Redis, 2 Rasa servers, 2 gateways"
	@echo "make test   run every check (validate, layer contracts, train, pytest, end-to-end stories)"
	@echo "make chat   chat in the terminal with a running Wegwijs"
	@echo "make dialogen  play the dialogue scripts in dialogen/ (report in results/)"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make audit  check the pinned packages for known vulnerabilities (pip-audit; exceptions in audit/accepted.toml)"

run: install $(MODEL)
	$(BIN)/wegwijs run

# The set-up past one machine, on one machine (docs/deploy.md): PostgreSQL and Redis
# from Debian, two Rasa servers and two gateway workers (8080 and 8081).
run-schaal: install schaal-deps $(MODEL)
	$(BIN)/wegwijs run-schaal

schaal-deps:
	@if ! command -v pg_lsclusters >/dev/null || ! command -v redis-server >/dev/null; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "PostgreSQL en Redis ontbreken. Installeer ze als root: apt-get install postgresql redis-server"; exit 1; fi; \
	  apt-get update && apt-get install -y --no-install-recommends postgresql redis-server; fi

test: install npm schaal-deps validate lint-imports $(MODEL) dialogen pytest

install: pdf-deps $(VENV)/.installed

# WeasyPrint (the overzicht as PDF, gateway/overzicht.py) draws text with Pango, and needs a font.
PDF_DEBS := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
pdf-deps:
	@if command -v dpkg-query >/dev/null && ! dpkg-query -W -f='$${Status}\n' $(PDF_DEBS) 2>/dev/null \
	    | grep -c '^install ok installed' | grep -qx 3; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "Pango ontbreekt (voor de pdf van het overzicht). Installeer als root: apt-get install $(PDF_DEBS)"; exit 1; fi; \
	  apt-get update && apt-get install -y --no-install-recommends $(PDF_DEBS); fi

$(VENV)/.installed: pyproject.toml requirements.lock overrides.txt
	@if [ -z "$(PYTHON310)" ]; then \
	  echo "Python 3.10 niet gevonden. Rasa 3.6 werkt alleen met Python 3.10."; \
	  echo "Installeer python3.10 (op PATH) of met pyenv: pyenv install 3.10"; \
	  exit 1; fi
	@[ -x $(BIN)/python ] || $(PYTHON310) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip install --python $(BIN)/python --constraint requirements.lock --override overrides.txt --editable '.[dev]'
	@echo "deduce bouwt zijn namenlijsten (alleen de eerste keer, 1-3 minuten)..."
	$(BIN)/python -m wegwijs.namen
	@touch $@

npm: $(NODE_DEPS)

$(NODE_DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

validate: install
	$(BIN)/rasa data validate --domain bot/domain --data nlu bot/rules --config config.yml

train: $(MODEL)

$(MODEL): $(TRAINING_DATA) | install
	$(BIN)/rasa train --domain bot/domain --data nlu bot/rules --config config.yml \
	  --out models --fixed-model-name wegwijs
	@touch $@

# The layer contracts in .importlinter (docs/architecture.md): which package may import which.
lint-imports: install
	$(BIN)/lint-imports --no-cache

pytest: install npm $(MODEL) lint-imports
	$(BIN)/python -m pytest -q

# The dialogue scripts of the ervaringsdeskundigen (docs/dialogen.md); starts its own assistant.
dialogen: install $(MODEL)
	$(BIN)/wegwijs dialogen test dialogen/ --html results/dialogen.html --json results/dialogen.json

chat: install
	$(BIN)/wegwijs chat

bench: install $(MODEL)
	$(BIN)/python bench/nlu.py
	$(BIN)/python bench/knowledge.py

# Known vulnerabilities in requirements.lock: pip-audit in its own tool environment
# (it needs packaging>=23, Rasa 3.6 pins <21); reviewed exceptions in audit/accepted.toml.
audit: install
	$(BIN)/python audit/run.py

clean:
	rm -rf models results .pytest_cache
